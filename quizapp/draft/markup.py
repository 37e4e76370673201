"""Plain text out of plain text, Markdown or simple HTML, remembering which words were links or emphasis.

Link and emphasis text matters to the drafter: a web page copied as text keeps `<u>...</u>`
around what were links, and such words are never a quotation even when quote marks surround
them. So markup is not just stripped: each marked run of text is kept as a span of the
clean text.

Markers \x01 (start) and \x02 (end) stand for marked runs between the passes; the input's own
control characters are removed first, so they cannot be confused with ours.

Old wire copy (and anything typeset through TeX) writes double quotation marks as two backticks and two
apostrophes, ``like this''; a text holding two backticks has them read as curly double marks, so its speech is
found as any other. Dashes other than the em dash that stand for it (the horizontal bar) are read as the em dash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.wrapped_lines import block_paragraphs, unwrapped
from quizapp.text import BIDI_CONTROLS

MARK_START = "\x01"
MARK_END = "\x02"

_MARK_TAGS = frozenset({"a", "u", "em", "i", "b", "strong", "mark", "ins", "cite", "abbr"})
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "article",
        "section", "header", "footer", "figure", "figcaption", "table", "tr", "td", "th", "hr", "main",
        "aside", "pre", "dd", "dt", "address", "time", "nav", "body", "html", "title",
    }
)  # fmt: skip
_SKIPPED_TAGS = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe", "nav", "form"})
_DOCUMENT_HINT = lazy_compile(r"<\s*(?:html|body|p|div|article|h[1-6]|br|head|section|li)\b", re.IGNORECASE)
_CONTROL = lazy_compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff" + "".join(map(chr, BIDI_CONTROLS)) + "]"
)
"""Removed from an article before reading it: control characters, invisible marks, and the direction
embeddings, overrides and isolates that would make a drafted prompt read reversed in a teacher's editor
(`quizapp.text.BIDI_CONTROLS`; screens show them as escapes). Right-to-left letters themselves stay."""

_MD_IMAGE = lazy_compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = lazy_compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_STRONG = lazy_compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
_MD_EMPHASIS = lazy_compile(
    r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])|_(?<![\w_]_)(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"
)
"""`*emphasis*` or `_emphasis_` not inside a word: the mark comes first and the look-behind after it, so the
engine jumps from mark to mark instead of trying the look-behind at every character (7 times faster)."""
_MD_HEADING = lazy_compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_MD_RULE_MARKS = lazy_compile(r"[-*_][ \t]*[-*_][ \t]*[-*_]")
"""What a rule line holds, looked for first: the rule pattern itself tries every line start."""
_MD_QUOTE_PREFIX = lazy_compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_RULE = lazy_compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_MD_CODE = lazy_compile(r"`([^`\n]+)`")
_SPACES = lazy_compile(r"[ \t\u00a0\u2009\u202f](?:[ \t\u00a0\u2009\u202f]+|(?<=[\t\u00a0\u2009\u202f]))")
"""Runs of spaces to make one space: a single plain space is left alone, which halves the work on plain text. Two
spaces or more of any kind, or one other space, its first space written before the choice: the search skips to the
spaces, where an alternation opening the pattern was tried at every position."""
_OTHER_SPACES = ("\t", "\u00a0", "\u2009", "\u202f")
_PLAIN_SPACES = lazy_compile("  " + " *")
"""What `_SPACES` finds in a text with no other space than the plain one: a scan for two plain spaces,
twenty times faster than stopping at every space to look for a run."""
_BLANK_LINE = lazy_compile(r"\n\s*\n")
_OTHER_DASHES = ("\u2015", "\u2012")
"""The horizontal bar and the figure dash, written for the em dash by some publishers' systems (`“...” ― Ana Ruiz`,
`the plan ― and its cost ― ...`): read as the em dash "—", so every rule that knows a dash (a signature under words,
an aside inside a sentence) reads them too, instead of each spelling out every dash there is."""


@dataclass
class CleanText:
    """The article as plain paragraphs separated by blank lines, and what the markup told us."""

    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)
    """Spans of `text` that were links or emphasis in the source."""
    headline: str | None = None
    """From `<title>`/`<h1>` or a Markdown `# heading`, when the source said so."""
    date: str | None = None
    """An ISO date from `<time datetime>` or a date `<meta>`, when the page had one."""
    authors: list[str] = field(default_factory=list)


class _HtmlToText(HTMLParser):
    """HTML to text with markers; forgiving, as the standard parser is, of any tag soup."""

    def __init__(self, document: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.document = document
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.headline_parts: list[str] | None = None
        self.headline: str | None = None
        self.date: str | None = None
        self.authors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(attributes)
            return
        if tag in _SKIPPED_TAGS and tag != "head":
            self.skipping.append(tag)
            return
        if tag == "time" and not self.date:
            self.date = attributes.get("datetime") or None
        if tag in {"title", "h1"} and self.headline is None:
            self.headline_parts = []
        if self.skipping:
            return
        if tag in _MARK_TAGS:
            self.parts.append(MARK_START)
        elif self.document and tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _MARK_TAGS:
            return  # <a/> marks nothing
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in {"title", "h1"} and self.headline_parts is not None:
            headline = _SPACES.sub(" ", "".join(self.headline_parts)).strip()
            self.headline = headline or None
            self.headline_parts = None
        if tag in _MARK_TAGS:
            self.parts.append(MARK_END)
        elif self.document and tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.headline_parts is not None:
            self.headline_parts.append(data)
        if self.skipping:
            return
        if self.document:
            data = re.sub(r"\s+", " ", data)
        self.parts.append(data)

    def _meta(self, attributes: dict[str, str]) -> None:
        name = (attributes.get("name") or attributes.get("property") or "").lower()
        content = attributes.get("content", "").strip()
        if not content:
            return
        if name in {"author", "article:author", "byl", "dc.creator"}:
            self.authors.append(content.removeprefix("By ").strip())
        elif name in {"date", "article:published_time", "pubdate", "dc.date", "publish-date"} and not self.date:
            self.date = content
        elif name in {"og:title", "headline"} and self.headline is None:
            self.headline = content


def _markdown_to_markers(text: str) -> tuple[str, str | None]:
    """Links and emphasis become marked runs; headings, quote prefixes and rules plain text."""
    headline = None
    if "#" in text:  # each pass only when its mark is in the text: plain text skips most of them
        first_heading = _MD_HEADING.search(text)
        if first_heading and first_heading.group(1) == "#":
            headline = first_heading.group(2).strip()
        text = _MD_HEADING.sub(lambda match: "\n" + match.group(2) + "\n", text)
    if _holds_rule_marks(text):
        text = _MD_RULE.sub("", text)
    if ">" in text:
        text = _MD_QUOTE_PREFIX.sub("", text)
    if "](" in text:  # an image or a link
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(lambda match: MARK_START + match.group(1) + MARK_END, text)
    if "**" in text or "__" in text:
        text = _MD_STRONG.sub(lambda match: MARK_START + match.group(2) + MARK_END, text)
    if "*" in text or "_" in text:
        text = _MD_EMPHASIS.sub(lambda match: MARK_START + (match.group(1) or match.group(2)) + MARK_END, text)
    if "`" in text:
        text = _MD_CODE.sub(lambda match: match.group(1), text)
    return text, headline


def _holds_rule_marks(text: str) -> bool:
    """`_MD_RULE_MARKS.search(text)`, tried only where a mark is: `str.find` jumps to each of the few hyphens,
    where the pattern's own scan stops at every character to test it (a tenth of the time on prose)."""
    for mark in "-*_":
        position = text.find(mark)
        while position >= 0:
            if _MD_RULE_MARKS.match(text, position):
                return True
            position = text.find(mark, position + 1)
    return False


def _paragraphs(text: str) -> str:
    """Blank-line separated paragraphs, each on one line; a text without blank lines has one per line."""
    spaces = _SPACES if any(space in text for space in _OTHER_SPACES) else _PLAIN_SPACES
    text = "\n".join(line.strip() for line in spaces.sub(" ", text).split("\n"))
    if _BLANK_LINE.search(text):
        blocks = _BLANK_LINE.split(text)
        paragraphs = [paragraph for block in blocks for paragraph in block_paragraphs(block)]
    else:
        paragraphs = unwrapped([line.strip() for line in text.split("\n")])  # hard-wrapped lines run on
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph.strip(MARK_START + MARK_END + " "))


def _take_markers(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove the markers, returning the text and the marked spans (an unclosed mark ends with its paragraph)."""
    if MARK_START not in text and MARK_END not in text:
        return text, []
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    open_at: list[int] = []
    length = 0
    for piece in re.split(r"([\x01\x02]|\n\n)", text):
        if piece == MARK_START:
            open_at.append(length)
        elif piece == MARK_END:
            if open_at:
                start = open_at.pop()
                if length > start and not open_at:
                    marks.append((start, length))
        else:
            if piece == "\n\n" and open_at:
                if length > open_at[0]:
                    marks.append((open_at[0], length))
                open_at.clear()
            out.append(piece)
            length += len(piece)
    clean = "".join(out)
    return clean, [_trimmed(clean, start, end) for start, end in marks if clean[start:end].strip()]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clean_markup(raw: str) -> CleanText:
    """The article's plain text with paragraphs separated by blank lines, marks, and markup metadata."""
    text = _CONTROL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text, headline = _markdown_to_markers(text)
    parser = _HtmlToText(document=bool(_DOCUMENT_HINT.search(text)))
    try:
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # the standard parser is forgiving; should it ever give up, keep the raw text
        parser = _HtmlToText(document=False)
    text = text.replace("\u00ad", "")
    for dash in _OTHER_DASHES:
        if dash in text:  # a scan for the character first: most texts hold none, and a replace copies the text
            text = text.replace(dash, "—")
    if "``" in text:  # the typewriter's double marks: ``...'' (old wire copy, TeX), read as “...”
        text = text.replace("``", "“").replace("''", "”")
    clean, marks = _take_markers(_paragraphs(text))
    return CleanText(
        text=clean,
        marks=marks,
        headline=headline or parser.headline,
        date=parser.date,
        authors=parser.authors,
    )
