"""Draft a question bank from an article: the one entry point for the command and the review screen.

`draft_article(text)` returns a `Draft`: the bank of every drafted question, each question's
source span in the article's clean text (for highlighting), what was extracted, and
`to_toml(kept_ids, prompts)` to write only the questions the teacher kept, with the prompts
they edited. Ids do not change when a prompt is edited, so students keep their progress.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from pydantic import ValidationError

from quizapp.bank.models import Bank, QuestionBase, Source, any_question
from quizapp.bank.writer import bank_to_toml
from quizapp.collector import gc_paused
from quizapp.draft.candidate import DraftedQuestion
from quizapp.draft.extraction import Extraction, extract
from quizapp.draft.fact_questions import fact_questions
from quizapp.draft.given_away import given_away
from quizapp.draft.quoted_words import quoted_word_questions
from quizapp.draft.role_questions import role_questions
from quizapp.draft.said_questions import said_questions
from quizapp.draft.topic_questions import topic_questions
from quizapp.draft.who_said import quotation_questions, unsure_questions
from quizapp.draft.whole_words import WholePhrases
from quizapp.draft.wording import WordSets, question_wording, slug, words_of

DRAFT_HEADER = (
    "DRAFT written by `quizapp draft`: review every question before students use it.",
    "Keep, reword or delete questions freely; ids come from what each question asks, so a",
    "reworded prompt keeps the students' progress.",
)

_BUILDERS: tuple[Callable[[Extraction], list[DraftedQuestion]], ...] = (
    quotation_questions,
    fact_questions,
)


class NothingToAsk(Exception):
    """The article gives no question to draft (no quotation, no fact with a place, number or date)."""


@dataclass(frozen=True)
class Draft:
    """Everything drafted from one article."""

    extraction: Extraction
    questions: tuple[DraftedQuestion, ...]
    title: str
    bank_id: str
    rejected: tuple[str, ...] = ()
    """Messages for drafted questions that failed the bank format's validation (a bug; tests keep it empty)."""

    @property
    def text(self) -> str:
        """The article's clean text; every `source_span` indexes it."""
        return self.extraction.text

    @property
    def bank(self) -> Bank:
        return self._bank([drafted.question for drafted in self.questions])

    def _bank(self, questions: list[QuestionBase]) -> Bank:
        article = self.extraction.article
        source = None
        if article.headline or article.authors or article.date:
            source = Source(
                title=article.headline or self.title,
                publisher=article.publisher,
                date=article.date,
                authors=tuple(article.authors),
            )
        return Bank(
            id=self.bank_id,
            title=self.title,
            description="Questions drafted from a news article by quizapp; a teacher reviews them before use.",
            language="en",
            source=source,
            questions=tuple(map(any_question, questions)),
        )

    def to_toml(self, kept_ids: Iterable[str] | None = None, prompts: Mapping[str, str] | None = None) -> str:
        """The bank as TOML with the draft header; only `kept_ids` (all when None), prompts edited as given.

        Raises ValueError when nothing is kept, or an edited prompt is empty.
        """
        kept = None if kept_ids is None else set(kept_ids)
        edits = prompts or {}
        chosen = []
        comments = {}
        for drafted in self.questions:
            if kept is not None and drafted.id not in kept:
                continue
            question = drafted.question
            if drafted.id in edits:
                prompt = edits[drafted.id].strip()
                if not prompt:
                    raise ValueError(f"the prompt of {drafted.id} is empty")
                question = replace(question, prompt=prompt)
            chosen.append(question)
            comments[drafted.id] = [f"from paragraph {drafted.paragraph} of the article"]
        if not chosen:
            raise ValueError("no question kept: there is nothing to write")
        return bank_to_toml(self._bank(chosen), header=DRAFT_HEADER, question_comments=comments)


def _bank_id(title: str) -> str:
    return f"draft-{slug(title, 8)}"


def _title(extraction: Extraction, title: str | None) -> str:
    if title and title.strip():
        return title.strip()
    if extraction.article.headline:
        return extraction.article.headline
    first_words = " ".join(extraction.text.split()[:8])
    return f"Draft: {first_words}" if first_words else "Draft"


class _Distinct:
    """What `_without_duplicates` has read of one draft's candidates, in order, and what it kept of them: the draft
    asks twice, the second time of the same candidates with more after them, and those are not compared again."""

    def __init__(self) -> None:
        self.words: dict[int, set[str]] = {}  # each question's words (by its identity), read once
        self._start()

    def _start(self) -> None:
        self.read: list[DraftedQuestion] = []
        self.kept: list[DraftedQuestion] = []
        self.ids: set[str] = set()
        self.keys: set[tuple[int, str]] = set()
        self.kept_words: dict[str, WordSets] = {}  # the words of each kept question, by kind

    def go_on_with(self, candidates: list[DraftedQuestion]) -> list[DraftedQuestion]:
        """The candidates not read yet, after starting again if those read are not where they began (a candidate
        left out between the two calls: `_passing_cross_checks`)."""
        if len(candidates) < len(self.read) or any(
            read is not new for read, new in zip(self.read, candidates[: len(self.read)], strict=True)
        ):
            self._start()
        return candidates[len(self.read) :]


def _without_duplicates(candidates: list[DraftedQuestion], distinct: _Distinct | None = None) -> list[DraftedQuestion]:
    """Drop questions asking what an earlier one asks: same id, same answer of one sentence, or near-same wording.

    Each question's words are read once, not once per question kept before it; `distinct` keeps them, and what
    was kept of the candidates read, between the calls of one draft, which ask again as candidates are added.
    """
    state = _Distinct() if distinct is None else distinct
    for drafted in state.go_on_with(candidates):
        state.read.append(drafted)
        question = drafted.question
        if drafted.id in state.ids or drafted.answer_key in state.keys:
            continue
        words = state.words.get(id(question))
        if words is None:
            words = state.words[id(question)] = words_of(question_wording(question))
        kind_words = state.kept_words.get(question.kind)
        if kind_words is None:
            kind_words = state.kept_words[question.kind] = WordSets()
        elif kind_words.any_similar(words):
            continue
        state.kept.append(drafted)
        state.ids.add(drafted.id)
        state.keys.add(drafted.answer_key)
        kind_words.add(words)
    return list(state.kept)


def _none_given_away(
    questions: list[DraftedQuestion], read: dict[int, WholePhrases] | None = None
) -> list[DraftedQuestion]:
    """The questions without the clozes another of them answers (given_away.py); `read` keeps their wordings
    between the two calls of one draft."""
    answered = given_away(questions, read)
    return [drafted for index, drafted in enumerate(questions) if index not in answered]


def _passing_cross_checks(candidates: list[DraftedQuestion], rejected: list[str]) -> list[DraftedQuestion]:
    """The candidates the bank itself would accept: a question's own fields are validated as it is made, but the
    checks across them (two choices alike, a blank missing) run only when a bank is built, so one failing here
    would make writing the whole draft fail. It is left out and named in `rejected`, a drafter bug to mend."""
    passing = []
    for drafted in candidates:
        problems = drafted.question.cross_checks()
        if problems:
            first = problems[0]
            rejected.append(f"{drafted.id}: {first.message.format(**first.context)}")
        else:
            passing.append(drafted)
    return passing


def draft_article(
    text: str, title: str | None = None, date: dt.date | None = None, *, include_unsure: bool = False
) -> Draft:
    """Draft a bank from an article's text (plain text, Markdown or HTML).

    `include_unsure` adds "who said this?" questions whose speaker is a guess, each marked
    `unsure` with the reason: for the review screen, where they start dropped.
    Raises NothingToAsk when the article yields no question at all.
    """
    with gc_paused(kept=True):  # the questions' objects too: many, kept, no cycles (quizapp/collector.py)
        return _draft(text, title, date, include_unsure)


def _draft(text: str, title: str | None, date: dt.date | None, include_unsure: bool) -> Draft:
    extraction = extract(text, date=date)
    candidates: list[DraftedQuestion] = []
    rejected: list[str] = []
    for builder in _BUILDERS:
        try:
            candidates += builder(extraction)
        except ValidationError as error:  # a drafted question the bank format refuses is a drafter bug
            rejected.append(f"{builder.__name__}: {error.errors()[0]['msg']}")
    try:
        candidates += said_questions(extraction, candidates)
    except ValidationError as error:
        rejected.append(f"said_questions: {error.errors()[0]['msg']}")
    for asking_more in (role_questions, topic_questions):
        try:
            candidates += asking_more(extraction, candidates)
        except ValidationError as error:
            rejected.append(f"{asking_more.__name__}: {error.errors()[0]['msg']}")
    distinct = _Distinct()  # what the first pass below read and kept, for the second to go on from
    wordings_read: dict[int, WholePhrases] = {}  # and its wording as the given-away check reads it
    try:  # last: they fill a thin draft up to the article's length
        candidates += quoted_word_questions(
            extraction, _none_given_away(_without_duplicates(candidates, distinct), wordings_read)
        )
    except ValidationError as error:
        rejected.append(f"quoted_word_questions: {error.errors()[0]['msg']}")
    if include_unsure:
        candidates += unsure_questions(extraction)
    candidates = _passing_cross_checks(candidates, rejected)
    questions = _none_given_away(_without_duplicates(candidates, distinct), wordings_read)
    if not questions:
        raise NothingToAsk("nothing to ask: no quotation with a speaker, and no fact with a place, number or date")
    chosen_title = _title(extraction, title)
    return Draft(extraction, tuple(questions), chosen_title, _bank_id(chosen_title), tuple(rejected))
