"""Said-clauses after the words with rarer verbs ("questioned", "charged", "remembered", manner_verbs.py), or as a
sentence of its own with an abbreviation in it and a topic after the verb (`"...!" Rep. X, D-Vt., said of the plan.`,
said_sentence.py).

PolNeAR train: `"...," Bolton charged.`, `"...," an angry Hollande retaliated.`, `"...," remembered Roy Verley`,
`"...?" Beck questioned.`, `"...," exhorted Clinton's introducer, actress ...` and `"...!" Rep. X, R-Pa., said of
the swirl ...` had no speaker, nor had the words that carried on after them. The fixture is in our own words
(tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_rarer_verbs_close_a_said_clause_after_the_words() -> None:
    said = sure_speakers(pattern("a_said_clause_of_rarer_verbs"))
    assert said["Who exactly asked for"] == "Rosa Imbert"
    assert said["Families in the valley"] == "Daniel Moss"
    assert said["They have no other"] == "Daniel Moss"
    assert said["We were told the"] == "Karen Holm"


def test_a_said_sentence_with_an_abbreviation_and_a_topic() -> None:
    said = sure_speakers(pattern("a_said_clause_of_rarer_verbs"))
    assert said["Not one more penny!"] == "Lionel Pratt"
