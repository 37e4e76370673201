""" "..., according to a statement from Peter Brennan." / ""...," he said.": Brennan gave the words, so "he" is his.

The pronoun sieve doubts a "he" whose person is named only after a preposition, as an object. The source of a
written statement, letter or email ("a statement from", "a letter signed by") is named that way, yet is the
voice of the sentence as much as a said-clause's subject: a bookshop chain's closure notice was left undrafted
(a tune set, stop 24). A name past "on behalf of" or "for" is whom the words were given for, and stays doubted.
Fixture in our own words.
"""

from __future__ import annotations

from quizapp.draft.listeners import agent_of_saying

from .speakers import pattern, sure_speakers


def test_the_source_of_a_statement_is_whom_the_next_he_means() -> None:
    assert sure_speakers(pattern("statement_from_then_he"))["We have loved serving"] == "Peter Brennan"


def test_someone_a_letter_was_sent_on_behalf_of_is_not_its_voice() -> None:
    assert sure_speakers(pattern("statement_from_then_he"))["It is a sad"] is None


def test_which_clauses_name_the_source_of_the_words() -> None:
    assert agent_of_saying(" according to a statement from ")
    assert agent_of_saying(" in a letter signed by chief executive ")
    assert not agent_of_saying(" in a statement from the lawyer for ")
    assert not agent_of_saying(" a parcel from ")
