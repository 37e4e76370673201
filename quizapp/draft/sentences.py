"""Sentences of a paragraph, never cut inside a quotation.

A quotation's own full stops do not end the reporting sentence around it: in
`"We will win. We always do," she said.` the sentence runs to "said.", which is what lets the
attribution find its quotation. A quotation ending in a full stop and followed by a new
sentence ("...drones." Then...) does end its sentence; one ending in "?" or "!" does too,
unless what follows is its attribution (`"Are you serious?" Mr. Vance asked.`): newswire
attributes a quotation after a comma, never after a full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ABBREVIATIONS, SPEECH_VERBS
from quizapp.draft.records import written_at_once
from quizapp.draft.spans import Spans

_END = lazy_compile(r"[.!?][.!?]*[)\]]*(?=\s+(?:[\"“‘'«(\[]|[\"“](?:\[|(?:\.\s?){3}\s*))?[A-Z0-9])")
"""A stop, then the next sentence's capital, perhaps after an opening mark, or after a quotation mark and an
editor's bracket or ellipsis (`... said Reid. "[Grant] will ...`, `"... . . . We can ...`): its words carry on.
The first stop is written before the repeat (`[.!?][.!?]*`, what `[.!?]+` matches): a pattern opening with a repeat
is tried at every position of a search, one opening with a set of characters only where one of them stands."""
_QUOTE_AHEAD = lazy_compile(r"\s+[\"“](?:\[|(?:\.\s?){3}\s*)?[A-Z]")
"""A double opening mark and a capital after a stop: a quotation opening the next sentence."""
_CAPITAL_AHEAD = lazy_compile(r"\s+[\"“‘«(]?[A-Z]")
_ATTRIBUTION_AHEAD = lazy_compile(r"\s*((?:[\w.'’-]+\s+){0,4}?)([a-z]+)\b")


@written_at_once
@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _word_before(text, dot)
    return word is not None and stop_ends_no_sentence(word)


def stop_ends_no_sentence(word: str) -> bool:
    """Whether a full stop after `word` (its letters, without that stop) ends no sentence: an abbreviation
    ("Mrs", "Inc", "Brig"), an initial ("Vladimir V. Putin") or a dotted word ("U.S", "a.m"). The one test of it:
    the splitter reads on past these, and a question cutting a quotation short does not cut there."""
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return "." in word


def _dotted_then_quote(text: str, dot: int) -> bool:
    """Whether the stop at `dot` ends a dotted word (a state, a web address: "R-S.C.", "MoveOn.org.") and a
    quotation opens after it: `..., said Ana Ruiz, D-N.Y. "We ..."`. A title's stop ("Gen.", "Sen.") and an
    initial come before a name, and a quoted nickname after them ("Gen. "Mad Dog" Mattis") goes on the sentence."""
    word = _word_before(text, dot)
    return (
        word is not None
        and "." in word.strip(".")
        and word.lower().rstrip(".") not in ABBREVIATIONS
        and _QUOTE_AHEAD.match(text, dot + 1) is not None
    )


def _word_before(text: str, dot: int) -> str | None:
    r"""The word before the full stop at `dot`, as a search for `([A-Za-z][A-Za-z.]*)\.$` over the dozen characters
    before it finds it (its ASCII letters and dots, from the first letter), read back from the dot instead of
    trying the pattern at each of the dozen positions."""
    run = dot
    low = max(0, dot - 12)
    while run > low and text[run - 1] in _LETTERS_AND_DOTS:
        run -= 1
    while run < dot and text[run] == ".":
        run += 1
    return text[run:dot] if run < dot else None


_LETTERS_AND_DOTS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _attribution_follows(text: str, position: int, limit: int) -> bool:
    """Whether the words after a quotation are its attribution ("Mr. Vance asked")."""
    window = text[position : min(limit, position + 60)]
    clause = re.split(r"[.;:!?\"“”]", window.replace("Mr.", "Mr").replace("Ms.", "Ms").replace("Mrs.", "Mrs"))[0]
    words = clause.split()[:5]
    return any(word.strip(",").lower() in SPEECH_VERBS for word in words)


def split_sentences(
    text: str, start: int, end: int, quote_spans: Spans | list[tuple[int, int]], paragraph: int
) -> list[Sentence]:
    """Sentences of text[start:end]; `quote_spans` (open mark to after close mark) are never cut."""
    cuts: list[int] = []
    quoted = quote_spans if isinstance(quote_spans, Spans) else Spans(quote_spans)
    spans = [(max(a, start), min(b, end)) for a, b in quoted.overlapping(start, end)]
    for match in _END.finditer(text, start, end):
        dot, after = match.span()
        if spans:  # inside a quotation (its part in this paragraph), past its opening mark: no cut
            span = quoted.holding(dot)
            if span is not None and max(span[0], start) < dot:
                continue
        if after - dot == 1 and text[dot] == "." and _is_abbreviation(text, dot) and not _dotted_then_quote(text, dot):
            continue
        cuts.append(after)
    ends_only = len(cuts)  # the sentence ends found so far come in text order, one each
    for _a, close in spans:
        inner = text[close - 2 : close - 1] if close - 2 >= start else ""
        if (
            inner in {".", "!", "?"}
            and _CAPITAL_AHEAD.match(text, close, end)
            and (inner == "." or not _attribution_follows(text, close, end))
        ):
            cuts.append(close)
    sentences = []
    position = start
    for cut in cuts if len(cuts) == ends_only else sorted(set(cuts)):
        if cut <= position or cut >= end:
            continue
        sentences.append(Sentence(position, cut, paragraph))
        position = cut
        while position < end and text[position].isspace():
            position += 1
    if position < end:
        sentences.append(Sentence(position, end, paragraph))
    return sentences
