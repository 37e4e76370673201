"""A role owned by a named person, with an "of" of its own ("X's chief of staff, Y, told reporters", "X's director
of communications Y said"), then its holder's name: the words are the holder's (possessed_roles.py).

PolNeAR train: `"...," California Rep. X's chief of staff, Joe Kasper, told POLITICO` had no speaker, nor had the
words after it: only a one-word role ("X's aide, Y,") was read before the holder. The fixture is in our own words
(tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_holder_of_a_role_with_its_of_speaks() -> None:
    said = sure_speakers(pattern("a_role_with_its_of_then_the_holder"))
    assert said["Nobody in this building"] == "Daniel Price"
    assert said["The numbers have not"] == "Karen Webb"
