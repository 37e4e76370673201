"""A second speech verb after the said-clause, in a clause of time or cause, relays nothing: `"...," X said as a
man shouted that ...`, `"...," X wrote the evening after a reporter asked him ...` (relayed.py).

PolNeAR train: `"...," Cruz said as the heckler yelled: "..."`, `"...," Romney tweeted the day after a man claiming
allegiance to ISIS ...`, `"...," Axelrod tweeted after Clinton argued ...` and `"...," Le Pen told CNN ... when asked
...` were read as words the speaker relays from the one in the later clause, and so had no speaker or the wrong
one. A said-clause that does relay ("X said her deputy had told her") still gives the words away. The fixture is
in our own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_clause_of_time_after_the_verb_keeps_the_speaker() -> None:
    said = sure_speakers(pattern("a_clause_of_time_after_the_said_clause"))
    assert said["This hall will still"] == "Helen Cartwright"
    assert said["It is the best"] == "Peter Lowry"


def test_a_relayed_verb_still_gives_the_words_away() -> None:
    said = sure_speakers(pattern("a_clause_of_time_after_the_said_clause"))
    assert said["We will have the"] != "Helen Cartwright"
