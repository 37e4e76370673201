"""Speakers named on lines of their own: `Name: "..."` labels, `-- Name on ...` lines, captions.

Reaction round-ups and "quotes of the day" pages name the speaker outside any sentence: a
label before a colon (`NDP Leader Jack Layton: "..."`, or the label alone in its paragraph
with the quotation in the next ones), or a line after the quotation (`-- Roger Federer on
the rain`, `Claudio Taffarel on Gheorghe Hagi [FIFA.com]`). Sentence rules find nobody there,
and guessing from neighbours gives the words to the wrong person, so this sieve runs first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from quizapp.draft.article import Article, Paragraph
from quizapp.draft.caption_subjects import caption_speaker
from quizapp.draft.documents import document_speakers
from quizapp.draft.interviews import answer_label, interviewee
from quizapp.draft.label_paragraphs import (
    LABEL_LOWERCASE,
    bare_label_name,
    is_label,
    known_name_alone,
    label_shape,
    plain_full_name,
    role_then_name,
    titled_name,
)
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS, UPPERCASE
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Person
from quizapp.draft.possessive_labels import author_of_from_label
from quizapp.draft.quotes import Quote
from quizapp.draft.signed_lines import placing_words_dropped, signed_quotations

_QUOTE_OPENERS = "\"“«‘'„"
_LABEL = lazy_compile(
    rf"^([{UPPERCASE}][\w'’.-]*(?:,?\s+[\w'’.()-]+){{0,8}}?)\s*(?:\([^)]{{0,40}}\))?\s*:\s*"
    rf"(?=(?:\([^()]{{0,200}}\)\s*)?[{_QUOTE_OPENERS}]|$)"
)
"""`NDP Leader Jack Layton:` then a quotation, or nothing (the quotation follows in the next paragraphs); a
bracketed aside may come between the colon and the words: `Ana Ruiz: (on the penalty) "..."`."""
_COMMA_LABEL = lazy_compile(rf"^([{UPPERCASE}][^\"“”«»:;]{{3,120}}?),\s*(?=[{_QUOTE_OPENERS}])")
"""`Ana Ruiz, Labour leader, "..."`: a name and its role set off by commas before the words, as a colon would."""
_COMMA_THEN_WORDS = lazy_compile(rf",\s*[{_QUOTE_OPENERS}]")
_COMMA_LABEL_REACH = 121
"""`_COMMA_LABEL`'s comma comes after its first character and at most 120 more: the first comma followed by a
quotation mark, found by a plain search, must be that far in for the pattern to be worth trying."""
_CIRCUMSTANCE = lazy_compile(r",\s+(?:(?:on|in|at|to|after|before|during|from|via|outside)\s|[a-z]+ing\s)[^,]*$")
"""The last part of a label when it says where or what the speaker was doing, not who they are: `Ana Ruiz, on
Radio Westmere`, `Ana Ruiz, accepting victory in Westmere North`; a label from "Reaction from Ana Ruiz" is
read from the name (possessive_labels.py)."""
_LABEL_REACH = 200
"""How far into a paragraph a label's colon can be: nine words and a parenthesis at most."""
_LINE_NAME = rf"[{UPPERCASE}][\w'’.-]*(?:\s+[\w'’.()-]+){{0,7}}?"
_DASH_LINE = lazy_compile(
    rf"^(?:--|—|–|-)\s*({_LINE_NAME})(?=\s*(?:,|$|\s(?:on|reacting|speaking|after|about)\b))"
    rf"|^\(({_LINE_NAME})\)\.?$"
)
"""`-- Ana Ruiz, on the rain` or `(Finance Minister Ana Ruiz)` on the line under a quotation."""
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|the\s+(?:morning|evening|night|eve|day))\b"
)
_CAPTION = lazy_compile(rf"^({_LINE_NAME}),?\s+(?:on(?!\s+{_WHEN})|reacting|speaking|after|about|discussing|when|to)\b")
"""`Ana Ruiz on the rain` under the words; not `Ruiz on Tuesday became ...`: "on" and a day or a time opens a
sentence of the news about Ruiz, which says nothing of whose the words above are."""


def line_speakers(article: Article, quotes: list[Quote], finder: PeopleFinder) -> dict[int, tuple[str | None, str]]:
    """Opening offset of a quotation -> (speaker id, sieve) for quotations labelled by a line; (None, "none") for
    words a dash caption under them gives to someone the article does not know as a person: no sieve may guess
    them from the item above (`"..."` then `– A report by the Harbour Board says ...`)."""
    found: dict[int, tuple[str | None, str]] = {}
    captioned: list[int] = []
    paragraphs = article.body
    by_paragraph: list[list[Quote]] = [[] for _ in paragraphs]
    starts = [paragraph.start for paragraph in paragraphs]
    for quote in quotes:
        if quote.nested:
            continue
        index = _paragraph_of(starts, quote.open_at)
        if index is not None:
            by_paragraph[index].append(quote)
    label_speaker: str | None = None
    signatures: set[int] = set()  # label lines found under the words they sign
    texts = [article.paragraph_text(paragraph).strip() for paragraph in paragraphs]  # each read once, not per rule
    quoted = [bool(text) and text[0] in _QUOTE_OPENERS for text in texts]  # opens with a quotation mark
    answers = interviewee(article, paragraphs, finder, texts)  # who answers in a Q-and-A layout, if it is one
    for index, paragraph in enumerate(paragraphs):
        text, opens_quoted = texts[index], quoted[index]
        if (answer_at := answer_label(text)) is not None and text[answer_at : answer_at + 1] in tuple(_QUOTE_OPENERS):
            label_speaker = answers.id if answers is not None else None
            for quote in by_paragraph[index] if label_speaker is not None else ():
                found[quote.open_at] = (label_speaker, "label")  # `A: "..."`: the one the introduction names
            continue
        if label_speaker is not None and _TOPIC_LINE.match(text):
            continue  # "On how it feels:": the question put to the labelled speaker, who answers next
        signer = _signs_the_quotation_above(article, texts, quoted, by_paragraph, index, found, signatures, finder)
        person = finder.person_labelled(placing_words_dropped(signer)) if signer else None
        if person is not None:
            for quote in by_paragraph[index - 1]:
                found[quote.open_at] = (person.id, "line")
            label_speaker = None
            signatures.add(index)
            continue
        label = (
            (_LABEL.match(text) if ":" in text[:_LABEL_REACH] else None)
            or _comma_label(text)
            or _bare_label(text, paragraphs, index, article, texts)
        )  # a label's colon comes within its first words: most paragraphs are ruled out by one search
        labelled = _CIRCUMSTANCE.sub("", author_of_from_label(label.group(1))) if label is not None else ""
        if label is not None and not is_label(labelled):
            label = None
        named = _label_with_a_role(text, paragraphs, index, article, texts) if label is None else None
        if label is None and named is None and known_name_alone(finder.people, text):
            named = text if _quotation_follows(article, paragraphs, index, texts) else None  # `Ana Ruiz` over her words
        if label is not None or named is not None:
            person = _labelled(finder, labelled) if label is not None else _labelled(finder, named or "")
            # a label alone in its paragraph speaks the quotations that follow; one with its own
            # quotation is an item of a list, and the next quotation is the next item's
            label_speaker = person.id if person and not by_paragraph[index] else None
            if person is not None:
                for quote in by_paragraph[index]:
                    found[quote.open_at] = (person.id, "label")
            continue
        if (
            label_speaker is not None
            and opens_quoted
            and _nothing_but_quotations(article, paragraph, by_paragraph[index])
        ):
            for quote in by_paragraph[index]:
                found.setdefault(quote.open_at, (label_speaker, "label"))
            continue
        label_speaker = None
        if index == 0 or not quoted[index - 1] or text.endswith(":"):
            continue  # a line names the speaker of the quotation above it, so there must be one; a colon points on
        line = _DASH_LINE.match(text) or _CAPTION.match(text)
        signer = next((group for group in line.groups() if group), "") if line is not None else ""
        above_alone = _nothing_but_quotations(article, paragraphs[index - 1], by_paragraph[index - 1])
        person = None
        if line is None or not is_label(signer):
            person = caption_speaker(finder.people, text)  # `– Ana Ruiz was not a happy man ...`
            person = person if above_alone else None
        else:
            person = finder.person_labelled(placing_words_dropped(signer))
        if person is not None:
            for quote in by_paragraph[index - 1]:
                found[quote.open_at] = (person.id, "line")
        elif (
            above_alone
            and _CAPTION_DASH.match(text)
            and not _ENDS_IN_COLON.search(article.paragraph_text(paragraphs[index - 1]))
        ):
            captioned.extend(quote.open_at for quote in by_paragraph[index - 1])
    for opening, signed in signed_quotations(article, paragraphs, by_paragraph, finder).items():
        found.setdefault(opening, signed)
    for opening, written in document_speakers(article, quotes, finder.mentions, finder.people).items():
        found.setdefault(opening, written)  # `"...," the statement said`: its named author (documents.py)
    for opening in captioned:
        found.setdefault(opening, (None, "none"))  # a caption under the words names whose they are: no one else's
    return found


_CAPTION_DASH = lazy_compile(rf"^(?:--|—|–)\s*[{UPPERCASE}]")
"""A paragraph opening with a dash and a capital under a quotation: the round-up's caption saying whose the words
are (`– A report by the Harbour Board says ...`), even when it names nobody the article knows as a person."""
_ENDS_IN_COLON = lazy_compile(r":\W*$")
"""Words ending in a colon introduce what follows: dashes under them are a list's items, not a caption."""


_TOPIC_LINE = lazy_compile(r"^(?:On|Asked(?:\s+about)?)\s[^\"“”:]{1,150}:$")
"""A press conference's question, put as a topic line between a speaker's label and the answer: "On how it
feels:", "Asked about the referee:". It names no speaker and does not end the label's reach."""


def _quotation_follows(article: Article, paragraphs: list[Paragraph], index: int, texts: list[str]) -> bool:
    """Whether the paragraph after `index`, or the one after a topic line there, opens with a quotation (`texts`:
    each paragraph's text, stripped)."""
    for after in (index + 1, index + 2):
        if after >= len(paragraphs):
            return False
        opening = article.text[paragraphs[after].start : paragraphs[after].start + 8].lstrip()[:1]
        if opening and opening in _QUOTE_OPENERS:
            return True
        if not _TOPIC_LINE.match(texts[after]):
            return False
    return False


def _comma_label(text: str) -> re.Match[str] | None:
    """`Ana Ruiz, Labour leader, "..."`: only a name then a role (label_paragraphs.py) may stand for a colon. Tried
    only when a comma the pattern can reach has a quotation mark after it: most paragraphs have none there."""
    comma = _COMMA_THEN_WORDS.search(text)
    label = _COMMA_LABEL.match(text) if comma is not None and comma.start() <= _COMMA_LABEL_REACH else None
    return label if label is not None and bare_label_name(label.group(1)) is not None else None


def _signs_the_quotation_above(
    article: Article,
    texts: list[str],
    quoted: list[bool],
    by_paragraph: list[list[Quote]],
    index: int,
    found: Mapping[int, object],
    signatures: set[int],
    finder: PeopleFinder,
) -> str | None:
    """The name a label line without a colon gives to the quotation just above it, when that quotation has no
    speaker of its own: round-ups print each item's words first and the speaker's label under them
    (`"..."` then `Ukip leader Ana Ruiz`). A label under words some label already speaks, or under words
    that follow a label line over them, labels the quotation below it instead, as before; words after a label
    that signed the words above it are the next item, and the label under them is theirs."""
    if index == 0 or not by_paragraph[index - 1] or any(q.open_at in found for q in by_paragraph[index - 1]):
        return None
    above = article.paragraphs[article.body_start + index - 1]
    if not quoted[index - 1] or not _nothing_but_quotations(article, above, by_paragraph[index - 1]):
        return None
    above_the_words = texts[index - 2] if index >= 2 else ""
    if index - 2 not in signatures and (
        label_shape(above_the_words) or known_name_alone(finder.people, above_the_words)
    ):
        return None  # `Label`, `"..."`, `Label`: each label is over its words, unless the first signed those above
    return label_shape(texts[index])


def _bare_label(
    text: str, paragraphs: list[Paragraph], index: int, article: Article, texts: list[str]
) -> re.Match[str] | None:
    """A title and a name alone in a paragraph, no colon, over a quotation: `Liberal Leader Anne Fortier`
    (label_paragraphs.py)."""
    if len(text) > 80 or not _quotation_follows(article, paragraphs, index, texts):
        return None  # a label is a line of a few words: most paragraphs are ruled out here
    return titled_name(text)


def _label_with_a_role(
    text: str, paragraphs: list[Paragraph], index: int, article: Article, texts: list[str]
) -> str | None:
    """The name in a label paragraph written with lowercase role words or a comma, over a paragraph that opens
    with a quotation: `Opposition housing critic Samira Haddad`, `Ana Ruiz, president of the union`."""
    if len(text) > 100 or not _quotation_follows(article, paragraphs, index, texts):
        return None
    return bare_label_name(text)


def _labelled(finder: PeopleFinder, label: str) -> Person | None:
    """The person a label names: `Mayor of Port Glen, Sam Okafor`, `Coach Ana Ruiz, Port Glen`, `Sen. Ruth Klein,
    D-Ore.`: a comma sets a name apart from its title, party, club or town. The part a role marks as the name is
    tried first (label_paragraphs.py: `Jo Hill, Verlane campaign manager`, `Coach Ana Ruiz`), and a first part that
    is a name alone (`Ana Ruiz, Friends of the Park`), then each part, the
    last first; a part naming a club or a town is passed over for one naming a person. A label in capitals
    (`SAMIRA HADDAD, SUPPORTERS' TRUST`) is read as the name it spells, and a party's or a country's possessive
    before a name places the person (`Labour's Ana Ruiz`, signed_lines.py)."""
    if label.isupper():
        label = " ".join(_uncapitalised(word) for word in label.split())
    verb, _, rest = label.partition(" ")
    if rest and verb.lower() in SPEECH_VERBS:
        label = rest  # `Stated Stone:`, `Continued Ruiz:`: the verb of an inverted said-clause, then the name
    if "," not in label:
        return finder.person_labelled(label if _known(finder, label) else placing_words_dropped(label))
    parts = [placing_words_dropped(part.strip()) for part in label.split(",") if part.strip()]
    named = [name for name in [bare_label_name(label), *map(role_then_name, parts)] if name]
    named += parts[:1] if plain_full_name(parts[0]) else []  # `Ana Ruiz, Friends of the Park`: the name first
    tried = [*(part for part in parts if any(name in part for name in named)), *reversed(parts)]
    found: Person | None = None
    for part in dict.fromkeys(tried):
        person = finder.person_labelled(part)
        if person is not None and person.kind == "person":
            return person
        found = found or person
    return found


def _known(finder: PeopleFinder, label: str) -> bool:
    """Whether the people found already include someone by exactly this name: they keep it, one person."""
    return any(label == person.name or label in person.alias_set for person in finder.people)


def _uncapitalised(word: str) -> str:
    """A word of a label in capitals as a name is written: "O'NEILL" -> "O'Neill", "OF" -> "of"."""
    return word.lower() if word.lower() in LABEL_LOWERCASE else word.capitalize() if word.isalpha() else word.title()


def _paragraph_of(starts: list[int], offset: int) -> int | None:
    index = bisect.bisect_right(starts, offset) - 1
    return index if index >= 0 else None


def _nothing_but_quotations(article: Article, paragraph: Paragraph, quotes: list[Quote]) -> bool:
    """Whether the paragraph holds only quoted words: a said-clause of its own names its own speaker."""
    if not quotes:
        return True  # the words of a quotation opened in a paragraph before, running on
    text = article.text
    outside, position = [], paragraph.start
    for quote in quotes:
        outside.append(text[position : quote.open_at])
        position = max(position, quote.close_at)
    outside.append(text[position : paragraph.end])
    return not re.search(r"[^\W\d_]", "".join(outside))
