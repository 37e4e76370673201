"""Someone's unnamed spokesperson: `"...," Labour leader Ana Ruiz's spokesperson told reporters`.

A role owned by a named person ("the mayor's spokesman", "Reid's lawyer") is a speaker of its own: the words
are the spokesperson's, never the owner's. The role sieve (roles.py) reads the owner when it is one word
("Reid's spokesman"); with a full name ("Ana Ruiz's spokesperson", "Prime Minister Lena Varga's official
spokesman") the name is a mention of its own, so no role was read after it and the words had no candidate.
Here the role is read after the possessive mention: the owner's name as written, a word or two, a role noun.
When the role holder's name follows the role ("Okafor's spokesman Dele Ameh said", "Reid's aide, Petra
Lund, said"), the words are the holder's: `holder_after` says where that name starts.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, alternation
from quizapp.draft.person import Mention

_ROLE_AFTER_OWNER = lazy_compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:"
    + alternation(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\b(?:\s+of\s+[a-z][\w-]*\b)?(?!['’]s\b)(?!,?\s+[A-Z])"
)
"""After the owner's name: "'s", up to two lowercase words ("official", "senior"), a role noun and perhaps its
"of" ("chief of staff"), not itself owning something ("Reid's lawyer's office") nor followed by the role holder's
name ("Reid's spokesman, Dan Hale,": Hale's words, which the other sieves give him)."""


def possessed_role(text: str, mention: Mention, end: int) -> str | None:
    """The phrase "<owner>'s <role>" that starts with the possessive `mention`, before `end`, or None."""
    if not mention.possessive:
        return None
    role = _ROLE_AFTER_OWNER.match(text, _owner_end(text, mention), end)
    return text[mention.start : role.end()] if role is not None else None


_ROLE_THEN_HOLDER = lazy_compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:"
    + alternation(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")(?:\s+of\s+[a-z][\w-]*)?(?:,\s*|\s+)(?=[A-Z])"
)
"""After the owner's name: "'s", up to two lowercase words, a role noun and perhaps its "of" ("chief of staff",
"director of communications"), then (perhaps after a comma) a capital."""


def holder_after(text: str, mention: Mention, end: int) -> int | None:
    """Where the name of the role a possessive `mention` owns starts, when one follows the role ("Okafor's
    spokesman Dele Ameh", "Reid's aide, Petra Lund"); None when no name follows it."""
    if not mention.possessive:
        return None
    role = _ROLE_THEN_HOLDER.match(text, _owner_end(text, mention), end)
    return role.end() if role is not None else None


def _owner_end(text: str, mention: Mention) -> int:
    """Where the owner's name ends, before its "'s": a name's mention stops there, but a description's ("the
    union's", linked to the union named before) holds the "'s" too."""
    return mention.end - 2 if text[mention.end - 2 : mention.end] in {"'s", "’s"} else mention.end
