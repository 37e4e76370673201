"""A courtesy title of the other gender goes to the surname's other bearer, once (fixture in our own words).

On PolNeAR's train split a story naming Bill Clinton wrote "Mrs. Clinton" a dozen times, and each one became a new
person called "Clinton" (so 11 identical choices in a who-said question), while Chelsea took the first of them. The
bare surname is the husband's alias, so the lookup found him, saw the contradicting "Mrs." and gave up. The surname's
other bearers are now asked: the wife named in full, or the woman the first "Mrs." made.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

_COUPLE = """Couple Share the Stage at a Fundraiser

Tom Hale opened the evening in Dunmore. "We have waited long enough," Mr. Hale said.

His wife, Dora Hale, spoke after him. "I will hold them to it," Mrs. Hale said.

Mrs. Hale then thanked the volunteers. Later Mrs. Hale added: "This town deserves a library."
"""

_ONLY_HIM = """A Quiet Vote in Carrow

Felix Ardent won the council seat on Tuesday. "The count was fair," Mr. Ardent said.

"The ward wanted change," Ms. Ardent said outside the hall. Ms. Ardent is his sister, a teacher.

"He listened to them," Ms. Ardent said.
"""


def _people_named(text: str, last: str) -> list[str]:
    return [person.name for person in extract(text).people if person.kind == "person" and last in person.name]


def test_mrs_goes_to_the_wife_named_in_full() -> None:
    extraction = extract(_COUPLE)
    assert sorted(_people_named(_COUPLE, "Hale")) == ["Dora Hale", "Tom Hale"]
    dora = next(person for person in extraction.people if person.name == "Dora Hale")
    assert "Mrs. Hale" in dora.aliases


def test_a_woman_named_only_by_ms_is_one_person() -> None:
    names = _people_named(_ONLY_HIM, "Ardent")
    assert sorted(names) == ["Ardent", "Felix Ardent"]  # him, and one woman however often "Ms. Ardent" is written
