"""A single-quoted phrase that "described ... as" or "accused ... of" casts as a judgement is its subject's (issue 10).

A story that quotes speech in double marks keeps single ones for phrases, so a speaker found for single-quoted
words there is left unsure. But "Ambler described the timetable as a 'slow-motion disaster'" and "Kovac accused
the trust of running a 'closed shop'" are the subject's own words whatever the marks: these verbs never name a
thing, as "call" does. The speaker was left unsure on real news (a coach describing a goal, a lawyer accusing a
governor). A name for a thing in single marks still gives no speaker. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("single_marks_cast_as_judgement"))


def test_a_phrase_described_as_is_the_describers() -> None:
    assert _said()["slow-motion disaster"] == "Rhys Ambler"


def test_a_phrase_accused_of_is_the_accusers() -> None:
    assert _said()["closed shop"] == "Ada Kovac"


def test_a_name_for_a_thing_is_still_nobodys_words() -> None:
    said = _said()
    assert said.get("milk run") is None
    assert said["We will publish every"] == "Mira Osei"
