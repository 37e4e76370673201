"""Numeric questions as a student meets them: typed numbers in every usual spelling, graded
exactly with the teacher's tolerance, range, units and partial credit."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.bank.models import Bank, Numeric, NumericAlternative
from quizapp.domain.grading import NO_ANSWER, grade
from quizapp.domain.numeric import read_number, shown


def numeric(**fields: Any) -> Numeric:
    return Numeric(kind="numeric", id="q1", prompt="How many?", explanation="Because.", **fields)


SUNLIGHT = numeric(answer=8.3, tolerance=0.2, units=("minutes", "min"))
HALF = numeric(answer=0.5, tolerance=0.5)
RANGE = numeric(answer=2, range=(1.5, 3))
YEAR = numeric(answer=1822, alternatives=(NumericAlternative(answer=1822, tolerance=2, credit=0.5),))


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("8.3", True),
        ("8.1", True),  # 8.3 - 8.1 is 0.2000000000000011 in floating point: still within 0.2
        ("8.5", True),
        ("8.51", False),
        ("8,1", True),  # a decimal comma
        (" 8.3 minutes ", True),
        ("8.3 MIN", True),
        ("8.3 km", False),
        ("eight", False),
        ("-8.3", False),
    ],
)
def test_a_number_is_right_within_the_tolerance_however_it_is_written(typed: str, right: bool) -> None:
    assert grade(SUNLIGHT, typed).correct is right


def test_the_issue_cases_of_decimal_answers_are_graded_as_the_teacher_meant() -> None:
    # GIFT {#0.5:0.5} used to come in as the answer "0" with the alternative "1", so 0.5 was wrong
    assert [grade(HALF, typed).correct for typed in ("0.5", "0", "1", "0,25", "1.01", "-0.01")] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]


def test_a_range_includes_both_ends() -> None:
    assert [grade(RANGE, typed).correct for typed in ("1.5", "3", "1.49", "3.001")] == [True, True, False, False]
    assert grade(RANGE, "2.5").expected == "2 (1.5 to 3)"


def test_a_near_answer_earns_its_partial_credit_and_says_so() -> None:
    near = grade(YEAR, "1821")
    assert (near.correct, near.score, near.partly_right) == (False, 0.5, True)
    assert near.note == "within 2 of 1822: 50% of the credit"
    assert grade(YEAR, "1822").score == 1.0
    assert grade(YEAR, "1825").score == 0.0


def test_feedback_shows_the_answer_with_its_tolerance_and_unit() -> None:
    result = grade(SUNLIGHT, "8.4")
    assert (result.expected, result.given) == ("8.3 ± 0.2 minutes", "8.4")
    assert result.note == "accepted: the answer is 8.3"
    assert grade(SUNLIGHT, "8.3 km").note == "the unit is minutes"
    assert grade(numeric(answer=3), "3 apples").note == "type only the number"
    assert grade(SUNLIGHT, "soon").note == "that is not a number"
    assert grade(SUNLIGHT, "").given == NO_ANSWER


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("12 500", "12500"),
        ("12,500", "12500"),
        ("12,500.75", "12500.75"),
        ("12.500,75", "12500.75"),
        ("2,5", "2.5"),
        (".5", "0.5"),
        ("1.5e3", "1500"),
        ("−3", "-3"),  # a typographic minus
        ("1 000 000", "1000000"),
    ],
)
def test_students_spellings_of_numbers_are_read(typed: str, value: str) -> None:
    number = read_number(typed)
    assert number is not None and shown(number.value) == value


@pytest.mark.parametrize("typed", ["3 4", "1,2,3", "1.2.3", "abc", "", "12 50"])
def test_what_is_not_one_number_is_not_read_as_one(typed: str) -> None:
    assert read_number(typed) is None


@given(st.one_of(st.none(), st.text(), st.integers(), st.lists(st.text())))
def test_grading_a_numeric_never_raises(response: Any) -> None:
    assert 0.0 <= grade(SUNLIGHT, response).score <= 1.0


@given(st.decimals(min_value=-(10**6), max_value=10**6, places=3))
def test_every_number_within_the_tolerance_is_right_and_every_other_is_not(value: Any) -> None:
    result = grade(numeric(answer=100.25, tolerance=0.5), str(value))
    assert result.correct is (abs(value - Decimal("100.25")) <= Decimal("0.5"))


def bank_problems(**fields: Any) -> list[str]:
    from pydantic import ValidationError

    question = {"kind": "numeric", "id": "q1", "prompt": "?", "explanation": "!", **fields}
    try:
        Bank(id="b", title="B", questions=[question])
    except ValidationError as error:
        return [f"{'.'.join(str(part) for part in e['loc'][2:])}: {e['msg']}" for e in error.errors()]
    return []


def test_a_range_and_a_tolerance_together_or_an_answer_outside_its_range_are_reported() -> None:
    assert bank_problems(answer=2, range=[3, 1]) == ["range: the range must go from the lowest to the highest"]
    assert bank_problems(answer=5, range=[1, 3], tolerance=1) == [
        "tolerance: give either a tolerance or a range, not both",
        "answer: answer 5 is outside the range",
    ]
    assert bank_problems(answer="8") != []  # text in quotes is not a number
    assert bank_problems(answer=8, tolerance=-1) != []
    assert bank_problems(answer=8, alternatives=[{"answer": 7, "credit": 0}]) != []


def test_validate_says_what_is_wrong_with_a_numeric_at_its_line(tmp_path: Any) -> None:
    from quizapp.bank.loader import load_bank

    path = tmp_path / "n.toml"
    path.write_text(
        'format = 1\nid = "n"\ntitle = "N"\n\n[[questions]]\nid = "a"\nkind = "numeric"\nprompt = "?"\n'
        'answer = "8"\ntolerance = -1\nrange = [1, 2, 3]\nexplanation = "!"\n',
        encoding="utf-8",
    )
    assert [str(problem) for problem in load_bank(path).problems] == [
        f"{path}:9:10: question 'a': 'answer' should be a number, like 2.5, not text",
        f"{path}:10:13: question 'a': 'tolerance' must be at least 0, not -1",
        f"{path}:11:9: question 'a': 'range' holds at most 2 items, it has 3",
    ]
