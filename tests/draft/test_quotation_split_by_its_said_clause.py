"""A quotation split around an inverted said-clause (interrupted.py): `"...," said X, "..."`.

Issue 10: held-out articles split a spoken sentence around a said-clause written verb first ("said X," or
"said the chair of ...,"), and the second part had no speaker: the clause is the first part's cue and the
second part does not open its sentence. It shares the first part's speaker, as sure as that was; when another
clause comes between ("and Y answered,") it is left alone. The fixture is in our own words
(tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_second_part_after_an_inverted_said_clause_is_the_first_parts_speakers() -> None:
    said = sure_speakers(pattern("quotation_split_by_an_inverted_said_clause"))
    assert said["We were told on"] == "Librarian Wenna Costley"
    assert said["and nobody asked the"] == "Librarian Wenna Costley"


def test_a_second_part_after_a_role_is_the_roles_and_after_another_clause_is_not_carried() -> None:
    said = sure_speakers(pattern("quotation_split_by_an_inverted_said_clause"))
    assert said["but it is the"] == said["It is a small"] == "the parish clerk"
    assert said["The children will feel"] == "Idris Mallow"
    assert said["they always do."] != "Idris Mallow"  # "and Costley answered": never carried over from Mallow
