"""Moodle XML in and out: every question type quizapp can carry, the rest reported by line.

The fixture was written for these tests from the format's public description (Moodle's
"Moodle XML format" documentation page); every expectation below was worked out from it by hand.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import tomli
from tests_interchange_support import FIXTURES, fields_of

from quizapp.bank.models import QUESTION_KINDS, Bank
from quizapp.cli import main
from quizapp.domain.grading import grade
from quizapp.interchange.importing import import_file, import_text
from quizapp.interchange.moodle_xml_writer import bank_to_moodle_xml
from quizapp.interchange.problems import MalformedInput

SOURCE = FIXTURES / "every_type.moodle.xml"


@pytest.fixture(scope="module")
def every_type() -> object:
    return import_file(SOURCE, "every_type.moodle.xml")


def by_id(result: object) -> dict:
    return {question.id: question for question in result.questions}  # type: ignore[attr-defined]


def test_a_moodle_xml_file_is_recognised_without_from(every_type: object) -> None:
    assert every_type.format == "Moodle XML"  # type: ignore[attr-defined]
    text = SOURCE.read_text(encoding="utf-8")
    assert import_text(text, "no-suffix").format == "Moodle XML"


def test_multiple_choice_keeps_html_text_shuffle_tags_and_every_feedback(every_type: object) -> None:
    star = by_id(every_type)["nearest-star"]
    assert fields_of(star, ["kind", "prompt", "choices", "answer", "shuffle", "tags"]) == {
        "kind": "multiple_choice",
        "prompt": "Which star is nearest to the Earth?",  # <b> read, not shown
        "choices": ["The Sun", "Proxima Centauri", "Sirius"],
        "answer": "The Sun",
        "shuffle": False,
        "tags": ["Space", "stars"],  # the category's own part, then the question's tags
    }
    assert star.explanation == (
        "The Sun is a star, 8 light-minutes away.\n\nYes.\n\n"
        "If you answered Proxima Centauri: It is the nearest star after the Sun."
    )


def test_each_type_becomes_its_quizapp_kind(every_type: object) -> None:
    questions = by_id(every_type)
    assert {question_id: question.kind for question_id, question in questions.items()} == {
        "nearest-star": "multiple_choice",
        "gas-giants": "multi_select",
        "moon-light": "true_false",
        "red-planet": "short_answer",
        "light-minutes": "numeric",
        "moons": "matching",
        "planet-order": "ordering",
        "first-landing": "cloze",
    }
    assert questions["gas-giants"].answers == ("Jupiter", "Saturn")
    assert questions["gas-giants"].prompt == "Which planets are gas giants? (2 < 3)"  # plain_text kept as is
    assert questions["moon-light"].answer is False
    assert questions["moon-light"].explanation == (
        "Right: it only reflects.\n\nIf you answered true: It reflects sunlight."
    )
    assert (questions["red-planet"].answer, questions["red-planet"].alternatives) == ("Mars", ("planet Mars",))
    assert fields_of(questions["moons"], ["pairs", "distractors"]) == {
        "pairs": [("Titan", "Saturn"), ("Europa", "Jupiter")],
        "distractors": ["Venus"],
    }
    assert questions["planet-order"].items == ("Mercury", "Venus", "Earth")
    assert questions["first-landing"].text == "Apollo {{11|eleven}} landed in {{1969}}."


def test_a_numerical_question_keeps_its_tolerance_partial_credit_and_plain_units(every_type: object) -> None:
    light = by_id(every_type)["light-minutes"]
    assert (light.answer, light.tolerance, light.units) == (8.3, 0.2, ("min",))
    assert [(a.answer, a.tolerance, a.credit) for a in light.alternatives] == [(8.0, 1.0, 0.5)]
    assert grade(light, "8.1 min").correct and grade(light, "7.5").score == 0.5


def test_what_cannot_be_carried_is_reported_by_line(every_type: object) -> None:
    lost = [(loss.line, loss.question_id, loss.message) for loss in every_type.lost]  # type: ignore[attr-defined]
    assert lost == [
        (48, "red-planet", "partial credit (50%) for 'Marz': it counts as wrong"),
        (59, "light-minutes", "the unit 's' with a multiplier (quizapp's units do not convert)"),
        (96, None, "skipped a multianswer question: a multichoice gap (quizapp's cloze has typed blanks only)"),
        (101, None, "skipped an essay question (no answer to check): quizapp has no such kind"),
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("<quiz><question type='truefalse'>\n<name>", 2, "not well-formed XML"),
        ("<questions/>", 1, "not Moodle XML: the file is <questions>, not <quiz>"),
        (
            '<?xml version="1.0"?>\n<!DOCTYPE quiz [\n<!ENTITY a "aaaaaaaaaa">\n]>\n<quiz>&a;</quiz>',
            3,
            "declares XML entities",
        ),
    ],
)
def test_malformed_or_hostile_xml_is_refused_with_a_located_reason(text: str, line: int, message: str) -> None:
    with pytest.raises(MalformedInput) as raised:
        import_text(text, "bad.xml", "moodle-xml")
    (problem,) = raised.value.problems
    assert problem.line == line and message in problem.message


def _examples_bank() -> Bank:
    questions = [tomli.loads(kind.example)["questions"][0] for kind in QUESTION_KINDS]
    questions[0]["prompt"] = "Is <b>this</b> & that shown as written?"
    return Bank.model_validate({"id": "examples-1", "title": "Every kind", "questions": questions})


def test_every_kind_round_trips_through_moodle_xml_exactly() -> None:
    bank = _examples_bank()
    export = bank_to_moodle_xml(bank, "examples.toml")
    assert export.losses == () and export.written == len(QUESTION_KINDS)
    again = import_text(export.text, "examples.xml")
    assert again.questions == bank.questions
    assert (again.bank_id, again.title) == ("examples-1", "Every kind")


def test_moodle_xml_out_uses_plain_text_and_moodle_grades() -> None:
    text = bank_to_moodle_xml(_examples_bank(), "examples.toml").text
    assert "<text>Is &lt;b&gt;this&lt;/b&gt; &amp; that shown as written?</text>" in text
    assert '<questiontext format="plain_text">' in text
    assert '<answer fraction="33.33333" format="plain_text">' in text  # three right colours
    numeric = '<answer fraction="100" format="plain_text">\n      <text>8.3</text>\n      <tolerance>0.2</tolerance>'
    assert numeric in text
    assert "<unit_name>minutes</unit_name>" in text
    assert "{1:SHORTANSWER:=11~=eleven}" in text


def test_convert_picks_moodle_xml_from_the_output_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bank = tmp_path / "examples.toml"
    from quizapp.bank.writer import bank_to_toml

    bank.write_text(bank_to_toml(_examples_bank()), encoding="utf-8")
    output = tmp_path / "examples.xml"
    assert main(["convert", str(bank), "-o", str(output)]) == 0
    assert "converted 8 of 8 questions to Moodle XML; nothing lost" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Every kind\n')
    back = tmp_path / "back" / "examples.toml"
    back.parent.mkdir()
    assert main(["import", str(output), "-o", str(back)]) == 0
    assert "nothing lost" in capsys.readouterr().err


def test_what_moodle_xml_cannot_hold_is_reported() -> None:
    bank = Bank.model_validate(
        {
            "id": "b",
            "title": "B",
            "questions": [
                {"id": "off-centre", "kind": "numeric", "prompt": "About?", "answer": 2, "range": [1, 5],
                 "explanation": "Two or so.", "source": "an excerpt",
                 "alternatives": [{"answer": 6, "credit": 0.35}]},
                {"id": "blank", "kind": "cloze", "prompt": "Complete the line.", "text": "A {{b}} c.",
                 "explanation": "B."},
            ],
        }
    )  # fmt: skip
    export = bank_to_moodle_xml(bank, "b.toml")
    assert [(loss.question_id, loss.message.removeprefix("not carried over: ")) for loss in export.losses] == [
        ("off-centre", "the answer shown, 2 (Moodle shows the middle of the range)"),
        ("off-centre", "a grade of 35% (Moodle offers no such grade; written as 33.33333%)"),
        ("off-centre", "the source excerpt (Moodle has no place for it)"),
        ("blank", "the prompt 'Complete the line.' (a Moodle Cloze shows only the passage)"),
    ]
    assert '<answer fraction="100" format="plain_text">\n      <text>3</text>\n      <tolerance>2</tolerance>' in (
        export.text
    )


def test_the_bundled_bank_round_trips_but_for_what_is_reported() -> None:
    from quizapp.bank.loader import load_bank

    bank = load_bank(Path(__file__).parents[2] / "questions" / "trump-putin-call.toml").require()
    export = bank_to_moodle_xml(bank, "call.toml")
    again = {question.id: question for question in import_text(export.text, "call.xml").questions}
    reported = {loss.question_id for loss in export.losses if "source excerpt" not in loss.message}
    for question in bank.questions:
        if question.id not in reported:  # sources are reported for every question that has one
            assert again[question.id] == replace(question, source=None), question.id
    assert reported == {"call-length-and-count", "weekend-strike-toll"}  # cloze prompts of their own
