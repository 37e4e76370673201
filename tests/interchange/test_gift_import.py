"""GIFT files as Moodle documents them become the questions a teacher would expect.

Every expectation below was worked out by hand from the fixture text, following Moodle's
GIFT documentation (the missing-word rule, weights, general feedback, categories, escapes).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests_interchange_support import fields_of

from quizapp.interchange.explain import NO_FEEDBACK
from quizapp.interchange.importing import import_file, import_text
from quizapp.interchange.problems import MalformedInput


@pytest.fixture(scope="module")
def every_kind() -> object:
    return import_file(Path(__file__).parent / "fixtures" / "every_kind.gift", "every_kind.gift")


def by_id(result: object) -> dict:
    return {question.id: question for question in result.questions}  # type: ignore[attr-defined]


def test_multiple_choice_with_name_category_and_right_answer_feedback(every_kind: object) -> None:
    questions = by_id(every_kind)
    assert fields_of(questions["capital-of-france"], ["kind", "prompt", "choices", "answer", "tags"]) == {
        "kind": "multiple_choice",
        "prompt": "What is the capital of France?",
        "choices": ["Paris", "Lyon", "Marseille"],
        "answer": "Paris",
        "tags": ["Europe"],  # "$course$/top/Default for Geography 101/Europe": only the teacher's own part
    }
    river = questions["river-q"]  # the name "River Q" is not an id, so it is slugified
    assert river.answer == "Danube"
    # the feedback on a wrong choice is kept, after the right one's
    assert river.explanation == (
        "Right: Vienna lies on the Danube.\n\nIf you answered Rhine: The Rhine flows through Basel and Cologne."
    )


def test_missing_word_multiple_choice_keeps_a_blank_in_the_prompt(every_kind: object) -> None:
    alps = by_id(every_kind)["the-alps-are-in-europe"]
    assert alps.prompt == "The Alps are _____ in Europe."
    assert alps.answer == "a mountain range"


def test_general_feedback_is_the_explanation_and_partial_credit_is_reported(every_kind: object) -> None:
    largest = by_id(every_kind)["which-is-the-largest"]
    assert largest.explanation == "Russia spans two continents."
    messages = [loss.message for loss in every_kind.losses if loss.question_id == "which-is-the-largest"]
    assert messages == ["partial credit (50%) for 'Ukraine': it counts as simply wrong"]


def test_weighted_choices_without_equals_are_multi_select_in_a_new_category(every_kind: object) -> None:
    planets = by_id(every_kind)["which-of-these-are-planets"]
    assert fields_of(planets, ["kind", "choices", "answers", "tags"]) == {
        "kind": "multi_select",
        "choices": ["Mars", "Venus", "The Moon"],
        "answers": ["Mars", "Venus"],
        "tags": ["Science"],
    }


def test_true_false_short_forms_and_feedback_order(every_kind: object) -> None:
    questions = by_id(every_kind)
    assert questions["the-earth-orbits-the-sun"].answer is True
    assert questions["the-earth-orbits-the-sun"].explanation == "The statement is true."
    sun = questions["the-sun-orbits-the-earth"]
    # {FALSE#feedback for the wrong answer#feedback for the right answer}
    assert sun.answer is False
    assert sun.explanation == "Well done.\n\nIf you answered true: It is the other way round."
    assert sun.id not in every_kind.comments  # nothing was lost


def test_short_answers_with_alternatives_and_partial_credit(every_kind: object) -> None:
    questions = by_id(every_kind)
    water = questions["what-is-the-chemical-symbol-of-water"]
    assert (water.answer, water.alternatives) == ("H2O", ("H₂O",))
    assert water.explanation == "Two hydrogen atoms, one oxygen."
    mona = questions["who-painted-the-mona-lisa"]
    assert (mona.answer, mona.alternatives, mona.explanation) == ("Leonardo da Vinci", (), "Yes!")


def test_missing_word_short_answer_becomes_a_cloze(every_kind: object) -> None:
    cloze = by_id(every_kind)["water-freezes-at-degrees-celsius"]
    assert fields_of(cloze, ["kind", "prompt", "text"]) == {
        "kind": "cloze",
        "prompt": "Fill in the blank.",
        "text": "Water freezes at {{0|zero}} degrees Celsius.",
    }


def test_matching_with_a_distractor(every_kind: object) -> None:
    matching = by_id(every_kind)["matching-capitals"]
    assert fields_of(matching, ["pairs", "distractors"]) == {
        "pairs": [("Canada", "Ottawa"), ("Italy", "Rome"), ("Japan", "Tokyo")],
        "distractors": ["Sydney"],
    }


def test_numerical_answers_become_numeric_questions_with_their_margins(every_kind: object) -> None:
    questions = by_id(every_kind)
    spider = questions["how-many-legs-does-a-spider-have"]
    assert fields_of(spider, ["kind", "answer", "tolerance", "range"]) == {
        "kind": "numeric",
        "answer": 8,
        "tolerance": 0,
        "range": None,
    }
    wall = questions["in-which-year-did-the-berlin-wall-fall"]  # {#1989:1}: 1988 to 1990 are right
    assert (wall.answer, wall.tolerance) == (1989, 1)
    pi = questions["what-is-pi-to-two-decimals"]  # {#3.14:0.005}: a decimal margin, once skipped
    assert (pi.answer, pi.tolerance) == (3.14, 0.005)
    leap = questions["how-many-days-are-in-a-leap-year"]  # =%50%365:0 earns half the credit
    assert (leap.answer, leap.explanation) == (366, "Correct\n\nIf you answered 365: Close: that is an ordinary year.")
    assert [(other.answer, other.tolerance, other.credit) for other in leap.alternatives] == [(365, 0, 0.5)]


@pytest.mark.parametrize(
    ("block", "answer", "tolerance", "bounds", "right", "wrong"),
    [
        ("{#0.5:0.5}", 0.5, 0.5, None, ["0", "0.5", "1"], ["1.1", "-0.5"]),  # once "0" with the alternative "1"
        ("{#1.5:0.5}", 1.5, 0.5, None, ["1", "1.25", "2"], ["2.5"]),  # once "1"/"2": 1.25 was wrong
        ("{#1.0:0.5}", 1.0, 0.5, None, ["0.5", "1", "1.5"], ["2"]),  # once skipped
        ("{#1..3}", 2.0, 0.0, (1.0, 3.0), ["1", "2.5", "3"], ["3.5"]),
        ("{#-2.25}", -2.25, 0.0, None, ["-2.25", "−2,25"], ["2.25"]),
    ],
)
def test_decimal_numerical_answers_are_graded_as_in_moodle(
    block: str, answer: float, tolerance: float, bounds: tuple[float, float] | None, right: list[str], wrong: list[str]
) -> None:
    from quizapp.domain.grading import grade

    (question,) = import_text(f"How many? {block}\n", "n.gift", "gift").questions
    assert (question.kind, question.answer, question.tolerance, question.range) == (
        "numeric",
        answer,
        tolerance,
        bounds,
    )
    assert [grade(question, typed).correct for typed in right + wrong] == [True] * len(right) + [False] * len(wrong)


def test_what_cannot_be_carried_is_listed_with_its_line(every_kind: object) -> None:
    skipped = {loss.line: loss.message for loss in every_kind.losses if loss.question_id is None}
    assert skipped == {
        62: "skipped an essay question (no answer to check): quizapp has no essay kind",
        64: "skipped a description (text without answers): quizapp has no such item",
    }
    no_feedback = {loss.question_id for loss in every_kind.losses if loss.message == NO_FEEDBACK}
    assert "capital-of-france" in no_feedback and "river-q" not in no_feedback


def test_escaped_special_characters_are_literal(every_kind: object) -> None:
    escapes = by_id(every_kind)["Escapes"]  # a name that is a valid id is kept as written
    assert escapes.prompt == "Which of these is written with GIFT's special characters : = ~ # { }?"
    assert escapes.choices == ("a = b ~ c # d {e} f: g \\ h", "plain text")
    assert escapes.answer == "a = b ~ c # d {e} f: g \\ h"


def test_text_formats_and_multi_line_questions(every_kind: object) -> None:
    questions = by_id(every_kind)
    assert questions["what-is-bold-italic"].prompt == "What is bold & italic?"  # [html]: tags and entities resolved
    assert questions["which-format-is-this"].prompt == "Which **format** is this?"  # [markdown] is kept as written
    assert questions["a-question-over-several-lines"].prompt == "A question over\nseveral lines?"


def test_comments_become_comments_of_the_next_question(every_kind: object) -> None:
    assert every_kind.comments["matching-capitals"] == ["===Matching==="]


def test_ids_are_the_same_every_time() -> None:
    text = "Which river flows through Vienna?{=Danube ~Rhine}\n\nWhich river flows through Vienna?{=Danube ~Elbe}\n"
    first = [question.id for question in import_text(text, "a.gift", "gift").questions]
    again = [question.id for question in import_text(text, "a.gift", "gift").questions]
    assert first == again == ["which-river-flows-through-vienna", "which-river-flows-through-vienna-2"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Q1 {=a ~b}\n\nWhat is {=x ~y\nstill open\n\nQ3 {=c}\n", 3, "'{' opens the answers but no '}' closes them"),
        ("Q1 {=a ~b}\n\n\nWhat } is this {=x}\n", 4, "'}' before the answers' '{'"),
        ("::Unclosed name {=a ~b}\n", 1, "the question name opened with '::' is never closed"),
        ("Q {=a ~b}\n\nMatch {\n=a -> 1\n=b 2\n=c -> 3}\n", 5, "a matching answer is written '=left -> right'"),
        ("Q {=a {~b}\n", 1, "'{' inside the answers"),
        ("Q {=a ~b} and {=c}\n", 1, "a second answer block"),
        ("Q {\n  stray text =a ~b}\n", 2, "text before the first answer"),
        ("Year? {#\n=nineteen}\n", 2, "'nineteen' is not a number"),
        ("Pick {=a ~a}\n", 1, "cannot make a multiple_choice question: choice 'a' appears twice"),
    ],
)
def test_malformed_gift_is_located(text: str, line: int, message: str) -> None:
    with pytest.raises(MalformedInput) as raised:
        import_text(text, "bad.gift", "gift")
    assert [(p.line, p.message.startswith(message)) for p in raised.value.problems] == [(line, True)], raised.value
    assert str(raised.value.problems[0]).startswith(f"bad.gift:{line}: ")


def test_every_malformed_question_is_reported_not_just_the_first() -> None:
    text = "A {=x ~y\n\nB {=ok ~fine}\n\nC } {\n"
    with pytest.raises(MalformedInput) as raised:
        import_text(text, "bad.gift", "gift")
    assert [problem.line for problem in raised.value.problems] == [1, 5]
