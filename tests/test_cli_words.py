"""The command is the first word that is not an option or an option's value, as argparse sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"


@pytest.mark.parametrize(
    "before",
    [
        ["--profile", "draft"],
        ["--prof", "report"],
        ["--profile=draft"],
        ["--data", "stats"],
        ["--bank", "import", "--profile", "new"],
    ],
)
def test_an_option_value_named_like_a_command_is_not_taken_for_the_command(
    before: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([*before, "validate", str(QUESTIONS / "example.toml")]) == 0
    assert "example.toml: ok," in capsys.readouterr().out


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["serve", "--idle-minutes", "inf"], "inf is not more than 0"),
        (["serve", "--max-sessions", "0"], "0 is not more than 0"),
        (["serve", "--port", "70000"], "70000 is not from 0 to 65535"),
        (["report", "--data", "x.db", "--min-answered", "nan"], "nan is not from 0 to 1"),
    ],
)
def test_a_number_out_of_range_or_not_finite_is_one_line_from_argparse(
    words: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(words)
    assert exited.value.code == 2
    assert said in capsys.readouterr().err
