"""The drafted questions, checked the way a teacher reviewing the draft would check them."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from quizapp.bank.loader import parse_bank_text
from quizapp.bank.models import Cloze, Matching, MultipleChoice, Ordering, ShortAnswer, TrueFalse
from quizapp.draft import Draft, draft_article
from quizapp.draft.fact_numbers import number_alternatives
from quizapp.draft.wording import capitalized, contains_phrase, similar

from .conftest import ARTICLE, FIXTURES

needs_seed = pytest.mark.skipif(not ARTICLE.is_file(), reason=f"seed article not present at {ARTICLE}")


def _draft(path: Path) -> Draft:
    return draft_article(path.read_text(encoding="utf-8"))


def test_the_drafted_bank_validates_and_reads_back_unchanged(article_path: Path) -> None:
    draft = _draft(article_path)
    assert draft.rejected == ()
    text = draft.to_toml()
    bank, problems = parse_bank_text(text, "draft.toml")
    assert problems == ()
    assert bank == draft.bank
    assert text.startswith("#:schema ./quizapp-bank.schema.json\n# DRAFT written by `quizapp draft`")


def test_every_source_is_a_verbatim_excerpt_at_its_span(article_path: Path) -> None:
    draft = _draft(article_path)
    for drafted in draft.questions:
        start, end = drafted.source_span
        assert drafted.question.source == draft.text[start:end]
        assert 0 < len(drafted.question.source) <= 300
        assert drafted.question.explanation


def test_no_question_is_answerable_from_its_own_prompt(article_path: Path) -> None:
    for drafted in _draft(article_path).questions:
        question = drafted.question
        if isinstance(question, MultipleChoice):
            assert not contains_phrase(question.prompt, question.answer), question.id
        elif isinstance(question, ShortAnswer):
            for answer in (question.answer, *question.alternatives):
                assert not contains_phrase(question.prompt, answer), question.id
        elif isinstance(question, Cloze):
            visible = re.sub(r"\{\{.*?\}\}", " ", question.text)
            for blank in question.blanks:
                for answer in blank.accepted:
                    assert not contains_phrase(visible, answer), (question.id, answer)


def test_near_duplicate_questions_are_dropped(article_path: Path) -> None:
    questions = [drafted.question for drafted in _draft(article_path).questions]
    for index, first in enumerate(questions):
        for second in questions[index + 1 :]:
            if first.kind == second.kind:
                assert not similar(first.prompt + str(getattr(first, "text", "")),
                                   second.prompt + str(getattr(second, "text", ""))) or first.kind in {
                    "matching", "ordering"}, (first.id, second.id)  # fmt: skip


def test_matching_and_ordering_stay_within_their_sizes(article_path: Path) -> None:
    draft = _draft(article_path)
    people = {person.shown for person in draft.extraction.people}
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, Matching):
            assert 2 <= len(question.pairs) <= 6
            assert len({pair.right for pair in question.pairs}) >= 2
            assert set(question.options) <= people
        if isinstance(question, Ordering):
            assert 4 <= len(question.items) <= 6


def test_who_said_wrong_options_are_other_people_of_the_article(article_path: Path) -> None:
    draft = _draft(article_path)
    people = {person.shown for person in draft.extraction.people}
    for drafted in draft.questions:
        if isinstance(drafted.question, MultipleChoice):
            assert set(drafted.question.choices) <= people
            assert len(drafted.question.choices) >= 2


def test_drafting_again_gives_the_same_ids(article_path: Path) -> None:
    first = [drafted.id for drafted in _draft(article_path).questions]
    assert first == [drafted.id for drafted in _draft(article_path).questions]


def test_ids_of_questions_on_unchanged_text_survive_an_added_paragraph() -> None:
    path = FIXTURES / "council_bus_lanes.txt"
    before = _draft(path)
    after = draft_article(path.read_text(encoding="utf-8") + "\nThe council meets again on Friday.\n")
    who_said = {d.id for d in before.questions if isinstance(d.question, MultipleChoice)}
    assert who_said and who_said <= {d.id for d in after.questions}


def test_a_story_without_quotations_gives_a_bank_of_facts() -> None:
    draft = _draft(FIXTURES / "drought_report.txt")
    kinds = {drafted.question.kind for drafted in draft.questions}
    assert draft.extraction.quotations == []
    assert "cloze" in kinds and "ordering" in kinds
    assert not kinds & {"matching", "multiple_choice"}


def test_ordering_items_follow_the_timeline() -> None:
    draft = _draft(FIXTURES / "drought_report.txt")
    ordering = next(d.question for d in draft.questions if isinstance(d.question, Ordering))
    assert ordering.items[0].startswith("The valley has had almost no rain")  # since April
    assert not any(item.startswith("Forecasters expect rain") for item in ordering.items)  # not happened yet


def test_cloze_on_a_number_accepts_it_in_words_too() -> None:
    draft = _draft(FIXTURES / "drought_report.txt")
    blanks = {
        blank.answer: blank for d in draft.questions if isinstance(d.question, Cloze) for blank in d.question.blanks
    }
    assert blanks["38"].alternatives == ("thirty-eight",)  # "31 percent" is shown by the ordering question


def test_a_false_statement_swaps_one_element_for_another_of_the_article(article_path: Path) -> None:
    draft = _draft(article_path)
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, TrueFalse) and not question.answer:
            said, swapped_in = re.match(r"False: the article says (.+?), not (.+?): “", question.explanation).groups()
            assert question.source is not None and contains_phrase(question.source, said)
            if said not in question.source:  # "the Russian president" opening the sentence
                said, swapped_in = capitalized(said), capitalized(swapped_in)
            expected = question.source.replace(said, swapped_in, 1)
            assert question.prompt == expected or _same_but_readable_alone(expected, question.prompt, draft), (
                question.prompt
            )
            value, alternatives = number_alternatives(swapped_in)
            assert any(contains_phrase(draft.text, form) for form in (swapped_in, value, *alternatives)), question.id


def _same_but_readable_alone(sentence: str, shown: str, draft: Draft) -> bool:
    """Whether `shown` is `sentence` with at most a leading "But"/"And" dropped and a he/she replaced by a name."""
    names = {alias for person in draft.extraction.people for alias in person.aliases}
    names |= {name[:1].upper() + name[1:] for name in names}
    before, after = sentence.split(), shown.split()
    if before and before[0] in {"But", "And", "Yet", "So"}:
        before = before[1:]
        before[:1] = [before[0][:1].upper() + before[0][1:]] if before else []
    changes = [op for op in difflib.SequenceMatcher(a=before, b=after).get_opcodes() if op[0] != "equal"]
    if len(changes) > 1:
        return False
    if not changes:
        return True
    kind, a_start, a_end, b_start, b_end = changes[0]
    replaced = before[a_start:a_end]
    return (
        kind == "replace"
        and replaced in (["he"], ["He"], ["she"], ["She"])
        and (" ".join(after[b_start:b_end]) in names)
    )


@needs_seed
def test_seed_article_number_clozes_accept_words_and_where_asks_rome() -> None:
    draft = _draft(ARTICLE)
    blanks = [blank for d in draft.questions if isinstance(d.question, Cloze) for blank in d.question.blanks]
    numbers = [blank for blank in blanks if blank.answer.isdigit()]
    assert numbers and all(set(number_alternatives(blank.answer)[1]) <= set(blank.alternatives) for blank in numbers)
    where = [d.question for d in draft.questions if isinstance(d.question, ShortAnswer)]
    assert "Rome" in {question.answer for question in where}  # Istanbul's sentences say only "he"


def test_to_toml_writes_only_kept_questions_with_edited_prompts() -> None:
    draft = _draft(FIXTURES / "council_bus_lanes.txt")
    kept = [draft.questions[0].id, draft.questions[2].id]
    text = draft.to_toml(kept, prompts={kept[1]: "Reworded by the teacher?"})
    bank, problems = parse_bank_text(text, "kept.toml")
    assert problems == () and bank is not None
    assert [question.id for question in bank.questions] == kept
    assert bank.questions[1].prompt == "Reworded by the teacher?"
    assert bank.questions[1].answer_hash == draft.questions[2].question.answer_hash
    with pytest.raises(ValueError, match="no question kept"):
        draft.to_toml([])
