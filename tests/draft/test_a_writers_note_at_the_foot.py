"""The writer's note under a story is no part of it (fixture in our own words).

Sites close a story with a line on where to follow its writer and who the writer is. Read as the story, "Follow
Derek Moss on Twitter" made a person "Follow Derek Moss", and on PolNeAR's train split such a person took the
words of the story's only speaker, sure and wrong. The notes are cut from the text: whole paragraphs at the end,
each shaped as a note (author_notes.py).
"""

from __future__ import annotations

from quizapp.draft.author_notes import is_author_note

from .speakers import pattern, sure_speakers


def test_the_note_names_no_one_and_takes_no_words() -> None:
    extraction = pattern("a_writers_note_at_the_foot")
    assert all("Moss" not in person.name for person in extraction.people)
    assert "Twitter" not in extraction.text
    assert set(sure_speakers(extraction).values()) == {"Ines Calloway"}


def test_only_a_whole_note_is_one() -> None:
    assert is_author_note("Follow @harbourgazette.")
    assert is_author_note("(Reporting by Ana Ruiz; Editing by Tom Reid.)")
    assert is_author_note("Ana Ruiz and Tom Reid contributed reporting.")
    assert not is_author_note("Calloway said she would follow the vote on Twitter.")
    assert not is_author_note("Calloway is a Democrat.")
