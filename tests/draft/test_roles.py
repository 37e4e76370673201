"""Unnamed speakers are named by their role phrase, and the phrase ends where the noun phrase ends."""

from __future__ import annotations

from quizapp.draft.roles import role_at

from .speakers import pattern, sure_speakers


def test_a_role_phrase_stops_before_the_verb_that_follows_it() -> None:
    for sentence, role in [
        ("A spokeswoman for the company declined to discuss it.", "A spokeswoman for the company"),
        ("A union organiser for the bakers refused to give numbers.", "A union organiser for the bakers"),
        ("A spokesman for the county health department said so.", "A spokesman for the county health department"),
    ]:
        assert role_at(sentence, 0, len(sentence)) == role


def test_words_after_a_role_and_a_verb_go_to_that_role_by_its_phrase() -> None:
    extraction = pattern("role_then_a_verb")
    speakers = sure_speakers(extraction, words=3)
    assert speakers == {
        "We never comment": "a spokeswoman for the company",
        "Our members found": "a union organiser for the bakers",
    }


def test_a_compound_role_before_its_holders_name_is_that_person_not_someone_unnamed() -> None:
    """'the chief executive, Oren Castell,' and 'Their chairwoman, retired nurse Ilse Moravec,' name one person
    each, so the 'he' and 'she' after them are theirs, surely."""
    extraction = pattern("compound_role_and_modified_role")
    speakers = sure_speakers(extraction, words=3)
    assert speakers == {"It costs us": "Oren Castell", "We have the": "Ilse Moravec"}
