"""Drafting's fixed patterns are compiled on first use (lazy_patterns.py), and behave as compiled ones."""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path

from quizapp.draft import lazy_patterns
from quizapp.draft.lazy_patterns import lazy_compile

DRAFT = Path(lazy_patterns.__file__).parent


def _module_level_compiles(tree: ast.AST) -> list[int]:
    """Lines of `re.compile(...)` calls that run when the module is imported (not inside a function's body)."""
    found: list[int] = []

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                for decorator in getattr(child, "decorator_list", []):
                    walk(decorator)
                walk(child.args)
                continue
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
            ):
                found.append(child.lineno)
            walk(child)

    walk(tree)
    return found


def test_no_module_compiles_a_pattern_at_import() -> None:
    offenders = [
        f"{path.name}:{line}"
        for path in sorted(DRAFT.glob("*.py"))
        if path.name != "lazy_patterns.py"
        for line in _module_level_compiles(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == [], "write lazy_compile(...) for a module-level pattern: " + ", ".join(offenders)


def test_the_text_is_there_before_compiling() -> None:
    pattern = lazy_compile(r"\bsaid\b", re.IGNORECASE)
    assert pattern.pattern == r"\bsaid\b"
    assert vars(pattern)["_compiled"] is None  # reading .pattern compiled nothing


def test_it_finds_what_the_compiled_pattern_finds() -> None:
    source, flags = r"(?P<who>[A-Z]\w+) (?:said|told)", re.IGNORECASE
    lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
    text = "Ada said so, and then ben told us."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert lazy.search(text, 5) is not None
    assert vars(lazy)["_compiled"] is not None


def test_bytes_patterns_and_copies() -> None:
    pattern = lazy_compile(rb"[\xc2-\xdf][\x80-\xbf]")
    assert pattern.search("é".encode()) is not None
    assert copy.deepcopy(pattern).search(b"plain") is None


def _lazy_names(tree: ast.Module) -> set[str]:
    """Module-level names bound to `lazy_compile(...)`."""
    return {
        target.id
        for statement in tree.body
        if isinstance(statement, ast.Assign | ast.AnnAssign)
        and isinstance(statement.value, ast.Call)
        and isinstance(statement.value.func, ast.Name)
        and statement.value.func.id == "lazy_compile"
        for target in (statement.targets if isinstance(statement, ast.Assign) else [statement.target])
        if isinstance(target, ast.Name)
    }


def test_no_lazy_pattern_is_handed_to_a_function_of_re() -> None:
    """`re.search(_PATTERN, text)` wants a string or a compiled pattern and fails on a lazy one when that line first
    runs; `_PATTERN.search(text)` works on both. Checked here, as mypy sees a `re.Pattern` either way."""
    offenders = []
    for path in sorted(DRAFT.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lazy = _lazy_names(tree)
        offenders += [
            f"{path.name}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in lazy
        ]
    assert offenders == [], "call the pattern's own method, not re's: " + ", ".join(offenders)
