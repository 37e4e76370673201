"""A speaker of no known gender keeps "he said" past a long description of them (fixture in our own words).

When the pronoun's person has no known gender and a man is named near, the pronoun stays unsure unless the person
is the voice their sentence brings in and the man is only spoken of (last_speaker.py). That voice was missed when
the speech verb came after a party or a place and a description of two parts ("Rep. Robin Achebe (D-Maine), a
critic of Quill, said", "Jordan Blake, a pollster who works for the Harbour Trust, a charity, said"), and a man named
inside the description ("a critic of Quill") was taken for a rival, though he is part of what the speaker is. On
PolNeAR's train split this made 5 pronouns sure, all right by reading (the gold's chain is wrong for 1). A man
who spoke before the new voice still keeps the pronoun unsure.
"""

from __future__ import annotations

from .speakers import offered, pattern


def test_the_voice_past_its_description_speaks_on() -> None:
    extraction = pattern("a_voice_past_a_long_apposition")
    assert offered(extraction, "Nobody on the islands") == ("Robin Achebe", True)
    assert offered(extraction, "The numbers have not") == ("Jordan Blake", True)


def test_a_man_who_spoke_before_keeps_the_doubt() -> None:
    extraction = pattern("a_voice_past_a_long_apposition")
    assert offered(extraction, "We will see them") == ("Kerry Vance", False)
