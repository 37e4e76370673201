"""Issue 10, item 4: articles that quote one person or few still give about one sound question per 80 words.

The fixtures (tests/draft/fixtures/thin) are written in our own words: a coach's fitness update
that is one quotation over many paragraphs, and a town's reactions to a plan from three people,
one of whom is quoted without a sure speaker. What is checked is what a teacher reviewing the
draft would see: enough questions, each true to the article, none asking a name, a function word
or a sentence whose "it" or "he" points outside it, and no invented or unsure quotation offered
as a choice.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.bank.models import Cloze, MultipleChoice
from quizapp.draft import Draft, draft_article
from quizapp.draft.extraction import Extraction, extract
from quizapp.draft.lexicon import word_set
from quizapp.draft.quoted_words import quoted_word_questions

THIN = Path(__file__).parent / "fixtures" / "thin"
_FUNCTION_WORDS = word_set(
    "the a an of to in on at for with and or but that this is was are were be been have has had we our i you it"
)


def _text(name: str) -> str:
    return (THIN / f"{name}.txt").read_text(encoding="utf-8")


def _draft(name: str) -> Draft:
    return draft_article(_text(name))


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _said_clozes(draft: Draft) -> list[Cloze]:
    return [d.question for d in draft.questions if isinstance(d.question, Cloze) and d.id.startswith("fill-said")]


def test_a_one_speaker_update_reaches_one_question_per_80_words() -> None:
    draft = _draft("keeper_update")
    words = len(draft.text.split())
    assert len(draft.questions) >= words / 80, [d.id for d in draft.questions]
    assert _said_clozes(draft), "the coach's own words give a question"


def test_a_key_word_cloze_blanks_a_content_word_of_a_sentence_that_reads_alone() -> None:
    draft = _draft("keeper_update")
    article = _plain(draft.text)
    for cloze in _said_clozes(draft):
        assert cloze.prompt == "Fill in the blank in these words of Hanna Lindqvist."
        blanks = re.findall(r"\{\{(.*?)\}\}", cloze.text)
        assert len(blanks) == 1
        answer = blanks[0]
        assert answer.islower() and answer not in _FUNCTION_WORDS and len(answer) >= 4, answer
        sentence = cloze.text.strip("“”").replace("{{" + answer + "}}", answer)
        assert _plain(sentence) in article  # the article's own words, not a rewording
        assert not re.search(r"\b(?:he|she|it|they|them|his|her)\b", sentence, re.IGNORECASE), sentence


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
    assert not [d for d in rich.questions if d.id.startswith(("which-said", "fill-said"))]  # 8 from 223 words
    assert quoted_word_questions(extraction, list(rich.questions)) == []


def test_a_quotation_over_paragraphs_gives_clozes_without_stray_marks() -> None:
    draft = _draft("keeper_update")
    for drafted in draft.questions:
        if isinstance(drafted.question, Cloze):
            assert not drafted.question.text.startswith("““"), drafted.question.text


def test_a_determiner_is_never_the_blanked_word() -> None:
    """ "with {{this}} one" asks nothing a student should remember: no cloze rather than that one."""
    text = (
        "Harbour master looks back on a stormy regatta\n\n"
        "The harbour master, Ines Varga, spoke to reporters after the regatta on Saturday.\n\n"
        "“Nobody saw trouble coming with this one,” Varga said.\n"
    )
    blanks = [
        re.findall(r"\{\{(.*?)\}\}", d.question.text)
        for d in quoted_word_questions(extract(text), [])
        if isinstance(d.question, Cloze)
    ]
    assert all(word not in {"this", "that", "these", "those"} for found in blanks for word in found), blanks
