"""A said-clause in the passive after the words (passive_saying.py): `"...," X was quoted as saying`.

Issue 10: held-out articles write the said-clause after a quotation in forms the tuning sets rarely show; wire
copy and papers relaying an agency or another outlet put it in the passive. The subject of the passive is the
speaker, as in "X said". The fixture is in our own words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from quizapp.draft.passive_saying import passive_saying_at

from .speakers import pattern, sure_speakers


def test_the_subject_of_a_passive_of_saying_after_the_words_is_their_speaker() -> None:
    said = sure_speakers(pattern("quoted_as_saying_after_the_words"))
    assert said["The islands cannot live"] == "Maren Ostby"  # "was quoted as saying by the local radio station"
    assert said["We have no crew"] == "Tobias Wrenfield"  # "was quoted by the island newsletter as saying"
    assert said["Nobody asked us for"] == "Tobias Wrenfield"  # "he was heard saying": the harbour master before
    assert said["The timetable will be"] == "a spokeswoman for the operator"  # a role stays a role


def test_only_a_passive_of_saying_counts_not_any_passive_nor_an_active_quoting() -> None:
    assert passive_saying_at(" was quoted as saying.", 0, 22)
    assert passive_saying_at(" has been reported to have said", 0, 31)
    assert not passive_saying_at(" was appointed in May.", 0, 22)
    assert not passive_saying_at(" quoted the coxswain as saying", 0, 30)  # Shand quoted someone else: not Shand's


def test_the_object_of_quoted_as_saying_after_the_words_is_their_speaker_never_the_quoter() -> None:
    said = sure_speakers(pattern("quoted_as_saying_after_the_words"))
    assert said["Winter crossings have always"] == "Tobias Wrenfield"  # "the newsletter quoted Wrenfield as saying"
    assert said["We will keep asking"] == "Maren Ostby"  # "the local radio station quoted Ostby as saying"
    assert said["A second boat costs"] in {None, "Tobias Wrenfield"}  # "quoted him": never Ostby nor the station
