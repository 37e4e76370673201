"""The banks shipped with quizapp load cleanly and are fit to study: enough questions, every
kind, tagged, sourced, and no question that hands the student its own answer."""

from __future__ import annotations

import re
from collections import Counter

from quizapp.bank.loader import LoadedBank
from quizapp.bank.models import KIND_NAMES, Bank, Cloze, Matching, MultipleChoice, QuestionBase, ShortAnswer

MAX_SOURCE_CHARS = 250
"""A source is a short excerpt (a sentence or part of one), not a paragraph."""


def _mentions(text: str, answer: str) -> bool:
    """Whether `answer` appears in `text` as whole words, ignoring case."""
    return re.search(rf"(?<!\w){re.escape(answer.strip())}(?!\w)", text, re.IGNORECASE) is not None


def _cloze_passage_without_blanks(question: Cloze) -> str:
    return " ".join(part for part in question.segments() if isinstance(part, str))


def _give_aways(question: QuestionBase) -> list[str]:
    """The right answers that the student can read in the question itself."""
    if isinstance(question, MultipleChoice):
        return [question.answer] if _mentions(question.prompt, question.answer) else []
    if isinstance(question, ShortAnswer):
        return [answer for answer in (question.answer, *question.alternatives) if _mentions(question.prompt, answer)]
    if isinstance(question, Cloze):
        shown = f"{question.prompt}\n{_cloze_passage_without_blanks(question)}"
        return [answer for blank in question.blanks for answer in blank.accepted if _mentions(shown, answer)]
    if isinstance(question, Matching):
        return [pair.right for pair in question.pairs if _mentions(pair.left, pair.right)]
    return []


def test_every_bundled_bank_loads_without_problems(
    bundled: list[LoadedBank], article_bank: Bank, example_bank: Bank
) -> None:
    problems = [str(problem) for loaded in bundled for problem in loaded.problems]
    assert problems == []
    assert all(loaded.ok for loaded in bundled)


def test_bundled_bank_ids_are_unique(bundled: list[LoadedBank]) -> None:
    ids = Counter(loaded.bank.id for loaded in bundled if loaded.bank is not None)
    assert [bank_id for bank_id, count in ids.items() if count > 1] == []


def test_article_bank_has_at_least_40_questions_of_every_kind(article_bank: Bank) -> None:
    kinds = Counter(question.kind for question in article_bank.questions)
    assert len(article_bank.questions) >= 40
    assert set(kinds) == set(KIND_NAMES), f"kinds missing: {set(KIND_NAMES) - set(kinds)}"


def test_example_bank_shows_each_kind_exactly_once(example_bank: Bank) -> None:
    kinds = sorted(question.kind for question in example_bank.questions)
    assert kinds == sorted(KIND_NAMES)


def test_every_bundled_question_has_a_tag(banks: dict[str, Bank]) -> None:
    untagged = [
        f"{bank.id}:{question.id}" for bank in banks.values() for question in bank.questions if not question.tags
    ]
    assert untagged == []


def test_every_article_question_cites_a_short_excerpt(article_bank: Bank) -> None:
    unsourced = [question.id for question in article_bank.questions if not question.source]
    too_long = [question.id for question in article_bank.questions if len(question.source or "") > MAX_SOURCE_CHARS]
    assert unsourced == []
    assert too_long == []


def test_no_bundled_question_gives_its_answer_away(banks: dict[str, Bank]) -> None:
    give_aways = {
        f"{bank.id}:{question.id}": found
        for bank in banks.values()
        for question in bank.questions
        if (found := _give_aways(question))
    }
    assert give_aways == {}


def test_the_give_away_check_catches_an_answer_in_the_prompt() -> None:
    """The check above is only worth something if it can fail."""
    revealing = ShortAnswer(
        kind="short_answer",
        id="revealing",
        prompt="Representatives met in Istanbul. Where did they meet?",
        answer="istanbul",
        explanation="x",
    )
    cloze = Cloze(
        kind="cloze", id="c", prompt="Fill in.", text="At least {{one|1}} died in one attack.", explanation="x"
    )
    honest = MultipleChoice(
        kind="multiple_choice",
        id="m",
        prompt="Where was Romeo?",
        choices=["Rome", "Sochi"],
        answer="Rome",
        explanation="x",
    )
    assert _give_aways(revealing) == ["istanbul"]
    assert _give_aways(cloze) == ["one"]
    assert _give_aways(honest) == []
