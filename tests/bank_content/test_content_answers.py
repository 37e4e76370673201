"""The article bank's answers are where the student is told to look, and nowhere else.

- A question's `source` excerpt holds its keyed answer wherever the kind allows checking it: a
  typed answer (or one accepted alternative), every blank of a cloze, a multiple-choice answer of a
  few words (a name, a place, a number; longer ones are paraphrases), one quotation of a matching.
- No prompt holds another question's answer of two words or more word for word: asked one after
  the other, the second question would answer the first.
"""

from __future__ import annotations

from collections.abc import Iterator

from quizapp.bank.models import Bank, Cloze, Matching, MultipleChoice, QuestionBase, ShortAnswer
from quizapp.domain.normalize import normalize_answer
from quizapp.domain.siblings import QUOTATION

FEW_WORDS = 3
"""A multiple-choice answer of at most this many words is a fact the excerpt should hold word for word."""


def _holds(text: str, answer: str) -> bool:
    return f" {normalize_answer(answer)} " in f" {normalize_answer(text)} "


def keyed_answers(question: QuestionBase) -> Iterator[tuple[str, ...]]:
    """Each part of the keyed answer an excerpt should hold, as the texts that count for it."""
    if isinstance(question, ShortAnswer):
        yield (question.answer, *question.alternatives)
    elif isinstance(question, Cloze):
        for blank in question.blanks:
            yield tuple(blank.accepted)
    elif isinstance(question, MultipleChoice) and len(question.answer.split()) <= FEW_WORDS:
        yield (question.answer,)
    elif isinstance(question, Matching):
        quotes = tuple(quote for pair in question.pairs for quote in QUOTATION.findall(pair.left))
        if quotes:
            yield quotes


def sources_without_their_answer(bank: Bank) -> list[str]:
    missing = []
    for question in bank.questions:
        for accepted in keyed_answers(question):
            if not question.source or not any(_holds(question.source, text) for text in accepted):
                missing.append(f"{question.id}: {accepted[0]!r} not in its source")
    return missing


def prompts_giving_answers_away(bank: Bank) -> list[str]:
    found = []
    for question in bank.questions:
        for accepted in keyed_answers(question):
            answer = accepted[0]
            if len(normalize_answer(answer).split()) < 2 or isinstance(question, Matching):
                continue
            found += [
                f"{other.id}'s prompt gives away {question.id}'s answer {answer!r}"
                for other in bank.questions
                if other is not question and _holds(other.prompt, answer)
            ]
    return found


def test_every_source_holds_its_keyed_answer(article_bank: Bank) -> None:
    assert sources_without_their_answer(article_bank) == []


def test_no_prompt_gives_away_another_questions_answer(article_bank: Bank) -> None:
    assert prompts_giving_answers_away(article_bank) == []


def test_the_checks_report_what_they_are_for() -> None:
    questions = [
        {"kind": "short_answer", "id": "city", "prompt": "Where did they meet on Friday?", "answer": "Istanbul"},
        {
            "kind": "multiple_choice",
            "id": "how-long",
            "prompt": "First talks in how long?",
            "choices": ["Three years", "One year"],
            "answer": "Three years",
            "source": "the first talks in three years",
        },
        {
            "kind": "short_answer",
            "id": "where",
            "prompt": "Where, after three years without talks?",
            "answer": "Istanbul",
            "source": "Representatives met in Istanbul",
        },
    ]
    for question in questions:
        question["explanation"] = "Because."
    bank = Bank.model_validate({"id": "checks", "title": "t", "questions": questions})
    assert sources_without_their_answer(bank) == ["city: 'Istanbul' not in its source"]
    assert prompts_giving_answers_away(bank) == ["where's prompt gives away how-long's answer 'Three years'"]
