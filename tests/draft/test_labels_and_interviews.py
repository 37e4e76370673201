"""Speakers named by a line of their own over their words, and the one who answers in a Q-and-A interview.

A paragraph holding only a person's full name, with no role (`Gwen Arkwright`), labels the quotation
paragraphs under it, as a role label does (`Rescue worker Idris Fallon`). Not read as a label, it let the next
label be taken for a signature under the words above it: each quotation went surely to the speaker after it.
An interview printed as `Q:` and `A: "..."` lines gives the answers to the one person its introduction names;
an introduction naming two people leaves them to nobody. The fixtures are in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_known_name_alone_in_its_paragraph_labels_the_words_under_it() -> None:
    said = sure_speakers(pattern("labels_over_their_words"))
    assert said["I have never seen"] == "Gwen Arkwright"
    assert said["The sheep had nowhere"] == "Gwen Arkwright"  # not the next label's, as a signature


def test_each_label_after_a_bare_name_is_over_its_own_words() -> None:
    said = sure_speakers(pattern("labels_over_their_words"))
    assert said["We took eleven people"] == "Idris Fallon"
    assert said["Shops on the high"] == "Tomas Wreybridge"


def test_round_up_labels_in_capitals_with_a_party_name_the_speaker() -> None:
    said = sure_speakers(pattern("labels_over_their_words"))
    assert said["Help is on its"] == "Nadia Brookes"
    assert said["We were warned about"] == "Owen Pritchard"


def test_answers_of_an_interview_are_the_introduced_persons() -> None:
    said = sure_speakers(pattern("question_and_answer_interview"))
    assert said["Getting the old lifeboat"] == "Clara Venn"
    assert said["The roof alone will"] == "Clara Venn"  # the answer running on in the next paragraph
    assert said["We have applied to"] == "Clara Venn"


def test_answers_after_an_introduction_naming_two_people_are_nobodys() -> None:
    said = sure_speakers(pattern("question_and_answer_two_people_introduced"))
    assert said["The opening hours. Working"] is None
