"""`quizapp profile`, `quizapp stats` and `quizapp export` on real progress and bank files."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.cli import main
from quizapp.domain.clock import fixed_clock
from quizapp.domain.planner import Mode
from quizapp.storage import Store
from quizapp.study_service import StudyService

BANK = """format = 1
id = "civics"
title = "Civics"

[[questions]]
id = "vote-age"
kind = "multiple_choice"
prompt = "From what age can one vote in France?"
choices = ["16", "18", "21"]
answer = "18"
explanation = "Since 1974."
tags = ["law"]

[[questions]]
id = "senate"
kind = "true_false"
prompt = "France has a Senate."
answer = true
explanation = "The Sénat sits in the Luxembourg Palace."
tags = ["law", "institutions"]

[[questions]]
id = "capital"
kind = "true_false"
prompt = "Lyon is the capital of France."
answer = false
explanation = "Paris is."
"""


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    path = tmp_path / "civics.toml"
    path.write_text(BANK, encoding="utf-8")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "progress.db"


def study(db_path: Path, bank_path: Path, profile: str, responses: dict[str, object]) -> None:
    """A student answers some questions the way the app would, in one study session now (a question
    asked again after a wrong answer is skipped the second time)."""
    bank = load_bank(bank_path).require()
    with Store.open(db_path) as store:
        service = StudyService(store, profile, fixed_clock(datetime.now(UTC)), fuzz=False, seed=3)
        session = service.start(bank, Mode.STUDY)
        answered = set()
        while not session.done:
            question = session.current()
            assert question is not None
            if question.id in responses and question.id not in answered:
                session.answer(responses[question.id], seconds=12)
                answered.add(question.id)
            else:
                session.skip()
        session.finish()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- profile ---------------------------------------------------------------------------------


def test_profiles_are_listed_added_and_configured(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ("--data", str(db_path))
    assert run(capsys, *data, "profile") == (0, "no profiles yet: 'default' is created when you first study\n", "")
    assert run(capsys, *data, "profile", "add", "ann")[0] == 0
    assert run(capsys, *data, "profile", "add", "bob")[0] == 0
    code, out, _ = run(capsys, *data, "--profile", "bob", "profile", "set", "--retention", "0.85", "--daily-new", "30")
    assert code == 0 and "bob  retention 0.85  new per day 30" in out
    code, out, _ = run(capsys, *data, "--profile", "bob", "profile", "list")
    assert out.splitlines() == ["  ann  retention 0.90  new per day 20", "* bob  retention 0.85  new per day 30"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("profile", "add", "ann"), "already exists"),
        (("profile", "add"), "name the profile"),
        (("profile", "set", "ann"), "nothing to set"),
        (("profile", "set", "zoe", "--daily-new", "3"), "no profile named 'zoe' (profiles: ann)"),
        (("profile", "set", "ann", "--retention", "1.5"), "between 0.70 and 0.99, not 1.5"),
        (("profile", "set", "ann", "--daily-new", "-2"), "between 0 and 9999"),
        (("profile", "list", "--retention", "0.8"), "go with 'profile set'"),
    ],
)
def test_bad_profile_commands_say_why_and_change_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    run(capsys, "--data", str(db_path), "profile", "add", "ann")
    code, _, err = run(capsys, "--data", str(db_path), *argv)
    assert code == 2
    assert err.startswith("quizapp: ") and message in err and err.count("\n") == 1
    with Store.open(db_path) as store:
        assert [(p.name, p.desired_retention, p.daily_new_limit) for p in store.profiles()] == [("ann", 0.9, 20)]


def test_the_progress_file_is_in_the_user_data_folder_unless_quizapp_data_says_otherwise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    default = Path(os.environ["XDG_DATA_HOME"]) / "quizapp" / "progress.db"  # tests point XDG at a temp home
    assert run(capsys, "profile", "add", "ann")[0] == 0
    assert default.is_file()
    chosen = tmp_path / "elsewhere" / "mine.db"
    monkeypatch.setenv("QUIZAPP_DATA", str(chosen))
    assert run(capsys, "profile", "add", "bob")[0] == 0
    with Store.open(chosen) as store:
        assert [profile.name for profile in store.profiles()] == ["bob"]
    with Store.open(default) as store:
        assert [profile.name for profile in store.profiles()] == ["ann"]


# -- stats ------------------------------------------------------------------------------------


def test_stats_takes_bank_before_or_after_its_name_and_joins_both(
    db_path: Path, bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(db_path, bank_path, "ann", {"vote-age": "18"})
    other = tmp_path / "other.toml"
    other.write_text(BANK.replace('id = "civics"', 'id = "other"').replace('"Civics"', '"Other"'), encoding="utf-8")
    for words in (
        ("--bank", str(bank_path), "stats", "--json", "--bank", str(other)),
        ("stats", "--json", "--bank", str(bank_path), "--bank", str(other)),
    ):
        code, out, err = run(capsys, "--data", str(db_path), "--profile", "ann", *words)
        assert (code, err) == (0, "")
        assert sorted(bank["bank_id"] for bank in json.loads(out)["banks"]) == ["civics", "other"]


def test_stats_as_json_per_bank_and_tag(db_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study(db_path, bank_path, "ann", {"vote-age": "18", "senate": False})
    code, out, err = run(
        capsys, "--data", str(db_path), "--profile", "ann", "stats", "--json", "--bank", str(bank_path)
    )
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert (report["profile"], report["streak_days"], report["studied_today"]) == ("ann", 1, True)
    (civics,) = report["banks"]
    overall = civics["overall"]
    assert (overall["total"], overall["new"], overall["learning"], overall["due"]) == (3, 1, 2, 0)
    assert overall["accuracy"] == {"answers": 2, "correct": 1, "percent": 50.0}
    assert sum(overall["forecast"][:2]) == 2  # due in minutes: today, or tomorrow just before midnight
    tags = {tag["name"]: tag for tag in civics["tags"]}
    assert tags["law"]["accuracy"]["percent"] == 50.0
    assert tags["institutions"]["accuracy"] == {"answers": 1, "correct": 0, "percent": 0.0}


def test_stats_as_text(db_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study(db_path, bank_path, "ann", {"vote-age": "18"})
    code, out, _ = run(capsys, "--data", str(db_path), "--profile", "ann", "stats", "--bank", str(bank_path))
    assert code == 0
    assert "Profile ann · streak 1 day (studied today)" in out
    assert "Civics (civics) · 3 questions" in out
    assert "new 2 · learning 1 · due 0 · mature 0" in out
    assert "accuracy 100% of 1 answer" in out
    assert "institutions" in out and "law" in out


def test_stats_of_another_profile_are_its_own(
    db_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(db_path, bank_path, "ann", {"vote-age": "18"})
    code, out, _ = run(capsys, "--data", str(db_path), "--profile", "bob", "stats", "--json", "--bank", str(bank_path))
    assert code == 0
    assert json.loads(out)["banks"][0]["overall"]["new"] == 3


def test_stats_skip_a_broken_bank_and_fail_when_none_is_left(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\nid = "x"\n', encoding="utf-8")
    code, out, err = run(capsys, "--data", str(db_path), "stats", "--bank", str(broken))
    assert (code, out) == (2, "")
    assert err.startswith(f"quizapp: skipped {broken}:")


@pytest.mark.parametrize("damage", ["garbage", "too-new"])
def test_stats_and_export_refuse_a_bad_progress_file_in_one_line(
    db_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    if damage == "garbage":
        db_path.write_bytes(b"\x00garbage" * 500)
    else:
        study(db_path, bank_path, "default", {"capital": False})
        raw = sqlite3.connect(db_path)
        raw.execute("PRAGMA user_version = 7")
        raw.close()
    before = db_path.read_bytes()
    for command in (("stats", "--bank", str(bank_path)), ("export",), ("profile",)):
        code, out, err = run(capsys, "--data", str(db_path), *command)
        assert (code, out) == (1, "")
        assert err.startswith("quizapp: ") and err.count("\n") == 1
        assert ("damaged" if damage == "garbage" else "newer quizapp") in err
    assert db_path.read_bytes() == before


def test_an_unwritable_data_folder_is_one_clear_line(bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data", "/proc/quizapp/progress.db", "profile", "add", "ann")
    assert (code, out) == (1, "")
    assert err.startswith("quizapp: Cannot create the folder /proc/quizapp") and err.count("\n") == 1


# -- export -----------------------------------------------------------------------------------


def test_export_csv_has_one_row_per_answer(db_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study(db_path, bank_path, "ann", {"vote-age": "21", "capital": False})
    study(db_path, bank_path, "bob", {"senate": True})
    code, out, _ = run(capsys, "--data", str(db_path), "--profile", "ann", "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted((row["question_id"], row["correct"], row["response"]) for row in rows) == [
        ("capital", "1", "false"),
        ("vote-age", "0", "21"),
    ]
    first = rows[0]
    assert (first["profile"], first["bank_id"], first["mode"], first["duration_ms"]) == (
        "ann",
        "civics",
        "study",
        "12000",
    )
    assert datetime.fromisoformat(first["answered_at"]).tzinfo is not None
    assert first["rating"] in {"again", "hard"}  # wrong, or right on a first showing of a guessable question


def test_export_json_of_every_profile_to_a_file(
    db_path: Path, bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(db_path, bank_path, "ann", {"vote-age": "18"})
    study(db_path, bank_path, "bob", {"senate": True, "capital": True})
    target = tmp_path / "out" / "reviews.json"
    target.parent.mkdir()
    code, out, err = run(
        capsys, "--data", str(db_path), "export", "--format", "json", "--all-profiles", "-o", str(target)
    )
    assert (code, out) == (0, "")
    assert "3 answers exported" in err
    reviews = json.loads(target.read_text(encoding="utf-8"))["reviews"]
    assert sorted((review["profile"], review["question_id"], review["response"]) for review in reviews) == [
        ("ann", "vote-age", "18"),
        ("bob", "capital", True),
        ("bob", "senate", True),
    ]
    assert {review["stage_after"] for review in reviews} == {"learning"}


def test_export_to_a_folder_that_is_not_there_says_so_and_keeps_the_old_file(
    db_path: Path, bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(db_path, bank_path, "ann", {"senate": True})
    code, _, err = run(
        capsys, "--data", str(db_path), "--profile", "ann", "export", "-o", str(tmp_path / "no" / "x.csv")
    )
    assert code == 1 and f"cannot write {tmp_path / 'no' / 'x.csv'}" in err
    assert not (tmp_path / "no").exists()

    old = tmp_path / "reviews.csv"
    old.write_text("last week's export\n", encoding="utf-8")
    code, _, err = run(capsys, "--data", str(db_path), "--profile", "nobody", "export", "-o", str(old), "--force")
    assert code == 2 and old.read_text(encoding="utf-8") == "last week's export\n"
    code, _, err = run(capsys, "--data", str(db_path), "--profile", "ann", "export", "-o", str(old), "--force")
    assert code == 0 and "1 answers exported" not in err and "1 answer" in err
    assert [row["question_id"] for row in csv.DictReader(io.StringIO(old.read_text(encoding="utf-8")))] == ["senate"]
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []  # no scraps


def test_export_json_of_a_profile_with_no_answers_is_an_empty_list(
    db_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(db_path, bank_path, "ann", {"senate": True})
    with Store.open(db_path) as store:
        store.profile("bob")
    code, out, _ = run(capsys, "--data", str(db_path), "--profile", "bob", "export", "--format", "json")
    assert code == 0 and json.loads(out) == {"format": 1, "reviews": []}


def test_export_into_a_pipe_closed_early_ends_quietly(db_path: Path, bank_path: Path) -> None:
    """`quizapp export | head -1`: the reader stops early; no error, no traceback."""
    for _ in range(3):
        study(db_path, bank_path, "ann", {"vote-age": "1" * 100_000})  # more than a pipe holds
    command = [sys.executable, "-m", "quizapp", "--data", str(db_path), "--profile", "ann", "export"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().startswith(b"review_id,")
        process.stdout.close()
        err = process.stderr.read().decode()
        code = process.wait(timeout=30)
    assert (code, err) == (0, "")


def test_export_keeps_spreadsheet_formulas_from_running(
    db_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study(db_path, bank_path, "=HYPERLINK(1)", {"vote-age": '=cmd|" /C calc"!A0'})
    code, out, _ = run(capsys, "--data", str(db_path), "--profile", "=HYPERLINK(1)", "export")
    assert code == 0
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["profile"] == "'=HYPERLINK(1)"
    assert row["response"] == """'=cmd|" /C calc"!A0"""
    code, out, _ = run(capsys, "--data", str(db_path), "--profile", "=HYPERLINK(1)", "export", "--format", "json")
    assert json.loads(out)["reviews"][0]["response"] == '=cmd|" /C calc"!A0'  # JSON is data, kept as given


def test_export_without_progress_or_profile_says_so(
    db_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data", str(db_path), "export")
    assert code == 1 and "no progress file" in err
    assert not db_path.exists()
    study(db_path, bank_path, "ann", {"senate": True})
    code, _, err = run(capsys, "--data", str(db_path), "--profile", "zoe", "export")
    assert code == 2 and "no profile named 'zoe' (profiles: ann)" in err


def test_stats_never_create_a_profile_or_a_file(
    tmp_path: Path, bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "progress.db"
    code, out, err = run(
        capsys, "--data", str(db_path), "--profile", "typo", "stats", "--json", "--bank", str(bank_path)
    )
    assert code == 0
    assert json.loads(out)["banks"][0]["overall"]["new"] == 3
    assert f"no progress file at {db_path} yet: every question is new" in err
    assert not db_path.exists()


def test_the_current_profile_can_be_set_up_before_its_first_session(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data", str(db_path), "profile", "set", "--retention", "0.8")
    assert code == 0
    assert "default" in out and "retention 0.80" in out
