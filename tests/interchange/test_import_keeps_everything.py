"""Imports that keep everything: the bank's own id and title, ids no other bank has, a summary
that counts only what was really lost, and a schema file where the bank says it is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests_interchange_support import FIXTURES

from quizapp.bank.loader import load_bank
from quizapp.cli import main
from quizapp.paths import user_banks_dir

BANK = """format = 1
id = "{bank_id}"
title = "Rivers of Europe"

[[questions]]
id = "vienna"
kind = "multiple_choice"
prompt = "Which river flows through Vienna?"
choices = ["Danube", "Rhine"]
answer = "Danube"
explanation = "Vienna lies on the Danube."
"""


def test_a_converted_bank_comes_back_with_its_id_and_title(tmp_path: Path) -> None:
    bank = tmp_path / "rivers.toml"
    bank.write_text(BANK.format(bank_id="rivers-2025"), encoding="utf-8")
    gift = tmp_path / "upload.gift"
    assert main(["convert", str(bank), "-o", str(gift)]) == 0
    (tmp_path / "elsewhere").mkdir()
    again = tmp_path / "elsewhere" / "again.toml"  # beside rivers.toml, it would need another id
    assert main(["import", str(gift), "-o", str(again)]) == 0
    loaded = load_bank(again).require()
    assert (loaded.id, loaded.title) == ("rivers-2025", "Rivers of Europe")  # not "upload", "upload"
    assert "bank id:" not in again.read_text(encoding="utf-8")  # the header is not a question's comment


def test_the_summary_counts_only_what_was_lost_in_words_that_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(FIXTURES / "questions.aiken.txt"), "-o", str(tmp_path / "a.toml")]) == 0
    assert capsys.readouterr().err.endswith(
        "imported 3 questions from "
        f"{FIXTURES / 'questions.aiken.txt'} (Aiken); nothing lost; "
        "3 questions had no feedback, so their explanations state the answer\n"
    )
    one = tmp_path / "one.gift"
    one.write_text("Pick one.{=a#Yes. ~%50%b ~c}\n", encoding="utf-8")
    assert main(["import", str(one), "-o", str(tmp_path / "one.toml")]) == 0
    err = capsys.readouterr().err
    assert err.endswith("(GIFT); 1 thing not carried over (listed above)\n")
    assert "# 1 thing not carried over" in (tmp_path / "one.toml").read_text(encoding="utf-8")


def test_the_schema_line_points_at_a_file_that_exists_or_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "bank.toml"
    assert main(["import", str(FIXTURES / "questions.aiken.txt"), "-o", str(output)]) == 0
    assert output.read_text(encoding="utf-8").startswith("#:schema ./quizapp-bank.schema.json\n")
    assert (tmp_path / "quizapp-bank.schema.json").is_file()
    capsys.readouterr()
    assert main(["import", str(FIXTURES / "questions.aiken.txt")]) == 0
    assert "#:schema" not in capsys.readouterr().out  # printed: there is no folder to point into


def test_an_imported_bank_never_takes_the_id_of_a_bank_beside_it_or_in_the_banks_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "old.toml").write_text(BANK.format(bank_id="questions"), encoding="utf-8")
    source = tmp_path / "questions.txt"
    shutil.copy(FIXTURES / "questions.aiken.txt", source)
    assert main(["import", str(source), "--from", "aiken", "-o", str(folder / "new.toml")]) == 0
    assert "bank id 'questions' is taken by another bank; this one is 'questions-2'" in capsys.readouterr().err
    assert load_bank(folder / "new.toml").require().id == "questions-2"

    user_banks_dir().mkdir(parents=True)
    (user_banks_dir() / "mine.toml").write_text(BANK.format(bank_id="questions-3"), encoding="utf-8")
    assert main(["import", str(source), "--from", "aiken", "-o", str(folder / "newer.toml")]) == 0
    assert load_bank(folder / "newer.toml").require().id == "questions-4"
    assert main(["validate", str(folder), str(user_banks_dir())]) == 0


def test_validate_names_both_banks_that_share_an_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.toml").write_text(BANK.format(bank_id="geo"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(BANK.format(bank_id="geo"), encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert (
        f"{tmp_path / 'b.toml'}:2:6: bank id 'geo' is already used by {tmp_path / 'a.toml'}:2:6; "
        "give this bank another id (progress is kept under it)"
    ) in out


def test_files_imported_together_get_a_bank_each_with_distinct_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("week1", "week2"):  # two files both called quiz.txt: both would be bank 'quiz'
        (tmp_path / folder).mkdir()
        shutil.copy(FIXTURES / "questions.aiken.txt", tmp_path / folder / "quiz.txt")
    banks = tmp_path / "banks"
    sources = [str(tmp_path / "week1" / "quiz.txt"), str(tmp_path / "week2" / "quiz.txt")]
    assert main(["import", *sources, "--from", "aiken", "-o", str(banks)]) == 0
    ids = sorted(load_bank(path).require().id for path in banks.glob("*.toml"))
    assert ids == ["quiz", "quiz-2"]
    assert sorted(path.name for path in banks.glob("*.toml")) == ["quiz-2.toml", "quiz.toml"]
    assert main(["validate", str(banks)]) == 0
    capsys.readouterr()
    assert main(["import", *sources, "-o", str(banks / "one.toml")]) == 2
    assert "several files need -o FOLDER" in capsys.readouterr().err
