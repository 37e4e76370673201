"""A name after a conjunction that follows a quotation opens a clause of its own (clause_openers.py).

Issue 10: a wrong sure speaker found by reading unlabelled news or by probing the construction; the fixture is
in our own words (tests/draft/fixtures/patterns). The words go to nobody, or to whom the construction makes
certain, never to another guess."""

from __future__ import annotations

from quizapp.draft.clause_openers import opens_own_clause

from .speakers import pattern, sure_speakers


def test_a_name_after_and_opens_a_clause_of_its_own_not_the_said_clause_of_the_words_before() -> None:
    said = sure_speakers(pattern("asked_then_someone_else_asked"))
    assert said["ready to be ruled"] == "Brannock Hale"  # he asked if she was "...": not Ferrant, who asked next
    assert said["We have waited a"] == "Odile Ferrant"
    assert said["The agenda is already"] == "Brannock Hale"


def test_a_conjunction_opens_a_clause_but_describing_words_and_as_do_not() -> None:
    assert opens_own_clause(["and"])
    assert opens_own_clause(["but", "later"])
    assert not opens_own_clause(["former", "coach"])
    assert not opens_own_clause(["as"])  # `"...," as Ruiz said`: the words are Ruiz's
    assert not opens_own_clause([])
