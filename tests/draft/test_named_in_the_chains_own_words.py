""" "He added: "Our concern is for Martin Pell." / He added: "...": Pell, named in the "he"'s own words, is no rival.

The pronoun sieve doubts a "he" when a man is named inside a quotation between its person and it, since the
pronoun may mean him (`"Mr Keogh found the jacket," she said. "...," he said.`). When the quotation naming him
is itself given to a "he" ("He added:"), he is what that speaker talked about, and the next "He added:" goes on
with the same speaker: a police officer's appeal about a missing man was left undrafted (a tune set, stop 24).
Fixture in our own words.
"""

from __future__ import annotations

from quizapp.draft.pronoun_rivals import voiced_by_pronoun

from .speakers import pattern, sure_speakers


def test_a_man_named_in_the_same_he_s_words_leaves_the_chain_sure() -> None:
    said = sure_speakers(pattern("named_in_the_chains_own_words"))
    assert said["Our concern is for"] == "Colm Brady"
    assert said["Anyone who sees him"] == "Colm Brady"


def test_a_man_named_in_a_she_s_words_still_may_be_the_next_he() -> None:
    assert sure_speakers(pattern("named_in_the_chains_own_words"))["We owe him a"] is None


def test_only_a_said_clause_of_the_same_pronoun_counts() -> None:
    text = 'He added: "We fear for Pell." Then "Pell is safe," she said.'
    first = text.index('"'), text.index(".") + 2
    assert voiced_by_pronoun(text, *first, "male")
    assert not voiced_by_pronoun(text, *first, "female")
    second = text.index('"Pell is'), text.index('," she') + 2
    assert voiced_by_pronoun(text, *second, "female")
