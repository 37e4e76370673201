"""Words in the clause that "according to" someone opens are that person's, not the said-clause's speaker's.

`Ashby said the volunteers who, according to Sergeant David Holt did a "superb job"`: the verdict in the marks is
Holt's, whom the clause cites; before, Ashby, the subject of "said", was surely given it, a wrong answer key.
An unnamed source ("according to the treasurer") takes the words from Ashby as well, and is no named person.
The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("according_to_inside_a_clause"))


def test_the_source_of_the_clause_holding_the_words_is_their_speaker() -> None:
    assert _said()["superb job"] == "David Holt"


def test_an_unnamed_source_in_the_clause_takes_the_words_from_the_said_clause() -> None:
    assert _said()["more generous than ever"] != "Helen Ashby"


def test_according_to_opening_the_sentence_still_names_the_speaker() -> None:
    assert _said()["kept calm when the"] == "David Holt"
