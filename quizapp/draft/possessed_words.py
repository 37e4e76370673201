"""`Ruiz said Reid's words, "...", had upset everyone`: words set beside a name's saying are that name's.

A quotation in apposition to a possessive and a noun of saying ("Reid's words,", "Reid's reply,", "his
critics' claim") is what that saying was: the possessor's words, whoever's sentence reports them. The
before-sieve took the sentence's subject, the one who reports them, as the speaker. A named possessor is
the speaker as surely as "Reid said"; an unnamed one ("his critics' claim") leaves the words to nobody.
Without a comma the words may be the noun's predicate, not its content: right after "said" or "that" the
noun opens a clause (`Ruiz said Reid's remarks "had upset everyone"`) and the words are Ruiz's.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

_POSSESSED_SAYING = lazy_compile(
    r"(?P<owner>\b\S+?)['’]s?\s+(?:[a-z]+\s+)?(?:words|comments?|remarks?|reply|answer|message|statement|question|"
    r"tweet|post|claims?|promise|warning|plea|response|verdict|retort|boast|vow|insult|jibe)\s*(?P<comma>,?)\s*$"
)
_CLAUSE_OPENS = lazy_compile(r"\b(?:that|said|says|say|saying)\s+(?:[\w'’.-]+\s+){0,3}$")
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


_POSSESSED_CLAIM = lazy_compile(
    r"(?:(?P<owner>\b[A-Z]\S*?)['’]s?|\b(?P<pronoun>[Hh]is|[Hh]er))\s+"
    r"(?:(?!(?:the|an?|this|that|these|those|his|her|their|its)\s)[a-z-]+\s+){0,2}?"
    r"(?:claims?|remarks?|comments?|contention|conclusion|assertion|argument|"
    r"insistence|assessment|accusation|charge|prediction|promise|pledge|vow|warning|view|belief)"
    r"(?:\s+\w+){0,2}?\s+that\s+(?P<content>[^\"“”]*)$"
)
"""A name's possessive (or "his", "her"), a noun of saying and "that" with its content up to the quotation: "Comey's
conclusion that her actions were ", "Trump's repeated claim Monday that ", "stood by his comment that ". No
determiner between the possessive and the noun: "Grant's spokeswoman challenged the claim that" is nobody's claim
that is Grant's."""
_OF_OWNER_CLAIM = lazy_compile(
    r"\b(?:claims?|contention|conclusion|assertion|argument|insistence|assessment|accusation|prediction|warning|"
    r"view|belief)\s+of\s+(?P<owner>[^,;:\"“”]{1,60}?)\s+that\s+(?P<content>[^\"“”]*)$"
)
"""The same noun with its owner after "of": "the contention of former senator Ana Ruiz that the "."""
_FINITE = lazy_compile(r"\b(?:is|was|are|were|has|have|had|will|would)\b")
"""Finite auxiliaries: two in a claim's content mean the claim's own clause has ended and the sentence goes on."""
_NOUNS_OF_CLAIMS = (
    "claim", "remark", "comment", "contention", "conclusion", "assertion", "argument", "insistence", "assessment",
    "accusation", "charge", "prediction", "promise", "pledge", "vow", "warning", "view", "belief",
)  # fmt: skip


def owner_of_claim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the name (or "his", "her") owning a noun of saying whose "that"-content runs to the quotation at `end`
    stands (the span to look for a mention in, or the pronoun to resolve), or None: "Comey's conclusion that her
    actions were "..."" quotes what Comey concluded, whoever's sentence tells of it. Not when a speech verb or a name
    opens the content's own clause of saying ("Grant's claim that Okoye said "...""): those words are another's,
    reported in the claim."""
    window = max(start, end - 300)
    if text.find("that", window, end) < 0 or not any(text.find(noun, window, end) >= 0 for noun in _NOUNS_OF_CLAIMS):
        return None
    match = _POSSESSED_CLAIM.search(text, window, end) or _OF_OWNER_CLAIM.search(text, window, end)
    if match is None or len(_FINITE.findall(match.group("content"))) > 1:
        return None  # "said Grant's claim that the port is shut is "untrue"": a verdict on the claim, not its words
    owner = "pronoun" if match.groupdict().get("pronoun") is not None else "owner"
    return match.start(owner), match.end(owner)
