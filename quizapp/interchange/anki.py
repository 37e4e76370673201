"""Read Anki notes exported as text ("Notes in Plain Text") or any CSV of front/back cards.

Anki's text export starts with `#key:value` header lines (`#separator:tab`, `#html:true`,
`#tags column:3`, `#notetype column:1`, `#deck column:2`, `#guid column:1`, `#columns:...`), then
one note per row, quoted CSV-style when a field holds the separator, a quote or a line break.
Without a header the separator is a tab when there is one, else guessed among `;` `,` `|`.

- a Basic note (Front, Back[, Extra]) -> short_answer (the back is what the student types)
- a Cloze note (`{{c1::answer::hint}}`, Back Extra) -> one cloze question per cloze number, as
  Anki makes one card per number; the other numbers' answers are shown as plain text
- tags (and the deck) -> tags; HTML -> plain text; images and sounds are reported, not kept
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.bank.problems import Problem
from quizapp.interchange.gift_syntax import CLOZE_PROMPT
from quizapp.interchange.htmltext import html_to_text, looks_like_html
from quizapp.interchange.ids import id_from_text
from quizapp.interchange.imported import Skipped, SourceQuestion
from quizapp.interchange.problems import MalformedInput

SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "colon": ":", "space": " "}
_CLOZE_START = re.compile(r"\{\{c(\d+)::")
_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_LONG_ANSWER = 60
_FRONT_NAMES = ("front", "text", "question")
_BACK_NAMES = ("back", "back extra", "extra", "answer")


@dataclass
class _Header:
    separator: str | None = None
    html: bool | None = None
    tags: list[str] = field(default_factory=list)
    columns: list[str] | None = None
    notetype: str | None = None
    deck: str | None = None
    notetype_column: int | None = None
    deck_column: int | None = None
    tags_column: int | None = None
    guid_column: int | None = None
    lines: int = 0

    @property
    def meta_columns(self) -> set[int]:
        return {c for c in (self.notetype_column, self.deck_column, self.tags_column, self.guid_column) if c}


def read_anki(text: str, shown_as: str) -> tuple[list[SourceQuestion], list[Skipped]]:
    """Every note as questions; MalformedInput lists every malformed row or header line."""
    lines = text.splitlines(keepends=True)
    header, problems = _read_header(lines, shown_as)
    body = lines[header.lines :]
    separator = header.separator or _guess_separator(body)
    if separator is None:
        message = "cannot tell the field separator: add a line '#separator:tab' (or comma, semicolon, pipe)"
        problems.append(Problem(shown_as, header.lines + 1, None, message))
    if problems:
        raise MalformedInput(problems)
    assert separator is not None
    rows = _rows(body, separator, header.lines, shown_as)
    if rows and header.columns is None and _is_column_names(rows[0][1]):
        header.columns = [cell.strip() for cell in rows.pop(0)[1]]
        names = [name.lower() for name in header.columns]
        if "tags" in names and header.tags_column is None:
            header.tags_column = names.index("tags") + 1
    html = header.html if header.html is not None else any(looks_like_html(line) for line in body)
    drafts: list[SourceQuestion] = []
    skipped: list[Skipped] = []
    for line, row in rows:
        try:
            outcome = _note(row, line, header, html)
        except MalformedInput as error:
            problems.extend(Problem(shown_as, p.line, None, p.message) for p in error.problems)
            continue
        if isinstance(outcome, Skipped):
            skipped.append(outcome)
        else:
            drafts.extend(outcome)
    if problems:
        raise MalformedInput(problems)
    return drafts, skipped


def _is_column_names(row: list[str]) -> bool:
    """A spreadsheet's first row naming the columns (Front, Back, ...) rather than a note."""
    names = [cell.strip().lower() for cell in row]
    known = {*_FRONT_NAMES, *_BACK_NAMES, "tags"}
    return any(name in _FRONT_NAMES for name in names) and all(name in known for name in names if name)


def _read_header(lines: list[str], shown_as: str) -> tuple[_Header, list[Problem]]:
    header = _Header()
    problems: list[Problem] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if number == 1 and line.startswith("tags:"):
            header.tags = line[5:].split()
        elif not line.startswith("#"):
            break
        else:
            key, sep, value = line[1:].partition(":")
            if sep:
                message = _apply_header(header, key.strip().lower(), value)
                if message:
                    problems.append(Problem(shown_as, number, None, message))
        header.lines = number
    return header, problems


def _apply_header(header: _Header, key: str, value: str) -> str | None:
    """Set one header value; a message when the value is unusable (Anki would silently ignore it)."""
    stripped = value.strip()
    if key == "separator":
        separator = SEPARATORS.get(stripped.lower()) or (value if len(value) == 1 else None)
        if separator is None:
            return f"unknown separator {stripped!r}: use tab, comma, semicolon, pipe, colon or space"
        header.separator = separator
    elif key == "html":
        if stripped.lower() not in ("true", "false"):
            return f"#html must be true or false, not {stripped!r}"
        header.html = stripped.lower() == "true"
    elif key == "tags":
        header.tags = stripped.split()
    elif key == "columns":
        header.columns = [name.strip() for name in re.split(r"\t|,|;|\|", stripped)]
    elif key == "notetype":
        header.notetype = stripped
    elif key == "deck":
        header.deck = stripped
    elif key in ("notetype column", "deck column", "tags column", "guid column"):
        if not stripped.isdigit() or int(stripped) < 1:
            return f"#{key} must be a column number (1 for the first), not {stripped!r}"
        setattr(header, key.replace(" ", "_"), int(stripped))
    return None


def _guess_separator(body: list[str]) -> str | None:
    sample = "".join(body[:50])
    if "\t" in sample:
        return "\t"
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,|").delimiter
    except csv.Error:
        present = [sep for sep in ";,|" if sep in sample]
        return present[0] if len(present) == 1 else None


def _rows(body: list[str], separator: str, offset: int, shown_as: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(body, delimiter=separator, quotechar='"', strict=True)
    rows = []
    line = offset + 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((line, row))
            line = offset + reader.line_num + 1
    except csv.Error as error:
        raise MalformedInput([Problem(shown_as, line, None, f"unreadable row: {error}")]) from None
    return rows


def _note(row: list[str], line: int, header: _Header, html: bool) -> list[SourceQuestion] | Skipped:
    def column(number: int | None) -> str:
        return row[number - 1].strip() if number and number <= len(row) else ""

    fields = [cell for index, cell in enumerate(row, start=1) if index not in header.meta_columns]
    names = [n for i, n in enumerate(header.columns or [], start=1) if i not in header.meta_columns]
    losses: list[str] = []
    front, back, extra = _front_back(fields, names, losses)
    front, back = _plain(front, html, losses), _plain(back, html, losses)
    tags = [*header.tags, *column(header.tags_column).split()]
    deck = column(header.deck_column) or header.deck
    if deck:
        tags.append(deck)
    notetype = (column(header.notetype_column) or header.notetype or "").lower()
    common = {"tags": list(dict.fromkeys(tags))} if tags else {}
    if "reverse" in notetype:
        losses.append("the reversed card (back to front) was not carried over")
    if _CLOZE_START.search(front) or "cloze" in notetype:
        return _cloze_questions(front, back, line, common, losses)
    if not front:
        return Skipped(line, "skipped a note with an empty front")
    if not back:
        return Skipped(line, "skipped a note with an empty back: there is no answer to check")
    if len(back) > _LONG_ANSWER or "\n" in back:
        losses.append("a long back became a typed answer: consider shortening it or another question kind")
    question = {"kind": "short_answer", "prompt": front, "answer": back, **common}
    if extra := _plain(extra, html, losses):
        question["explanation"] = extra
    return [SourceQuestion(question, line, losses=losses)]


def _front_back(fields: list[str], names: list[str], losses: list[str]) -> tuple[str, str, str]:
    """(front or cloze text, back or back extra, extra), by the column names when the header gives them."""
    lowered = [name.lower() for name in names]
    if lowered and any(name in _FRONT_NAMES for name in lowered):
        by_name = dict(zip(lowered, fields, strict=False))
        front = next((by_name[n] for n in _FRONT_NAMES if n in by_name), "")
        back = next((by_name[n] for n in _BACK_NAMES if n in by_name), "")
        used = {n for n in (*_FRONT_NAMES, *_BACK_NAMES) if n in by_name}
        rest = [(name, by_name[name]) for name in lowered if name not in used and by_name.get(name, "").strip()]
        losses.extend(f"the field {name!r}: {value.strip()[:80]}" for name, value in rest)
        return front, back, ""
    padded = [*fields, "", "", ""]
    for index, value in enumerate(fields[3:], start=4):
        if value.strip():
            losses.append(f"field {index}: {value.strip()[:80]}")
    return padded[0], padded[1], padded[2]


def _plain(text: str, html: bool, losses: list[str]) -> str:
    if html:
        text, lost = html_to_text(text)
        losses.extend(f"{item} (quizapp shows text only)" for item in lost)
        return text
    losses.extend(f"sound {name} (quizapp shows text only)" for name in _SOUND.findall(text))
    return _SOUND.sub("", text).strip()


@dataclass(frozen=True)
class _Deletion:
    start: int
    end: int
    number: int
    answer: str
    hint: str


def _deletions(text: str, line: int) -> list[_Deletion]:
    found = []
    position = 0
    while match := _CLOZE_START.search(text, position):
        close = text.find("}}", match.end())
        if close < 0:
            raise MalformedInput([Problem("", line, None, f"'{match.group(0)}' is never closed with '}}}}'")])
        content = text[match.end() : close]
        if "{{" in content:
            raise MalformedInput([Problem("", line, None, "a cloze inside a cloze: quizapp blanks cannot nest")])
        answer, _, hint = content.partition("::")
        found.append(_Deletion(match.start(), close + 2, int(match.group(1)), answer.strip(), hint.strip()))
        position = close + 2
    return found


def _cloze_questions(
    text: str, extra: str, line: int, common: dict[str, Any], losses: list[str]
) -> list[SourceQuestion] | Skipped:
    deletions = _deletions(text, line)
    if not deletions:
        return Skipped(line, "skipped a cloze note without any {{c1::...}} deletion")
    if any(not d.answer or "|" in d.answer for d in deletions) or "{{" in _outside(text, deletions):
        return Skipped(line, "skipped a cloze note with an empty answer, a '|' in an answer, or a stray '{{'")
    numbers = sorted({d.number for d in deletions})
    drafts = []
    for number in numbers:
        passage = _passage(text, deletions, number)
        question = {"kind": "cloze", "prompt": CLOZE_PROMPT, "text": passage, **common}
        if extra:
            question["explanation"] = extra
        name = None
        if len(numbers) > 1:
            name = f"{id_from_text(_passage(text, deletions, None))[:100]}-c{number}"
        hints = [f"the hint {d.hint!r} for {d.answer!r}" for d in deletions if d.hint and d.number == number]
        drafts.append(SourceQuestion(question, line, name=name, losses=[*losses, *hints]))
    return drafts


def _outside(text: str, deletions: list[_Deletion]) -> str:
    return _passage(text, deletions, None)


def _passage(text: str, deletions: list[_Deletion], blank: int | None) -> str:
    """The note's text with deletion `blank` as quizapp blanks and the others shown as their answers."""
    parts = []
    last = 0
    for d in deletions:
        parts.append(text[last : d.start])
        parts.append("{{" + d.answer + "}}" if d.number == blank else d.answer)
        last = d.end
    parts.append(text[last:])
    return "".join(parts)
