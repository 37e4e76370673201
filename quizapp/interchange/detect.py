"""Tell GIFT, Aiken, Anki text and Moodle XML apart, so `quizapp import FILE` needs no `--from` most of the time.

The file name decides when it is unambiguous (`.gift`, `.csv`, `.tsv`); otherwise the text's
own marks do, strongest first: Anki's `#separator:` header (or a `Front,Back` row), Aiken's `ANSWER: X` lines, Anki's
`{{c1::` clozes, GIFT's answer braces and `::names::`, then tab-separated rows.
"""

from __future__ import annotations

import re

FORMATS = ("gift", "aiken", "anki", "moodle-xml")
_BY_SUFFIX = {".gift": "gift", ".aiken": "aiken", ".csv": "anki", ".tsv": "anki", ".xml": "moodle-xml"}
_XML_START = re.compile(r"^\s*<(\?xml\b|quiz\b)")
_ANKI_HEADER = re.compile(r"^#(separator|html|notetype|deck|columns|tags|guid)\b[^:\n]*:", re.IGNORECASE)
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*[A-Z]\s*$", re.MULTILINE)
_AIKEN_CHOICE = re.compile(r"^\s*[A-Z][.)][ \t]+\S", re.MULTILINE)
_COLUMN_NAMES = re.compile(r'^"?(front|text|question)"?\s*[,;|\t]', re.IGNORECASE)
_ANKI_CLOZE = re.compile(r"\{\{c\d+::")
_GIFT_MARKS = re.compile(r"(^|\n)\s*(::|\$CATEGORY:)|\{[^}]*\}")


def detect_format(text: str, suffix: str = "") -> str | None:
    """'gift', 'aiken', 'anki' or 'moodle-xml', or None when nothing tells."""
    by_name = _BY_SUFFIX.get(suffix.lower())
    if by_name:
        return by_name
    first = text.lstrip("\ufeff").lstrip("\r\n")
    if _XML_START.match(first):
        return "moodle-xml"
    if _ANKI_HEADER.match(first) or first.startswith("tags:") or _COLUMN_NAMES.match(first):
        return "anki"
    if _AIKEN_ANSWER.search(text) and _AIKEN_CHOICE.search(text):
        return "aiken"
    if _ANKI_CLOZE.search(text):
        return "anki"
    if _GIFT_MARKS.search(text):
        return "gift"
    if "\t" in text:
        return "anki"
    return None
