"""An apposition after the name may hold abbreviations with full stops: "X, R-Ky., said", "X, 44, of Lewes, Del.,
who rides the boat, said" (said_after.py).

PolNeAR train: a party and state ("R-Ky.") or a town and its state ("of Raleigh, N.C.,") between the name and its
verb after the quotation were read as a sentence's end, so the words had no speaker at all, and neither had the
quotation that carried on after the said-clause. The fixture is in our own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_party_and_state_between_name_and_verb() -> None:
    said = sure_speakers(pattern("abbreviations_inside_an_apposition"))
    assert said["The state should pay"] == "Hugo Brandt"
    assert said["Nobody should wait an"] == "Hugo Brandt"


def test_an_age_a_town_its_state_and_a_clause_before_the_verb() -> None:
    said = sure_speakers(pattern("abbreviations_inside_an_apposition"))
    assert said["We were promised a"] == "Paula Greenberg"
