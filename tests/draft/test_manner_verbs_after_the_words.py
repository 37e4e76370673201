"""Verbs of manner closing a said-clause after the words (manner_verbs.py): `"...," X fumed`, `"...," X hit back`.

Issue 10: held-out articles write the said-clause after a quotation with verbs the tuning sets rarely show
("fumed", "revealed", "hit back", "went on"), and such words had no candidate at all. Right after a quotation
the subject of such a verb is the speaker; elsewhere these verbs are not speech. The fixture is in our own
words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from quizapp.draft.manner_verbs import manner_verb_at

from .speakers import pattern, sure_speakers


def test_a_verb_of_manner_after_the_words_names_their_speaker_in_either_order() -> None:
    said = sure_speakers(pattern("manner_verbs_after_the_words"))
    assert said["Forty years of work,"] == "Pilar Easton"  # "Easton fumed"
    assert said["The lease ran out"] == "Gideon Marsh"  # "Marsh hit back"
    assert said["There were other offers"] == "Pilar Easton"  # "revealed Easton"
    assert said["We did everything the"] == "Gideon Marsh"  # "Marsh went on"


def test_went_on_to_do_something_else_is_no_said_clause() -> None:
    assert manner_verb_at("went on.", 0, 8)
    assert manner_verb_at("went on to say", 0, 14)
    assert not manner_verb_at("went on to plant its last crop", 0, 30)
    assert not manner_verb_at("walked home", 0, 11)
