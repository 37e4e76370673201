"""Drafting's records built the quick way behave as the frozen dataclasses they are (quizapp/draft/records.py)."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from quizapp.draft.facts import Element
from quizapp.draft.records import quick_init
from quizapp.draft.sentences import Sentence
from quizapp.draft.timeline import TimeCue


def test_a_quick_record_keeps_its_defaults_keywords_equality_hash_and_repr() -> None:
    element = Element("number", "40", 3, 5)

    assert element == Element(kind="number", text="40", start=3, end=5, alternatives=(), value="")
    assert hash(element) == hash(Element("number", "40", 3, 5, (), ""))
    assert replace(element, value="40").value == "40"
    assert repr(TimeCue("on Monday", 0, 9, "weekday")) == "TimeCue(text='on Monday', start=0, end=9, kind='weekday')"
    assert {Sentence(0, 4, 1), Sentence(0, 4, 1)} == {Sentence(0, 4, 1)}


def test_a_quick_record_is_still_frozen_and_asks_for_its_fields() -> None:
    sentence = Sentence(0, 4, 1)

    with pytest.raises(FrozenInstanceError):
        sentence.start = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Sentence(0, 4)  # type: ignore[call-arg]


def test_only_a_plain_frozen_dataclass_is_given_the_quick_init() -> None:
    @dataclass
    class Plain:
        start: int

    @dataclass(frozen=True)
    class WithFactory:
        names: list[str] = field(default_factory=list)

    for record in (Plain, WithFactory):
        with pytest.raises(TypeError):
            quick_init(record)
