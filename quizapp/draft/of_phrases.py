"""A name that completes another noun's phrase before a speech verb: `The family of Ana Ruiz say`, `Jo Kemp of
the Harbour Institute said`.

The said-before sieve (said_before.py) takes the name right before the speech verb for its subject. English
often puts that name after "of" or "for", inside a phrase whose head is the real subject: the kin or the
representative of the one named ("The family of former singer Ana Ruiz say", "A lawyer for Ruiz said"), or
the person working at the body named ("Jo Kemp of the Harbour Institute says", where the institute is the
name nearest the verb). The name found is then not whose words they are, so the speaker is a guess: the head
when a person names it, else the name found, with a doubt either way.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, alternation
from quizapp.draft.person import Mention, Person

OF_PHRASE_DOUBT = "the name found completes another noun's phrase (“the family of …”, “… of the institute”)"

_KIN_NOUNS = ["family", "families", "relatives", "parents", "children", "widow", "widower", "estate", "camp"]
_HEAD_THEN_OF = lazy_compile(
    r"(?:^\W*|[,;]\s+|\band\s+)(?i:the|a|an|his|her|their|its)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:"
    + alternation(sorted([*ROLE_NOUNS, *_KIN_NOUNS], key=len, reverse=True))
    + r")s?\s+(?:of|for)\s+[^,;:\"“”()\n]{0,60}$"
)
"""From the clause's start (or a comma, or "and") up to the name: a determiner, a word or two, a role or kin noun,
"of" or "for", and no comma: "The family of former Blue Lanterns singer (Ana Ruiz)", "a lawyer for (Ruiz)"."""
_WORKS_AT = lazy_compile(r"\s+(?:of|at|from)\s+[^,;:\"“”()\n]{0,60}$")
"""After a person's name, up to the body's name: " of the ", " of Harbour City's ", " at the "."""


def phrase_head(
    text: str, start: int, named: Sequence[Mention], mention: Mention, people: dict[str, Person]
) -> Mention | None:
    """When `mention` (the name nearest the speech verb) completes another noun's phrase that opens at `start`
    or after the name of a person, the likeliest speaker: that person's mention ("Jo Kemp of the Harbour
    Institute said"), else `mention` itself ("The family of Ana Ruiz say"); None when `mention` heads its own
    phrase. `named` are the mentions between `start` and `mention`."""
    before = [m for m in named if not m.possessive and m.end <= mention.start]
    if (
        before
        and people[mention.person].kind != "person"
        and people[before[-1].person].kind == "person"
        and _WORKS_AT.fullmatch(text, before[-1].end, mention.start) is not None
    ):
        return before[-1]
    if _HEAD_THEN_OF.search(text[start : mention.start]) is not None:
        return mention
    return None
