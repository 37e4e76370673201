"""Hard-wrapped text pasted without blank lines: lines broken at a fixed width are not paragraphs.

A text with no blank line is read as one paragraph per line, since web pages pasted as text put one
line break between paragraphs. But copy from a PDF, an e-mail or a terminal is often hard-wrapped:
every paragraph broken into lines of sixty to eighty characters. Read a line at a time, a quotation
running over a line break was cut in two, each half lost its speaker, and every question said the
wrong paragraph. A file reads as hard-wrapped when its lines are short (none longer than a wrapped
line can be) and most of them end mid-sentence; then a line ending mid-sentence and the next opening
in lowercase are one paragraph running on. A line opening in capitals (a new paragraph, a name) or
"by" (a byline under a headline) is left alone, so the worst case is the line-per-paragraph reading
this module found.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

_WRAP_WIDTH = 100
"""No hard-wrapped line is longer: a text with a longer line is pasted web text, a paragraph per line."""
_MID_SENTENCE = lazy_compile(r"(?:[\w,;–—-]|,[\"”’'])$")
"""A line that ends with a word, a comma (inside a closing mark too: `,"` before "he said") or a dash has not
ended its sentence."""
_ENDS_SENTENCE = lazy_compile(r"[.!?:\"”’)\]…]$|[\"”]\s*(?:--|—|–)\s*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}$")
"""A line that ends a sentence, a lead-in or a quotation, or the words and their signature (`"..." — Ana Ruiz`,
as round-ups of readers' or players' words print each item): a paragraph of a page can end there."""
_RUNS_ON = lazy_compile(r"[a-z]")
_BYLINE = lazy_compile(r"by\b")


def unwrapped(lines: list[str]) -> list[str]:
    """The paragraphs of a text without blank lines: its lines, or its hard-wrapped lines joined."""
    full = [line for line in lines if line]
    if len(full) < 5 or max(len(line) for line in full) > _WRAP_WIDTH:
        return lines
    if sum(1 for line in full if _MID_SENTENCE.search(line)) * 2 < len(full):
        return lines  # most lines end their sentence: a paragraph per line after all
    paragraphs: list[list[str]] = []  # each paragraph's lines, joined once at the end
    for line in lines:
        if paragraphs and _MID_SENTENCE.search(paragraphs[-1][-1]) and _RUNS_ON.match(line) and not _BYLINE.match(line):
            paragraphs[-1].append(line)  # its last line ends the paragraph: only that line is tested
        else:
            paragraphs.append([line])
    return [" ".join(paragraph) for paragraph in paragraphs]


def block_paragraphs(block: str) -> list[str]:
    """The paragraphs of one block between blank lines: the block joined into one, or, when it reads as a page
    pasted with single line breaks (three lines or more, or a line longer than any hard-wrapped one, and most
    lines ending a sentence, which hard-wrapped lines do not), one per line. A headline and a blank line above
    such a page used to make its whole story one paragraph, where one unclosed quotation mark swallowed every
    quotation after it."""
    lines = [line for line in block.split("\n") if line]
    if len(lines) < 2 or (len(lines) < 3 and max(len(line) for line in lines) <= _WRAP_WIDTH):
        return [" ".join(lines)]
    if sum(1 for line in lines[:-1] if _ENDS_SENTENCE.search(line)) * 5 < (len(lines) - 1) * 3:
        return [" ".join(lines)]
    return lines
