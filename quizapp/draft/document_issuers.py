"""Who issued a document, named by the document's own phrase or by the verb that issued it.

News names the author of a release or a post in passing, then lets the document speak on: "...," says a release
from the Harbour Board, then "...," says the release; Ana Ruiz tweeted "...", then "...," the tweet added. The
first clause names its author (documents.py reads it there); the later one points back with "the", and its author
is the one the phrase or the verb named. Only a document pointed back at takes that author: "a tweet said" after
it may be anyone's. Also here, shared with documents.py: whether a name before the issuing verb heads its clause.
"""

from __future__ import annotations

import bisect
import re

from quizapp.draft.document_asides import DOCUMENT
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, alternation
from quizapp.draft.person import Mention, Person

BY = r"(?:from|by|issued\s+by|released\s+by|signed\s+by|posted\s+by|on\s+behalf\s+of)"
"""What leads from a document to its author: `a statement from`, `signed by`."""
_WORD = lazy_compile(r"[\w'’-]+")
_NOT_HEAD = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "after", "before", "while", "as"})
"""Words that open a clause a name before the verb could be inside."""
_LEADS_TO_NAME = frozenset({"of", "for", "by", "with", "to", "from", "against", "on", "at", "in", "about", "and"})
"""A word right before a name that makes it no subject: "the lawyer for Ana Ruiz said"."""
GAP = lazy_compile(r"[\s,]*(?:[\w'’-]+[\s,]+){0,2}?$")
"""Between an issuer's name and its verb: nothing, or an adverb or a date ("Ruiz also said", "X on Friday said")."""


Issuers = tuple[list[int], list[str | None]]
"""Where each document of one kind is issued, in text order, and by whom (a person's id, or None)."""


_FROM_AUTHOR = lazy_compile(rf"\b(?:a|an|the|its|their)\s+{DOCUMENT}\s+{BY}\s+(?:the\s+)?", re.IGNORECASE)
"""A document and its author in one phrase: "a release from (the Harbour Board)", "a statement by (Ana Ruiz)"."""
_POSTED = lazy_compile(r"\b(?:tweeted|posted)\b", re.IGNORECASE)
_POSTED_KINDS = {"tweeted": "tweet", "posted": "post"}
"""A verb that issues a document of its own kind: "Ruiz tweeted" issues the tweet that "the tweet added" quotes."""
_ROLE_NOUN = alternation(sorted(ROLE_NOUNS, key=len, reverse=True))
_APPOSITION_BEFORE = lazy_compile(
    rf",\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}?{_ROLE_NOUN}\b(?:(?!\s(?:and|but)\s)[^,.;:!?\"“”\n]){{0,80}}?,?\s+$"
)
"""An apposition between a name and its verb: "Ana Ruiz, spokesperson of the ministry(,) tweeted"."""


def issued_by_name(
    text: str, named: list[Mention], windows: list[tuple[int, int]], people: list[Person] | None, lowered: str
) -> dict[str, Issuers]:
    """Kind of document -> where a phrase or verb names who issued one ("a release from the Harbour Board", "Ana
    Ruiz tweeted"), and that author: read only for a later document pointed back at ("the release", "the tweet").
    `lowered` is `text.lower()`."""
    found: list[tuple[int, str | None, str]] = []
    starts = [mention.start for mention in named]
    ends = sorted(named, key=lambda mention: mention.end)
    end_offsets = [mention.end for mention in ends]
    for match in (match for start, end in windows for match in _FROM_AUTHOR.finditer(text, start, end)):
        index = bisect.bisect_left(starts, match.end())
        subject = named[index] if index < len(named) and named[index].start == match.end() else None
        author = subject.person if subject is not None and not subject.possessive else None
        author = author or written_whole_at(text, match.end(), people)
        if author is not None:  # "says a release from the Harbour Board": its issuer
            found.append((match.start(), author, match.group(1).lower()))
    for match in _POSTED.finditer(text) if _may_post(text, lowered) else ():
        subject = _poster(text, match, named, end_offsets, ends)
        found.append((match.start(), subject.person if subject else None, _POSTED_KINDS[match.group(0).lower()]))
    return issuers_by_kind(found)


def _may_post(text: str, lowered: str) -> bool:
    """Whether "tweeted" or "posted" may be in the text in any case: looked up in the lowered text first, as the
    case-blind pattern's scan of a whole long article cost more than the rest of this reading ("ſ" is an s to it)."""
    return "tweeted" in lowered or "posted" in lowered or "\u017f" in text


def _poster(
    text: str, match: re.Match[str], named: list[Mention], end_offsets: list[int], ends: list[Mention]
) -> Mention | None:
    """Who posts at `match` ("tweeted", "posted"): the name right before the verb, or before its apposition, when
    that name heads its clause."""
    index = bisect.bisect_right(end_offsets, match.start()) - 1
    subject = ends[index] if index >= 0 else None
    if subject is not None and GAP.fullmatch(text, subject.end, match.start()) and heads_its_clause(text, subject):
        return subject
    apposition = _APPOSITION_BEFORE.search(text, max(0, match.start() - 100), match.start())
    if apposition is None:
        return None
    index = bisect.bisect_right(end_offsets, apposition.start()) - 1
    subject = ends[index] if index >= 0 and ends[index].end == apposition.start() else None
    return subject if subject is not None and heads_its_clause(text, subject) else None


_NAME_ENDS = lazy_compile(r"(?![\w'’-])")


def written_whole_at(text: str, at: int, people: list[Person] | None) -> str | None:
    """The person or organisation whose full name of two words or more stands at `at`, though the people model
    kept no mention there ("a release from Harbour District Health"): a name written whole is that one."""
    for person in people or ():
        name = person.name
        if (
            person.kind != "role"
            and " " in name
            and text.startswith(name, at)
            and _NAME_ENDS.match(text, at + len(name)) is not None
        ):
            return person.id
    return None


def heads_its_clause(text: str, mention: Mention) -> bool:
    """Whether a name before "said in a statement" is that verb's subject, not a name inside a clause or phrase
    about someone else: "Police, who arrested Ana Ruiz, said in a statement", "The lawyer for Ana Ruiz said"."""
    start = max(0, mention.start - 120)
    boundary = max(text.rfind(mark, start, mention.start) for mark in '.!?\n“”"')
    words = _WORD.findall(text, max(start, boundary + 1), mention.start)
    last = words[-2:-1] if words[-1:] in (["the"], ["The"]) else words[-1:]  # "the lawyer for the Harbour Board"
    return not (_NOT_HEAD & {word.lower() for word in words}) and not (last and last[0].lower() in _LEADS_TO_NAME)


def issuers_by_kind(found: list[tuple[int, str | None, str]]) -> dict[str, Issuers]:
    """(where, issuer, document kind) as found in any order -> each kind's issuers in text order, so that
    "says the release" can look back for the last release issued before it."""
    by_kind: dict[str, Issuers] = {}
    for at, author, kind in sorted(found, key=lambda issuer: issuer[0]):
        positions, authors = by_kind.setdefault(kind, ([], []))
        positions.append(at)
        authors.append(author)
    return by_kind
