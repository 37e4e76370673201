"""Bad input gets one clear sentence and exit 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.draft import ArticleError, read_article

from .conftest import FIXTURES


def _run(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["draft", str(path), *extra])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\n \t\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "a PDF"),
        (b"text\x00with a NUL byte", "binary data"),
        (b"caf\x81 \x8d\x8f \x90", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_unreadable_files_get_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    code, out, err = _run(path, capsys)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_50_mb_file_is_refused_without_being_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: the size is what is refused
    code, _out, err = _run(path, capsys)
    assert code == 2 and "50.0 MiB; articles are limited to 4 MiB" in err


def test_a_folder_or_missing_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, capsys)[0] == 2
    code, _out, err = _run(tmp_path / "nope.txt", capsys)
    assert code == 2 and "no such file" in err


def test_windows_1252_text_is_read_with_its_curly_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (FIXTURES / "council_bus_lanes.txt").read_text(encoding="utf-8")
    curly = text.replace(' "', " “").replace('" ', "” ").replace('",', "”,").replace('."', ".”")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(curly.encode("cp1252"))
    assert read_article(path) == curly
    out = tmp_path / "out.toml"
    code, _stdout, _err = _run(path, capsys, "-o", str(out))
    assert code == 0 and "Ana Ruiz" in out.read_text(encoding="utf-8")


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Mr. Ruiz said “yes.”".encode("utf-16"))  # Python writes the byte-order mark
    assert read_article(path) == "Mr. Ruiz said “yes.”"


def test_an_article_with_nothing_to_ask_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nothing.txt"
    path.write_text("A quiet day\n\nNothing much happened and nobody said anything worth noting.\n", encoding="utf-8")
    code, out, err = _run(path, capsys)
    assert code == 2 and out == ""
    assert "nothing to ask" in err


def test_html_soup_drafts_without_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    soup = (
        "<html><body><div><p>Mayor Ana Ruiz said on <b>Monday that the bridge would <i>reopen in May.<p>"
        '"We will not wait any longer for the state," <a href=x>Ms. Ruiz said</a.<script>var a="<p>";</script>'
        "<p>The bridge carried 12,000 cars a day before it closed in <u>January</u> &amp; &#8220;nobody&#8221; "
        "expected repairs to take <<this>> long.</div></table></p>"
    )
    path = tmp_path / "soup.html"
    path.write_text(soup, encoding="utf-8")
    out = tmp_path / "soup.toml"
    code, _stdout, _err = _run(path, capsys, "-o", str(out))
    assert code == 0
    assert main(["validate", str(out)]) == 0


def test_unbalanced_and_mixed_quotes_still_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "Council Delays Vote\n\n"
        "“We need more time,” said Ana Ruiz, the council's transport chair. “The figures are not ready.\n\n"
        "Mr. Lang said the delay was « a disgrace to every voter in this city », and left.\n\n"
        'A stray quote " sits here on Tuesday, and ‘another one never closes.\n\n'
        "On Monday, 14 people spoke at the meeting in Riverton.\n"
    )
    path = tmp_path / "quotes.txt"
    path.write_text(text, encoding="utf-8")
    code, _out, _err = _run(path, capsys, "--json")
    assert code == 0
    with pytest.raises(ArticleError):
        read_article(tmp_path / "missing.txt")
