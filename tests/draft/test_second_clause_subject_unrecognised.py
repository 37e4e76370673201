"""A name the people model missed, opening a clause after "but", is still a possible "he" (issue 10).

"Lund said the engine had failed, but Aron Vakhtang blamed the fuel. "...," he said." may be either man's
words. The people model, not knowing the first name, did not take Vakhtang for a person, so the pronoun went
surely to Lund, a coin toss made an answer key. Capitalised words and a verb opening a sentence were already a
rival; opening a clause after a comma and a conjunction, where news sets a second voice beside the first,
they are too. A plain "he said" after one man keeps its speaker. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_an_unrecognised_name_opening_a_second_clause_leaves_he_unsure() -> None:
    assert sure_speakers(pattern("second_clause_subject_unrecognised"))["We should have stayed"] is None


def test_one_man_then_he_said_stays_sure() -> None:
    assert sure_speakers(pattern("second_clause_subject_unrecognised"))["It will take a"] == "Tom Reid"
