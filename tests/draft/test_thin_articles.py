"""Issue 10, item 4: articles that quote one person or few still give about one sound question per 80 words.

The fixtures (tests/draft/fixtures/thin) are written in our own words: a coach's fitness update
that is one quotation over many paragraphs, and a town's reactions to a plan from three people,
one of whom is quoted without a sure speaker. What is checked is what a teacher reviewing the
draft would see: enough questions, each true to the article, and no invented or unsure quotation
offered as a choice (that no blank is a common word is checked in test_sound_blanks.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.bank.models import Cloze, MultipleChoice
from quizapp.draft import Draft, draft_article
from quizapp.draft.extraction import Extraction, extract
from quizapp.draft.quoted_words import quoted_word_questions

THIN = Path(__file__).parent / "fixtures" / "thin"


def _text(name: str) -> str:
    return (THIN / f"{name}.txt").read_text(encoding="utf-8")


def _draft(name: str) -> Draft:
    return draft_article(_text(name))


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def test_a_one_speaker_update_reaches_one_question_per_80_words() -> None:
    draft = _draft("keeper_update")
    words = len(draft.text.split())
    assert len(draft.questions) >= words / 80, [d.id for d in draft.questions]
    assert any(d.id.startswith("fill-quoted") for d in draft.questions), "the coach's own number gives a question"


def test_which_of_these_did_they_say_offers_only_words_of_other_sure_speakers() -> None:
    extraction = extract(_text("gallery_reactions"))
    asked = [d.question for d in quoted_word_questions(extraction, []) if d.id.startswith("which-said")]
    assert {question.prompt for question in asked} == {
        "Which of these did Ruth Abara say, according to the article?",
        "Which of these did Mei Lin say, according to the article?",
    }
    article = _plain(extraction.text)
    said_by = _said_by(extraction)
    for question in asked:
        assert isinstance(question, MultipleChoice)
        speaker = question.prompt.removeprefix("Which of these did ").split(" say,")[0]
        assert len(question.choices) >= 3
        for choice in question.choices:
            words = _plain(choice.strip("“”…"))
            assert words in article  # never an invented quotation
            assert (said_by[words] == speaker) == (choice == question.answer), (choice, said_by[words])
        assert not any("warehouses are part" in choice for choice in question.choices)  # Vance's speaker is unsure
    first, second = asked
    assert isinstance(first, MultipleChoice) and isinstance(second, MultipleChoice)
    assert not set(first.choices) & set(second.choices)  # neither question tells whose words the other asks


def _said_by(extraction: Extraction) -> dict[str, str]:
    """Each sentence of a sure quotation, and who said it."""
    said = {}
    for quotation in extraction.quotations:
        person = extraction.person(quotation.sure_speaker)
        if person is not None:
            for sentence in re.split(r"(?<=[.!?])\s+", quotation.text):
                said[_plain(sentence.rstrip(".,"))] = person.shown
    return said


def test_a_draft_with_enough_questions_gets_none_of_these() -> None:
    extraction = extract(_text("gallery_reactions"))
    rich = draft_article(_text("gallery_reactions"))
    assert not [d for d in rich.questions if d.id.startswith("which-said")]  # 8 from 223 words
    assert quoted_word_questions(extraction, list(rich.questions)) == []


def test_a_quotation_over_paragraphs_gives_clozes_without_stray_marks() -> None:
    draft = _draft("keeper_update")
    for drafted in draft.questions:
        if isinstance(drafted.question, Cloze):
            assert not drafted.question.text.startswith("““"), drafted.question.text


def test_which_of_these_did_an_unnamed_speaker_say_reads_as_a_sentence() -> None:
    article = (
        "Port reopens after storm\n\n"
        "The harbour at Kelbridge reopened on Tuesday after three days of gales.\n\n"
        'A spokeswoman for the port said: "The crews worked through the night to clear the moorings."\n\n'
        '"We lost two boats but nobody was hurt in the harbour," said fisherman Ivo Lind.\n\n'
        '"The market will open again on Thursday morning as usual," said stallholder Mia Dunn.\n'
    )
    prompts = [d.question.prompt for d in quoted_word_questions(extract(article), [])]
    assert "Which of these did a spokeswoman for the port say, according to the article?" in prompts  # not "did A"


def test_which_did_they_say_shows_the_sentence_that_says_who_spoke_as_its_source() -> None:
    text = (
        "Ferry Timetable Changes Draw Mixed Reactions\n\n"
        "The island ferry will run two fewer crossings a day from March, the operator said on Monday.\n\n"
        "Harbour master Ilse Brandt said the cut would \u201cleave the early commuters on the quay.\u201d\n\n"
        "\u201cWe cannot keep sailing half-empty boats through the winter,\u201d operator chief Tom Reyes said.\n\n"
        "Shop owner Nadia Osei called the change \u201ca blow to every trader who relies on day visitors.\u201d\n\n"
        "The council will discuss the timetable at its next meeting in February.\n"
    )
    extraction = extract(text)
    asked = [d for d in quoted_word_questions(extraction, []) if d.id.startswith("which-said")]
    assert asked, "three sure speakers give a which-said question"
    for drafted in asked:
        source = drafted.question.source
        assert source is not None and drafted.question.answer.strip("\u201c\u201d") in source
        assert " said" in source or "called" in source  # the article's own words on who spoke, not the words again
        assert extraction.text[slice(*drafted.source_span)] == source  # what the review screen highlights
