"""A name inside a fronted "Asked whether ..." or "Asked what ..." phrase is not the said-clause's subject.

"Asked whether she would sack Tom Pellow, Carrow said: "..."" gave the words surely to Pellow, the first name
in the sentence that stood after no preposition, a wrong answer key: "whether", "what", "how" and "why" open a
clause of their own, as "if" and "that" do, and its names are not the speaker. News writes most answers to
reporters this way. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("asked_whether_then_the_speaker"))


def test_a_name_after_asked_whether_is_not_the_speaker() -> None:
    assert _said()["That is a matter"] == "Helen Carrow"


def test_a_name_after_asked_what_is_not_the_speaker() -> None:
    assert _said()["I will not discuss"] == "Helen Carrow"


def test_a_name_after_asked_about_still_is_not() -> None:
    assert _said()["The minister has her"] == "Ivo Grant"
