"""`quizapp draft ARTICLE --review` on the command line: bad input is refused before any screen opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.commands.draft import review_output

from .conftest import ARTICLE


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("missing.txt", None),
        ("empty.txt", ""),
        ("nothing.txt", "It rained. Then it stopped.\n"),
    ],
)
def test_bad_articles_get_the_same_message_and_exit_code_as_without_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str | None
) -> None:
    article = tmp_path / name
    if content is not None:
        article.write_text(content, encoding="utf-8")
    plain = _run(capsys, "draft", str(article))
    reviewed = _run(capsys, "draft", str(article), "--review")
    assert plain[0] == 2
    assert reviewed == plain
    assert reviewed[1].startswith(f"quizapp: {article}: ") and reviewed[1].count("\n") == 1
    assert list(tmp_path.iterdir()) == ([article] if content is not None else [])


def test_review_and_json_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _run(capsys, "draft", str(ARTICLE), "--review", "--json")
    assert status == 2
    assert err == "quizapp: --review and --json do not go together: --json only prints what was extracted\n"


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("-", "--review writes a file, not standard output: give -o FILE"),
        ("{tmp}", "{tmp} is a folder: give -o FILE"),
        ("{tmp}/no/such/bank.toml", "cannot write {tmp}/no/such/bank.toml: no folder {tmp}/no/such"),
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_the_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output: str, message: str
) -> None:
    status, err = _run(capsys, "draft", str(ARTICLE), "--review", "-o", output.format(tmp=tmp_path))
    assert status == 2
    assert err == f"quizapp: {message.format(tmp=tmp_path)}\n"


def test_an_article_named_like_its_bank_is_not_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "library.toml"
    article.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    status, err = _run(capsys, "draft", str(article), "--review")
    assert status == 2
    assert err == f"quizapp: {article} is the article itself: give -o FILE\n"
    assert article.read_text(encoding="utf-8") == ARTICLE.read_text(encoding="utf-8")


def test_the_bank_goes_beside_the_article_unless_o_says_otherwise(tmp_path: Path) -> None:
    assert review_output(str(tmp_path / "news" / "story.md"), None) == (
        None,
        f"cannot write {tmp_path}/news/story.toml: no folder {tmp_path}/news",
    )
    assert review_output(str(tmp_path / "story.md"), None) == (tmp_path / "story.toml", None)
    assert review_output(str(tmp_path / "story"), None) == (tmp_path / "story.toml", None)
    assert review_output(str(tmp_path / "story.md"), str(tmp_path / "mine.toml")) == (tmp_path / "mine.toml", None)


def _quizapp(*argv: str) -> subprocess.CompletedProcess[str]:
    """quizapp in a child process with no terminal: stdin from /dev/null, stderr to a pipe."""
    command = [sys.executable, "-m", "quizapp", *argv]
    return subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)


def test_without_a_terminal_review_says_so_and_writes_nothing(tmp_path: Path) -> None:
    output = tmp_path / "bank.toml"
    result = _quizapp("draft", str(ARTICLE), "--review", "-o", str(output))
    assert result.returncode == 2
    assert result.stderr == "quizapp: --review opens the app and needs a terminal; draft with -o FILE instead\n"
    assert not output.exists()


def test_textual_is_not_imported_until_the_draft_and_the_output_are_good(tmp_path: Path) -> None:
    """A refused review costs no Textual import (and cannot fail inside it)."""
    cases = [
        ["draft", str(tmp_path / "missing.txt"), "--review"],
        ["draft", str(ARTICLE), "--review", "-o", str(tmp_path / "no" / "bank.toml")],
        ["draft", str(ARTICLE), "--review", "-o", str(tmp_path / "bank.toml")],  # good, but no terminal
    ]
    code = (
        "import sys\n"
        "from quizapp.cli import main\n"
        f"statuses = [main(argv) for argv in {cases!r}]\n"
        "print(statuses, any(m == 'textual' or m.startswith('textual.') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert result.stdout.strip() == "[2, 2, 2] False", result.stderr


def test_an_output_folder_that_cannot_be_written_is_refused_before_the_review(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # /proc: not writable even by root, who passes every permission check
    assert main(["draft", str(ARTICLE), "--review", "-o", "/proc/quizapp-review.toml"]) == 2
    assert capsys.readouterr().err.startswith("quizapp: cannot write in /proc:")
