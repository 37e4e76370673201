"""The layers stay apart: the domain, banks and store never pull in Textual, and SQL lives in storage."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import quizapp

PACKAGE = Path(quizapp.__file__).parent

UI_FREE_MODULES = [
    "quizapp.bank",
    "quizapp.bank.loader",
    "quizapp.bank.catalog",
    "quizapp.bank.writer",
    "quizapp.domain.grading",
    "quizapp.domain.scheduling",
    "quizapp.domain.sessions",
    "quizapp.domain.stats",
    "quizapp.storage",
    "quizapp.study",
    "quizapp.cli",
]


def test_domain_bank_and_store_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in UI_FREE_MODULES)
        + "from quizapp.bank.loader import load_bank\n"
        + "loaded = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
        + "print(len(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0", "a UI-free module imported Textual"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_storage_imports_sqlite3() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "sqlite3" in _imported_modules(path) and "storage" not in path.relative_to(PACKAGE).parts
    ]
    assert offenders == []


def test_only_storage_imports_psycopg_and_only_for_a_server() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "psycopg" in _imported_modules(path) and "storage" not in path.relative_to(PACKAGE).parts
    ]
    assert offenders == []
    code = "import sys, quizapp.storage, quizapp.study\nprint('psycopg' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False", "opening a progress file should not load the PostgreSQL driver"


def test_only_the_tui_imports_textual() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if any(name == "textual" or name.startswith("textual.") for name in _imported_modules(path))
        and "tui" not in path.relative_to(PACKAGE).parts
    ]
    assert offenders == []


def test_the_first_screen_imports_nothing_heavy() -> None:
    """Drafting, importers, reports and even pydantic load after the first paint, or never."""
    code = (
        "import sys\n"
        "import quizapp.cli, quizapp.commands.app, quizapp.tui.app\n"
        "from quizapp.tui.screens.home import HomeScreen\n"
        "heavy = ('quizapp.draft', 'quizapp.interchange', 'quizapp.teacher', 'pydantic', 'fsrs', 'sqlite3')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
