"""A bank or export written by quizapp replaces the old file whole, or leaves it as it was."""

from __future__ import annotations

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
