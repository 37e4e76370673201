"""A short quoted phrase is a quotation when the sentence is plainly someone's report (issue 10, point 2: unnamed
speakers kept as roles; short phrases lost). Two shapes beside the speech verb before the phrase: a said-clause
ending the sentence right after it (`the harvest looked "far healthier", he said.`), and an unnamed speaker who is
one person ("a spokesman said the ship was in "safe hands""). A group or an office is still nobody, and a phrase
with no speech around it stays a term. Written in our own words.
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


def test_one_unnamed_speaker_owns_the_phrase() -> None:
    paragraph = "A coastguard spokeswoman said the crew were in \u201cgood spirits\u201d by the evening."
    assert _attributions(paragraph) == [("good spirits", "a coastguard spokeswoman", True)]


def test_a_family_is_no_one_to_own_a_phrase() -> None:
    paragraph = "Her family said in a statement they wanted \u201ca proper inquiry\u201d into the closure."
    assert _attributions(paragraph) == []


def test_an_office_is_no_one_to_own_a_phrase() -> None:
    paragraph = "The harbourmaster\u2019s office said the two crews were \u201cin step\u201d on the repairs."
    assert _attributions(paragraph) == []


def test_a_phrase_with_no_speech_around_it_stays_a_term() -> None:
    paragraph = (
        "The \u201cquiet season\u201d ended early, and the ferries ran full, the timetable showing extra crossings."
    )
    assert _attributions(paragraph) == []


def test_a_said_clause_with_a_time_after_its_verb_still_ends_the_sentence() -> None:
    paragraph = "Talks in the valley made \u201csome headway\u201d, a senior county official said on Monday."
    assert _attributions(paragraph) == [("some headway", "a senior county official", True)]


def test_words_told_to_a_group_are_nobodys() -> None:
    paragraph = "The harvest was \u201cin doubt\u201d, the growers were told."
    assert all(speaker is None for _words, speaker, _sure in _attributions(paragraph))
