"""A person's bare surname before a role and another person's name: `said Reid aide Tom Okoye`.

US political news writes a politician's surname as a modifier of the role of the person who speaks ("Reid
aide", "Reid ally", "Okoye spokeswoman"); the speaker is the name after the role, never the politician. Only a
full name before the role may be a place named for someone ("Sir Ian Hale School head, Ana Ruiz": employers.py).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("surname_before_a_role"))


def test_the_name_after_a_surname_and_a_role_speaks() -> None:
    said = _said()
    assert said["The mayor has listened"] == "Tom Okoye"
    assert said["She might say things"] == "Petra Lund"
    assert said["Nobody asked the fishermen,"] == "Mia Hart"


def test_the_surname_alone_still_speaks() -> None:
    assert _said()["We will build it"] == "Ana Reid"
