"""What every question of a bank has: shared fields, the text and id types, and the cross-check record.

The kinds (quizapp.bank.choice_kinds, structured_kinds, numeric_kind) build on QuestionBase;
quizapp.bank.models gathers them into the bank format.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import cached_property
from typing import Annotated, Any, ClassVar, Final, NamedTuple

from pydantic import ConfigDict, Field
from pydantic.dataclasses import dataclass
from pydantic.fields import FieldInfo

from quizapp.bounds import MAX_STRING

FORMAT_VERSION: Final = 1
"""The bank format this quizapp writes and reads; banks declare it as `format = 1`."""

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


Text = Annotated[str, Field(min_length=1)]
"""A piece of teacher-written text: any characters, shown literally, never empty.

Checked inside pydantic-core: a Python validator (or stripping, or a regex) here would run on
every string of the bank and cost a quarter of a large bank's load time.
"""

Id = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        max_length=120,
        description="Letters, digits, '.', '_' or '-', starting with a letter or digit.",
    ),
]


CLOSED_RECORD = ConfigDict(extra="forbid", str_max_length=MAX_STRING)  # no text a screen could choke on
"""Closed tables: a misspelt key is an error, not silently ignored."""

# Questions and their parts are frozen pydantic dataclasses rather than BaseModels: they validate
# twice as fast, and a bank can hold tens of thousands of them. Each is decorated with
# `@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)` written out, not through an alias, so
# that pydantic's mypy plugin sees them as the dataclasses they are.


def field_infos(model: type) -> dict[str, FieldInfo]:
    """pydantic's description of each field of a bank record (a pydantic dataclass), in order.

    pydantic sets `__pydantic_fields__` on every dataclass it builds, but its stubs do not declare
    it for dataclasses: this is the one place that reads it.
    """
    fields: dict[str, FieldInfo] = getattr(model, "__pydantic_fields__")  # noqa: B009 (see above)
    return fields


class CrossCheck(NamedTuple):
    """A problem that types alone cannot catch, at `key` (and list position) of a question."""

    location: tuple[str | int, ...]
    code: str
    message: str
    context: dict[str, Any]


def duplicates(values: Sequence[Any]) -> list[tuple[int, Any]]:
    """(index, value) of every value seen before in `values`; an array or table where text belongs is
    not compared (its type is reported on its own)."""
    try:
        if len(set(values)) == len(values):
            return []
    except TypeError:
        pass
    seen: set[Any] = set()
    found = []
    for index, value in enumerate(values):
        try:
            if value in seen:
                found.append((index, value))
            seen.add(value)
        except TypeError:
            continue
    return found


def duplicate_checks(values: Sequence[str], key: str, what: str) -> list[CrossCheck]:
    return [
        CrossCheck((key, index), "duplicate", f"{what} '{{value}}' appears twice", {"value": value})
        for index, value in duplicates(values)
    ]


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
class QuestionBase:
    """What every question has, whatever its kind."""

    kind: str
    id: Id = Field(
        description="Stable id of the question within the bank. A student's progress is kept under it, "
        "so keep it when you reword a question."
    )
    prompt: Text = Field(description="The question as the student sees it. Shown literally.")
    explanation: Text = Field(
        description="Shown after the student answers: why the answer is right, in your own words."
    )
    source: Text | None = Field(
        default=None, description="A short verbatim excerpt of the text the question comes from."
    )
    tags: tuple[Text, ...] = Field(default=(), description="Topics for filtering and per-topic statistics.")

    example: ClassVar[str] = ""
    """A TOML snippet for the teacher documentation; a test validates every one."""

    def answer_fields(self) -> dict[str, Any]:
        """The fields that decide what is right; a change to them restarts the schedule."""
        raise NotImplementedError

    def cross_checks(self) -> list[CrossCheck]:
        """Problems that types alone cannot catch; empty when the question is sound."""
        return []

    @cached_property
    def answer_hash(self) -> str:
        """A short fingerprint of the answer: the store restarts a question's schedule when it changes.

        Rewording a prompt or an explanation keeps the student's progress; changing what counts
        as right does not.
        """
        canonical = json.dumps({"kind": self.kind, **self.answer_fields()}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]
