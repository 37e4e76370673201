"""The parts of a news article around its story: headline, byline, date, and the body paragraphs.

Found by how news pages look once copied as text: a short first line without a full stop is
the headline, a line starting "By" is the byline, a line that is only a date is the date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from quizapp.draft.author_notes import story_end
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import TITLE_CASE_SMALL_WORDS
from quizapp.draft.markup import CleanText, clean_markup

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DATE_PATTERNS = (
    lazy_compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"),
    lazy_compile(rf"\b(?P<month_name>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    lazy_compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month_name>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b"),
)
_BYLINE = lazy_compile(r"^(?:By|BY|by)\s+(?P<names>[A-Z].{1,200})$")
_PUBLISHER_WORDS = frozenset(
    {"times", "post", "news", "press", "journal", "herald", "tribune", "guardian", "reuters", "associated", "agency",
     "gazette", "chronicle", "telegraph", "observer", "daily", "weekly", "magazine", "wire", "bbc", "cnn", "afp",
     "bloomberg", "staff", "correspondent", "reporter", "the"}
)  # fmt: skip
_DATE_LINE_MAX_WORDS = 12
_HEADLINE_MAX_WORDS = 22


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


@dataclass
class Article:
    """The clean text of the article and what surrounds its story; spans index `text`."""

    text: str
    paragraphs: list[Paragraph]
    body_start: int
    """Index in `paragraphs` of the first paragraph of the story (after headline, byline, date)."""
    marks: list[tuple[int, int]] = field(default_factory=list)
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    date: dt.date | None = None

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    @property
    def body(self) -> list[Paragraph]:
        return self.paragraphs[self.body_start :]

    def paragraph_index(self, offset: int) -> int:
        """0-based index of the paragraph holding `offset` (the last one before it when between)."""
        low, high = 0, len(self.paragraphs) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.paragraphs[middle].start <= offset:
                low = middle
            else:
                high = middle - 1
        return low


def find_date(text: str) -> dt.date | None:
    """The first full date (with a year) in `text`, if any."""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        parts = match.groupdict()
        month_name = parts.get("month_name")
        month = MONTHS[month_name.lower().rstrip(".")] if month_name else int(parts["month"])
        try:
            return dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            continue
    return None


def _split_byline(names: str) -> tuple[list[str], str | None]:
    """'Ana Ruiz and Tom Baker, New York Times' -> (['Ana Ruiz', 'Tom Baker'], 'New York Times')."""
    publisher = None
    pieces = [piece.strip(" .") for piece in re.split(r",|\band\b|&|\|", names) if piece.strip(" .")]
    authors = []
    for piece in pieces:
        words = piece.split()
        if any(word.lower().strip(".") in _PUBLISHER_WORDS for word in words):
            name_words: list[str] = []
            for word in words:
                if word.lower() in _PUBLISHER_WORDS or len(name_words) >= 3:
                    break
                name_words.append(word)
            # "Anton Troianovski New York Times": a name of two or three words, then the publisher
            if len(name_words) > 2 and not re.fullmatch(r"[A-Z]\.", name_words[1]):
                name_words = name_words[:2]
            rest = " ".join(words[len(name_words) :]).strip()
            if name_words:
                authors.append(" ".join(name_words))
            if rest:
                publisher = rest
        else:
            authors.append(piece)
    return authors, publisher


def _is_date_line(text: str) -> bool:
    return len(text.split()) <= _DATE_LINE_MAX_WORDS and find_date(text) is not None


def _looks_like_headline(text: str) -> bool:
    """Short, capitalised, not ending as a sentence does; it may open with a quotation ("“Never again”: Ruiz
    quits"), but a line that is one whole quoted sentence ("“We will fight on.”") is no headline."""
    words = text.split()
    opening = text.lstrip("\"“‘'")
    return (
        0 < len(words) <= _HEADLINE_MAX_WORDS
        and not re.search(r"[.:;,]$|[.!?,][\"”’']$", text)
        and opening[:1].isupper()
    )


_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
_TITLE_CASE_SHARE = 0.8
_TITLE_CASE_MIN_WORDS = 3


def _title_case_with_stop(text: str) -> bool:
    """A first line in Title Case that ends with a full stop is a headline pasted with one ("Donor Ruiz and Mayor
    Hill May Be Aligning on Rates."): as story text its capitalised words were read as names ("Mayor May"), and
    the line was asked as a fact. A story's sentence capitalises only its names, so a short line whose words
    after the first are nearly all capitalised (short function words aside) is no sentence of the story. A line
    opening on a number ("10 Things to Know for Today.") has no first word to skip: its words are all counted."""
    words = text.split()
    opening = text.lstrip("\"“‘'")
    if not 0 < len(words) <= _HEADLINE_MAX_WORDS or not re.search(r"[.!?][\"”’']?$", text):
        return False
    words_after_first = [match.group(0) for match in _WORD.finditer(text) if match.start() > len(text) - len(opening)]
    content = [word for word in words_after_first if word.lower() not in TITLE_CASE_SMALL_WORDS]
    capitalised = sum(1 for word in content if word[0].isupper())
    return len(content) >= _TITLE_CASE_MIN_WORDS and capitalised >= _TITLE_CASE_SHARE * len(content)


_LINE_ENDS_SENTENCE = lazy_compile(r"[.!?:\"”’)\]…]\s*$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs separated by blank lines, or by single line breaks where a block reads that way.

    Text pasted from a web page often has one line break between paragraphs. A block of three
    or more lines that mostly end a sentence is such a page, and each line is a paragraph; a
    hard-wrapped block (lines ending mid-sentence) stays one paragraph.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    while True:  # the pieces of text.split("\n\n"), found in place: most are one line, and none is copied
        cut = text.find("\n\n", position)
        piece_end = len(text) if cut < 0 else cut
        if text.find("\n", position, piece_end) < 0:  # one line, the usual case: one paragraph
            spans.append((position, piece_end))
        else:
            _split_block(text[position:piece_end], position, spans)
        if cut < 0:
            return spans
        position = cut + 2


def _split_block(piece: str, position: int, spans: list[tuple[int, int]]) -> None:
    """A block of several lines at `position`: one paragraph per line when most lines end a sentence."""
    lines = piece.split("\n")
    full_lines = [line for line in lines[:-1] if line.strip()]
    ending = sum(1 for line in full_lines if _LINE_ENDS_SENTENCE.search(line))
    if len(lines) >= 3 and full_lines and ending * 5 >= len(full_lines) * 3:
        line_start = position
        for line in lines:
            spans.append((line_start, line_start + len(line)))
            line_start += len(line) + 1
    else:
        spans.append((position, position + len(piece)))


def parse_article(raw: str) -> Article:
    """The article's clean text, paragraphs and header parts."""
    clean: CleanText = clean_markup(raw)
    text = clean.text
    paragraphs = [Paragraph(start, end) for start, end in paragraph_spans(text)]
    article = Article(text=text, paragraphs=paragraphs, body_start=0, marks=clean.marks, authors=list(clean.authors))
    if clean.date:
        article.date = find_date(clean.date)
    _read_header(article, clean.headline)
    _cut_author_notes(article)
    return article


def _cut_author_notes(article: Article) -> None:
    """The writer's notes at the foot ("Follow Ana Ruiz on Twitter"), cut from the text: no part of the story
    (author_notes.py)."""
    texts = [article.paragraph_text(paragraph) for paragraph in article.paragraphs]
    end = story_end(texts, article.body_start)
    if end < len(article.paragraphs):
        cut = article.paragraphs[end - 1].end
        article.text = article.text[:cut]
        article.paragraphs = article.paragraphs[:end]
        article.marks = [(start, end) for start, end in article.marks if end <= cut]


def _without_closing_stop(headline: str) -> str:
    """A headline pasted with a full stop, shown as a title without it ("Council Approves Pier." is the bank's title
    "Council Approves Pier"); an abbreviation's stop stays ("Talks Resume in the U.S.")."""
    last_word = headline.rsplit(None, 1)[-1]
    return headline[:-1] if last_word.endswith(".") and last_word.count(".") == 1 else headline


_DECK_MAX_WORDS = 30


def _headline_over_a_deck(text: str) -> str | None:
    """A first paragraph that is a headline closed by a semicolon, then a summary opening on a capital or a
    quotation ("Jobs report lifts the party; A rise in wages could blunt its rivals' claims."): a news site's
    headline and deck pasted together (the markup cleaner joins their two lines). Read as the story's first
    sentence, its words were asked as a fact ("in {{Republican}} race; Residents cite ..."); the headline is
    the part before the semicolon, and neither part is the story. A headline may hold a semicolon of its own
    ("Trump leads; terror a top issue; Ahead by ten ..."): the deck is what follows the first semicolon that a
    capital follows."""
    at = text.find("; ")
    while at > 0:
        headline, deck = text[:at].strip(), text[at + 2 :].strip()
        if deck[:1].isupper() or deck[:1].isdigit() or deck[:1] in "'‘“\"":
            if len(deck.split()) > _DECK_MAX_WORDS:
                return None
            bare = headline[:-1] if re.search(r"\b(?:[A-Z]\.){2,}$", headline) else headline  # "... in N.H."
            return headline if _looks_like_headline(bare) else None
        at = text.find("; ", at + 2)
    return None


def _read_header(article: Article, headline_hint: str | None) -> None:
    """Headline, byline and date from the first few paragraphs; the story starts after them."""
    header_end = 0
    for index, paragraph in enumerate(article.paragraphs[:5]):
        text = article.paragraph_text(paragraph).strip()
        if len(text.split()) > 40:
            break  # the story has started
        byline = _BYLINE.match(text)
        if byline and len(text.split()) <= 16:
            authors, publisher = _split_byline(byline.group("names"))
            article.authors = article.authors or authors
            article.publisher = publisher
            header_end = index + 1
            continue
        if _is_date_line(text) or re.fullmatch(r"(?:Published|Updated|Posted)\b.{0,60}", text):
            article.date = article.date or find_date(text)
            header_end = index + 1
            continue
        if (
            index == 0
            and (headline_hint is None or text == headline_hint)
            and (_looks_like_headline(text) or _title_case_with_stop(text))
        ):
            article.headline = _without_closing_stop(text)
            header_end = 1
            continue
        if index == 0 and headline_hint is None and (headline := _headline_over_a_deck(text)) is not None:
            article.headline = headline
            header_end = 1
            continue
        if index > 0 and header_end == index and _looks_like_headline(text) and len(text.split()) <= 8:
            continue  # a section label or kicker between headline and byline
    if article.headline is None and headline_hint:
        article.headline = headline_hint
        if article.paragraphs and article.paragraph_text(article.paragraphs[0]).strip() == headline_hint:
            header_end = max(header_end, 1)
    if article.date is None:
        for paragraph in article.paragraphs[: header_end + 1]:
            article.date = find_date(article.paragraph_text(paragraph)[:120])
            if article.date:
                break
    article.body_start = min(header_end, max(len(article.paragraphs) - 1, 0))
