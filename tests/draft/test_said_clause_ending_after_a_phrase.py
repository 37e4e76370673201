"""A short quoted phrase in a sentence that a said-clause ends, later than right after the phrase, is that
speaker's words (trailing_said.py, which the attributor asks too): `leaves a "thin margin" for anyone working on
the mainland, Adler said.`, `..., said Ines Varga, the operator's sales director.`, `..., he told reporters.`.

Issue 10: on PolNeAR's train split such phrases were sorted as scare quotes, since the said-clause was read only
right after the closing mark. The fixture is in our own words (tests/draft/fixtures/patterns); a phrase in a
sentence no said-clause ends stays a term.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_phrase_in_a_sentence_a_said_clause_ends_is_its_speakers() -> None:
    said = sure_speakers(pattern("said_clause_ending_after_a_phrase"))
    assert said["rough season"] == "Ines Varga"
    assert said["thin margin"] == "Tomas Adler"
    assert said["perhaps"] == "Tomas Adler"


def test_a_phrase_in_a_sentence_no_said_clause_ends_stays_a_term() -> None:
    extraction = pattern("said_clause_ending_after_a_phrase")
    assert "lifeline" in [term.text for term in extraction.terms]
