"""A name right after "said" that opens the reported clause instead of being the speaker.

English puts the speaker after "said" in inverted attribution ("...," said Ana Ruiz, the mayor), and there the
name ends the clause: a comma, a full stop, "who", "of", "in a statement". After a plain "X said" the same slot
opens the reported clause ("Warren East said Rolls Royce had made good progress", "Police said Hollywood
Heights residents are on alert"): the name is followed by the clause's verb or by the noun it qualifies. Such a
name says nothing about being a person, and it never speaks.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import GROUP_NOUNS, ROLE_NOUNS, word_set

AUXILIARIES = word_set(
    """
    is are was were has have had will would could should can may might must did does do shall
    """
)
"""Finite verbs that can only be the reported clause's own verb right after its subject."""

_NEXT_WORD = lazy_compile(r"[ \t]+([a-z][\w-]*)\b")


def starts_reported_clause(text: str, name_end: int) -> bool:
    """Whether the name ending at `name_end` is followed by an auxiliary verb or a group or role noun, so it
    opens the clause "said" reports ("said Rolls Royce had", "said Hollywood Heights residents")."""
    following = _NEXT_WORD.match(text, name_end)
    if following is None:
        return False
    word = following.group(1)
    return word in AUXILIARIES or word in GROUP_NOUNS or word in ROLE_NOUNS
