"""Quotation marks that do not pair, read by how news prose lays out speech, so the damage stays in one paragraph.

Writers and the pages articles are pasted from lose quotation marks: a closing mark is forgotten, a
continuation paragraph has its closing mark but not its opening one, a speech's second half is not
reopened after its said-clause, or paragraphs pasted together keep every paragraph's reopening mark in
one line (`... death. “He was kind ...`). Paired blindly, one such mark shifts every pair after it,
and the words of a whole paragraph are lost or taken for narration. News prose is regular enough to
read the mark anyway:

- a double mark that opens a sentence while a double quotation is still open reopens the same speech
  (the newswire convention for continued speech, within a paragraph): the words run on;
- a closing mark that nothing opened ends a speech that began at the paragraph's start when the open
  speech of the paragraph before runs on into it (the continuation lost its opening mark), or when a
  said-clause follows it (`It will be ready in May," said Quist`); after a split quotation's said-clause
  in the same paragraph (`"...," he said. The rest of it."`), it began after that clause;
- a speech opened with a single mark at the paragraph's start and closed with a double one before its
  said-clause, in a story that quotes in double marks, is one speech typed with the wrong key; so is a
  continuation paragraph opening with a single mark when its double closing mark comes first;
- a speech left open at the end of a paragraph whose own words named its speaker (a said-clause or colon
  before it) does not run on into a next paragraph that opens with a mark and names its own speaker
  (`"It is a victory," said Healy`): its closing mark was lost, and the next paragraph starts clean;
- any other stray mark is dropped rather than guessed.

Every quotation read this way is marked (`Quote.mended` says how), so attribution can be careful with it.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB, SPEECH_VERBS

REOPENED = "reopened without closing"
"""A double mark reopened the speech before the open one was closed: the parts are one speech."""
UNOPENED = "closed without opening"
"""The closing mark had no opening one: the speech is read back to its paragraph's start or its said-clause."""
UNCLOSED = "not closed"
"""The opening mark had no closing one: the speech is read to its paragraph's end."""
UNOPENED_CONTINUATION = "continued without an opening mark"
"""The speech of the paragraph before ran on into a paragraph that closes it but never opened it."""
TYPED_DIFFERENTLY = "opened with a single mark, closed with a double one"
"""A speech in double marks whose opening (or continuation) mark was typed as a single one: `'We ...," she said`."""
CLOSED_AS_OPENING = "closed with an opening double mark"
"""A speech closed by “ typed after its last word and before a space: `“Not yet,“ he said`."""

_SENTENCE_END = lazy_compile(r"[.!?…][)\]’']?\s+$")
"""Just before a mark that opens a new sentence: the last one ended."""
_WORD = lazy_compile(r"[a-z]+")
_PRONOUN_SAID = lazy_compile(r",?\s+(?:he|she|they|we|i|it)\b", re.IGNORECASE)
"""A said-clause led by a pronoun: `," she said`, whose speaker is the one before."""
_SAID_AFTER = lazy_compile(rf",?\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{SPEECH_VERB})\b")
"""A said-clause right after a closing mark: `," said Quist`, `," the council's officer added`."""
_SPLIT_SAID = lazy_compile(rf"\s*(?:[\w.'’-]+,?\s+){{0,4}}?(?:{SPEECH_VERB})\b[^\"“”]*?[.!?]\s+")
"""After a split quotation's first half: its said-clause, however long, up to the end of its sentence."""


def reopens_speech(text: str, position: int, paragraph_start: int) -> bool:
    """Whether a double mark at `position`, met while a double quotation is open, opens a new sentence of it:
    the sentence before it ended (`... ladders. "Still they ...`), and a word follows the mark."""
    following = text[position + 1 : position + 2]
    if not following or not (following.isalnum() or following in "‘'"):
        return False
    return _SENTENCE_END.search(text, max(paragraph_start, position - 4), position) is not None


def narrated(text: str, start: int, end: int) -> bool:
    """Whether the words between `start` and `end`, read as one open speech, hold a said-clause: then they are
    not all speech (or the speaker quotes someone), and a mark reopening after them is not read as going on."""
    return any(word in SPEECH_VERBS for word in _WORD.findall(text, start, end))


def shaped_like_closer(text: str, position: int, end: int) -> bool:
    """Whether a mark at `position` can only close a quotation: words or punctuation before it, a space, a
    comma or the paragraph's end after it."""
    before = text[position - 1 : position]
    after = text[position + 1 : position + 2] if position + 1 < end else ""
    return bool(before) and not before.isspace() and (not after or after.isspace() or after in ",.;:!?)")


def said_clause_follows(text: str, position: int, end: int) -> bool:
    """Whether a said-clause follows the closing mark at `position`: `," said Quist`, `," she said`."""
    return _SAID_AFTER.match(text, position + 1, end) is not None


def ends_paragraph(text: str, position: int, end: int) -> bool:
    """Whether only spaces follow the mark at `position` up to `end`: read up to the first word, never copied
    whole (a copy of the paragraph's rest per stray mark was quadratic in a long paragraph)."""
    return position + 1 >= end or _ONLY_SPACE.fullmatch(text, position + 1, end) is not None


_ONLY_SPACE = lazy_compile(r"\s*")
r"""`\s` is what `str.strip` strips: Unicode white space."""


def after_split_said_clause(text: str, closed_at: int, position: int) -> int | None:
    """Where the second half of a split quotation begins when its opening mark is missing: after the said-clause
    sentence that follows the first half's closing mark at `closed_at` (`"...," he tweeted. It was ..."`)."""
    said = _SPLIT_SAID.match(text, closed_at, position)
    if said is None or said.end() >= position:
        return None
    return said.end()


_DOUBLE_MARK = lazy_compile(r"[\"“”«»„]")


def double_closes_first(text: str, start: int, end: int) -> bool:
    """Whether the first double mark from `start` closes a quotation: a closing curly mark, or a straight one
    shaped like a closer. A continuation paragraph opened with a single mark closes with it the speech before."""
    mark = _DOUBLE_MARK.search(text, start, end)
    if mark is None:
        return False
    return mark.group() in "”»" or (mark.group() == '"' and shaped_like_closer(text, mark.start(), end))


def closes_before_said_clause(text: str, start: int, end: int) -> bool:
    """Whether the first double mark from `start` closes a quotation and a said-clause that names someone follows
    it: a paragraph opening `"It is a victory," said Healy` names its own speaker; `"...," she added` goes on with
    the speaker before."""
    mark = _DOUBLE_MARK.search(text, start, end)
    if mark is None or not double_closes_first(text, start, end) or not said_clause_follows(text, mark.start(), end):
        return False
    return _PRONOUN_SAID.match(text, mark.start() + 1, end) is None
