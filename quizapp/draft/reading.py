"""Read an article file into text, or into the one sentence that says why it cannot be drafted from.

Teachers save articles however their browser or word processor does: UTF-8, Windows-1252,
UTF-16 with a byte-order mark, or by mistake a PDF. Each case gets a sentence, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

MAX_ARTICLE_BYTES = 4 * 1024 * 1024
"""Larger files are refused: a 10,000-word article is about 60 KiB, even as HTML well under 1 MiB."""

_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (a .docx, .odt or .epub?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF document",
}


class ArticleError(Exception):
    """The article cannot be drafted from; the message is one sentence for the teacher."""


def decode_article(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(f"this is {what}, not text; save the article as plain text, Markdown or HTML")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleError(f"broken UTF-16 text near byte {error.start}; save the article as UTF-8") from None
    if b"\x00" in data:
        position = data.index(b"\x00")
        raise ArticleError(f"binary data (a NUL byte at byte {position}), not a text article")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(
                f"neither UTF-8 nor Windows-1252 text (byte 0x{data[utf8_error.start]:02X} at byte "
                f"{utf8_error.start}); save the article as UTF-8"
            ) from None
    if _looks_binary(text):
        raise ArticleError("binary data, not a text article")
    return text


def _looks_binary(text: str) -> bool:
    """Control characters in more than 1 of 20 characters: an image or archive, not prose."""
    sample = text[:8192]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    return controls * 20 > len(sample)


def read_article(path: Path | str) -> str:
    """The article's text; ArticleError with a one-line reason when it cannot be read as an article."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ArticleError("is a folder, not an article file")
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"file is {size / 1_048_576:.1f} MiB; articles are limited to {MAX_ARTICLE_BYTES // 1_048_576} MiB"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError("no such file") from None
    except OSError as error:
        raise ArticleError(f"cannot read: {error.strerror or error}") from None
    if not data.strip():
        raise ArticleError("the file is empty")
    text = decode_article(data)
    if _looks_binary(text):
        raise ArticleError("binary data, not a text article")
    return text
