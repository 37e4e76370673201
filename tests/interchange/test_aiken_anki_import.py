"""Aiken (as Moodle documents it) and Anki's text export become the expected questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests_interchange_support import FIXTURES, fields_of

from quizapp.interchange.detect import detect_format
from quizapp.interchange.importing import import_file, import_text
from quizapp.interchange.problems import MalformedInput


def test_aiken_questions_with_both_label_styles_and_multi_line_text() -> None:
    result = import_file(FIXTURES / "questions.aiken.txt", "q.txt", "aiken")
    assert [fields_of(q, ["prompt", "choices", "answer"]) for q in result.questions] == [
        {"prompt": "What is the capital of France?", "choices": ["Lyon", "Paris", "Marseille"], "answer": "Paris"},
        {
            "prompt": "Which gas do plants take in for photosynthesis?",
            "choices": ["Oxygen", "Nitrogen", "Carbon dioxide", "Helium"],
            "answer": "Carbon dioxide",
        },
        {"prompt": "A question written\nover two lines?", "choices": ["Yes", "No"], "answer": "Yes"},
    ]
    # Aiken has no feedback at all: each question says so, and gets an explanation stating the answer
    assert [loss.line for loss in result.losses] == [1, 7, 14]
    assert result.questions[0].explanation == "The right answer is: Paris."


def test_aiken_with_windows_line_endings() -> None:
    result = import_file(FIXTURES / "crlf.aiken.txt", "crlf.txt", "aiken")
    assert fields_of(result.questions[0], ["choices", "answer"]) == {
        "choices": ["Madrid", "Seville"],
        "answer": "Madrid",
    }


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Q?\nA. x\nB. y\nANSWER: C\n", 4, "ANSWER: C is not one of the choices (A, B)"),
        ("Q?\nA. x\nB. y\n\nNext?\nA. z\nB. w\nANSWER: A\n", 1, "this question has no 'ANSWER: <letter>' line"),
        ("A. x\nB. y\nANSWER: A\n", 1, "a choice before any question text"),
        ("Q?\nA. x\nANSWER: A\n", 3, "a question needs at least two choices"),
        ("Q?\nA. x\nA. y\nANSWER: A\n", 3, "choice A appears twice in this question"),
    ],
)
def test_malformed_aiken_is_located(text: str, line: int, message: str) -> None:
    with pytest.raises(MalformedInput) as raised:
        import_text(text, "bad.txt", "aiken")
    first = raised.value.problems[0]
    assert (first.line, first.message.startswith(message)) == (line, True), raised.value


def test_anki_notes_export_basic_cloze_html_media_and_tags() -> None:
    result = import_file(FIXTURES / "notes.anki.txt", "notes.txt")
    questions = {question.id: question for question in result.questions}
    assert fields_of(questions["capital-of-france"], ["kind", "prompt", "answer", "tags"]) == {
        "kind": "short_answer",
        "prompt": "Capital of France?",  # <b> removed: quizapp shows text literally
        "answer": "Paris",
        "tags": ["geo", "europe", "Geography"],  # the tags column, then the deck
    }
    # Anki makes one card per cloze number; so does the import, showing the other answer as text
    assert questions["paris-is-the-capital-of-france-c1"].text == "{{Paris}} is the capital of France."
    assert questions["paris-is-the-capital-of-france-c2"].text == "Paris is the capital of {{France}}."
    assert questions["paris-is-the-capital-of-france-c2"].explanation == "It has been since 987."
    # two deletions with the same number are one card with two blanks
    assert questions["the-river-flows-through"].text == "The river {{Seine}} flows through {{Paris}}."
    lost = {(loss.question_id, loss.message) for loss in result.losses}
    assert ("paris-is-the-capital-of-france-c2", "the hint 'a country' for 'France'") in lost
    assert ("what-is-on-this-map", "image map.png (quizapp shows text only)") in lost
    assert ("what-is-on-this-map", "the reversed card (back to front) was not carried over") in lost
    assert ("speak-it", "sound bonjour.mp3 (quizapp shows text only)") in lost
    assert questions["speak-it"].answer == "Bonjour"


def test_a_spreadsheet_csv_with_a_header_row() -> None:
    result = import_file(FIXTURES / "cards.csv", "cards.csv")
    assert [fields_of(q, ["prompt", "answer"]) for q in result.questions] == [
        {"prompt": "What is 2 + 2?", "answer": "4"},
        {"prompt": "Largest planet, by mass?", "answer": "Jupiter"},  # the quoted comma stays in the field
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("#separator:Bogus\nfront\tback\n", 1, "unknown separator 'Bogus'"),
        ("#html:maybe\na\tb\n", 1, "#html must be true or false"),
        ('#separator:tab\nok\tfine\n"unclosed\tquote\n', 3, "unreadable row"),
        ("#separator:tab\nThe {{c1::Seine flows\tx\n", 2, "'{{c1::' is never closed with '}}'"),
        ("#separator:tab\n#tags column:zero\na\tb\n", 2, "#tags column must be a column number"),
    ],
)
def test_malformed_anki_is_located(text: str, line: int, message: str) -> None:
    with pytest.raises(MalformedInput) as raised:
        import_text(text, "bad.txt", "anki")
    first = raised.value.problems[0]
    assert (first.line, first.message.startswith(message)) == (line, True), raised.value


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("every_kind.gift", "gift"),
        ("questions.aiken.txt", "aiken"),
        ("crlf.aiken.txt", "aiken"),
        ("notes.anki.txt", "anki"),
        ("cards.csv", "anki"),
    ],
)
def test_formats_are_detected_from_the_text(name: str, expected: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert detect_format(text, Path(name).suffix if name.endswith((".gift", ".csv")) else ".txt") == expected
    assert detect_format(text) == expected  # the text alone is enough too


def test_undetectable_text_asks_for_from() -> None:
    with pytest.raises(MalformedInput) as raised:
        import_text("just some words\nand more words\n", "notes.txt")
    assert "say which with --from" in str(raised.value)
