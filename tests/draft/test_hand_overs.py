"""A bare quotation continues the voice before it only while nothing hands the speech on.

A teacher sees a sure speaker as the answer key. Words with no cue of their own are given to the previous
speaker surely only when the story stays with that speaker between the two; a sentence about something else,
a question and its answer, or a sentence after the words saying whose they were leave them for the teacher to
check ("check the speaker"), with the previous speaker offered.
"""

from __future__ import annotations

from quizapp.draft.extraction import Extraction

from .speakers import pattern, shown, sure_speakers


def _offered(extraction: Extraction, opening: str) -> tuple[str | None, bool, str | None]:
    quotation = next(q for q in extraction.quotations if q.text.startswith(opening))
    return shown(extraction, quotation.speaker), quotation.sure, quotation.doubt


def test_a_voice_carried_on_by_its_own_name_or_pronoun_or_past_a_subheading_stays_sure() -> None:
    said = sure_speakers(pattern("bare_quotations_continued"))
    assert said["A customer sent in"] == "Rosa Kettering"  # past "She still keeps the judges' letter ..."
    assert said["Young people ask us"] == "Rosa Kettering"  # past "Kettering still bakes every loaf herself."
    assert said["We will keep the"] == "Rosa Kettering"  # past the subheading "Next steps"
    assert said["Because our customers wanted"] == "Rosa Kettering"  # asks and answers herself, in one paragraph


def test_words_named_as_someone_elses_in_the_sentence_after_are_not_the_voice_before() -> None:
    extraction = pattern("bare_quotations_handed_over")
    said = sure_speakers(extraction)
    assert said["Nobody from the quarry"] is None  # "That was the verdict of Ines Farrow, ..."
    speaker, sure, doubt = _offered(extraction, "Nobody from the quarry")
    assert (speaker, sure) == ("Gareth Lowen", False) and "whose words" in (doubt or "")


def test_a_sentence_about_something_else_between_leaves_the_words_unsure() -> None:
    extraction = pattern("bare_quotations_handed_over")
    said = sure_speakers(extraction)
    assert said["Forty jobs do not"] is None  # "The firm bought the land in 2019 ..." ends the paragraph before
    assert said["My grandson plays in"] is None  # "Parents at the primary school have started a petition."
    assert said["That is the end"] is None  # a shout from the hall came between
    assert "story goes on" in (_offered(extraction, "Forty jobs")[2] or "")


def test_a_question_and_its_answer_make_the_next_bare_words_a_turn_not_a_continuation() -> None:
    extraction = pattern("bare_quotations_handed_over")
    said = sure_speakers(extraction)
    assert said["Will the lorries use"] == "Ines Farrow"  # its own said-clause
    assert said["Only before the school"] == "Paula Grieve"
    assert said["And after it?"] is None  # the questioner's turn again, not the one who answered
    assert "take turns" in (_offered(extraction, "And after it?")[2] or "")
    assert said["Every page."] is None  # in the same paragraph, but the question was put to the engineer


def test_a_shout_that_came_from_somewhere_is_not_the_voice_before() -> None:
    said = sure_speakers(pattern("bare_quotations_handed_over"))
    assert said["The vote is final,"] == "Gareth Lowen"
    assert said["We can go home,"] is None  # "came a shout from the back of the hall"


def test_words_someone_else_goes_on_with_straight_after_are_not_the_voice_before() -> None:
    extraction = pattern("bare_quotations_handed_over")
    said = sure_speakers(extraction)
    assert said["A quarry is not"] is None  # the next paragraph: `"...," Ines Farrow added`
    assert said["It is a neighbour"] == "Ines Farrow"
    assert "goes on with it" in (_offered(extraction, "A quarry is not")[2] or "")
