"""People the finder missed on political news (PolNeAR train, stop 30; fixtures in our own words).

A talk show named after its host ("The Ana Ruiz Show") was taken whole for a person, "Show" her surname, so the
host's later "Ruiz said" was an organization; an agent noun set off after a comma ("On Monday, political
commentator Ana Ruiz ...") was no role, as a comma was no place for a noun phrase to open; and the words news puts
before a politician's or a broadcaster's name ("Democratic nominee", "radio host", "former rival") were no roles,
so a name with no first name of the lists and no speech verb beside it was nobody. And two census first names
before one surname ("Bill Clinton", "Hillary Clinton") made neither a person, as if one might be the other's short
form ("Ken Starr", "Kenneth Starr"): Hillary Clinton was nobody in 20 train articles. A first name after a
body's possessive ("The Post's Dana Milbank") or before a lawmaker's party tag ("(D-Md.)") was no evidence either.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import sure_speakers

_PROGRAMME = (
    "Budget talks stalled again.\n\n"
    "Speaking on the cable channel's “The Margaret Quillon Show” on Monday, the senator defended the plan.\n\n"
    "When Quillon pressed him on the deficit, he paused.\n\n"
    "“You keep asking that,” Quillon said.\n\n"
    "“Because nobody answers it,” he replied."
)
_COMMA_AGENT = (
    "The debate ran long.\n\n"
    "After the second hour, political commentator Orrin Vakeley imagined the governor thinking: “Get me out.”"
)
_ROLES = (
    "The primary is close.\n\n"
    "Democratic nominee Halvard Quist spoke first. Later, radio host Pell Durnam took calls, "
    "and former rival Ysolde Marrack sent a statement.\n\n"
    "Anchor Tovin Ashgrove closed the hour."
)


def _people(text: str) -> dict[str, str]:
    return {person.name: person.kind for person in extract(text).people}


def test_a_show_named_after_its_host_names_the_host() -> None:
    people = _people(_PROGRAMME)
    assert people.get("Margaret Quillon") == "person"
    assert not any(name.endswith("Show") for name in people)
    assert "Quillon" not in people  # never an organization of its own
    assert sure_speakers(extract(_PROGRAMME))["You keep asking that,"] == "Margaret Quillon"


def test_an_agent_noun_after_a_comma_is_the_role_of_the_name_after_it() -> None:
    assert _people(_COMMA_AGENT).get("Orrin Vakeley") == "person"


def test_a_nominee_a_host_a_rival_and_an_anchor_are_roles() -> None:
    people = _people(_ROLES)
    for name in ("Halvard Quist", "Pell Durnam", "Ysolde Marrack", "Tovin Ashgrove"):
        assert people.get(name) == "person", name
    assert "Anchor Tovin Ashgrove" not in people


_FAMILY = (
    "The couple campaigned apart.\n\n"
    "Gloria Ashcombe toured three towns on Monday, and Dale Ashcombe stayed behind to raise money.\n\n"
    "Ashcombe has been a state senator for a decade."
)
_PLACES = (
    "Voters met in Orlando and in Florida on Sunday.\n\n"
    "One Florida Republican backed the bill; an Orlando Republican did not.\n\n"
    "Republican leaders were silent."
)


def test_two_first_names_of_one_family_before_one_surname_are_two_people() -> None:
    people = _people(_FAMILY)
    assert people.get("Gloria Ashcombe") == "person"
    assert people.get("Dale Ashcombe") == "person"


def test_places_before_one_word_are_no_family() -> None:
    people = _people(_PLACES)
    assert "Florida Republican" not in people
    assert "Orlando Republican" not in people


_OWNED_AND_TAGGED = (
    "The hearing ended early.\n\n"
    "As the Evening Post's Dana Okafor puts it, the committee has run out of questions.\n\n"
    "The panel's senior member, Elijah Brannock (D-Md.), walked out first."
)


def test_a_bodys_possessive_or_a_party_tag_beside_a_first_name_makes_a_person() -> None:
    people = _people(_OWNED_AND_TAGGED)
    assert people.get("Dana Okafor") == "person"
    assert people.get("Elijah Brannock") == "person"
