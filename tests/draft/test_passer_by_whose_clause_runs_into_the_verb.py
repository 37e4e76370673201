"""A passer-by met in a sentence whose relative clause runs straight into its main verb ("A woman who lives at the
corner spoke to our reporter.") is kept as "a woman who lives at the corner": the clause ends where the main
clause's speech verb begins, so the answer key a student sees is not "A woman who lives at the corner spoke"
(passers_by.py; fixture in our own words)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_passer_by_is_named_without_the_main_clauses_verb() -> None:
    said = sure_speakers(pattern("passer_by_whose_clause_runs_into_the_verb"))
    assert said["The water was up"] == "a woman who lives at the corner"
