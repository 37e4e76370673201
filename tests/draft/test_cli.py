"""`quizapp draft` end to end: real files in, a bank that `quizapp validate` accepts out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main

from .conftest import ARTICLE, FIXTURES


def test_draft_then_validate_every_article(
    article_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "draft.toml"
    assert main(["draft", str(article_path), "-o", str(out)]) == 0
    assert "review them before students use the bank" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("# DRAFT")
    assert main(["validate", str(out)]) == 0


SMALL_ARTICLES = sorted(
    path for folder in ("patterns", "questions", "thin") for path in (FIXTURES / folder).glob("*.txt")
)
"""The own-words articles of each drafting pattern and question kind, one construction each."""


@pytest.mark.parametrize("path", SMALL_ARTICLES, ids=[f"{path.parent.name}/{path.name}" for path in SMALL_ARTICLES])
def test_every_small_article_drafts_a_valid_bank_from_the_command_line(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a teacher runs, `quizapp draft` then `quizapp validate`, through the command's own entry point:
    in this process, so that 279 articles cost a draft each rather than two interpreter starts each (the
    process boundary itself is held by the test after this one, on one article of each folder)."""
    output = tmp_path / f"{path.stem}.toml"
    assert main(["draft", str(path), "-o", str(output)]) == 0, (path.name, capsys.readouterr().err)
    assert main(["validate", str(output)]) == 0, (path.name, capsys.readouterr())
    assert "Traceback" not in capsys.readouterr().err


ONE_ARTICLE_OF_EACH_FOLDER = [
    next(path for path in SMALL_ARTICLES if path.parent.name == folder) for folder in ("patterns", "questions", "thin")
]


@pytest.mark.parametrize("path", ONE_ARTICLE_OF_EACH_FOLDER, ids=lambda path: path.parent.name)
def test_small_articles_draft_and_validate_as_processes(path: Path, tmp_path: Path) -> None:
    """`python -m quizapp draft` then `validate` as separate processes, exit codes and all, never a traceback."""
    output = tmp_path / f"{path.stem}.toml"
    run = subprocess.run(
        [sys.executable, "-m", "quizapp", "draft", str(path), "-o", str(output)], capture_output=True, text=True
    )
    assert run.returncode == 0, (path.name, run.stderr)
    check = subprocess.run([sys.executable, "-m", "quizapp", "validate", str(output)], capture_output=True, text=True)
    assert check.returncode == 0, (path.name, check.stdout, check.stderr)
    assert "Traceback" not in run.stderr + check.stderr


def test_draft_prints_the_bank_without_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(FIXTURES / "cup_final.txt"), "--title", "Cup final, week 19"]) == 0
    printed = capsys.readouterr().out
    assert 'title = "Cup final, week 19"' in printed
    assert 'id = "draft-cup-final-week-19"' in printed


def test_json_shows_what_was_extracted(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(FIXTURES / "water_summit.html"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Neighbors Sign Water-Sharing Pact After Years of Drought Talks"
    assert data["date"] == "2025-09-18" and data["authors"] == ["Lucas Ferreira"]
    speakers = {quotation["speaker"] for quotation in data["quotations"]}
    assert speakers == {"Clara Benedetti", "Idris Haddad", "Samir Aziz"}
    benedetti = next(person for person in data["people"] if person["name"] == "Clara Benedetti")
    assert benedetti["role"] == "Foreign Minister of Valmora"
    assert {"text", "time_cue", "date", "span"} <= set(data["events"][0])
    assert any(fact["places"] == ["Geneva"] for fact in data["facts"])


def test_the_command_module_and_the_cli_do_not_import_the_drafter() -> None:
    code = (
        "import sys, quizapp.cli, quizapp.commands.draft;"
        "print(any(name.startswith('quizapp.draft') for name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.skipif(not ARTICLE.is_file(), reason="seed article not present")
def test_done_when_the_seed_article_drafts_and_validates(tmp_path: Path) -> None:
    out = tmp_path / "draft.toml"
    command = [sys.executable, "-m", "quizapp", "draft", str(ARTICLE), "-o", str(out)]
    subprocess.run(command, check=True, capture_output=True)
    validated = subprocess.run([sys.executable, "-m", "quizapp", "validate", str(out)], capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout


def test_a_teacher_gives_the_publication_date_of_an_undated_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Most pasted articles carry no date line; `--date` dates their events, so "on March 3" is a day, not a guess."""
    article = tmp_path / "pier.txt"
    article.write_text(
        "Harbour works begin\n\nThe contract for the new pier was signed on March 3.\n\n"
        "The first piles were driven on March 10, the harbour master said.\n",
        encoding="utf-8",
    )

    assert main(["draft", str(article), "--json", "--date", "2024-03-25"]) == 0
    extraction = json.loads(capsys.readouterr().out)

    assert extraction["date"] == "2024-03-25"
    assert sorted(event["date"] for event in extraction["events"]) == ["2024-03-03", "2024-03-10"]


def test_a_date_not_in_the_iso_form_is_refused_with_the_form_to_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "pier.txt"
    article.write_text("Harbour works begin\n\nThe pier opened on March 3.\n", encoding="utf-8")

    with pytest.raises(SystemExit) as exit_:
        main(["draft", str(article), "--date", "25/03/2024"])

    assert exit_.value.code == 2
    assert "'25/03/2024' is not a date: write it as YYYY-MM-DD" in capsys.readouterr().err
