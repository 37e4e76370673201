"""A bank or export written by quizapp replaces the old file whole, or leaves it as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.files import write_text_atomically


def test_the_new_text_replaces_the_old_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    bank = tmp_path / "bank.toml"
    bank.write_text("old", encoding="utf-8")
    write_text_atomically(bank, "new ✓")
    assert bank.read_text(encoding="utf-8") == "new ✓"
    assert [path.name for path in tmp_path.iterdir()] == ["bank.toml"]


def test_a_failed_write_leaves_the_old_file_and_no_scrap(tmp_path: Path) -> None:
    bank = tmp_path / "bank.toml"
    bank.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomically(bank, "half \udcff")  # fails in the middle of writing
    assert bank.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["bank.toml"]


def test_without_replace_a_file_that_appeared_meanwhile_is_kept_whole(tmp_path: Path) -> None:
    bank = tmp_path / "bank.toml"
    write_text_atomically(bank, "first", replace=False)  # nothing there: written
    with pytest.raises(FileExistsError):
        write_text_atomically(bank, "second", replace=False)  # another command's file is there now
    assert bank.read_text(encoding="utf-8") == "first"
    assert [path.name for path in tmp_path.iterdir()] == ["bank.toml"]


def test_two_drafts_started_at_once_onto_one_new_file_never_both_write_it(tmp_path: Path) -> None:
    """Both commands look, see no file, and draft; the second to finish used to replace the first one's bank
    silently. Now exactly one writes and the other says so, whichever order they run in."""
    fixtures = Path(__file__).parent / "draft" / "fixtures" / "thin"
    articles = [fixtures / "gallery_reactions.txt", fixtures / "keeper_update.txt"]
    bank = tmp_path / "bank.toml"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "NO_COLOR": "1"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "quizapp", "draft", str(article), "-o", str(bank)],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        for article in articles
    ]
    results = [(run.wait(timeout=120), run.stderr.read() if run.stderr else "") for run in runs]
    assert sorted(code for code, _ in results) == [0, 1], results
    refused = next(message for code, message in results if code == 1)
    assert "nothing was written" in refused and "Traceback" not in refused
    winner = articles[[code for code, _ in results].index(0)]
    assert winner.read_text(encoding="utf-8").splitlines()[0] in bank.read_text(encoding="utf-8")  # its title
