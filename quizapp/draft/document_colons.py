"""A document speaking through a colon: `The statement read:`, `A statement from the club said:`, `The letter,
signed by Ana Ruiz, said:` right before the words, and who wrote it when the clause says (`from the club`,
`signed by Ana Ruiz`).

documents.py asks here for each quotation; the clause is a few words before the colon, searched there only.
"""

from __future__ import annotations

import re

from quizapp.draft.bodies import body_at
from quizapp.draft.document_asides import DOCUMENT
from quizapp.draft.document_bodies import body_named_at
from quizapp.draft.document_issuers import BY, written_whole_at
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention, Person
from quizapp.draft.quotes import Quote
from quizapp.draft.roles import role_at, role_person

WRITES = (
    r"(?:said|says|read|reads|added|adds|continued|continues|stated|states|went\s+on|explains|explained|notes|noted"
    r"|argues|argued|alleges|alleged|contends|contended|claims|claimed)"
)
"""The verbs a document speaks by (`the statement read`, `said the letter`), for the clauses before and after."""
_COLON_CLAUSE = lazy_compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:[A-Z][^.:;!?,\"“”\n]{{0,40}},\s*)?"
    rf"(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+{DOCUMENT}\b(?P<rest>[^.:!?\"“”]{{0,120}}?)"
    rf"\b{WRITES}\s*[:,]\s*$"
)
"""A sentence opening with a document as its subject and ending in a colon (or the comma some outlets write
there): `The statement read:`, `A statement from the club said:`, `The letter, signed by Ana Ruiz, said:`,
`The statement read, "..."`; perhaps after a short phrase set off by a comma (`Later, the letter added:`,
`After the vote, a statement from the club said:`)."""
_LEADS_TO_AUTHOR = lazy_compile(rf"\b{BY}\s+", re.IGNORECASE)
"""What leads from a document to its author within its clause: `a statement from`, `signed by`."""
_BLANK = lazy_compile(r"\s*")
_COLON_REACH = 1000
"""How far before the colon a document's clause may start: such a clause is a few words (`The letter, signed
by Ana Ruiz, said:`). Searched there only, in the text itself: searching a copy of the whole line before each
quotation was quadratic in a long paragraph of quotations."""


def colon_document(
    text: str, quote: Quote, named: list[Mention], people: list[Person] | None
) -> tuple[str | None, bool, str | None, tuple[int, int]]:
    """(document, whether its clause leads to an author, that author if named, the clause's span) when a clause
    with a document as its subject ends in a colon right before `quote`; (None, False, None, (0, 0)) otherwise."""
    line_start = text.rfind("\n", 0, quote.open_at) + 1
    end = quote.open_at
    if _BLANK.fullmatch(text, line_start, end):  # the colon ends the paragraph before
        end = line_start
        while end > 0 and text[end - 1].isspace():
            end -= 1  # not text[:line_start].rstrip(): a copy of the text before every quotation is quadratic
        line_start = text.rfind("\n", 0, end) + 1
    reach = max(line_start, end - _COLON_REACH)
    if not text[reach:end].rstrip().endswith((":", ",")):
        return None, False, None, (0, 0)  # the clause ends in a colon or comma, spaces aside: most text does not
    clause = _COLON_CLAUSE.search(text, reach, end)
    if clause is None:
        return None, False, None, (0, 0)
    led, author = author_in(text, clause.start("rest"), clause.end("rest"), named, people)
    return clause.group(1), led, author, clause.span()


def author_in(
    text: str, start: int, end: int, named: list[Mention], people: list[Person] | None
) -> tuple[bool, str | None]:
    """(whether the clause from `start` to `end` leads to an author, `from ...`, `signed by ...`; the author
    when a sure mention stands right there, or a body or role named there as a whole: `from the club`)."""
    leads = list(_LEADS_TO_AUTHOR.finditer(text, start, end))
    if not leads:
        return False, None
    at = leads[-1].end()
    name_at = at + 4 if text[at : at + 4].lower() == "the " else at  # "from the Harbour Board": after "the"
    author = next((m.person for m in named if m.start in {at, name_at} and not m.possessive), None) or written_whole_at(
        text, name_at, people
    )  # not "from Ruiz's lawyer"
    if author is None and people is not None:
        phrase = body_at(text, at, end) or role_at(text, at, end)
        author = role_person(people, phrase).id if phrase is not None else body_named_at(text, at, end, people)
    return True, author
