"""`Ruiz said Reid's words, "...", had upset everyone`: words set beside a name's saying are that name's.

A quotation in apposition to a possessive and a noun of saying ("Reid's words,", "Reid's reply,", "his
critics' claim") is what that saying was: the possessor's words, whoever's sentence reports them. The
before-sieve took the sentence's subject, the one who reports them, as the speaker. A named possessor is
the speaker as surely as "Reid said"; an unnamed one ("his critics' claim") leaves the words to nobody.
Without a comma the words may be the noun's predicate, not its content: right after "said" or "that" the
noun opens a clause (`Ruiz said Reid's remarks "had upset everyone"`) and the words are Ruiz's.
"""

from __future__ import annotations

import re

_POSSESSED_SAYING = re.compile(
    r"(?P<owner>\b\S+?)['’]s?\s+(?:[a-z]+\s+)?(?:words|comments?|remarks?|reply|answer|message|statement|question|"
    r"tweet|post|claims?|promise|warning|plea|response|verdict|retort|boast|vow|insult|jibe)\s*(?P<comma>,?)\s*$"
)
_CLAUSE_OPENS = re.compile(r"\b(?:that|said|says|say|saying)\s+(?:[\w'’.-]+\s+){0,3}$")
"""A clause's opening word and up to three words before the possessor: "said (Reid's)", "that the
committee's (chair's)"."""

_NOUNS = (
    "words", "comment", "comments", "remark", "remarks", "reply", "answer", "message", "statement", "question", "tweet",
    "post", "claim", "claims", "promise", "warning", "plea", "response", "verdict", "retort", "boast", "vow", "insult",
    "jibe",
)  # fmt: skip
"""`_POSSESSED_SAYING`'s nouns, looked up at the end of the words before the quotation first."""


def possessor_of_saying(text: str, start: int, end: int) -> int | None:
    """Where the owner of a noun of saying set right before the quotation at `end` ends (the possessive's
    "'s"), or None when the words before the quotation are no such noun."""
    window = max(start, end - 120)
    if not text[window:end].rstrip().removesuffix(",").rstrip().endswith(_NOUNS):
        return None  # the pattern's noun ends the words before the quotation: most end otherwise
    match = _POSSESSED_SAYING.search(text, window, end)
    if match is None:
        return None
    if not match.group("comma") and _CLAUSE_OPENS.search(text, window, match.start("owner")):
        return None  # "said Reid's remarks "had upset everyone"": the subject of the words, not their owner
    return match.end("owner")
