"""Frozen records built by `quick_init` behave as the frozen dataclasses they are (records.py).

The drafter's sentences, mentions, time cues, events and facts' elements are made by the tens of
thousands per MB; their `__init__` writes the fields straight into the instance. Everything else a
reader relies on stays: frozen, equal and hashed by value, defaults, `dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses

import pytest

from quizapp.draft.person import Mention
from quizapp.draft.records import quick_init


def test_a_record_is_built_with_its_defaults_and_stays_frozen() -> None:
    mention = Mention(3, 9, "p1", False, in_quote=True)
    assert (mention.start, mention.end, mention.person, mention.in_quote, mention.guessed) == (3, 9, "p1", True, False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 4  # type: ignore[misc]
    with pytest.raises(TypeError):
        Mention(3, 9, "p1", False)  # type: ignore[call-arg]


def test_records_compare_hash_and_copy_by_value() -> None:
    mention = Mention(3, 9, "p1", False, False)
    assert mention == Mention(3, 9, "p1", False, False)
    assert len({mention, Mention(3, 9, "p1", False, False)}) == 1
    guessed = dataclasses.replace(mention, guessed=True)
    assert guessed.guessed and guessed.start == 3 and not mention.guessed


def test_only_frozen_dataclasses_with_plain_fields_are_taken() -> None:
    @dataclasses.dataclass
    class Plain:
        start: int

    @dataclasses.dataclass(frozen=True)
    class WithFactory:
        names: list[str] = dataclasses.field(default_factory=list)

    for record in (Plain, WithFactory):
        with pytest.raises(TypeError):
            quick_init(record)
