"""Two-word speech verbs and a verdict's verb before the words give them to their subject (lexicon.py,
said_before.py, reported.py).

Issue 10: on PolNeAR's train split, "X shot back, "..."", "As X pointed out, "..."", "X fired back that the "..."" and
"X dismissed it as "..."" had no speaker: the two-word verbs were read only after a quotation, and "dismissed ... as"
was no verdict. The fixture is in our own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_shot_back_and_pointed_out_before_the_words() -> None:
    said = sure_speakers(pattern("phrasal_speech_verbs_before_the_words"))
    assert said["The old timetable left"] == "Ingrid Solberg"
    assert said["Two of the four"] == "Malik Osei"


def test_dismissed_as_puts_a_verdict_in_quoted_words() -> None:
    said = sure_speakers(pattern("phrasal_speech_verbs_before_the_words"))
    assert said["a speech for the"] == "Tomasz Reyes"
