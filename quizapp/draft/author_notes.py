"""The writer's note at an article's foot: "Follow Ana Ruiz on Twitter @aruiz.", "Tom Reid is a reporter for the Post."

News sites close a story with lines about its writer, not about the story: where to follow them, who they are, who
helped ("Additional reporting by ..."). Read as the story, such a line names a person the story never speaks of, and
that person becomes the last man named, a pronoun's antecedent or a speaker's candidate. These lines are cut from
the story; only whole paragraphs at the very end, each shaped as a note from end to end, so a story's own last
sentence ("Reid said he would follow the vote on Twitter") stays.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
"""A writer's name: a few capitalised words ("Ana Ruiz", "J.D. Reid Jr.")."""
_NAMES = rf"{_NAME}(?:(?:,\s+|\s+and\s+){_NAME})*"
_HANDLE = r"@\w+"
_JOURNALISM = (
    r"(?:reporter|writer|correspondent|columnist|editor|contributor|journalist|producer|blogger|analyst|"
    r"author|commentator|editor-at-large|bureau chief)"
)
_NOTE = lazy_compile(
    r"(?:On\s+Twitter,?\s+)?[Ff]ollow\s+(?=[^\n]{0,160}(?:Twitter|twitter\.com|@\w))[^\n]{1,300}"
    rf"|Twitter:\s*{_HANDLE}\.?"
    rf"|{_HANDLE}\.?"
    rf"|\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+[^\n]{{1,300}}"
    rf"|{_NAMES}\s+contributed(?:\s+(?:reporting|to\s+this\s+(?:story|report|article)))?\.?"
    rf"|{_NAME}\s+is\s+(?:an?\s+|the\s+)?[^\n]{{0,120}}?\b(?i:{_JOURNALISM})\b[^\n]{{0,300}}"
)
"""One note, the whole paragraph: a line to follow the writer (a handle, or a name "on Twitter"), the handle alone,
the credits of a wire story, "NAME contributed", or the writer's biography ("NAME is a senior reporter at ...")."""
_MAX_NOTE_WORDS = 70
"""A biography at the foot is a sentence or three; a longer paragraph is the story's."""


def is_author_note(paragraph: str) -> bool:
    """Whether the paragraph is wholly a note about the article's writer, by its shape (see the module)."""
    stripped = paragraph.strip()
    return len(stripped.split()) <= _MAX_NOTE_WORDS and _NOTE.fullmatch(stripped) is not None


def story_end(paragraphs: list[str], first: int) -> int:
    """How many of `paragraphs` are the story: the notes at the end are cut, never a paragraph before `first`
    (the story's first paragraph), so the story keeps one at least."""
    end = len(paragraphs)
    while end > first + 1 and is_author_note(paragraphs[end - 1]):
        end -= 1
    return end


_NOTE_ON_THE_ARTICLE = lazy_compile(
    r"\s*(?:Editor['’]?s['’]?\s+note|Editors['’]\s+note|Correction|Clarification)\s*:", re.IGNORECASE
)
"""The label opening a note of the site on the article itself: "Editor's note:", "CORRECTION:"."""


def is_note_on_the_article(paragraph: str, before: str = "") -> bool:
    """Whether a paragraph is a note of the site on the article, not the story: an editor's note (a standing line a
    site adds to every story on one subject, "Editor's note: NAME regularly ..."), a correction ("An earlier
    version of this story incorrectly said that ...", the claim it corrects written out again) or a
    clarification. `before` is the paragraph before it: a label on a line of its own opens the note after it.

    Unlike a writer's note it names the story's people, so it stays in the story the speakers are found in; only
    questions leave it out: asked as a fact, it teaches the site's line, or the very error it corrects."""
    if _NOTE_ON_THE_ARTICLE.match(paragraph) is not None:
        return True
    label = _NOTE_ON_THE_ARTICLE.match(before)
    return label is not None and not before[label.end() :].strip()
