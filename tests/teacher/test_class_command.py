"""`quizapp class`: the teacher makes sign-in accounts; codes are printed once and never stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.roster import Roster
from quizapp.storage import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_prints_each_code_once_and_list_never_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "class.db")
    code, out, err = run(capsys, "--data", data, "class", "add", "ann", "bob", "--class", "7b")
    assert code == 0 and "shown only this once" in err
    codes = dict(line.split("\t") for line in out.splitlines())
    assert codes.keys() == {"ann", "bob"}
    code, out, _ = run(capsys, "--data", data, "class", "list")
    assert code == 0
    assert [line.split("\t")[:2] for line in out.splitlines()] == [["ann", "7b"], ["bob", "7b"]]
    assert not any(secret in out for secret in codes.values())
    raw = sqlite3.connect(data)
    dump = "\n".join(raw.iterdump())
    raw.close()
    assert not any(secret in dump or secret.replace("-", "") in dump for secret in codes.values())
    with Store.open(data) as store:
        assert Roster(store).check("ann", codes["ann"]) is not None


def test_reset_remove_and_teacher(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "class.db")
    run(capsys, "--data", data, "class", "add", "ann")
    code, out, _ = run(capsys, "--data", data, "class", "reset", "ann")
    assert code == 0
    new_code = out.split("\t")[1].strip()
    code, out, _ = run(capsys, "--data", data, "class", "teacher")
    assert code == 0 and out.startswith("teacher\t")
    teacher_code = out.split("\t")[1].strip()
    with Store.open(data) as store:
        roster = Roster(store)
        assert roster.check("ann", new_code) is not None
        signed_in = roster.check("teacher", teacher_code)
        assert signed_in is not None and signed_in.teacher
    code, _, err = run(capsys, "--data", data, "class", "remove", "ann")
    assert code == 0 and "can no longer sign in" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("class", "reset"), "give one NAME"),
        (("class", "add"), "give one or more NAMEs"),
        (("class", "list", "ann"), "give no NAMEs"),
        (("class", "reset", "zoe"), "no account for 'zoe'"),
        (("class", "add", "teacher"), "teacher's sign-in name"),
    ],
)
def test_bad_class_commands_say_why_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, "--data", str(tmp_path / "class.db"), *argv)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
