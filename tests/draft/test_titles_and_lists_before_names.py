"""People behind a local office or a place-word middle name (PolNeAR train, stop 30; fixtures in our own words).

A city or county office before a name ("Dunmore County Recorder", "Linfield Alderman") was no title, as "Recorder"
and "Alderman" were not title words: the whole run, county and office with the name, was taken for a body that
speaks, or for a person called "Alderman ...". And a middle name that is also a place or body word ("Ruth Hall
Brenner") made the run an organization unless a role stood beside it; her surname speaking alone later ("Brenner
said") is as plain a sign of a person.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

_OFFICES = (
    "Voting lines stretched for hours.\n\n"
    "“We failed the voters today,” Dunmore County Recorder Odile Fennick said at a hearing.\n\n"
    "“Nobody planned for this turnout,” said Linfield Alderman Corwin T. Ashby, whose ward waited longest.\n\n"
    "“The city must pay for more sites,” said Alderman Gideon R. Marlowe."
)
_MIDDLE = (
    "Fact checkers are busier than ever.\n\n"
    "“Voters hear what they want to hear,” said Ruth Hall Brenner, who studies campaign speech at a university.\n\n"
    "Brenner said the pattern was old."
)


def _people(text: str) -> dict[str, str]:
    return {person.name: person.kind for person in extract(text).people}


def test_a_local_office_before_a_name_is_a_title_not_a_body() -> None:
    people = _people(_OFFICES)
    assert people.get("Odile Fennick") == "person"
    assert people.get("Corwin T. Ashby") == "person"
    assert people.get("Gideon R. Marlowe") == "person"
    assert not any("County" in name or "Alderman" in name for name in people)


def test_a_place_word_middle_name_is_a_person_when_the_surname_speaks_alone() -> None:
    assert _people(_MIDDLE).get("Ruth Hall Brenner") == "person"
