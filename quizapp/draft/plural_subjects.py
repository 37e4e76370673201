"""A person named as one of two joined subjects is not whom a later "he" or "she" means.

"Tom Reid and Ivo Bell scored the goals. Speaking afterwards, he said ..." : a singular pronoun cannot take up
"Reid and Bell", two people; English uses "they" for them. So the pronoun sieve (pronouns.py) passes over a person
coordinated with someone else by "and" (no comma between, so not a list nor two clauses) and neither takes them
as the pronoun's person nor counts them as a rival to the subject named before: that is whom the writer goes
on about. The second of the pair need not be known as a person ("Reid and Bell", Bell an unfamiliar name),
so the pair is read from the words, a name or a noun phrase of a person after "and" ("Reid and his wife").
A pair of a man and a woman is told apart by the pronoun ("Grace Hollins and Peter Marsh opened a bakery. ...
she said" is Hollins), so the caller is given where the other one is named, to read their gender.
"""

from __future__ import annotations

import re

_JOINED_AFTER = re.compile(
    r"(?:’s|'s)?\s+(?:and|&)\s+(?:[A-Z][\w'’.-]*|(?:his|her|their|fellow|team-?mate|teammate|wife|husband)\b)"
)
"""After a name: "and Ivo Bell", "and his wife", "and fellow striker"."""
_JOINED_BEFORE = re.compile(r"(?:^|[^\w,;:])(?:[A-Z][\w'’.-]*\s+){1,3}(?:and|&)\s+$")
"""Before a name: "Tom Reid and " (capitalised words only, no comma: "Reid, Bell and" is a list's tail)."""
_SENTENCE_WORDS = frozenset({"And", "But", "Both", "When", "As", "After", "Then", "So", "While"})


def other_of_pair(text: str, start: int, end: int, sentence_start: int) -> tuple[int, int] | None:
    """Where the other one is named when the name at text[start:end] is joined by "and" to another name or a
    person's noun phrase, as in "Tom Reid and Ivo Bell" or "Reid and his wife": one of two, whom a singular
    pronoun does not mean. None when the name stands alone."""
    if (after := _JOINED_AFTER.match(text, end)) is not None:
        partner = after.end() - len(after.group(0).split()[-1])
        return partner, min(len(text), partner + 40)
    before = _JOINED_BEFORE.search(text, max(sentence_start, start - 60), start)
    if before is None:
        return None
    words = before.group(0).split()
    if len(words) == 2 and words[0].strip('"“‘(') in _SENTENCE_WORDS:
        return None
    return before.start(), start
