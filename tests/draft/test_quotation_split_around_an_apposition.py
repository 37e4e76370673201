"""A quotation split by an inverted said-clause with an apposition naming a body or an owner (interrupted.py).

PolNeAR train, issue 30: `"...," said Raffaello Pantucci, director of International Security Studies at the Royal
United Services Institute in London, "but it is ..."` and `"...," said Stephanie Formas, Clinton's in-state
communications director, "and we've been ..."`: a name in the speaker's apposition (after "of" or "at", or an
owner's possessive) counted as another person between the parts, and the second part had no speaker. A second
speech verb between the parts still keeps it from the first part's speaker. The fixture is in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_name_in_the_speakers_apposition_does_not_part_the_two_halves() -> None:
    said = sure_speakers(pattern("quotation_split_around_an_apposition"))
    assert said["and still nobody planned"] == "Wenna Costley"
    assert said["so the cut falls"] == "Idris Mallow"


def test_another_speech_verb_between_the_parts_still_does() -> None:
    said = sure_speakers(pattern("quotation_split_around_an_apposition"))
    assert said.get("and they know it.") != "Idris Mallow"
