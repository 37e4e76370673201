"""`quizapp results`: a student's real progress file becomes a results file the report reads."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.cli import main
from quizapp.domain.scheduling import Rating, Scheduler
from quizapp.interchange.results_file import bank_content_hash, read_results
from quizapp.storage import Store
from quizapp.teacher.report import build_report

BANK = """\
format = 1
id = "capitals"
title = "Capitals"

[[questions]]
id = "france"
kind = "short_answer"
prompt = "Capital of France?"
answer = "Paris"
explanation = "Paris."

[[questions]]
id = "spain"
kind = "true_false"
prompt = "Madrid is the capital of Spain."
answer = true
explanation = "It is."
"""
WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
RESPONSES = {"france": ("Lyon", "Paris"), "spain": (False, True)}
"""A wrong and a right response to each question: a report grades every answer again from its response."""


def _record(store: Store, profile_id: int, question_id: str, answer_hash: str, score: float, minute: int) -> None:
    when = WHEN + timedelta(minutes=minute)
    rating = Rating.GOOD if score == 1 else Rating.AGAIN
    store.record_review(
        profile_id=profile_id,
        bank_id="capitals",
        question_id=question_id,
        session_id=None,
        answered_at=when,
        response=RESPONSES[question_id][score == 1],
        correct=score == 1,
        score=score,
        rating=rating,
        duration_ms=3000 + minute,
        answer_hash=answer_hash,
        schedule=lambda before: Scheduler(fuzz=False).review(before, rating, when),
    )


@pytest.fixture
def studied(tmp_path: Path) -> tuple[Path, Path]:
    bank_path = tmp_path / "capitals.toml"
    bank_path.write_text(BANK, encoding="utf-8")
    bank = load_bank(bank_path).require()
    db = tmp_path / "progress.db"
    with Store.open(db) as store:
        alice = store.profile("alice")
        _record(store, alice.id, "france", bank.by_id["france"].answer_hash, 1.0, 1)
        _record(store, alice.id, "spain", bank.by_id["spain"].answer_hash, 0.0, 2)
        _record(store, store.profile("bob").id, "france", bank.by_id["france"].answer_hash, 0.0, 3)
    return bank_path, db


def test_results_file_holds_the_profile_bank_fingerprint_and_every_answer(
    studied: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    bank_path, db = studied
    out = tmp_path / "alice.json"
    code = main(["--data", str(db), "--profile", "alice", "results", str(bank_path), "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    results = read_results(out)
    assert results.student == "alice"
    (section,) = results.banks
    assert (section.id, section.content_hash) == ("capitals", bank_content_hash(load_bank(bank_path).require()))
    assert [(a.question_id, a.score, a.duration_ms, a.correct) for a in section.answers] == [
        ("france", 1.0, 3001, True),
        ("spain", 0.0, 3002, False),
    ]  # bob's answer is not in alice's file
    report = build_report([("alice.json", results)])
    assert report.versions[0].students[0].score == 0.5


def test_student_name_can_be_given(studied: tuple[Path, Path], tmp_path: Path) -> None:
    bank_path, db = studied
    out = tmp_path / "bob.json"
    args = ["--data", str(db), "--profile", "bob", "results", str(bank_path), "-o", str(out), "--student", "Bob B."]
    assert main(args) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["student"] == "Bob B."


def test_unknown_profile_and_missing_progress_file_are_clear(
    studied: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    bank_path, db = studied
    assert main(["--data", str(db), "--profile", "carol", "results", str(bank_path)]) == 2
    assert "no profile named 'carol' (profiles: alice, bob)" in capsys.readouterr().err
    assert main(["--data", str(tmp_path / "none.db"), "results", str(bank_path)]) == 1
    assert "no progress file" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_editing_a_prompt_changes_the_fingerprint_but_rewording_an_explanation_does_not(tmp_path: Path) -> None:
    path = tmp_path / "b.toml"
    path.write_text(BANK, encoding="utf-8")
    original = bank_content_hash(load_bank(path).require())
    path.write_text(BANK.replace('explanation = "Paris."', 'explanation = "Paris, on the Seine."'), encoding="utf-8")
    assert bank_content_hash(load_bank(path).require()) == original
    path.write_text(BANK.replace("Capital of France?", "What is the capital of France?"), encoding="utf-8")
    assert bank_content_hash(load_bank(path).require()) != original
