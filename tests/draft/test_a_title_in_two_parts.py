"""Two titles joined by "and" before one name are one person's title (fixture in our own words).

"Kestrel Ferries President and CEO Oona Brack" made a person "Kestrel Ferries President" who was given Brack's
words, and "Chairman and Founder Eamon Tully said" was doubted as a speech verb with two subjects. A capitalised
run ending in a title, then "and" and a second title, is the first part of a title (people.py), and a title or
abbreviated rank before "and" a title is no second subject (name_modifiers.py). A name before "and" and a role is
still two people ("Nell Farr and deputy mayor Rob Quist said"), as are "Mr. and Mrs.".
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_one_title_in_two_parts_names_one_person() -> None:
    extraction = pattern("a_title_in_two_parts")
    assert not any(person.name.endswith("President") for person in extraction.people)
    said = sure_speakers(extraction)
    assert said["The winter timetable cost"] == "Oona Brack"
    assert said["We will not cut"] == "Eamon Tully"
    assert said["The berths are ready."] is None
