"""A speech verb in a clause set into the sentence has the name right before it as its speaker (adverbial_clauses.py).

PolNeAR train, issue 30: "where Senate Minority Leader Harry M. Reid (D-Nev.) told reporters that ... and that "...",
"to which O'Malley interjected: "..."", "which President Obama on Friday declared as ... "..."", "Bannon, who Beck on
Wednesday called "..."", "Even people who ... sounded equivocal: Former Rep. Jane Harman called it "..."": each name
is its own verb's subject, but a party and state, a day, the colon introducing the words, an object "who" or a colon
ending the clause before kept it from being read as one, and nobody was given the words. The fixture is in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_name_right_before_its_verb_in_a_set_in_clause_says_the_words() -> None:
    said = sure_speakers(pattern("speech_verb_in_a_set_in_clause"))
    assert said["I expect the fares"] == "Rhona Castell"  # "(L-Harb.)" between the name and "told"
    assert said["Figures are not a"] == "Rhona Castell"  # "to which Castell replied:"
    assert said["a burden the harbour"] == "Odile Varga"  # "which Varga on Tuesday described as"
    assert said["the least helpful man"] == "Rhona Castell"  # "who Castell on Thursday called": Lamond is the object
    assert said["the least bad of"] == "Tomas Erikson"  # the colon ends the clause "who had backed the fares"
