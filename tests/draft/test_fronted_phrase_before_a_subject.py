"""A sentence that opens with a time or circumstance keeps its subject after the comma (issue 10).

Written in our own words after a real council report: "Beginning in <year>, Coun <Name> chaired a group ...
"...," he said." The preposition of the opening phrase ("in 2014", its number unseen by the word scan) was
read as governing the name after the comma, so the councillor counted as "named only as an object" and his
words went unsure. The opening phrase governs its own noun (fronted.py); a name right after a preposition
later in the sentence ("sent the draft to Mr Owen Tate") is still no subject.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_subject_after_a_fronted_phrase_makes_the_pronoun_sure() -> None:
    said = sure_speakers(pattern("fronted_phrase_before_a_subject"))
    assert said["We had to change"] == "Helen Marsh"


def test_name_after_a_preposition_in_the_same_sentence_still_leaves_the_pronoun_unsure() -> None:
    said = sure_speakers(pattern("fronted_phrase_before_a_subject"))
    assert said["The sites in the"] is None
