"""A building or slogan named after a speaking surname is no person (fixture in our own words).

On PolNeAR's train split "Trump Tower" (eight articles), "Trump Plaza" and "Bundy Ranch" were people: "Trump" speaks
alone ("Trump said"), and a two-word run whose first word speaks alone was taken for a first name and a surname, as
"Wambua Kioko ... said Wambua" is. A first word that ends another name ("Donald Trump") is that person's surname,
so its speaking says nothing of the run it opens.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

_STORY = """Developer Moves Campaign Offices

Oswin Brannock moved his campaign into Brannock Tower last spring. Brannock said the rent was fair.

Staff at Brannock Tower work on the ninth floor. "It is a short walk," Brannock said.

Wambua Kioko, who runs the cafe downstairs, was pleased. "Business is up," said Wambua.
"""


def test_the_tower_is_no_person_and_the_first_name_still_counts() -> None:
    people = {person.name: person for person in extract(_STORY).people if person.kind == "person"}
    assert "Brannock Tower" not in people
    assert "Oswin Brannock" in people
    assert "Wambua Kioko" in people
