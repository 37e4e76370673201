"""A name in a phrase leading into the said-clause is its object, not the speaker (issue 10).

"Paying tribute to Tom Pellow, council leader Helen Carrow said: "..."" gave the words surely to Pellow, the
first name in the sentence that stood after no preposition, though "Praising ...", "Unlike ...", "Defending ..."
name him only as what the phrase is about: a wrong answer key. The subject of the clause after the phrase,
with its own speech verb, is the speaker; a "she said" there is resolved as any pronoun, and an apposition
("Carrow, who chairs the board, said:") is no leading phrase. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("leading_phrase_names_an_object"))


def test_the_name_in_a_leading_phrase_is_not_the_speaker() -> None:
    said = _said()
    assert said["Nobody knew these waters"] == "Helen Carrow"
    assert said["I would have stayed"] == "Ivo Grant"


def test_a_pronoun_after_a_leading_phrase_never_becomes_its_object() -> None:
    assert _said()["He kept every boat"] != "Tom Pellow"


def test_an_apposition_is_no_leading_phrase() -> None:
    assert _said()["We will name his"] == "Helen Carrow"
