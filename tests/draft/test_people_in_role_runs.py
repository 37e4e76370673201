"""Speakers the people model missed inside a role's run of capitals, or never linked to a title's noun (issue 10,
point 2; fixtures in our own words).

On real news a union or trust named after a role's "of" ran into the name after it ("steward of the TWU Denise
Harrow"), so the person was shown with the body's letters as a first name and a later "Denise said" found nobody;
a plural owner's possessive ("the Greens' Maria Tolvey") stayed part of the name; a role after the name that began
or ended with "s" ("spokeswoman", "senator") was no role at all; a relative clause going on with
"and is" was read as a second subject; "the sheriff" or "the coroner" never stood for the one titled so; a name
set in capitals kept its surname in capitals, so a later "Strand said" was an organization; and a surname's
particles counted as words, so a full name of five words was too long to be one.
"""

from __future__ import annotations

from .speakers import pattern, shown, sure_speakers


def test_a_body_after_a_roles_of_is_no_part_of_the_name_after_it() -> None:
    extraction = pattern("body_before_a_name")
    names = {shown(extraction, person.id) for person in extraction.people if person.kind == "person"}
    assert {"Denise Harrow", "Peter Lannon", "Maria Tolvey"} <= names
    assert not any("TWU" in name or "Trust" in name or "Greens" in name for name in names if name)
    said = sure_speakers(extraction)
    assert said["Nobody saw this coming."] == "Denise Harrow"  # "Denise, who ... and is married ..., said:"
    assert said["The harbour will lose"] == "Peter Lannon"
    assert said["It is a working"] == "Maria Tolvey"


def test_a_plural_owner_that_is_part_of_a_title_stays_in_it() -> None:
    extraction = pattern("body_before_a_name")
    marsh = next(person for person in extraction.people if person.name == "Gavin Marsh")
    assert marsh.role == "Rowers' Affairs Officer"  # the owner of the office, never cut off as Denise's "TWU" is


def test_the_court_title_alone_stands_for_the_one_who_holds_it() -> None:
    extraction = pattern("the_court_title_after_the_name")
    said = sure_speakers(extraction)
    assert said["no regard at all"] == "Nadia Rennick"
    assert said["a trap for anyone"] == "Paul Oduya"


def test_a_bare_role_after_the_name_is_a_role_whatever_letter_it_starts_with() -> None:
    extraction = pattern("bare_role_beginning_with_s")  # ", spokeswoman for the operator,": "s" was cut off
    names = {person.name for person in extraction.people if person.kind == "person"}
    assert {"Ilse Marrowby", "Tarquin Oyelaran", "Ottoline Brisk"} <= names
    said = sure_speakers(extraction)
    assert said["We remain open to"] == "Ilse Marrowby"
    assert said["Sit down again before"] == "Tarquin Oyelaran"


def test_a_name_in_capitals_and_a_name_with_particles_keep_their_later_surnames() -> None:
    extraction = pattern("capitals_and_particles_in_names")
    assert not any(person.kind == "organization" for person in extraction.people)  # "Strand" was one
    said = sure_speakers(extraction)
    assert said["Every one of them"] == "Helena Strand"  # "HELENA STRAND, the ... manager," then "Strand said"
    assert said["We are only the"] == "Marten Joost van der Wal"  # five words, two of them particles
