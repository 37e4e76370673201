"""A speech verb joined by "and" or "but" to a verb before it has that verb's subject: `Velde acknowledged the
complaints and replied that he could not "..."` (issue 10, point 2: quotations found, their speaker named in
the sentence, and no candidate offered). Written in our own words; English news leaves the second subject out
as a rule ("said ..., but added", "rejected the claim and insisted that").
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "Harbour minister Tomas Velde defended the new ferry timetable on Monday.\n\n"


def _attributions(paragraph: str) -> list[tuple[str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_a_verb_after_and_whose_first_verb_has_an_object_is_the_subjects() -> None:
    paragraph = (
        "Velde acknowledged the complaints and replied that he could not "
        '"look again at the winter sailings before spring".'
    )
    assert _attributions(paragraph) == [("Tomas Velde", True)]


def test_a_second_said_after_but_is_the_pronoun_subjects() -> None:
    paragraph = (
        "Velde spoke at the pier. He said there was no reason to blame the ferry operator, but said the "
        'island council had "never once asked for more boats in ten years".'
    )
    assert _attributions(paragraph) == [("Tomas Velde", True)]


def test_a_person_named_as_a_subject_between_the_verbs_leaves_the_speaker_unsure() -> None:
    paragraph = (
        "Velde told reporters that councillor Ana Ruiz had misled the island and added that "
        '"the claims are fiction, every one of them, as everyone knows".'
    )
    attributions = _attributions(paragraph)
    assert attributions and all(not sure for _speaker, sure in attributions)
