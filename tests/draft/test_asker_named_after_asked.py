"""`"...?" asked Councillor Oduya. "..."`: the name after "asked" is the asker, so no one waits to answer.

A question followed by more quoted words leaves them unsure when the said-clause puts the question to someone
(`"...?" he asked Pieter Lund. "..."`: the words after may be Lund's answer). An inverted said-clause names the
asker right after "asked", with nobody asked at all; the words that follow go on in the asker's voice. The
fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("asker_named_after_asked"))


def test_the_asker_named_after_asked_goes_on_speaking() -> None:
    assert _said()["It will be the"] == "Nadia Oduya"


def test_words_after_a_question_put_to_someone_stay_unsure() -> None:
    assert _said()["The fuel bill has"] is None
