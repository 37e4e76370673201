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
