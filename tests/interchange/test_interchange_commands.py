"""`quizapp import` and `quizapp convert` as a teacher runs them: real files, real exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests_interchange_support import FIXTURES

from quizapp.bank.loader import load_bank
from quizapp.cli import main


def test_import_writes_a_bank_that_validates_and_lists_the_losses(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    source = tmp_path / "geography-101.gift"
    shutil.copy(FIXTURES / "every_kind.gift", source)
    output = tmp_path / "bank.toml"

    assert main(["import", str(source), "-o", str(output)]) == 0

    err = capsys.readouterr().err
    assert f"{source}:62: skipped an essay question" in err
    assert "'river-q'" not in err  # its wrong choice's feedback is kept in its explanation
    assert "imported 19 questions" in err  # pi to two decimals ({#3.14:0.005}) is a numeric now
    assert main(["validate", str(output)]) == 0
    bank = load_bank(output).require()
    assert (bank.id, bank.title) == ("geography-101", "geography 101")
    text = output.read_text(encoding="utf-8")
    assert text.startswith("#:schema ./quizapp-bank.schema.json\n# Imported from")
    # the source's comments and what was lost stay next to the question, as TOML comments
    assert '# ===Matching===\n[[questions]]\nid = "matching-capitals"' in text
    assert "If you answered Rhine: The Rhine flows through Basel and Cologne." in text
    assert (tmp_path / "quizapp-bank.schema.json").is_file()  # the file the #:schema line points at


def test_import_refuses_to_overwrite_and_honours_force(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    output = tmp_path / "bank.toml"
    output.write_text("my edited bank\n", encoding="utf-8")
    source = FIXTURES / "questions.aiken.txt"
    assert main(["import", str(source), "-o", str(output)]) == 1
    assert "exists" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "my edited bank\n"
    assert main(["import", str(source), "-o", str(output), "--force", "--id", "capitals", "--title", "Capitals"]) == 0
    assert load_bank(output).require().id == "capitals"


def test_malformed_input_exits_2_with_located_reasons_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    source = tmp_path / "broken.gift"
    source.write_text("Fine {=a ~b}\n\nBroken {=a ~b\n\nAlso fine {T}\n", encoding="utf-8")
    output = tmp_path / "bank.toml"
    assert main(["import", str(source), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert f"{source}:3: '{{' opens the answers but no '}}' closes them before the blank line\n" in err
    assert "Traceback" not in err
    assert not output.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfeW\x00h\x00", "binary data (a NUL byte), not text"),
        ("caf\u00e9 {=a}".encode("latin-1"), "not UTF-8 text (byte 0xE9); save the file as UTF-8"),
    ],
)
def test_unreadable_files_get_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture, content: bytes, message: str
) -> None:
    source = tmp_path / "odd.gift"
    source.write_bytes(content)
    assert main(["import", str(source)]) == 2
    assert f"{source}:1: {message}" in capsys.readouterr().err


def test_import_of_a_missing_file(capsys: pytest.CaptureFixture) -> None:
    assert main(["import", "no/such/file.gift"]) == 2
    assert "no/such/file.gift:1: no such file" in capsys.readouterr().err


def test_convert_then_import_gives_back_the_bank(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bank_file = tmp_path / "geo.toml"
    assert main(["import", str(FIXTURES / "every_kind.gift"), "-o", str(bank_file)]) == 0
    gift = tmp_path / "geo.gift"
    assert main(["convert", str(bank_file), "-o", str(gift)]) == 0
    assert "converted 19 of 19 questions to GIFT; nothing lost" in capsys.readouterr().err
    again = tmp_path / "again.toml"
    assert main(["import", str(gift), "-o", str(again), "--id", "every_kind", "--title", "every_kind"]) == 0
    assert load_bank(again).require().questions == load_bank(bank_file).require().questions


def test_convert_reports_a_bank_with_problems(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\nid = "x"\ntitle = "t"\n', encoding="utf-8")
    assert main(["convert", str(bad)]) == 2
    assert str(bad) in capsys.readouterr().err
