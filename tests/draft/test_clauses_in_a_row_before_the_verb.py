"""A name, then two or three appositions or clauses in a row, then its verb: the name is the speaker (said_after.py).

Issue 10, PolNeAR train: "Rep. X (D-Md.), chair of the Platform Committee, said that it was "..."" and "X, an early
supporter of Y, calls the issue "a priority"" were only offered unsure ("the speaker is named several words before
the speech verb") or lost with the phrase among the terms: a bracket and a role, or a role with commas inside it, were
read as one clause at most, and a verb of calling did not count as the verb after a clause. The fixture is in our
own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_name_before_clauses_in_a_row_is_the_speaker() -> None:
    said = sure_speakers(pattern("clauses_in_a_row_before_the_verb"))
    assert said["long overdue and well"] == "Ana Kowalczyk"
    assert said["The pipes we have"] == "Lena Vos"


def test_a_verb_of_calling_after_an_apposition_is_the_names() -> None:
    said = sure_speakers(pattern("clauses_in_a_row_before_the_verb"))
    assert said["a priority"] == "Jan Okafor"
