"""A speaker's one capitalised word that no known person's names hold is sure: `"...," Quill said`, `"...," said
Marlow, who ...` (organizations.py).

PolNeAR train: a speaker the story names only by a surname it never gives in full ("Maddow", "Hale", a misspelt
"Keidis"), or by a surname after the inverted verb ("said Baron."), was offered unsure as an organization known
"from its capital letters alone", or not at all. Person or body, the name as the text writes it is the speaker a
reader is told of. A surname two known people share stays a guess. The fixture is in our own words
(tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import offered, pattern, starting, sure_speakers


def test_a_bare_name_before_its_verb_is_sure() -> None:
    said = sure_speakers(pattern("a_bare_name_no_one_else_holds"))
    assert said["We sold out of"] == "Quill"


def test_a_bare_name_after_the_inverted_verb_is_sure() -> None:
    said = sure_speakers(pattern("a_bare_name_no_one_else_holds"))
    assert said["Nobody expected a crowd"] == "Marlow"
    assert said["We will need twice"] == "Marlow"


def test_a_surname_two_known_people_share_stays_unsure() -> None:
    extraction = pattern("a_bare_name_no_one_else_holds")
    assert offered(extraction, "The wind turned twice")[1] is False
    assert (
        starting(extraction, "The wind turned twice").doubt
        == "“Brandt” is the surname of more than one person in the article"
    )
