"""Doubts about a speaker found by name that English gives no reason for: no rival voice is in the sentence.

"citing the possibility of talks" cites a reason, not someone's words ("citing a report by" still does); a relative
clause closed before the quotation ("the boy, who was brought by his aunt, was "..."") has nobody speak in it;
"Maria Costa said she was "...", and described him as "..."": "she" is Costa herself, so the second verb is hers
either way. Each doubt left a sure speaker unsure. With another person named between the verbs, or the relative
clause still open at the quotation, the doubt stays. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("doubts_with_no_rival"))


def test_citing_a_reason_relays_nobodys_words() -> None:
    said = _said()
    assert said["We agreed to meet"] == "Daniel Ortega Ruiz"
    assert said["We never stopped talking,"] is None  # "citing a report by ...": the report's words, perhaps


def test_a_relative_clause_closed_before_the_quotation_is_no_rival() -> None:
    said = _said()
    assert said["a frightened child who"] == "Anna Kerr"
    assert said["singing their names all"] is None  # the clause is open at the quotation: the players' words?


def test_the_speakers_own_pronoun_between_two_verbs_is_no_rival() -> None:
    said = _said()
    assert said["a kind and patient"] == "Maria Costa"
    assert said["the best result in"] is None  # Kerr, named between the verbs, may have added it
