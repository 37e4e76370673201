"""A title word that only qualifies an office makes no surname of the one word after it (fixture in our own words).

On PolNeAR's train split "Make America Great Again" gave a person "Again" (nine articles), "Executive Order" one
called "Order", "the Council on Foreign Relations" one called "Relations", and "Former Mexican president" one called
"Mexican": the run was split into a title and one word, and a title before a word is a person's. One word after a
title is a surname only when the title holds an office by a word of its own ("President", "Judge", "Gov."), never
when its words only qualify one ("Former", "Executive", "Foreign", "Deputy") or are role nouns inside a longer phrase
("Great", "Member", "Legend") (titles.holds_an_office).
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.name_shape import name_shape
from quizapp.draft.titles import holds_an_office

_STORY = """Governor Signs Rules on Water

Gov. Ilse Varga signed an Executive Order on Monday limiting river withdrawals, and the Foreign Relations panel met.

Former Peruvian president Tomas Ruelas, who spoke at the signing, praised it. "Rivers are not a bank," he said.

Judge Ortolan, who heard the first case, declined to comment. "We will read it first," Judge Ortolan said.

Supporters wore caps reading Keep Dunmore Green Forever. Former Gov. Quist said the order was overdue.
"""


def test_no_person_from_a_qualifier_and_one_word() -> None:
    names = {person.name for person in extract(_STORY).people if person.kind == "person"}
    assert not names & {"Order", "Relations", "Peruvian", "Forever"}
    assert {"Ilse Varga", "Ortolan", "Quist"} <= names


def test_a_title_holds_an_office_by_its_own_word() -> None:
    assert holds_an_office(("Vice", "President"))
    assert holds_an_office(("Judge",))
    assert not holds_an_office(("Former",))
    assert not holds_an_office(("Executive",))
    assert not holds_an_office(("Make", "America", "Great"))
    assert name_shape(("Executive", "Order")).titled_name is None
    assert name_shape(("Former", "Gov.", "Quist")).titled_name == ("Quist",)
    assert name_shape(("Deputy", "Mayor", "Ana", "Ruiz")).titled_name == ("Ana", "Ruiz")
