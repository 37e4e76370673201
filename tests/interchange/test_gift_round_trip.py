"""quizapp -> GIFT -> quizapp gives the same questions for every kind GIFT can express;
what GIFT cannot express is reported, question by question."""

from __future__ import annotations

import tomli
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank.models import QUESTION_KINDS, Bank
from quizapp.interchange.gift_syntax import CLOZE_PROMPT
from quizapp.interchange.gift_writer import bank_to_gift
from quizapp.interchange.importing import import_text

_TRICKY = (
    "[html] is not a format here. Colons: equals = tildes ~ hashes # braces {x} backslash \\ arrows and\nline breaks"
)


def _bank(questions: list[dict]) -> Bank:
    return Bank.model_validate({"id": "trip", "title": "Round trip", "questions": questions})


def _round_trip(bank: Bank) -> tuple[Bank, tuple]:
    export = bank_to_gift(bank, "trip.toml")
    result = import_text(export.text, "trip.gift", "gift")
    return _bank([_as_dict(q) for q in result.questions]), export.losses


def _as_dict(question: object) -> dict:
    import dataclasses

    def plain(value: object) -> object:
        if dataclasses.is_dataclass(value):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        return value

    return plain(question)  # type: ignore[return-value]


EXPRESSIBLE = [
    {"id": "mc", "kind": "multiple_choice", "prompt": _TRICKY, "choices": ["a=b", "c~d", "{e}", "%50%"],
     "answer": "c~d", "explanation": "Because: #1 {reason}.", "tags": ["Topic/Sub topic"]},
    {"id": "mc-blank", "kind": "multiple_choice", "prompt": "The Alps are _____ in Europe.",
     "choices": ["mountains", "rivers"], "answer": "mountains", "explanation": "They are mountains."},
    {"id": "ms", "kind": "multi_select", "prompt": "Primes?", "choices": ["2", "3", "4", "9"], "answers": ["2", "3"],
     "explanation": "2 and 3.", "tags": ["maths"]},
    {"id": "ms-three", "kind": "multi_select", "prompt": "Vowels?", "choices": ["a", "b", "e", "i"],
     "answers": ["a", "e", "i"], "explanation": "Three vowels."},
    {"id": "tf", "kind": "true_false", "prompt": "True?", "answer": True, "explanation": "Yes."},
    {"id": "tf-false", "kind": "true_false", "prompt": "False: really?", "answer": False, "explanation": "No."},
    {"id": "sa", "kind": "short_answer", "prompt": "Which river?", "answer": "the Nile", "alternatives": ["Nile"],
     "explanation": "Cairo."},
    {"id": "cloze", "kind": "cloze", "prompt": CLOZE_PROMPT, "text": "Water boils at {{100|one hundred}} °C here.",
     "explanation": "At sea level."},
    {"id": "matching", "kind": "matching", "prompt": "Match.", "pairs": [{"left": "A: x", "right": "1"},
     {"left": "B", "right": "1"}, {"left": "C", "right": "2"}], "distractors": ["3"], "explanation": "So."},
    {"id": "num", "kind": "numeric", "prompt": "Half?", "answer": 0.5, "tolerance": 0.05, "explanation": "½."},
    {"id": "num-range", "kind": "numeric", "prompt": "Between?", "answer": 2.5, "range": [1.5, 3.5],
     "explanation": "Any."},
    {"id": "num-credit", "kind": "numeric", "prompt": "Year?", "answer": 1822, "explanation": "1822.",
     "alternatives": [{"answer": 1822, "tolerance": 2, "credit": 0.5}, {"answer": 1800, "tolerance": 50,
     "credit": 0.1}]},
]  # fmt: skip


def test_every_expressible_kind_comes_back_the_same() -> None:
    bank = _bank(EXPRESSIBLE)
    again, losses = _round_trip(bank)
    assert losses == ()
    assert again.questions == bank.questions


def test_the_template_examples_of_expressible_kinds_come_back_the_same() -> None:
    examples = [tomli.loads(kind.example)["questions"][0] for kind in QUESTION_KINDS]
    expressible = [q for q in examples if q["kind"] not in ("ordering", "cloze")]
    for question in expressible:
        question.pop("units", None)  # GIFT numbers have no units (reported, see below)
    bank = _bank(expressible)
    again, _ = _round_trip(bank)
    assert again.questions == bank.questions


def test_what_gift_cannot_express_is_reported_not_dropped_silently() -> None:
    bank = _bank(
        [
            {"id": "order", "kind": "ordering", "prompt": "Order.", "items": ["a", "b"], "explanation": "a first."},
            {"id": "two-blanks", "kind": "cloze", "prompt": CLOZE_PROMPT, "text": "{{a}} and {{b}}.",
             "explanation": "x"},
            {"id": "end-blank", "kind": "cloze", "prompt": "Complete it.", "text": "The capital is {{Paris}}",
             "explanation": "x"},
            {"id": "rich", "kind": "multiple_choice", "prompt": "Q?", "choices": ["a", "b"], "answer": "a",
             "explanation": "x", "tags": ["one", "two"], "source": "an excerpt", "shuffle": False},
        ]
    )  # fmt: skip
    export = bank_to_gift(bank, "b.toml")
    assert export.written == 2
    assert [(loss.question_id, loss.message) for loss in export.losses] == [
        ("order", "not converted: GIFT has no ordering questions"),
        ("two-blanks", "not converted: a cloze with 2 blanks: a GIFT question has one answer block"),
        ("end-blank", "not carried over: the prompt 'Complete it.' (GIFT shows only the passage)"),
        ("end-blank", "not carried over: the blank ends the passage, so GIFT reads it back as a short answer"),
        ("rich", "not carried over: tag 'two' (a GIFT question has one category)"),
        ("rich", "not carried over: the source excerpt (GIFT has no place for it)"),
        ("rich", "not carried over: shuffle = false (in Moodle, shuffling is a quiz setting)"),
    ]
    again = import_text(export.text, "b.gift", "gift").questions
    assert [(q.id, q.kind) for q in again] == [("end-blank", "short_answer"), ("rich", "multiple_choice")]
    assert again[1].tags == ("one",)


def test_gift_output_looks_like_moodle_writes_it() -> None:
    bank = _bank([EXPRESSIBLE[4], EXPRESSIBLE[2]])
    text = bank_to_gift(bank, "b.toml").text
    assert "::tf::True?{TRUE####Yes.}" in text
    assert "$CATEGORY: $course$/top/maths\n\n::ms::Primes?{\n\t~%50%2\n\t~%50%3\n\t~%-50%4\n\t~%-50%9\n" in text
    # untagged questions after a tagged one go back to a default category, which imports as no tag
    later = _bank([EXPRESSIBLE[2], EXPRESSIBLE[4]])
    assert "$CATEGORY: $course$/top/Default for Round trip\n" in bank_to_gift(later, "b.toml").text


_safe_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda t: t.strip() == t and "_____" not in t
)


@settings(max_examples=150, deadline=None)
@given(prompt=_safe_text, right=_safe_text, wrong=_safe_text, explanation=_safe_text)
def test_any_text_survives_the_gift_escapes(prompt: str, right: str, wrong: str, explanation: str) -> None:
    if right == wrong:
        return
    question = {"id": "q", "kind": "multiple_choice", "prompt": prompt, "choices": [right, wrong], "answer": right,
                "explanation": explanation}  # fmt: skip
    bank = _bank([question])
    again, _ = _round_trip(bank)
    assert again.questions == bank.questions


def test_numeric_questions_are_written_as_moodle_reads_them() -> None:
    bank = _bank([question for question in EXPRESSIBLE if question["kind"] == "numeric"])
    text = bank_to_gift(bank, "b.toml").text
    assert "::num::Half?{#0.5:0.05####½.}" in text
    assert "::num-range::Between?{#1.5..3.5####Any.}" in text
    assert "::num-credit::Year?{#\n\t=1822\n\t=%50%1822:2\n\t=%10%1800:50\n\t####1822.\n}" in text


def test_only_grades_moodle_offers_are_written_and_rounding_is_reported() -> None:
    choices = [f"c{number}" for number in range(12)]
    eleven = {"id": "eleven", "kind": "multi_select", "prompt": "Which?", "choices": choices,
              "answers": choices[:11], "explanation": "All but one."}  # fmt: skip
    units = {"id": "units", "kind": "numeric", "prompt": "How far?", "answer": 5, "units": ["km"],
             "explanation": "Five.", "alternatives": [{"answer": 6, "credit": 0.35}]}  # fmt: skip
    off_centre = {"id": "off-centre", "kind": "numeric", "prompt": "About?", "answer": 2, "range": [1, 5],
                  "explanation": "Two or so."}  # fmt: skip
    export = bank_to_gift(_bank([eleven, units, off_centre]), "b.toml")
    assert "~%9.09091%" not in export.text and "\t~%10%c0\n" in export.text and "\t~%-10%c11\n" in export.text
    assert "=%33.33333%6" in export.text
    assert [(loss.question_id, loss.message) for loss in export.losses] == [
        ("eleven", "not carried over: a grade of 9.0909% (Moodle offers no such grade; written as 10%)"),
        ("units", "not carried over: the units km (GIFT numbers have none)"),
        ("units", "not carried over: a grade of 35% (Moodle offers no such grade; written as 33.33333%)"),
        ("off-centre", "not carried over: the answer shown, 2 (Moodle shows the middle of the range)"),
    ]


def test_text_with_markup_characters_is_marked_plain_so_moodle_shows_it_as_written() -> None:
    question = {"id": "tags", "kind": "multiple_choice", "prompt": "Is <b>bold</b> & more?",
                "choices": ["x < y", "plain"], "answer": "plain", "explanation": "Write &amp; for &."}  # fmt: skip
    bank = _bank([question])
    text = bank_to_gift(bank, "b.toml").text
    assert "::tags::[plain]Is <b>bold</b> & more?{" in text
    assert "\t~[plain]x < y\n" in text and "\t=plain\n" in text
    assert "\t####[plain]Write &amp; for &.\n" in text
    again, _ = _round_trip(bank)
    assert again.questions == bank.questions
