"""Whoever a quotation speaks of by full name is not its speaker (issue 10; fixture in our own words).

Seen on a real court report: a judge singled out a reporter by name, then praised him by his full name in
words followed by "he said"; the pronoun went to the reporter, the last man named, and the judge's praise
became the reporter's own words, with the paragraphs that continue them."""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import pattern, shown, sure_speakers


def test_words_that_name_someone_in_the_third_person_are_not_surely_theirs() -> None:
    extraction = extract(_PRYCE_NAMED_AS_SUBJECT)
    [quotation] = extraction.quotations
    assert quotation.sure_speaker is None  # the pronoun's nearest subject is Pryce, whom the words speak of
    assert shown(extraction, quotation.speaker) == "Owen Pryce"
    assert "speak of the speaker" in (quotation.doubt or "")  # kept for the teacher to check


def test_the_he_who_singled_someone_out_keeps_the_words_that_praise_them() -> None:
    said = sure_speakers(pattern("named_inside_their_words"))
    assert said["I doubt Owen Pryce"] == "Harold Marsh"  # "In his remarks, he singled out ... Owen Pryce.": the
    # sentence's "he" (the coroner) goes on speaking; Pryce is his object (reported_rivals.py, stop 20)
    assert said["He has sat with"] == "Harold Marsh"  # and the paragraphs that continue his words


_PRYCE_NAMED_AS_SUBJECT = """Coroner thanks volunteers

Coroner Harold Marsh opened his last hearing on Friday.

Volunteer Owen Pryce has sat with bereaved families at the county hall for twenty years.

"I doubt Owen Pryce has ever been thanked in this room," he said.
"""


def test_a_speaker_who_introduces_himself_by_name_keeps_his_words() -> None:
    said = sure_speakers(pattern("named_inside_their_words"))
    assert said["I'm Owen Pryce, and"] == "Owen Pryce"  # "I'm Owen Pryce": his own name, said of himself


def test_words_that_name_someone_to_be_told_are_not_theirs() -> None:
    said = sure_speakers(pattern("named_inside_their_words"))
    assert said["Tell Mr Pryce we"] == "Harold Marsh"  # his colon line: he speaks of Pryce, and is sure
