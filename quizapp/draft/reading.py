"""Read an article file into text, or into the one sentence that says why it cannot be drafted from.

Teachers save articles however their browser or word processor does: UTF-8, Windows-1252,
UTF-16 with a byte-order mark, or by mistake a PDF. Each case gets a sentence, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.draft.lazy_patterns import lazy_compile

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


def decode_article(data: bytes, warnings: list[str] | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM; stray bad bytes replaced and named in `warnings`),
    UTF-16 with a BOM, else Windows-1252 when the whole file is consistent with it."""
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
        text = _utf8_with_stray_bytes(data, utf8_error, warnings)
    if _looks_binary(text):
        raise ArticleError("binary data, not a text article")
    return text


_UTF8_MULTIBYTE = lazy_compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_UTF8_RUN = lazy_compile(rb"(?:[\x00-\x7f]|" + _UTF8_MULTIBYTE.pattern + rb")+")
_MAX_STRAY_BYTES = 8
"""More bad bytes than this (and than 1 in 100) is not UTF-8 with a slip, but some other encoding."""


def _utf8_with_stray_bytes(data: bytes, error: UnicodeDecodeError, warnings: list[str] | None) -> str:
    """UTF-8 text with a few bad bytes keeps its UTF-8 (bad bytes replaced, each named); else Windows-1252.

    One stray byte in a UTF-8 file used to turn every accent and curly quote into mojibake, as the
    whole file was re-read as Windows-1252. That reading is kept for files consistent with it:
    no valid UTF-8 multibyte sequence anywhere.
    """
    if _UTF8_MULTIBYTE.search(data) is None:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(
                f"neither UTF-8 nor Windows-1252 text (byte 0x{data[error.start]:02X} at byte "
                f"{error.start}); save the article as UTF-8"
            ) from None
    bad = _invalid_utf8_positions(data)
    if len(bad) > max(_MAX_STRAY_BYTES, len(data) // 100):
        raise ArticleError(
            f"not valid UTF-8 ({len(bad)} bad bytes, the first 0x{data[bad[0]]:02X} at byte {bad[0]}); "
            "save the article as UTF-8"
        )
    if warnings is not None:
        shown = ", ".join(f"0x{data[at]:02X} at byte {at}" for at in bad[:3])
        more = f" and {len(bad) - 3} more" if len(bad) > 3 else ""
        warnings.append(f"replaced {len(bad)} byte(s) that are not UTF-8 with �: {shown}{more}")
    return data.decode("utf-8", errors="replace").removeprefix("\ufeff")


def _invalid_utf8_positions(data: bytes) -> list[int]:
    """Offsets of the bytes that are not part of any valid UTF-8 character."""
    found = []
    position = 0
    while position < len(data):
        match = _UTF8_RUN.match(data, position)
        if match is not None:
            position = match.end()
        else:
            found.append(position)
            position += 1
    return found


def _looks_binary(text: str) -> bool:
    """Control characters in more than 1 of 20 characters: an image or archive, not prose."""
    sample = text[:8192]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    return controls * 20 > len(sample)


def read_article(path: Path | str, warnings: list[str] | None = None) -> str:
    """The article's text; ArticleError with a one-line reason when it cannot be read as an article.

    Problems that did not stop the reading (bytes replaced) are appended to `warnings`.
    """
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
    text = decode_article(data, warnings)
    if _looks_binary(text):
        raise ArticleError("binary data, not a text article")
    return text
