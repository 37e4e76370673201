"""A first name the people model did not take for anyone can still be whom "she" means.

In "Helen Reddan, his wife, spoke at the quay with their children Peter and Sarah. She said: \"Dad ...\"", the
daughter named last is as likely the speaker as the wife named before her: the list of children gives the
people model no sign that "Sarah" is a person, but the first-name lists know it is a woman's name. A wife taken surely
in such a sentence was a wrong answer key on the corpus once first names were known (stop 25). The fixture is in our
own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("a_first_name_in_a_list_of_children"))


def test_she_after_a_daughter_named_in_a_list_is_not_surely_the_wife() -> None:
    assert _said().get("Dad would want the") is None


def test_the_said_clause_before_keeps_its_speaker() -> None:
    assert _said()["He knew every boat"] == "Tom Ogundipe"
