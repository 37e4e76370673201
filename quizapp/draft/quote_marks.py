"""Where the quotation marks are: pairs of opening and closing marks, of any style, across paragraphs.

Handles straight and curly double quotes, guillemets, and single quotes (British style or
nested), tells an apostrophe (don't, players') from a closing single quote, and follows the
newswire convention for a quotation running over several paragraphs: the paragraph does not
close the quote, and the next one opens again.

Marks that do not pair are mended within their paragraph by how news prose lays out speech (unpaired.py),
and the quotations read so are marked; any other stray mark is dropped rather than guessed: an opening
quote that nothing closes, in a paragraph that the next one does not continue, quotes nothing unless it
opens the paragraph or follows a said-clause.

Kept apart from the `Quote` record (quotes.py) that the many modules reading quotations import: this is the scan,
one pass over each paragraph's marks with a stack of the quotations open.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from quizapp.draft.article import Article
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.mark_roles import (
    BEFORE_OPENING,
    doubled_single,
    elided,
    flipped_opener,
    introduced,
    opens_like_speech,
    plural_possessive,
    spaced_closer,
    unclosed_speech,
)
from quizapp.draft.quotes import Quote
from quizapp.draft.unpaired import (
    CLOSED_AS_OPENING,
    REOPENED,
    TYPED_DIFFERENTLY,
    UNCLOSED,
    UNOPENED,
    UNOPENED_CONTINUATION,
    after_split_said_clause,
    closes_before_said_clause,
    double_closes_first,
    ends_paragraph,
    narrated,
    reopens_speech,
    said_clause_follows,
    shaped_like_closer,
)

_DOUBLE_OPENERS = "“„«"
_DOUBLE_CLOSERS = "”»"
_SINGLE_OPENERS = "‘‹"
_SINGLE_CLOSERS = "’›"
_MARKS = lazy_compile(
    "[" + re.escape(_DOUBLE_OPENERS + _DOUBLE_CLOSERS + _SINGLE_OPENERS + _SINGLE_CLOSERS + "\"'") + "]"
)
"""Every character the scan acts on: it jumps from one to the next instead of reading each letter."""
_SECOND_OF_A_PAIR = frozenset("’'‘")
"""What can follow the first of two single marks typed for a double one (`doubled_single`): tested first, so the
stack of open quotations is read only at such a pair, not at every mark."""


@dataclass
class _Open:
    mark: str
    double: bool
    position: int
    segments: list[tuple[int, int]]
    segment_start: int
    mended: str | None = None
    after_close: int | None = None
    """Where the last quotation closed before this one opened in the same paragraph, if one did."""


def find_quotes(article: Article) -> list[Quote]:
    """Every balanced quotation in the article, in order of their opening marks."""
    text = article.text
    found: list[Quote] = []
    carried: _Open | None = None
    for paragraph in article.paragraphs:
        stack: list[_Open] = []
        start, end = paragraph.start, paragraph.end
        position = start
        pending: _Open | None = None
        """The speech of the paragraph before, open, when this one does not open with a mark: it may close it."""
        if carried is not None:
            first = text[start] if start < end else ""
            doubled = doubled_single(text, start, end, " ", double_open=False)
            retyped = carried.double and first in "'‘" and double_closes_first(text, start + 1, end)
            opens = first in '"“«„' + ("'‘" if not carried.double else "") or doubled or retyped
            if opens and carried.double and _names_two_speakers(text, carried, start, end):
                _finish_unclosed(found, carried, text)  # `Adebayo said: "We will appeal.` / `"It is ...," said Healy`
            elif opens:
                carried.segment_start = position = start + (2 if doubled else 1)
                carried.mended = TYPED_DIFFERENTLY if retyped else carried.mended
                stack.append(carried)
            else:
                pending = carried
        carried = None
        paired_until = position
        closed_at: int | None = None
        """Just after the last top-level closing mark of this paragraph."""
        for mark in _MARKS.finditer(text, position, end):
            position = mark.start()
            if position < paired_until:
                continue  # the second mark of a doubled single mark, read with the first
            char = text[position]
            before = text[position - 1] if position > start else " "
            after = text[position + 1] if position + 1 < end else " "
            if char in "'’‘" and before.isalnum() and after.isalnum():
                continue  # an apostrophe (don't, O'Brien, and Trump‘s typed with an opening mark), as below
            if char == "‘" and before.isalpha() and after.isspace() and not any(not item.double for item in stack):
                continue  # `CBS‘ Face the Nation`: a possessive's apostrophe typed as an opening mark, nothing to close
            if char in "'‘’" and before.isspace() and text[position + 1 : position + 3] in {"n'", "n’"}:
                paired_until = position + 3  # rock 'n' roll, fish ’n’ chips: "and" cut short, never a quotation
                continue
            if text[position + 1 : position + 2] in _SECOND_OF_A_PAIR and doubled_single(
                text, position, end, before, any(item.double for item in stack)
            ):
                char, paired_until = '"', position + 2  # ‘’ or '' typed for a double mark
                after = text[position + 2] if position + 2 < end else " "
            reopening = char in _DOUBLE_OPENERS or (char == '"' and before.isspace())
            if reopening and stack and stack[-1].double and reopens_speech(text, position, start):
                _reopen(found, stack, text, position, max(position + 1, paired_until))  # `... ladders. "Still ...`
            elif char == '"' and before.isspace() and after.isalnum() and stack and stack[-1].double:
                _lost_close(found, stack, position, max(position + 1, paired_until), None)  # `it "a farce and "we`
            elif char == "“" and stack and stack[-1].double and before not in BEFORE_OPENING and after.isspace():
                _finish(
                    found, stack.pop(), position, stack
                )  # `“Not yet,“ he said`: a closing mark typed as an opening one
                found[-1] = dataclasses.replace(found[-1], mended=CLOSED_AS_OPENING)
                closed_at = position + 1 if not stack else closed_at
            elif char in _DOUBLE_OPENERS:
                stack.append(_Open(char, True, position, [], position + 1, after_close=closed_at))
            elif char in _DOUBLE_CLOSERS or char == '"':
                double_open = next((index for index in range(len(stack) - 1, -1, -1) if stack[index].double), None)
                if double_open is not None:
                    del stack[double_open + 1 :]
                    _finish(found, stack.pop(), position, stack, max(1, paired_until - position))
                    closed_at = position + max(1, paired_until - position) if not stack else closed_at
                elif ((char == '"' or before in BEFORE_OPENING) and not after.isspace()) or (
                    char == "”" and flipped_opener(text, position, end)
                ):
                    opens_at = max(position + 1, paired_until)
                    stack.append(_Open(char, True, position, [], opens_at, after_close=closed_at))
                elif _retyped_speech(text, stack, start, end, position):  # `'We will ...," Lind added.`
                    _finish(found, stack.pop(), position, stack)
                    found[-1] = dataclasses.replace(found[-1], double=True, mended=TYPED_DIFFERENTLY)
                    closed_at = position + 1
                elif not stack and shaped_like_closer(text, position, end):
                    mended = _unopened(found, text, start, end, position, pending, closed_at)
                    pending = None if mended else pending
                    closed_at = position + 1 if mended else closed_at
            elif char in _SINGLE_OPENERS and not elided(text, position):
                stack.append(_Open(char, False, position, [], position + 1, after_close=closed_at))
            elif char in _SINGLE_CLOSERS or char == "'":
                if before.isalnum() and after.isalnum():
                    pass  # an apostrophe: don't, O'Brien
                elif (
                    stack and not stack[-1].double and plural_possessive(text, position, end, stack[-1].position, start)
                ):
                    pass  # 'The bowlers' plans were right,' he said: a possessive inside a speech
                elif stack and not stack[-1].double and (not before.isspace() or spaced_closer(text, position, end)):
                    _finish(found, stack.pop(), position, stack)
                    closed_at = position + 1 if not stack else closed_at
                elif char in "'‘" and before in BEFORE_OPENING and after.isalnum() and not elided(text, position):
                    stack.append(_Open(char, False, position, [], position + 1, after_close=closed_at))
                elif (
                    not stack and before in ",.!?" and _unopened(found, text, start, end, position, pending, closed_at)
                ):  # `... the end of it,' he said`: its opening mark lost
                    pending, closed_at = None, position + 1
        open_double = next((item for item in stack if item.double and not _inside_single(item, stack)), None)
        if open_double is None and stack and (stack[0].segments or opens_like_speech(text, stack[0].position, start)):
            open_double = stack[0]  # British style: a single-quoted speech runs on into the next paragraph, and on
            # again when it was already running on (its opening mark is paragraphs back, judged there)
        if open_double is not None and stack.index(open_double) == 0:
            open_double.segments.append((open_double.segment_start, end))
            carried = open_double
        if pending is not None:
            _finish_unclosed(found, pending, text)
    if carried is not None:
        _finish_unclosed(found, carried, text)
    return sorted(found, key=lambda quote: quote.open_at)


def _names_two_speakers(text: str, carried: _Open, start: int, end: int) -> bool:
    """Whether a speech open at the end of its only paragraph, after a said-clause or a colon naming its speaker,
    meets a next paragraph whose first quotation names its own: then they are two speeches (unpaired.py)."""
    if len(carried.segments) != 1:
        return False  # a speech already running over paragraphs goes on, however its last one ends
    split = carried.after_close is not None and after_split_said_clause(text, carried.after_close, carried.position + 1)
    return (introduced(text, carried.position) or split == carried.position) and closes_before_said_clause(
        text, start + 1, end
    )


def _reopen(found: list[Quote], stack: list[_Open], text: str, position: int, resumes_at: int) -> None:
    """The open speech goes on after a mark that reopened it, the mark left out of its words; but when its words
    so far hold a said-clause (`... Thursday. The company said two sailings ...`), the closing mark was lost
    before narration: the open quotation ends there and a new one opens, each attributed on its own."""
    opened = stack[-1]
    if narrated(text, opened.segment_start, position):
        _lost_close(found, stack, position, resumes_at, REOPENED)
        return
    opened.segments.append((opened.segment_start, position))
    opened.segment_start = resumes_at
    opened.mended = REOPENED


def _lost_close(found: list[Quote], stack: list[_Open], position: int, resumes_at: int, mended: str | None) -> None:
    """The open double quotation lost its closing mark before the opening mark at `position`: it ends there, marked,
    and a new one opens."""
    count = len(found)
    opened = stack.pop()
    _finish(found, opened, position, stack, 0)
    if len(found) > count:
        found[-1] = dataclasses.replace(found[-1], mended=UNCLOSED)
    stack.append(_Open(opened.mark, True, position, [], resumes_at, mended))


def _retyped_speech(text: str, stack: list[_Open], start: int, end: int, position: int) -> bool:
    """Whether a double closing mark at `position` ends a speech that opened the paragraph with a single mark typed
    for a double one: nothing else is open, the mark is shaped like a closer, and a said-clause or the paragraph's
    end follows it."""
    if len(stack) != 1 or stack[0].double or stack[0].position != start or not shaped_like_closer(text, position, end):
        return False
    return said_clause_follows(text, position, end) or ends_paragraph(text, position, end)


def _unopened(
    found: list[Quote], text: str, start: int, end: int, position: int, pending: _Open | None, closed_at: int | None
) -> bool:
    """Reads a closing mark that nothing opened (unpaired.py), and says whether it ended a quotation."""
    double = text[position] in _DOUBLE_CLOSERS + '"'
    if pending is not None and pending.double == double and closed_at is None:  # the speech before ran on into it
        segments = (*pending.segments, (start, position))
        found.append(Quote(segments, pending.position, position + 1, False, double, UNOPENED_CONTINUATION))
        return True
    said = said_clause_follows(text, position, end)
    if not said and not ends_paragraph(text, position, end):
        return False
    begin = start if closed_at is None and said else None
    if closed_at is not None:
        begin = after_split_said_clause(text, closed_at, position)  # `"...," he tweeted. It was ..."`
    if begin is None or not text[begin:position].strip():
        return False
    found.append(Quote(((begin, position),), begin, position + 1, nested=False, double=double, mended=UNOPENED))
    return True


def _finish_unclosed(found: list[Quote], opened: _Open, text: str) -> None:
    """A quotation left open at the end of its last paragraph, kept when it opened the way speech opens
    (mark_roles.unclosed_speech): a stray mark in mid-sentence would otherwise swallow whole paragraphs."""
    if opened.segments and unclosed_speech(text, opened.position, opened.double, opened.after_close):
        found.append(
            Quote(tuple(opened.segments), opened.position, opened.segments[-1][1], False, opened.double, UNCLOSED)
        )


def _inside_single(item: _Open, stack: list[_Open]) -> bool:
    index = stack.index(item)
    return any(not other.double for other in stack[:index])


def _finish(found: list[Quote], opened: _Open, close_position: int, outer: list[_Open], width: int = 1) -> None:
    segments = [*opened.segments, (opened.segment_start, close_position)]
    segments = [(start, end) for start, end in segments if end > start]
    if not segments:
        return
    found.append(
        Quote(
            segments=tuple(segments),
            open_at=opened.position,
            close_at=close_position + width,
            nested=bool(outer),
            double=opened.double,
            mended=opened.mended,
        )
    )
