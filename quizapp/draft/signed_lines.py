"""Quotations signed at their foot, in the same paragraph: `"..." -- Sweden's Elin Norberg after a 64.`

Wire round-ups ("who said what") print each quotation with a `-- Name ...` line under it. Sent
as plain text with single line breaks, the line runs into the quotation's paragraph, so the
signature is what follows the quotation's closing mark: a dash, the speaker's name with what
English puts before a name to place a person ("Sweden's", "American", "Defending champion"),
then what the words were about; a caption that is a sentence names its subject (caption_subjects.py).
A quotation paragraph with no line of its own, just before a
signed one and after the line that ended the item before, is the same speaker's: the round-up
signs each item once, under its last paragraph.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.article import Article, Paragraph
from quizapp.draft.caption_subjects import caption_speaker
from quizapp.draft.label_paragraphs import qualifies_a_role
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NATIONALITIES, SPEECH_VERBS, UPPERCASE
from quizapp.draft.name_parts import NAME_PARTICLES
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Person
from quizapp.draft.quotes import Quote

_NAME = rf"[{UPPERCASE}][\w'’.-]*(?:\s+[\w'’.()-]+){{0,7}}?"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
"""The date under an embedded post: `March 14, 2024` or `14 March 2024`."""
_SIGNATURE = lazy_compile(
    rf"(?:\s*(?:--|—|–)|\s+-(?=\s))\s*({_NAME})(?=\s*(?:[,.]|$|\s(?:on|reacting|speaking|after|about|when|who|as)\b))"
    rf"|\s+-\s+({_NAME})(?=\s*(?:\(@\w+\))?\s*$)"
    rf"|\s*(?:--|—|–|-)\s*({_NAME})(?=\s*\(@\w+\)\s*(?:{_DATE})?\s*$)"
    rf"|\s*\(({_NAME}),\s*[^()]{{2,80}}\)\.?\s*$"
    rf"|\s*\(({_NAME})\)\.?\s*$"
)
"""A dash (or a spaced hyphen, as typed under the words: `"..." - Ana Ruiz, the mayor.`), a name, then a comma,
the end or what it was about; after a hyphen, a name (and a handle) alone; or
the name and the role in brackets closing the paragraph, as results round-ups sign each company's quotation:
`"..." (Ana Ruiz, chief executive)`, or a title and a name alone in brackets: `(Finance Minister Ana Ruiz)`."""
_QUOTE_OPENERS = "\"“«‘'„"


def placing_words_dropped(label: str) -> str:
    """ "Sweden's Elin Norberg" -> "Elin Norberg", "American Dana Whitlock" -> "Dana Whitlock": a country's
    possessive or a nationality before a name places the person; it is no part of the name."""
    tokens = label.split()
    while len(tokens) > 2 and (tokens[0].endswith(("'s", "’s")) or tokens[0].lower() in NATIONALITIES):
        tokens = tokens[1:]
    return " ".join(tokens)


def _full_stop_dropped(label: str) -> str:
    """ "Lord Neil Kinnock." -> "Lord Neil Kinnock": the stop ends the line, not the name ("Jr." keeps its own)."""
    return label[:-1] if re.search(r"[^\W\d_]{3}\.$", label) else label


def _only_names_and_roles(label: str) -> bool:
    """Capitalised names with perhaps a role noun and the lowercase words that say which ("Defending champion
    Kate Moynihan", "Former Scottish first minister Ana Ruiz"), never a clause ("Reid's spokesman said"): a
    signature has no verb."""
    tokens = label.split()
    return all(
        token[0].isupper() or token in NAME_PARTICLES or qualifies_a_role(tokens, index)
        for index, token in enumerate(tokens)
    ) and not any(token.lower() in SPEECH_VERBS for token in tokens)


def _signer(finder: PeopleFinder, label: str) -> Person | None:
    """The person a signature names, or the organization the article already knows by that name (a club's
    post signed `— Redmoor United (@RedmoorUtd)`); never an unnamed role."""
    person = finder.person_labelled(label)
    if person is not None:
        return person if person.kind == "person" else None
    known = next((p for p in finder.people if p.kind == "organization" and label in {p.name, *p.aliases}), None)
    return known or finder.organization_labelled(label)  # a club's or a firm's account posts too


def signed_quotations(
    article: Article, paragraphs: list[Paragraph], by_paragraph: list[list[Quote]], finder: PeopleFinder
) -> dict[int, tuple[str, str]]:
    """Opening offset of a quotation -> (speaker id, "line") for quotations signed in their own paragraph."""
    found: dict[int, tuple[str, str]] = {}
    signed_before = False
    unsigned_run: list[int] = []
    text = article.text
    for index, paragraph in enumerate(paragraphs):
        quotes = by_paragraph[index]
        opens_quoted = text[paragraph.start : paragraph.start + 1] in tuple(_QUOTE_OPENERS)
        if not quotes or not opens_quoted or text[paragraph.start : quotes[0].open_at].strip():
            signed_before, unsigned_run = False, []
            continue
        between = "".join(text[a.close_at : b.open_at] for a, b in pairwise(quotes))
        tail = text[quotes[-1].close_at : paragraph.end]
        if between.strip():
            signed_before, unsigned_run = False, []  # `"...," she said. "..."`: its own said-clause
            continue
        signature = _SIGNATURE.match(tail)
        if signature is None and not tail.strip(" .,"):
            unsigned_run.append(index)
            continue
        label = (
            placing_words_dropped(_full_stop_dropped(next(group for group in signature.groups() if group)))
            if signature
            else ""
        )
        person = _signer(finder, label) if signature and _only_names_and_roles(label) else None
        person = person or caption_speaker(finder.people, tail)  # "– Hal Brynmor rated ...": the caption's subject
        if person is None:
            signed_before, unsigned_run = False, []
            continue
        for item in [*(unsigned_run if signed_before else []), index]:
            for quote in by_paragraph[item]:
                found[quote.open_at] = (person.id, "line")
        signed_before, unsigned_run = True, []
    return found
