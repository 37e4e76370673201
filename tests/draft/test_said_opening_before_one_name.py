""" "Said" opening a sentence before a single name is the verb, unless it is the given name (fixture in our words).

"Said" is a given name too, so the name finder kept a run of two words ("Said Jalili") whole and cut the verb only
from a longer run ("Said Ana Ruiz"). On PolNeAR's train split "Said Comey, "..."" made a person "Said Comey" of no
evidence, and the FBI director's words found nobody. The run of two is now handed to the finder with the text around
it (name_runs.py, people.py): the verb is a verb when the run opens its sentence right before a comma or colon and a
quotation, or when the word after it is the surname of a first name and surname the story gives. A negotiator named
Said Jalili keeps his name.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_verb_opening_the_sentence_gives_the_words_to_the_name_after_it() -> None:
    extraction = pattern("said_opening_before_one_name")
    said = sure_speakers(extraction)
    assert said["The port will stay"] == "Martin Vellan"  # the surname of a full name, past an apposition
    assert said["The cracks are old"] == "Tolland"  # right before a comma and the quotation
    names = {person.name for person in extraction.people}
    assert "Said Vellan" not in names and "Said Tolland" not in names


def test_a_man_named_said_keeps_his_name() -> None:
    extraction = pattern("said_opening_before_one_name")
    assert sure_speakers(extraction)["We have waited long"] == "Said Jalili"
