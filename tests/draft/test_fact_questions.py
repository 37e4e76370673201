"""Fact questions as a reviewing teacher reads them: each readable alone, none giving another away.

What a teacher had to fix by hand in the seed draft: ordering items and statements starting
"He issued..." with no telling who, a cloze and a true/false on the same sentence (each
answers the other), three clozes on "Monday", a cloze on "Ukraine" in an article about
Ukraine, "at least 14" swapped for a smaller number (accidentally true), every true/false
true, and a wrong option named in the very quotation it was offered for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from quizapp.bank.models import Cloze, MultipleChoice, Ordering, ShortAnswer, TrueFalse
from quizapp.draft import Draft, draft_article
from quizapp.draft.extraction import extract
from quizapp.draft.fact_numbers import find_numbers, number_alternatives
from quizapp.draft.lexicon import HONORIFICS
from quizapp.draft.ordering_question import ordering_items
from quizapp.draft.wording import contains_phrase

from .conftest import ARTICLE
from .test_display import LIBRARY

needs_seed = pytest.mark.skipif(not ARTICLE.is_file(), reason=f"seed article not present at {ARTICLE}")

STORM = """Storm Leaves Coast Road Under Water

By Test Writer

October 8, 2024

The storm destroyed 12 homes along the coast road on Monday night.

At least 40 people were taken to hospital after the storm, the health service said.

Workers cleared 150 fallen trees from the roads by Wednesday evening.

The council said the coast road would stay closed for another 30 days.
"""
"""The second fact is the first true/false, so false: "at least 40" must not become "at least 12"."""

_FACT_KINDS = (Cloze, TrueFalse, ShortAnswer)


def _draft(path: Path) -> Draft:
    return draft_article(path.read_text(encoding="utf-8"))


def _shown_texts(draft: Draft) -> list[str]:
    """Every sentence of the article a question shows: ordering items, statements, cloze texts, where prompts."""
    texts: list[str] = []
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, Ordering):
            texts += list(question.items)
        elif isinstance(question, TrueFalse):
            texts.append(question.prompt)
        elif isinstance(question, Cloze):
            texts.append(re.sub(r"\{\{([^|}]*)[^}]*\}\}", r"\1", question.text))
        elif isinstance(question, ShortAnswer):
            texts.append(question.prompt.removeprefix("Where did this happen? “").removesuffix("”"))
    return texts


def test_a_he_or_she_is_never_shown_before_anyone_is_named(article_path: Path) -> None:
    draft = _draft(article_path)
    names = {alias for person in draft.extraction.people for alias in person.aliases}
    for text in _shown_texts(draft):
        pronoun = re.search(r"\b(?:he|she)\b", text, re.IGNORECASE)
        if pronoun is not None:
            before = text[: pronoun.start()]
            assert any(contains_phrase(before, name) for name in names), text


def test_a_sentence_led_by_he_is_never_asked_with_a_guessed_name_in_its_place() -> None:
    """Writing the guessed person into the sentence made false statements when the guess was wrong."""
    texts = _shown_texts(draft_article(LIBRARY))
    assert not any("has run the library for" in text for text in texts), texts


@needs_seed
def test_seed_article_events_read_alone() -> None:
    ordering = next(d.question for d in _draft(ARTICLE).questions if isinstance(d.question, Ordering))
    assert not any("rare rebuke" in item for item in ordering.items), "its sentence says only 'he'"
    assert not any(item.startswith(("He ", "She ")) or ",," in item for item in ordering.items), ordering.items


def test_a_date_cut_from_between_commas_leaves_one_comma() -> None:
    """ "..., hours before the summit on Monday, lowering ...": cut out, the cue leaves "truce, lowering".
    (Checked on the seed's Kremlin sentence until stop 21, when events dated inside a clause of their own
    left the ordering and the seed's six evenly spaced events came out differently.)"""
    text = (
        "The council approved the harbour plan in January. The mayor opened the new quay on March 3. "
        "The ministry repeated its demand for talks before any truce, hours before the summit on Monday, "
        "lowering hopes of a deal. The harbour reopened to ferries in June. Fishermen held a festival in August."
    )
    dated = extract(text, date=dt.date(2021, 9, 30))  # undated, January to August could span two years
    items = [item for _event, item in ordering_items(dated)]
    ministry = next(item for item in items if item.startswith("The ministry repeated"))
    assert "truce, lowering" in ministry, items


def test_one_fact_question_per_sentence(article_path: Path) -> None:
    draft = _draft(article_path)
    starts = Counter(d.source_span[0] for d in draft.questions if isinstance(d.question, _FACT_KINDS))
    assert not [start for start, count in starts.items() if count > 1]


def test_no_two_clozes_ask_the_same_answer(article_path: Path) -> None:
    draft = _draft(article_path)
    answers = Counter(
        blank.answer.lower() for d in draft.questions if isinstance(d.question, Cloze) for blank in d.question.blanks
    )
    assert not [answer for answer, count in answers.items() if count > 1], answers


def test_the_ordering_question_does_not_show_what_a_fact_question_asks(article_path: Path) -> None:
    draft = _draft(article_path)
    ordering = next((d.question for d in draft.questions if isinstance(d.question, Ordering)), None)
    if ordering is None:
        return
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, Cloze):
            answers = [blank.answer for blank in question.blanks]
        elif isinstance(question, ShortAnswer):
            answers = [question.answer]
        else:
            continue
        source = question.source or ""
        for item in ordering.items:
            same_sentence = source.startswith(item.removesuffix("…")[:30]) or item.removesuffix("…")[:30] in source
            if same_sentence:
                assert not any(contains_phrase(item, answer) for answer in answers), (item, answers)


@needs_seed
def test_seed_article_the_topic_and_back_references_are_not_blanked() -> None:
    draft = _draft(ARTICLE)
    answers = {blank.answer for d in draft.questions if isinstance(d.question, Cloze) for blank in d.question.blanks}
    answers |= {d.question.answer for d in draft.questions if isinstance(d.question, ShortAnswer)}
    assert "Ukraine" not in answers
    clozes = [d.question.text for d in draft.questions if isinstance(d.question, Cloze)]
    assert not any("the {{two" in text for text in clozes)


def test_true_and_false_statements_take_turns(article_path: Path) -> None:
    statements = [d.question.answer for d in _draft(article_path).questions if isinstance(d.question, TrueFalse)]
    assert abs(statements.count(True) - statements.count(False)) <= 1, statements


def _false_statements(draft: Draft) -> list[tuple[str, str, str]]:
    """(what the article says, what the statement says instead, the article's sentence) for each false one."""
    found = []
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, TrueFalse) and not question.answer:
            said, swapped = re.match(r"False: the article says (.+?), not (.+?): “", question.explanation).groups()
            found.append((said, swapped, question.source or ""))
    return found


def _value(number: str) -> float:
    return float(number_alternatives(number)[0])


def test_a_false_statement_never_turns_a_bound_true(article_path: Path) -> None:
    for said, swapped, sentence in _false_statements(_draft(article_path)):
        if re.search(rf"\b(?:at least|more than|over)\s+{re.escape(said)}\b", sentence, re.IGNORECASE):
            assert _value(swapped) > _value(said), (said, swapped, sentence)
        if re.search(rf"\b(?:up to|fewer than|less than|under)\s+{re.escape(said)}\b", sentence, re.IGNORECASE):
            assert _value(swapped) < _value(said), (said, swapped, sentence)
        if re.fullmatch(r"(?:19|20)\d\d", said) and re.search(rf"\bsince\s+{said}\b", sentence):
            assert int(swapped) < int(said), (said, swapped, sentence)


def test_at_least_forty_becomes_more_not_fewer() -> None:
    text = STORM.replace("Workers cleared 150 fallen trees", "Workers helped 150 people leave flooded homes")
    statements = [d.question for d in draft_article(text).questions if isinstance(d.question, TrueFalse)]
    hospital = next(question for question in statements if "taken to hospital" in question.prompt)
    assert not hospital.answer
    assert hospital.prompt.startswith("At least 150 people")


def test_a_swapped_number_counts_the_same_thing() -> None:
    """ "At least 40 people" never becomes "At least 150 people" because 150 trees fell."""
    statements = [d.question for d in draft_article(STORM).questions if isinstance(d.question, TrueFalse)]
    assert not any(question.prompt.startswith("At least 150 people") for question in statements)


def test_a_swapped_person_is_written_like_the_original(article_path: Path) -> None:
    for said, swapped, _sentence in _false_statements(_draft(article_path)):
        if said.split()[0].rstrip(".").lower() in HONORIFICS and len(said.split()) == 2:
            assert swapped.split()[0].rstrip(".").lower() in HONORIFICS, (said, swapped)


def test_a_wrong_option_is_never_named_in_the_quotation(article_path: Path) -> None:
    draft = _draft(article_path)
    people = {person.shown: person for person in draft.extraction.people}
    for drafted in draft.questions:
        question = drafted.question
        if not isinstance(question, MultipleChoice):
            continue
        quoted = question.prompt
        for choice in question.choices:
            person = people[choice]
            if choice != question.answer:
                names = [name for name in (*person.aliases, person.last or "") if len(name) > 2]
                assert not any(contains_phrase(quoted, name) for name in names), (choice, quoted)


def test_a_dateline_is_not_part_of_what_a_question_shows(article_path: Path) -> None:
    for text in _shown_texts(_draft(article_path)):
        assert not re.match(r"[A-Z][A-Z.'’ -]+ [—–] ", text), text


def test_no_one_is_nobody_not_a_number() -> None:
    text = "No one was killed, and two firefighters were hurt."
    assert [number.text for number in find_numbers(text, 0, len(text))] == ["two"]
    assert find_numbers(text, 0, len(text))[0].start == text.index("two firefighters")
