"""A place before a rank is where the rank is held, never a person (fixture in our own words).

On PolNeAR's train split "Former Florida Gov. Jeb Bush" made a person "Florida" (the title "Former" and a word after
it), and "said former Pennsylvania Gov. and party chair Ed Rendell" a person "Pennsylvania Gov." who was given
the words. The place and a rank ending the run are dropped (run_qualifiers.py); the name after the rank is the
person, and the rank's full stop no sentence's end between "said" and that name (said_after.py).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_place_is_no_person_and_the_name_after_the_rank_is() -> None:
    extraction = pattern("a_former_place_before_a_rank")
    names = {person.name for person in extraction.people if person.kind == "person"}
    assert "Harlan Prowse" in names
    assert not any("Wessex" in name or "Lindum" in name for name in names)
    said = sure_speakers(extraction)
    assert said["Nobody on the islands"] == "Harlan Prowse"
    assert said["We have been here"] == "Corin Abbot"  # the rank's full stop ends no sentence before his name
