"""Words the people finder took for a person: a place before another's "her", an acronym after a role, "Neither".

- A one-word name is a person when a sentence it opens says "her" or "his" and a he or she speaks next ("Tavi has
  pulled her tour"); in "Vermont is a place both campaigns want, and Quinlan aimed her speech" the "her" is
  Quinlan's, named between, so it says nothing of Vermont (pronoun_after_name.py).
- One word of capitals ("PAC", "GOP", "D.C.") is an acronym or initials, never a whole name, though a role stands
  before it ("director of the Harbour Jobs PAC") (name_shape.py).
- "Neither", "Either", "Alongside" open a sentence before a name and are no part of it (lexicon.py).
- A people's adjective after a word that is no first name ("Central Asian") describes a region (name_words.py).
The fixture is in our own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from quizapp.draft.name_shape import capitals_alone
from quizapp.draft.name_words import qualified_nationality

from .speakers import pattern, sure_speakers


def _names() -> set[str]:
    return {person.name for person in pattern("places_and_acronyms_are_no_people").people if person.kind == "person"}


def test_a_place_before_someone_elses_her_is_no_person() -> None:
    assert "Vermont" not in _names()
    said = sure_speakers(pattern("places_and_acronyms_are_no_people"))
    assert said["We will keep the"] == "Dara Quinlan"


def test_an_acronym_after_a_role_is_no_person() -> None:
    assert "PAC" not in _names()
    assert sure_speakers(pattern("places_and_acronyms_are_no_people"))["Nobody on the islands"] == "Dara Quinlan"


def test_neither_is_no_part_of_the_name_after_it() -> None:
    names = _names()
    assert not any(name.startswith("Neither") for name in names)
    assert "Tomas Varga" in names


def test_capitals_alone() -> None:
    assert capitals_alone(("PAC",)) and capitals_alone(("D.C.",)) and capitals_alone(["C."])
    assert not capitals_alone(("Pac",)) and not capitals_alone(("JAKE", "TAPPER")) and not capitals_alone(("A",))


def test_a_peoples_adjective_after_a_word_that_is_no_first_name() -> None:
    assert qualified_nationality(["Central", "Asian"]) and qualified_nationality(["Deep", "Russian"])
    assert not qualified_nationality(["Mark", "Cuban"]) and not qualified_nationality(["David", "French"])
    assert "Northern Asian" not in _names()
