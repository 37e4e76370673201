"""`quizapp validate PATH...` as a teacher runs it: files and folders, every problem, exit 0 or 2."""

from __future__ import annotations

from pathlib import Path

from bank_texts import BANK, Validate

REPO = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_sound_bank_exits_0_and_says_so(in_tmp: Path, validate: Validate) -> None:
    write(in_tmp / "bank.toml", BANK)
    assert validate("bank.toml") == (0, ["bank.toml: ok, 1 question", "1 file checked, 0 problems"])
    assert validate("-q", "bank.toml") == (0, [])


def test_folders_are_searched_and_hidden_folders_skipped(in_tmp: Path, validate: Validate) -> None:
    write(in_tmp / "banks" / "a.toml", BANK)
    write(in_tmp / "banks" / "week2" / "b.toml", BANK.replace('answer = "Trump"', 'answer = "Biden"'))
    write(in_tmp / "banks" / ".trash" / "c.toml", "not toml at all")
    write(in_tmp / "banks" / "notes.md", "not a bank")
    assert validate("banks") == (
        2,
        [
            "banks/week2/b.toml:10:10: question 'q1': answer 'Biden' is not one of the choices",
            "banks/a.toml: ok, 1 question",
            "2 files checked, 1 problem",
        ],
    )


def test_every_problem_of_every_path_is_printed(in_tmp: Path, validate: Validate) -> None:
    write(in_tmp / "one.toml", BANK.replace('title = "The call"', 'title = ""'))
    write(in_tmp / "two.toml", BANK.replace("[[questions]]", "[[questions]"))
    write(in_tmp / "ok.toml", BANK)
    (in_tmp / "empty").mkdir()
    code, lines = validate("-q", "one.toml", "two.toml", "ok.toml", "empty")
    assert code == 2
    assert lines == [
        "one.toml:3:9: 'title' must not be empty",
        "two.toml:5:12: TOML syntax error: Expected ']]' at the end of an array declaration",
        "empty: no bank files (*.toml) in this folder",
    ]


def test_the_bundled_banks_are_sound(validate: Validate) -> None:
    assert validate("-q", str(REPO / "questions")) == (0, [])
