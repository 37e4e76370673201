"""`quizapp new`: a template that validates, has every kind, and never replaces a teacher's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.bank.models import KIND_NAMES
from quizapp.bank.schema import SCHEMA_COMMENT, SCHEMA_FILE_NAME, schema_text
from quizapp.cli import main


def test_new_writes_a_valid_template_with_every_kind_and_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "french_revolution.toml"
    assert main(["new", str(path)]) == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith(SCHEMA_COMMENT + "\n")
    bank = load_bank(path).require()
    assert (bank.id, bank.title) == ("french-revolution", "French revolution")
    assert sorted(question.kind for question in bank.questions) == sorted(KIND_NAMES)
    assert main(["validate", str(path)]) == 0
    schema = tmp_path / SCHEMA_FILE_NAME
    assert json.loads(schema.read_text(encoding="utf-8")) == json.loads(schema_text())
    assert "quizapp validate" in capsys.readouterr().err


def test_new_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "bank.toml"
    path.write_text("my questions\n", encoding="utf-8")
    schema = tmp_path / SCHEMA_FILE_NAME
    schema.write_text("{}", encoding="utf-8")
    assert main(["new", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "my questions\n"
    assert main(["new", str(tmp_path / "second.toml"), "--id", "second-bank", "--title", "Second"]) == 0
    assert schema.read_text(encoding="utf-8") == "{}"  # an existing schema file is left alone too
    assert load_bank(tmp_path / "second.toml").require().id == "second-bank"


def test_new_refuses_a_name_that_is_not_toml(tmp_path: Path) -> None:
    assert main(["new", str(tmp_path / "bank.txt")]) == 2
    assert not (tmp_path / "bank.txt").exists()
