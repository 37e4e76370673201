"""Turn pydantic's validation errors into sentences a teacher can act on, with a TOML path.

pydantic reports `('questions', 3, 'multiple_choice', 'answr')` and "Extra inputs are not
permitted"; a teacher wants "question 'q4': unknown key 'answr' (did you mean 'answer'?)"
at the line of that key. The models stay the single description of the format: allowed keys,
kinds and types are read from them here, never listed by hand.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Union, get_args, get_origin

from pydantic import TypeAdapter, ValidationError

from quizapp.bank.locate import TomlPath
from quizapp.bank.models import (
    CROSS_CHECK_CODES,
    KIND_NAMES,
    MODEL_BY_KIND,
    Bank,
    Question,
    cross_check_errors,
    duplicate_id_errors,
    field_infos,
)


@dataclass(frozen=True)
class Finding:
    """One problem before it is located: the TOML path it concerns and what to say."""

    path: TomlPath
    message: str
    at_value: bool = True


_TYPE_WORDS = {
    "string_type": "text in quotes",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number, like 2.5",
    "float_parsing": "a number, like 2.5",
    "tuple_type": 'a list, like ["a", "b"]',
    "list_type": 'a list, like ["a", "b"]',
    "model_type": "a table",
    "dataclass_type": "a table",
    "dataclass_args_type": "a table",
    "dict_type": "a table",
    "model_attributes_type": "a table",
    "date_type": "a TOML date such as 2025-05-19",
    "date_parsing": "a TOML date such as 2025-05-19",
    "date_from_datetime_inexact": "a TOML date such as 2025-05-19, without a time",
}


_BOUNDS = {
    "greater_than": ("more than", "gt"),
    "greater_than_equal": ("at least", "ge"),
    "less_than": ("less than", "lt"),
    "less_than_equal": ("at most", "le"),
}


NO_QUESTIONS = "the bank has no questions: add at least one [[questions]] table"
"""Said both for a bank without `[[questions]]` and for `questions = []`: to a teacher they are the same."""


def _toml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def did_you_mean(word: str, options: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _model_of(annotation: Any) -> type | None:
    """The model (or pydantic dataclass) inside `X`, `X | None`, `tuple[X, ...]`, `Annotated[X, ...]`."""
    if isinstance(annotation, type) and hasattr(annotation, "__pydantic_fields__"):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType, tuple, list) or hasattr(annotation, "__metadata__"):
        for arg in get_args(annotation):
            found = _model_of(arg)
            if found is not None:
                return found
    return None


def _model_at(loc: tuple[Any, ...]) -> type | None:
    """The model that describes the table at pydantic's `loc` (union tags included)."""
    model: type | None = Bank
    for position, part in enumerate(loc):
        if model is None:
            return None
        if isinstance(part, int):
            continue
        if position == 2 and loc[0] == "questions" and part in MODEL_BY_KIND:
            model = MODEL_BY_KIND[part]
            continue
        field = field_infos(model).get(part)
        model = _model_of(field.annotation) if field is not None else None
    return model


def _strip_union_tags(loc: tuple[Any, ...]) -> TomlPath:
    """pydantic puts the union tag in the path: ('questions', 3, 'cloze', 'text') -> ('questions', 3, 'text')."""
    parts = list(loc)
    if len(parts) >= 3 and parts[0] == "questions" and isinstance(parts[1], int) and parts[2] in KIND_NAMES:
        del parts[2]
    return tuple(parts)


def _describe_owner(path: TomlPath, raw: Mapping[str, Any]) -> str:
    """'question 'q4'' for paths inside a question, else the dotted key path."""
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        questions = raw.get("questions")
        question = questions[path[1]] if isinstance(questions, list) and path[1] < len(questions) else None
        qid = question.get("id") if isinstance(question, dict) else None
        return f"question {qid!r}" if isinstance(qid, str) and qid else f"question {path[1] + 1}"
    return ""


def _key_name(path: TomlPath) -> str:
    """The key a path ends in, with its list position: 'choices[2]', 'pairs[1].right'."""
    named: list[str] = []
    for part in path[2:] if path[:1] == ("questions",) else path:
        if isinstance(part, int):
            if named:
                named[-1] += f"[{part + 1}]"
        else:
            named.append(part)
    return ".".join(named)


def _explain(error: Mapping[str, Any], path: TomlPath) -> tuple[TomlPath, str, bool]:
    """(path to point at, message, point at the value rather than the key)."""
    kind = error["type"]
    if kind.startswith("date"):
        kind = "date_type"
    ctx = error.get("ctx") or {}
    key = _key_name(path)
    value = error.get("input")

    if kind in _UNKNOWN:
        name = str(path[-1])
        model = _model_at(tuple(error["loc"])[:-1])
        allowed = list(field_infos(model)) if model else []
        return path, f"unknown key {name!r}{did_you_mean(name, allowed)}", False
    if kind in ("missing", "missing_keyword_only_argument", "missing_argument") and path == ("questions",):
        return (), NO_QUESTIONS, False
    if kind in _MISSING:
        owner = _key_name(path[:-1])
        where = f" in {owner}" if owner else ""
        return path[:-1], f"missing key {path[-1]!r}{where}", False
    if kind == "union_tag_invalid":
        tag = ctx.get("tag", "")
        hint = did_you_mean(tag, KIND_NAMES) or f" (kinds: {', '.join(KIND_NAMES)})"
        return (*path, "kind"), f"unknown kind {tag!r}{hint}", True
    if kind == "union_tag_not_found":
        return path, f"missing key 'kind' (one of: {', '.join(KIND_NAMES)})", False
    if kind == "string_too_short":
        return path, f"{key!r} must not be empty", True
    if kind == "string_pattern_mismatch":
        return (
            path,
            f"{key!r} may hold only letters, digits, '.', '_' and '-', starting with a letter or digit (got {value!r})",
            True,
        )
    if kind == "string_too_long":
        return path, f"{key!r} is too long (at most {ctx.get('max_length')} characters)", True
    if kind == "too_short" and path == ("questions",):
        return path, NO_QUESTIONS, False
    if kind == "too_long":
        maximum = ctx.get("max_length")
        why = " (students pick them by letter)" if maximum == 26 else ""
        return path, f"{key!r} holds at most {maximum} items{why}, it has {ctx.get('actual_length')}", True
    if kind in _BOUNDS:
        word, bound = _BOUNDS[kind]
        limit = ctx.get(bound)
        limit = int(limit) if isinstance(limit, float) and limit.is_integer() else limit
        return path, f"{key!r} must be {word} {limit}, not {value!r}", True
    if kind == "finite_number":
        return path, f"{key!r} should be a number, not {value!r}", True
    if kind == "too_short":
        minimum = ctx.get("min_length")
        actual = ctx.get("actual_length")
        return path, f"{key!r} needs at least {minimum} items, it has {actual}", True
    if kind == "literal_error" and path == ("format",):
        return path, f"unknown format {value!r}: this quizapp reads format = 1", True
    if kind in _TYPE_WORDS:
        what = repr(key) if key else "each question"
        return path, f"{what} should be {_TYPE_WORDS[kind]}, not {_toml_type(value)}", True
    if kind in CROSS_CHECK_CODES:
        return path, error["msg"], True
    message = error["msg"]
    message = message[0].lower() + message[1:] if message else message
    return path, f"{key}: {message}" if key else message, True


def findings(error: ValidationError, raw: Mapping[str, Any]) -> list[Finding]:
    """Every problem in a ValidationError, plus the cross-checks pydantic could not reach.

    The bank's cross-checks run only once every question is valid; so that a teacher sees
    every problem in one go, the questions that are valid on their own are checked here too.
    """
    details = error.errors(include_url=False)
    misspelt = _misspelt_keys(details)
    found: list[Finding] = []
    seen: set[tuple[TomlPath, str]] = set()
    for detail in [*details, *_recheck(raw)]:
        path = _strip_union_tags(tuple(detail["loc"]))
        if detail["type"] in _MISSING and path in misspelt:
            continue  # "unknown key 'promt' (did you mean 'prompt'?)" already says it
        if detail["type"] == "too_short":
            detail = _recount(detail, path, raw)
            if detail is None:
                continue
        target, message, at_value = _explain(detail, path)
        owner = _describe_owner(target if target[:1] == ("questions",) else path, raw)
        text = f"{owner}: {message}" if owner else message
        if (target, text) not in seen:
            seen.add((target, text))
            found.append(Finding(target, text, at_value))
    return found


_MISSING = ("missing", "missing_keyword_only_argument", "missing_argument")
_UNKNOWN = ("extra_forbidden", "unexpected_keyword_argument")


def _misspelt_keys(details: list[Any]) -> set[TomlPath]:
    """Paths of missing keys that an unknown key beside them was probably meant to be."""
    unknown: dict[TomlPath, list[str]] = {}
    for detail in details:
        if detail["type"] in _UNKNOWN:
            path = _strip_union_tags(tuple(detail["loc"]))
            unknown.setdefault(path[:-1], []).append(str(path[-1]))
    misspelt = set()
    for detail in details:
        if detail["type"] in _MISSING:
            path = _strip_union_tags(tuple(detail["loc"]))
            if difflib.get_close_matches(str(path[-1]), unknown.get(path[:-1], []), n=1, cutoff=0.6):
                misspelt.add(path)
    return misspelt


def _raw_at(raw: Any, path: TomlPath) -> Any:
    """The value at `path` in the parsed TOML, or None when there is none."""
    for part in path:
        if isinstance(part, int) and isinstance(raw, list) and part < len(raw):
            raw = raw[part]
        elif isinstance(part, str) and isinstance(raw, dict):
            raw = raw.get(part)
        else:
            return None
    return raw


def _recount(detail: Any, path: TomlPath, raw: Mapping[str, Any]) -> Any | None:
    """A too-short error counted on the file's list, or None when the list is long enough.

    pydantic counts only the items that validated: `choices = ["", "b", ""]` would be "too
    short" although the teacher wrote three (the empty ones are reported on their own), while
    `choices = [""]` must still say it needs two.
    """
    written = _raw_at(raw, path)
    if not isinstance(written, list):
        return detail
    minimum = (detail.get("ctx") or {}).get("min_length", 0)
    if len(written) >= minimum:
        return None
    return {**detail, "ctx": {**detail["ctx"], "actual_length": len(written)}}


_QUESTION: TypeAdapter[Any] = TypeAdapter(Question)


def _recheck(raw: Mapping[str, Any]) -> list[Any]:
    """Cross-check errors of the questions that are valid on their own, and raw duplicate ids."""
    questions = raw.get("questions")
    if not isinstance(questions, list):
        return []
    valid, positions = [], []
    for position, question in enumerate(questions):
        try:
            valid.append(_QUESTION.validate_python(question))
        except ValidationError:
            continue
        positions.append(position)
    ids = [question.get("id") if isinstance(question, dict) else None for question in questions]
    errors = cross_check_errors(valid, positions) + duplicate_id_errors(ids, range(len(questions)))
    if not errors:
        return []
    return ValidationError.from_exception_data("Bank", errors).errors(include_url=False)
