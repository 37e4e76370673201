"""A capitalised title the organization model took for a body, right before the name after "said", is the name's.

`says Harbour Workers Union President, Ann Reid`, `said State Sen. Paul Orme`: the capitals before the name made
an organization ("Harbour Workers Union President", "State"), and the said-clause gave the words to it, surely. With
nothing but a space or a comma between it and a person, the organization is that person's title or employer, and
the person is the speaker. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_person_after_the_capitalised_title_speaks() -> None:
    speakers = sure_speakers(pattern("capitalised_title_before_name"))
    assert speakers["We did not want"] == "Ann Reid"
    assert speakers["This is a good"] == "Paul Orme"
