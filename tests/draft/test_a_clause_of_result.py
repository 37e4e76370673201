"""A clause of result ("so ... that") has its own speaker: the name after its "that" (fixture in our own words).

On PolNeAR's train split "The debate between <two candidates> grew so heated ... that <a governor> said, "..."" gave
the governor's words to one of the two candidates, unsure ("two subjects"): the name after "that" was read as the
subject of a clause set into the sentence, never the speaker. A clause of result is adverbial, and a speech verb
right after its subject is that clause's own (adverbial_clauses.py). "told so many reporters that Holm said" stays a
report: a speech verb before the "that" makes it the content of what was told.
"""

from __future__ import annotations

from .speakers import offered, pattern


def test_the_name_after_so_that_says_the_words() -> None:
    assert offered(pattern("a_clause_of_result"), "I need a map") == ("Lena Ostrova", True)


def test_a_that_after_a_speech_verb_still_reports() -> None:
    assert offered(pattern("a_clause_of_result"), "the harbour is lost")[1] is False
