"""No command writes onto the progress file or a file it reads; an existing file is replaced only with --force.

Every command that writes a file is run here the same three ways, so a new command that forgets the rule
(or words it differently) fails the same test.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.cli import main
from quizapp.domain.clock import fixed_clock
from quizapp.domain.planner import Mode
from quizapp.storage import Store
from quizapp.study_service import StudyService

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "tests" / "tui_draft_review" / "articles" / "library_hall.txt"
AIKEN = REPO / "tests" / "interchange" / "fixtures" / "questions.aiken.txt"

BANK = """format = 1
id = "rivers"
title = "Rivers"

[[questions]]
id = "longest"
kind = "multiple_choice"
prompt = "Which river is the longest in France?"
choices = ["Loire", "Seine", "Rhône"]
answer = "Loire"
explanation = "About 1,000 km."

[[questions]]
id = "paris"
kind = "true_false"
prompt = "The Seine flows through Paris."
answer = true
explanation = "It does."
"""


class Files:
    """A real progress file with answers, the bank they answer, and a results file made from them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "progress.db"
        self.bank = folder / "rivers.toml"
        self.results = folder / "ann.json"

    def make(self) -> Files:
        self.bank.write_text(BANK, encoding="utf-8")
        bank = load_bank(self.bank).require()
        with Store.open(self.db) as store:
            service = StudyService(store, "ann", fixed_clock(datetime.now(UTC)), fuzz=False, seed=1)
            session = service.start(bank, Mode.PRACTICE)
            session.answer("Loire", seconds=5)
            session.answer(True, seconds=5)
            session.finish()
        made = main(["--data", str(self.db), "--profile", "ann", "results", str(self.bank), "-o", str(self.results)])
        assert made == 0
        return self

    def copy_to(self, folder: Path) -> Files:
        copy = Files(folder)
        for source, target in ((self.db, copy.db), (self.bank, copy.bank), (self.results, copy.results)):
            target.write_bytes(source.read_bytes())
        return copy

    def argv(self, command: str, output: Path) -> list[str]:
        """`command` writing to `output`."""
        data = ["--data", str(self.db), "--profile", "ann"]
        out = str(output)
        return {
            "export": [*data, "export", "-o", out],
            "results": [*data, "results", str(self.bank), "-o", out],
            "report": [*data, "report", str(self.results), "--bank", str(self.bank), "--csv", out],
            "import": [*data, "import", str(AIKEN), "-o", out],
            "convert": [*data, "convert", str(self.bank), "-o", out],
            "draft": [*data, "draft", str(ARTICLE), "-o", out],
            "docs": [*data, "docs", "-o", out],
            "schema": [*data, "schema", "-o", out],
            "new": [*data, "new", out],
        }[command]

    def reads(self, command: str) -> Path | None:
        """A file `command` reads, that it must never write onto."""
        return {
            "results": self.bank,
            "report": self.results,
            "import": AIKEN,
            "convert": self.bank,
            "draft": ARTICLE,
        }.get(command)


WRITERS = ("export", "results", "report", "import", "convert", "draft", "docs", "schema", "new")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Files:
    return Files(tmp_path_factory.mktemp("made")).make()


@pytest.fixture
def files(made: Files, tmp_path: Path) -> Files:
    """A fresh copy for each test: a test that wrongly writes cannot spoil the next."""
    return made.copy_to(tmp_path)


def _answers(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(connection.execute("SELECT count(*) FROM reviews").fetchone()[0])


@pytest.mark.parametrize("command", WRITERS)
def test_no_command_writes_onto_the_progress_file_even_with_force(
    files: Files, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files.db.read_bytes()
    assert main([*files.argv(command, files.db), "--force"]) == 1
    err = capsys.readouterr().err
    assert f"quizapp: {files.db} is the progress file ({files.db}): choose another name; nothing was written\n" in err
    assert files.db.read_bytes() == before
    assert _answers(files.db) == 2


@pytest.mark.parametrize("command", ["export", "convert", "docs"])
def test_no_command_writes_onto_another_progress_file(
    files: Files, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "bob.db"
    other.write_bytes(files.db.read_bytes())
    assert main([*files.argv(command, other), "--force"]) == 1
    assert "is an SQLite database (a progress file?) and is never replaced" in capsys.readouterr().err
    assert other.read_bytes() == files.db.read_bytes()


@pytest.mark.parametrize("command", ["results", "report", "import", "convert", "draft"])
def test_no_command_writes_onto_a_file_it_reads_even_with_force(
    files: Files, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    read = files.reads(command)
    assert read is not None
    before = read.read_bytes()
    # through another name for the same file: a relative path from elsewhere would be the same
    link = files.folder / f"link-{read.name}"
    link.symlink_to(read)
    assert main([*files.argv(command, link), "--force"]) == 1
    assert "which this command reads: choose another name; nothing was written" in capsys.readouterr().err
    assert read.read_bytes() == before


@pytest.mark.parametrize("command", WRITERS)
def test_an_existing_file_is_replaced_only_with_force_and_keeps_its_permissions(
    files: Files, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = files.folder / "teachers-notes.toml"
    output.write_text("my notes\n", encoding="utf-8")
    output.chmod(0o640)
    assert main(files.argv(command, output)) == 1
    err = capsys.readouterr().err
    assert err == (
        f"quizapp: {output} already exists: choose another name or add --force to replace it; nothing was written\n"
    )
    assert output.read_text(encoding="utf-8") == "my notes\n"
    assert main([*files.argv(command, output), "--force"]) == 0
    assert output.read_text(encoding="utf-8") != "my notes\n"
    assert oct(output.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(path.name for path in files.folder.iterdir() if path.name.startswith(".")) == []


@pytest.mark.parametrize("command", WRITERS)
def test_a_new_file_is_written_under_the_umask_like_any_other_program(files: Files, command: str) -> None:
    output = files.folder / "fresh.toml"
    previous = os.umask(0o022)
    try:
        assert main(files.argv(command, output)) == 0
    finally:
        os.umask(previous)
    assert oct(output.stat().st_mode & 0o777) == oct(0o644)


@pytest.mark.parametrize("command", ["export", "results", "report", "convert", "docs", "schema"])
def test_a_command_that_does_not_write_banks_never_replaces_one_even_with_force(
    files: Files, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = files.folder / "geography.toml"
    bank.write_text(BANK.replace('id = "rivers"', 'id = "geography"'), encoding="utf-8")
    before = bank.read_bytes()
    assert main([*files.argv(command, bank), "--force"]) == 1
    assert f"{bank} is a question bank and this command does not write banks" in capsys.readouterr().err
    assert bank.read_bytes() == before


@pytest.mark.parametrize("command", ["import", "draft", "new"])
def test_a_command_that_writes_banks_replaces_one_only_with_force(
    files: Files, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = files.folder / "geography.toml"
    bank.write_text(BANK.replace('id = "rivers"', 'id = "geography"'), encoding="utf-8")  # the old bank
    assert main(files.argv(command, bank)) == 1
    assert "already exists: choose another name or add --force" in capsys.readouterr().err
    assert main([*files.argv(command, bank), "--force"]) == 0
    assert load_bank(bank).bank is not None and "Which river is the longest" not in bank.read_text(encoding="utf-8")
