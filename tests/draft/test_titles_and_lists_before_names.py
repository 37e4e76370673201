"""People behind titles, lists and appositions the finder missed (PolNeAR train, stop 30; fixtures in our own words).

A city or county office before a name ("Dunmore County Recorder", "Linfield Alderman", "City Public Advocate") was no
title, as "Recorder", "Alderman" and "Advocate" were not title words: the whole run, county and office with the name,
was taken for a body that speaks, or for a person called "Alderman ...". And a middle name that is also a place or body
word ("Ruth Hall Brenner") made the run an organization unless a role stood beside it; her surname speaking alone later
("Brenner said") is as plain a sign of a person. A plural role before a list of names ("two trade economists, Ada Quell
and Fennimore Drax,") gave its role to none of them, so a name with no census first name nor a speech verb of its own
was nobody. An apposition of two roles joined by "and" ("a county party organiser and the host of a podcast about
farming") was too long to count as a role, so a name with no census first name before it was nobody too. And the state
or body after a titled name ("Caucus Chairman U.R. Penhale of South Dakota") counted toward the name's length, so the
run was a body's.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

_OFFICES = (
    "Voting lines stretched for hours.\n\n"
    "“We failed the voters today,” Dunmore County Recorder Odile Fennick said at a hearing.\n\n"
    "“Nobody planned for this turnout,” said Linfield Alderman Corwin T. Ashby, whose ward waited longest.\n\n"
    "“The city must pay for more sites,” said Alderman Gideon R. Marlowe.\n\n"
    "“Voters deserve better,” Harlow City Public Advocate Tamsin Greel said."
)
_MIDDLE = (
    "Fact checkers are busier than ever.\n\n"
    "“Voters hear what they want to hear,” said Ruth Hall Brenner, who studies campaign speech at a university.\n\n"
    "Brenner said the pattern was old."
)

_LISTS = (
    "The tariff plan drew criticism.\n\n"
    "Two trade economists, Ada Quell and Fennimore Drax, found in 2014 that it was “a tax on shoppers.”\n\n"
    "The pollsters, Harbin Analytics and Stoat Research, disagreed."
)

_TWO_ROLES = (
    "The caucus results surprised many.\n\n"
    "Dashiell Prowse, a veteran county party organiser and the host of a weekly podcast about farming, is a voter "
    "who switched parties in 2012.\n\n"
    "Oskarina Vell, while an old ally and a frequent guest of the host, is no member."
)

_OF_PLACE = "Some oppose the plan.\n\nCaucus Chairman U.R. Penhale of South Dakota said he was “appalled” by it."


def _people(text: str) -> dict[str, str]:
    return {person.name: person.kind for person in extract(text).people}


def test_a_local_office_before_a_name_is_a_title_not_a_body() -> None:
    people = _people(_OFFICES)
    assert people.get("Odile Fennick") == "person"
    assert people.get("Corwin T. Ashby") == "person"
    assert people.get("Gideon R. Marlowe") == "person"
    assert people.get("Tamsin Greel") == "person"
    assert not any("County" in name or "Alderman" in name for name in people)


def test_a_place_word_middle_name_is_a_person_when_the_surname_speaks_alone() -> None:
    assert _people(_MIDDLE).get("Ruth Hall Brenner") == "person"


def test_a_plural_role_gives_its_role_to_every_name_of_its_list() -> None:
    people = _people(_LISTS)
    assert people.get("Ada Quell") == "person"
    assert people.get("Fennimore Drax") == "person"
    assert "Harbin Analytics" not in people and "Stoat Research" not in people


def test_an_apposition_of_two_roles_joined_by_and_is_a_role() -> None:
    people = _people(_TWO_ROLES)
    assert people.get("Dashiell Prowse") == "person"
    assert "Oskarina Vell" not in people  # a clause opened by "while" is no apposition of roles


def test_the_place_after_a_titled_name_is_no_part_of_the_name() -> None:
    assert _people(_OF_PLACE).get("U.R. Penhale") == "person"
