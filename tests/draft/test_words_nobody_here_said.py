"""Quoted words the article does not give to the person its sentence is about (issue 10).

Written in our own words after real reports: a phrase introduced by "what the authority had described as" is the
authority's name for a thing, not the words of the councillor who attacked it; words someone was heard shouting,
or filmed yelling, in what a police officer reports are not surely the officer's; and "The minutes record the
chair" is two phrases, never one speaker shown to students under that name.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_phrase_after_what_someone_else_described_as_is_nobodys_quotation() -> None:
    said = sure_speakers(pattern("what_someone_else_described_as"))
    assert "a balanced outcome for" not in said  # a term, not a quotation
    assert said["The valley loses a"] == "Efa Rowntree"


def test_words_a_reported_person_was_heard_shouting_are_not_surely_the_reporters() -> None:
    said = sure_speakers(pattern("words_someone_reported_voiced"))
    assert said["move over, move over"] is None
    assert said["somebody call an ambulance,"] is None
    assert said["We would like to"] == "Ruth Okonkwo"


def test_a_record_quoting_an_unnamed_role_names_no_speaker_by_its_whole_clause() -> None:
    said = sure_speakers(pattern("a_record_quotes_an_unnamed_role"))
    assert said["no branch will close"] != "The minutes record the chair"
    assert said["Opening hours are under"] == "a spokeswoman for the library service"


def test_a_name_another_gave_in_what_the_speaker_reports_is_not_surely_the_speakers() -> None:
    said = sure_speakers(pattern("a_name_someone_else_gave"))
    assert said["the enemy of every"] is None
    assert said["I have never cut"] == "Greta Lind"
