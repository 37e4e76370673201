"""'The 34-year-old said': an age standing for the person the article gave that age.

Sport and court reports name someone once with their age ("Dean Price, 29,", "29-year-old Dean
Price", "Price (29)") and then call them "the 29-year-old". The description is linked only to
the one person the article gave that age; an age nobody was given, or two people share, links
nobody, and the words stay with the role as written.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention
from quizapp.draft.spans import Spans

_AGE_AFTER = lazy_compile(r",\s*(\d{1,3}),|\s*\((\d{1,3})\)")
_AGE_BEFORE = lazy_compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
_BY_AGE = lazy_compile(r"\b[Tt]he\s+(\d{1,3})-year-old\b")
_YEAR_OLD = lazy_compile(r"-year-old\b")
_NO_NAME_AFTER = lazy_compile(r"(?!\s+(?:[A-Z]|[a-z][\w-]*\s+[A-Z]))")
"""`the 29-year-old`, not `the 29-year-old Dean Price` nor `the 21-year-old American Keys` (a name follows)."""


def age_mentions(text: str, start: int, mentions: list[Mention], quoted: Spans) -> list[Mention]:
    """Mentions for each "the N-year-old" of the text whose age the article gave one person, and no one else."""
    ages: dict[str, set[str]] = {}
    if "-year-old" not in text:
        return []  # no "the N-year-old" to link
    for mention in mentions:
        after = _AGE_AFTER.match(text, mention.end) if text[mention.end : mention.end + 1] in {",", " ", "("} else None
        window_start = max(0, mention.start - 40)
        before = (
            _AGE_BEFORE.search(text, window_start, mention.start)
            if "-year-old" in text[window_start : mention.start]
            else None
        )
        for age in (after.group(1) or after.group(2) if after else None, before.group(1) if before else None):
            if age is not None:
                ages.setdefault(age, set()).add(mention.person)
    if not ages:
        return []
    found = []
    for word in _YEAR_OLD.finditer(text, start):  # a literal first: found by a fast scan, then checked
        match = _BY_AGE.search(text, max(start, word.start() - 12), word.end())
        if match is None or match.end() != word.end() or not _NO_NAME_AFTER.match(text, word.end()):
            continue
        people = ages.get(match.group(1), set())
        if len(people) == 1 and not quoted.contains(match.start()):
            found.append(Mention(match.start(), match.end(), next(iter(people)), False, False))
    return found
