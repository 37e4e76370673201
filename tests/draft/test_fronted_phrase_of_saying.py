"""Words quoted in a phrase of saying that opens the sentence are the main clause's subject's: `While calling the
vote "a serious mistake," councillor Ana Ruiz kept a sliver of hope` (issue 10, point 2: found, the speaker
named, no candidate). With a speech verb in the main clause the said-clause sieve found the name; with any other
verb nothing looked past it. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "Harbour minister Tomas Velde has defended the new ferry timetable.\n\n"


def _attributions(paragraph: str) -> list[tuple[str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_the_subject_after_an_opening_phrase_of_saying_is_the_speaker() -> None:
    paragraph = 'While calling the vote "a serious mistake for the island," councillor Ana Ruiz kept a sliver of hope.'
    assert _attributions(paragraph) == [("Ana Ruiz", True)]


def test_a_name_after_a_preposition_in_the_main_clause_is_not_the_speaker() -> None:
    paragraph = 'Calling the plan "a disaster for the winter months", the report by Ana Ruiz ran to forty pages.'
    assert ("Ana Ruiz", True) not in _attributions(paragraph)
