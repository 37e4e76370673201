"""`quizapp report --data`: the class report read straight from the store (a file or PostgreSQL), no files."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_results_command import BANK, _record

from quizapp.bank.loader import load_bank
from quizapp.cli import main
from quizapp.roster import Roster
from quizapp.storage import Store


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "class.db")
    url: str = request.getfixturevalue("postgres_url")
    return url


def test_the_report_reads_the_class_s_answers_from_the_store(
    location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank_path = tmp_path / "capitals.toml"
    bank_path.write_text(BANK, encoding="utf-8")
    bank = load_bank(bank_path).require()
    with Store.open(location) as store:
        Roster(store).add(["alice", "bob"])
        store.profile("visitor")  # no account: not in the class
        alice, bob = store.profile("alice"), store.profile("bob")
        _record(store, alice.id, "france", bank.by_id["france"].answer_hash, 1.0, 1)
        _record(store, alice.id, "spain", bank.by_id["spain"].answer_hash, 0.0, 2)
        _record(store, bob.id, "france", bank.by_id["france"].answer_hash, 1.0, 3)
        _record(store, store.profile("visitor").id, "france", bank.by_id["france"].answer_hash, 0.0, 4)
    csv_path = tmp_path / "class.csv"
    code = main(["report", "--data", location, "--bank", str(bank_path), "--csv", str(csv_path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "alice" in out and "bob" in out and "visitor" not in out
    assert out.count("50.0%") == 2  # each right on one of the bank's two questions (a blank counts 0)
    rows = csv_path.read_text(encoding="utf-8")
    assert "france" in rows and "spain" in rows


def test_without_files_or_data_the_report_says_what_to_give(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report"]) == 2
    assert "--data" in capsys.readouterr().err
    assert main(["report", "--data", str(tmp_path / "none.db")]) == 2
    assert "no progress file" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
