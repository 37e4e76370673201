"""A short quoted phrase is a quotation when the sentence is plainly someone's report (issue 10, point 2: quotations
lost as "scare quotes"). Beside the speech verb before the phrase: a said-clause
ending the sentence right after it (`the harvest looked "far healthier", he said.`). A phrase with no speech
around it stays a term. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "Storms closed the coast road at Penhallow for a second week.\n\n"


def _attributions(paragraph: str) -> list[tuple[str, str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (quotation.text, person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_a_said_clause_ending_the_sentence_owns_the_phrase_before_it() -> None:
    paragraph = (
        "The orchards would recover by June, the growers heard. "
        "The spring rains came \u201cjust in time\u201d, said Ilse Marrow."
    )
    assert _attributions(paragraph) == [("just in time", "Ilse Marrow", True)]


def test_a_pronoun_said_clause_after_the_phrase_is_the_named_one_before() -> None:
    paragraph = (
        "Tomas Brevik, the co-operative chair, spoke to growers on Monday.\n\n"
        "The outlook for the orchards looked \u201cfar healthier\u201d, he said."
    )
    assert _attributions(paragraph) == [("far healthier", "Tomas Brevik", True)]


def test_a_phrase_with_no_speech_around_it_stays_a_term() -> None:
    paragraph = (
        "The \u201cquiet season\u201d ended early, and the ferries ran full, the timetable showing extra crossings."
    )
    assert _attributions(paragraph) == []
