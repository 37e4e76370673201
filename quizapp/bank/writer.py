"""Write a `Bank` as TOML a teacher would have written: key order, comments, readable strings.

Drafting, importing and templates all end here, so every bank quizapp writes reads the same
way. The field order comes from the models (id, kind, prompt, the kind's own keys, then
explanation, source, tags); defaults are left out. `parse_bank_text(bank_to_toml(b))` gives
back `b`, which the tests check for every kind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from quizapp.bank.models import Bank, QuestionBase, Source, field_infos
from quizapp.bank.schema import SCHEMA_COMMENT

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_WRAP_AT = 100
_LAST_QUESTION_FIELDS = ("explanation", "source", "tags")
_FIRST_QUESTION_FIELDS = ("id", "kind", "prompt")


def toml_string(text: str) -> str:
    """A TOML basic string; text with line breaks becomes a multi-line string, easier to edit."""
    if "\n" in text:
        body = "".join(_escape_char(char, multiline=True) for char in text)
        return f'"""\n{body}"""'  # TOML drops the newline right after the opening quotes
    return '"' + "".join(_escape_char(char, multiline=False) for char in text) + '"'


def _escape_char(char: str, *, multiline: bool) -> str:
    if multiline and char == "\n":
        return char
    if char in _ESCAPES:
        return _ESCAPES[char]
    if ord(char) < 0x20 or ord(char) == 0x7F:
        return f"\\u{ord(char):04X}"
    return char


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else toml_string(key)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        pairs = ", ".join(
            f"{toml_key(f.name)} = {toml_value(getattr(value, f.name))}" for f in dataclasses.fields(value)
        )
        return "{ " + pairs + " }"
    if isinstance(value, list | tuple):
        items = [toml_value(item) for item in value]
        one_line = "[" + ", ".join(items) + "]"
        if len(one_line) <= _WRAP_AT and "\n" not in one_line and not any(_is_table(item) for item in value):
            return one_line
        return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _is_table(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _comment_lines(lines: Iterable[str]) -> list[str]:
    """TOML comments; a control character (which TOML forbids in a comment) is shown, as on a screen."""
    from quizapp.text import displayable

    out = []
    for line in lines:
        for part in displayable(str(line)).splitlines() or [""]:
            out.append(f"# {part}".rstrip())
    return out


def _is_default(owner: Any, name: str, value: Any) -> bool:
    info = field_infos(type(owner))[name]
    return not info.is_required() and value == info.get_default(call_default_factory=True)


def _question_field_order(question: QuestionBase) -> list[dataclasses.Field[Any]]:
    fields = {field.name: field for field in dataclasses.fields(question)}
    middle = [name for name in fields if name not in _FIRST_QUESTION_FIELDS + _LAST_QUESTION_FIELDS]
    return [fields[name] for name in (*_FIRST_QUESTION_FIELDS, *middle, *_LAST_QUESTION_FIELDS)]


def question_to_toml(question: QuestionBase, comments: Sequence[str] = ()) -> str:
    lines = _comment_lines(comments)
    lines.append("[[questions]]")
    for field in _question_field_order(question):
        value = getattr(question, field.name)
        if value is None or (field.name not in _FIRST_QUESTION_FIELDS and _is_default(question, field.name, value)):
            continue
        lines.append(f"{toml_key(field.name)} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


def _source_to_toml(source: Source) -> str:
    lines = ["[source]"]
    for field in dataclasses.fields(source):
        value = getattr(source, field.name)
        if value is None or _is_default(source, field.name, value):
            continue
        lines.append(f"{toml_key(field.name)} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


def bank_to_toml(
    bank: Bank,
    *,
    header: Sequence[str] = (),
    question_comments: Mapping[str, Sequence[str]] | None = None,
    schema_comment: bool = True,
) -> str:
    """The bank as TOML text. `header` lines and per-question comments become TOML comments."""
    parts: list[str] = []
    top = [SCHEMA_COMMENT] if schema_comment else []
    top += _comment_lines(header)
    top.append(f"format = {bank.format}")
    for name in ("id", "title", "description", "author", "language"):
        value = getattr(bank, name)
        if value is not None:
            top.append(f"{name} = {toml_value(value)}")
    parts.append("\n".join(top) + "\n")
    if bank.source is not None:
        parts.append(_source_to_toml(bank.source))
    comments = question_comments or {}
    parts.extend(question_to_toml(question, comments.get(question.id, ())) for question in bank.questions)
    return "\n".join(parts)
