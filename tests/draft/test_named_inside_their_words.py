"""Whoever a quotation speaks of by full name is not its speaker (issue 10; fixture in our own words).

Seen on a real court report: a judge singled out a reporter by name, then praised him by his full name in
words followed by "he said"; the pronoun went to the reporter, the last man named, and the judge's praise
became the reporter's own words, with the paragraphs that continue them."""

from __future__ import annotations

from .speakers import pattern, shown, sure_speakers


def test_words_that_name_someone_in_the_third_person_are_not_surely_theirs() -> None:
    extraction = pattern("named_inside_their_words")
    said = sure_speakers(extraction)
    assert said["I doubt Owen Pryce"] is None  # "he" is the coroner; Pryce, the last man named, is whom it praises
    assert said["He has sat with"] is None  # continued from it: no surer than the words it continues
    unsure = {" ".join(q.text.split()[:4]): q for q in extraction.quotations if not q.sure}
    assert shown(extraction, unsure["I doubt Owen Pryce"].speaker) == "Owen Pryce"
    assert "speak of the speaker" in (unsure["I doubt Owen Pryce"].doubt or "")  # kept for the teacher to check


def test_a_speaker_who_introduces_himself_by_name_keeps_his_words() -> None:
    said = sure_speakers(pattern("named_inside_their_words"))
    assert said["I'm Owen Pryce, and"] == "Owen Pryce"  # "I'm Owen Pryce": his own name, said of himself


def test_words_that_name_someone_to_be_told_are_not_theirs() -> None:
    said = sure_speakers(pattern("named_inside_their_words"))
    assert said["Tell Mr Pryce we"] == "Harold Marsh"  # his colon line: he speaks of Pryce, and is sure
