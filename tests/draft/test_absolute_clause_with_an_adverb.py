"""The name of an absolute "with" clause speaks past an adverb before its participle (said_before.py).

PolNeAR train, issue 30: "some of his supporters kicked and punched a protester, with Trump reportedly yelling:
"..."": the absolute clause's name was read as its participle's subject only right before it, so an adverb between
left the words with nobody. The fixture is in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_absolute_clauses_name_says_the_words_past_an_adverb() -> None:
    said = sure_speakers(pattern("absolute_clause_with_an_adverb"))
    assert said["Let them stay, they"] == "Brenna Hask"
