"""Words of a document: `"...," the statement said`, `said the letter`, `The statement read: "..."`.

News quotes organisations and officials through what they wrote: a statement, a letter, a post, a
press release. It names the author once ("the ministry said in a statement", "In a letter to parents,
Ana Ruiz wrote", "a statement from Harbour Rovers") and then lets the document speak ("...," the
statement added). The said-clause's subject is then a thing, no person, and the other sieves find
nobody. The words are the author's when the article names one for that document: in the clause
itself (`A statement from Harbour Rovers said:`, `The letter, signed by Ana Ruiz, said:`), or in the
nearest sentence before that says who issued a document of that kind (`X said in a statement`, `In a
statement, X said`, `X issued a statement`, `X's statement`). When the nearest issuer is nobody the
article knows as a person or organisation ("In a statement, Malaysia said", a country), or no issuer
is named at all, the quotation keeps no author: a wrong author would be an answer key students learn. When the
article says of no document of that kind who issued it, "the" document speaks as itself (`"...," the lawsuit says`
-> "the lawsuit"), as "the club said" keeps the club; a court filing always does (it speaks of its plaintiff in the
third person). A name's possessive before the issuing verb issues the body's document ("Ruiz's campaign said in a
statement": the campaign's, never Ruiz's own).
Two more ways news names the issuer: in an aside between subject and verb (`Ana Ruiz, in a statement on
Monday, stated`), and after the words, pointing back at the same document (`"...," the statement said.
The ministry said in the statement ...`), which wins when it is nearer than the issuer named before.
"""

from __future__ import annotations

import bisect
import re

from quizapp.draft.article import Article
from quizapp.draft.bodies import BODY_NOUNS, body_subject_at, organisations_for
from quizapp.draft.document_asides import DOCUMENT, DOCUMENT_NOUNS
from quizapp.draft.document_colons import WRITES, author_in, colon_document
from quizapp.draft.document_issuers import (
    BY,
    GAP,
    Issuers,
    heads_its_clause,
    issued_by_name,
    issuers_by_kind,
)
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import alternation, word_set
from quizapp.draft.person import Mention, Person
from quizapp.draft.quotes import Quote
from quizapp.draft.roles import role_person

_AFTER = lazy_compile(
    r"(?:[ \t,]*|[\s,]*(?=[—–]))(?:[—–]\s*)?"
    rf"(?:(?:the|a|an|its|their|his|her)\s+{DOCUMENT}(?:,?\s+{BY}\s+(?:[^,.;:!?\"“”]|(?<=\b[A-Z])\.){{1,90}}?,?)?\s+{WRITES}"
    rf"|{WRITES}\s+(?:the|a|an|its|their|his|her)\s+{DOCUMENT})\b",
    re.IGNORECASE,
)
"""A said-clause after the quotation with a document as its subject: `," the statement said`, `," said the letter`,
`," a statement from the club said`, `," a report by the U.S. Pipeline Board said` (an initial's stop is no
sentence's end), or a round-up's caption line under it (`– A report by the Harbour Board says`); never a paragraph
after it that opens on its own document (`"...". ¶ The lawsuit says the owners "..."`)."""
_ISSUE_VERBS = sorted(
    word_set("said says stated states wrote writes added announced confirmed explained insisted posted")
)
"""The verbs by which someone issues a document's words: `X said in a statement`, `X, in a post, wrote`."""
_ISSUES = alternation(_ISSUE_VERBS)
_ISSUED_IN = lazy_compile(
    rf"{alternation(_ISSUE_VERBS, word_start=True)}\s+"
    rf"(?:(?:on\s+\w+|later|also|today|yesterday)\s+)?(?:in|on|via)\s+(?:a|an|the|its|their|his|her)\s+{DOCUMENT}\b",
    re.IGNORECASE,
)
"""`X said in a statement`, `X wrote in a letter`, `X posted on a message board`: X issued it."""
_IN_A = lazy_compile(
    rf"[Ii](?<=\b[Ii])n\s+(?:a|an|the|its|their|his|her)\s+{DOCUMENT}\b[^.!?\"“”:;]{{0,100}}?,\s*", re.IGNORECASE
)
"""`In a statement released on Sunday, X said`: the subject right after the comma issued it. The "I" is written
before its word boundary, and the verbs above with `word_start`: each is searched over every stretch around a
document's noun, and the search skips to the letters its match can start with."""
_ISSUED = lazy_compile(
    rf"\b(?:issued|released|published|put\s+out|posted|sent(?:\s+out)?|shared|wrote)\s+(?:a|an|the|its|their|his|her)\s+"
    rf"(?:(?!(?:{'|'.join(DOCUMENT_NOUNS)})s?\b)[a-z][\w-]*\s+){{0,2}}?{DOCUMENT}\b",
    re.IGNORECASE,
)
"""`X issued a statement`, `X wrote a letter`, `X sent out a fundraising email`: X issued it."""
_WROTE_TO = lazy_compile(r"\b(?:wrote|writes|has\s+written|had\s+written)\s+to\b", re.IGNORECASE)
"""`X wrote to parents on Friday. The letter read:`: X wrote the letter the article then quotes."""
_ISSUED_VERBS = ("issued", "released", "published", "put", "posted", "sent", "shared", "wrote")
"""Plain text each verb of `_ISSUED` holds ("put out" holds "put")."""
_WROTE_VERBS = ("wrote", "writes", "written")
"""Plain text each verb of `_WROTE_TO` holds."""
_ISSUER_PATTERNS = (_ISSUED_IN, _ISSUED, _WROTE_TO, _IN_A)
_ISSUER_PATTERNS_LOWERCASE = tuple(lazy_compile(pattern.pattern) for pattern in _ISSUER_PATTERNS)
"""The issuer patterns, matched case-sensitively in the lowercased text (their words are all lowercase): about twice
as fast as ignoring case, for a text whose lowercase keeps its length ("İ" does not), as nearly every text does."""
_OF = lazy_compile(rf"\s*(?:'s|’s)?\s+{DOCUMENT}\b", re.IGNORECASE)
"""`X's statement`: right after a possessive mention."""
_DEFINITE = lazy_compile(r"[\s,]*(?:\w+\s+)?(?:the|its|their|his|her)\s", re.IGNORECASE)
"""A said-clause pointing back at a document already spoken of: `," the release said`, `," says the tweet`."""
_REACH = 200
"""How far an issuer's words reach from its document's noun: a name, a verb and a dated phrase before it."""


def document_speakers(
    article: Article, quotes: list[Quote], mentions: list[Mention], people: list[Person] | None = None
) -> dict[int, tuple[str, str]]:
    """Opening offset of a quotation -> (author id, "document") for words a named author's document says, or
    a body's or role's that the clause names (`A statement from the club said:`), kept among `people`."""
    text = article.text
    named = [mention for mention in mentions if not mention.in_quote and not mention.guessed]  # sure names only
    lowered = text.lower()
    windows = _document_windows(text, lowered)
    window_ends = [end for _, end in windows]
    issuers = _issuers(text, lowered, named, windows, people)
    people_before = None if people is None else list(people)  # the loop below adds roles and bodies to `people`
    named_issuers: dict[str, Issuers] | None = None  # read only for a document pointed back at: seldom needed
    found: dict[int, tuple[str, str]] = {}
    for quote in quotes:
        nearest = bisect.bisect_right(window_ends, quote.open_at)
        if quote.nested or nearest == len(windows) or windows[nearest][0] > quote.close_at:
            continue  # no document named anywhere near the quotation
        after = _AFTER.match(text, quote.close_at)
        if after is not None:
            document = after.group(1) or after.group(2)
            led, clause_author = author_in(text, after.start(), _clause_end(text, after.end()), named, people)
            clause = (after.start(), after.end())
        else:
            document, led, clause_author, clause = colon_document(text, quote, named, people)
        if document is None or (led and clause_author is None):
            continue  # no document, or one from someone the article does not name ("a statement from a friend")
        filing = document.lower() in _FILINGS
        author = clause_author or (
            None if filing else _closest_issuer(text, issuers.get(document.lower(), ([], [])), quote)
        )
        if author is None and not filing and after is not None and _DEFINITE.match(text, after.start(), after.end()):
            # `"...," the tweet added` after "Ruiz tweeted": that one; "a tweet said" would be another
            if named_issuers is None:
                named_issuers = issued_by_name(text, named, windows, people_before, lowered)
            author = _closest_issuer(text, named_issuers.get(document.lower(), ([], [])), quote)
        if author is None and not led:
            author = _body_issuer(text, clause, people)  # `"...," a police statement said`: the police's
        if author is None and not led and people is not None and (filing or not issuers.get(document.lower())):
            if named_issuers is None:
                named_issuers = issued_by_name(text, named, windows, people_before, lowered)
            author = _unissued_document(text, clause, document, people, named_issuers)
        if author is not None:
            found[quote.open_at] = (author, "document")
    return found


_FILINGS = frozenset({"lawsuit", "suit", "complaint"})
"""A court filing speaks in its lawyers' words and of its plaintiff in the third person ("Plaintiff was fired"): the
filing itself is the speaker ("the lawsuit"), never the plaintiff who filed it."""
_THE_DOCUMENT = lazy_compile(rf"\b[Tt]he\s+{DOCUMENT}\b")
"""The document as the clause writes it, "the" first: `the statement`, `the press release`."""


def _unissued_document(
    text: str, clause: tuple[int, int], document: str, people: list[Person], named_issuers: dict[str, Issuers]
) -> str | None:
    """The document itself as the speaker (`"...," the lawsuit says` -> "the lawsuit"), when the article says of no
    document of its kind who issued it: its words are then the document's, as "the club said" keeps the club, and a
    who-said question offering "the lawsuit" offers no second right answer under its author's name. Only "the"
    document: "his letter" or "a statement" is someone's the article may name elsewhere."""
    if named_issuers.get(document.lower()) and document.lower() not in _FILINGS:
        return None  # "Ruiz tweeted ..." then `"...," the tweet added`: Ruiz's, though unknown here
    match = _THE_DOCUMENT.search(text, *clause)
    if match is None:
        return None
    return role_person(people, "the " + match.group(0).split(None, 1)[1].lower()).id


_BODY_DOCUMENT = lazy_compile(
    rf"\b(?P<body>police|family|club|company|government|ministry)\s+(?:{'|'.join(DOCUMENT_NOUNS)})\b", re.IGNORECASE
)
"""A document qualified by the kind of body that issued it: "a police statement", "a club statement"."""


def _body_issuer(text: str, clause: tuple[int, int], people: list[Person] | None) -> str | None:
    """The body a document's own qualifier names as its issuer ("a police statement said" -> police, "the club
    statement read:" -> the club), kept as the article writes it, as `"...," police said` is (bodies.py). None when
    the article names an organisation the body may stand for: then the words may be that one's, under its name."""
    match = _BODY_DOCUMENT.search(text, *clause)
    if match is None or people is None:
        return None
    body = match.group("body").lower()
    phrase = body if body == "police" else f"the {body}"
    if organisations_for(phrase, people):
        return None
    return role_person(people, phrase).id


def _closest_issuer(text: str, issuers: Issuers, quote: Quote) -> str | None:
    """The author of the document, from the issuer of its kind named nearest before the quotation or, when that
    is further away or no one the article knows, from the same document's issuer named after it
    (`_issuer_named_after`). Bisected among issuers of that kind alone: walking back past every issuer of other
    kinds for each quotation was quadratic on a long text full of them."""
    positions, authors = issuers
    index = bisect.bisect_left(positions, quote.open_at) - 1
    before_at, before = (positions[index], authors[index]) if index >= 0 else (quote.open_at, None)
    after_at, after = _issuer_named_after(text, issuers, quote.close_at)
    if after is not None and (before is None or after_at - quote.close_at < quote.open_at - before_at):
        return after
    return before


def _issuer_named_after(text: str, issuers: Issuers, position: int) -> tuple[int, str | None]:
    """(where, author) of the document a quotation's clause names, when the article says who issued it only after the
    quotation, pointing back at that same document: `"...," the statement said.` then `The foreign ministry said
    in the statement`. Only the next issuer of that kind counts, only with a definite article (`a statement`
    after the words is another document), and only within a few paragraphs."""
    positions, authors = issuers
    index = bisect.bisect_right(positions, position)
    if index == len(positions) or positions[index] - position > _LATER_REACH:
        return position, None
    at = positions[index]
    return at, authors[index] if _POINTS_BACK.search(text, at, at + 80) is not None else None


_LATER_REACH = 1500
"""How far after a quotation its document's issuer may be named: a few paragraphs."""
_POINTS_BACK = lazy_compile(rf"(?:\b(?:in|on|via)\s+(?:the|its|their|his|her)\s+|['’]s\s+){DOCUMENT}\b", re.IGNORECASE)
"""`said in the statement`, `In the letter`, `X's statement`: the document already spoken of."""


_CLAUSE_STOP = lazy_compile(r"[.;!?\n\"“”]")
"""What ends a said-clause after a quotation: its sentence's end, or a quotation mark."""


def _clause_end(text: str, position: int) -> int:
    """Where the said-clause from `position` ends: the end of its sentence, or 120 characters on."""
    stop = _CLAUSE_STOP.search(text, position, position + 120)
    return stop.start() if stop is not None else min(len(text), position + 120)


def _issuers(
    text: str, lowered: str, named: list[Mention], windows: list[tuple[int, int]], people: list[Person] | None
) -> dict[str, Issuers]:
    """Kind of document -> where each sentence saying who issued one of that kind stands, in the order of the
    text, and the author id (None when the issuer is no one the article knows). A name's possessive before the
    verb is no issuer: "Ruiz's campaign said in a statement" issues the campaign's statement (`_possessed_body`)."""
    found: list[tuple[int, str | None, str]] = []
    ends = sorted(named, key=lambda mention: mention.end)
    end_offsets = [mention.end for mention in ends]
    patterns = _ISSUER_PATTERNS if len(lowered) != len(text) else _ISSUER_PATTERNS_LOWERCASE
    searched = text if len(lowered) != len(text) else lowered  # the matches' offsets are the text's either way
    issued_in, issued_a, wrote_to, in_a = patterns

    writing = [(start, end) for start, end in windows if _holds_one_of(searched, text, start, end, _WROTE_VERBS)]
    issued = [
        (match, match.group(1).lower())
        for start, end in windows
        for pattern in (issued_in, issued_a)
        if pattern is issued_in or _holds_one_of(searched, text, start, end, _ISSUED_VERBS)
        for match in pattern.finditer(searched, start, end)
    ] + [(match, "letter") for start, end in writing for match in wrote_to.finditer(searched, start, end)]
    for match, kind in issued:
        index = bisect.bisect_right(end_offsets, match.start()) - 1
        subject = ends[index] if index >= 0 else None
        known = (
            subject is not None
            and GAP.fullmatch(text, subject.end, match.start()) is not None
            and heads_its_clause(text, subject)
        )
        author = subject.person if known and subject else None
        if known and subject is not None and (body := _body_named_by(text, subject, match.start(), people)):
            author = body if body != "?" else None
        found.append((match.start(), author, kind))
    starts = [mention.start for mention in named]
    for match in (match for start, end in windows for match in in_a.finditer(searched, start, end)):
        index = bisect.bisect_left(starts, match.end())
        subject = named[index] if index < len(named) and named[index].start == match.end() else None
        subject = subject or _subject_before_aside(text, match, named, end_offsets, ends)
        found.append((match.start(), subject.person if subject else None, match.group(1).lower()))
    for mention in named:
        of = _OF.match(text, mention.end) if mention.possessive else None
        if of is not None:
            found.append((mention.start, mention.person, of.group(1).lower()))
    return issuers_by_kind(found)


_NAME_THEN_NOUN = lazy_compile(r"(?:['’]s)?\s+([a-z]+)")


def _body_named_by(text: str, subject: Mention, verb_at: int, people: list[Person] | None) -> str | None:
    """The body a name before the issuing verb only describes, as the article writes it ("Ruiz's campaign sent out
    an email", "the Ruiz campaign said in a statement"): its id, "?" when the name describes a noun but no body
    phrase is read there (the issuer is then unknown, never the person named), or None when the name is the
    subject itself."""
    noun = _NAME_THEN_NOUN.match(text, subject.end, verb_at)
    if not subject.possessive and (noun is None or noun.group(1) not in BODY_NOUNS):
        return None
    start = subject.start - 4 if text[max(0, subject.start - 4) : subject.start].lower() == "the " else subject.start
    phrase = body_subject_at(text, start, verb_at)
    return role_person(people, phrase).id if phrase is not None and people is not None else "?"


def _subject_before_aside(
    text: str, match: re.Match[str], named: list[Mention], end_offsets: list[int], ends: list[Mention]
) -> Mention | None:
    """The subject of `X, in a statement on Monday, stated ...`: the name right before the aside set off by
    commas, when a speech verb follows the aside. The aside sits between the subject and its verb."""
    verb = _VERB_AFTER_ASIDE.match(text, match.end())
    before = _COMMA_BEFORE_ASIDE.search(text, max(0, match.start() - 3), match.start())
    if verb is None or before is None:
        return None
    index = bisect.bisect_right(end_offsets, before.start()) - 1
    subject = ends[index] if index >= 0 and ends[index].end == before.start() else None
    return subject if subject is not None and heads_its_clause(text, subject) else None


_COMMA_BEFORE_ASIDE = lazy_compile(r",\s*$")
_VERB_AFTER_ASIDE = lazy_compile(rf"(?:(?:also|later|then)\s+)?{_ISSUES}\b")


def _document_windows(text: str, lowered: str) -> list[tuple[int, int]]:
    """Stretches of text around each word for a document, merged: the issuer patterns are searched there only,
    since scanning a whole long article with each of them cost a tenth of drafting's time. `lowered` is
    `text.lower()`."""
    hits: list[int] = []
    for noun in DOCUMENT_NOUNS:
        at = lowered.find(noun)
        while at != -1:
            hits.append(at)
            at = lowered.find(noun, at + len(noun))
    windows: list[tuple[int, int]] = []
    for at in sorted(hits):
        start, end = max(0, at - _REACH), min(len(text), at + _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _holds_one_of(searched: str, text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether `searched`, the lowercased text, holds one of `words` from `start` to `end`: a window of the text
    without any is not searched with the pattern that needs one (each is tried at every character). Always true
    when `searched` is the text itself (its lowercase was another length, so it is searched ignoring case)."""
    return searched is text or any(searched.find(word, start, end) >= 0 for word in words)
