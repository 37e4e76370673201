"""A name before "and said" is an earlier verb's object, not the one saying (issue 10; fixture in our own words).

On real news a coach "defended his captain, <name>, and said he was ..." and the quoted paragraph after it went
surely to the captain: the said-clause sieve took the name nearest the verb, though English never parts a subject
from its verb with "and". The name ends what an earlier verb did, and the one saying is that verb's subject; the
speaker is kept as a guess, never an answer key.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_captain_defended_is_not_the_speaker() -> None:
    speakers = sure_speakers(pattern("and_said_after_an_object"))
    assert speakers["I am proud to"] != "Dan Hale"


def test_the_man_arrested_is_not_the_speaker() -> None:
    assert sure_speakers(pattern("and_said_after_an_object"))["at a very early"] != "Carl Webb"


def test_a_plain_said_clause_keeps_its_speaker() -> None:
    assert sure_speakers(pattern("and_said_after_an_object"))["take a long time"] == "Ian Rook"
