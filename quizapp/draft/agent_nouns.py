"""A lowercase agent noun right before a name: "Goal shooter Tamsin Achebe", "Kenyan runner Wanjiku Njeri".

News puts what someone does before their name without a comma or an article, and the word is often
no listed role ("shooter", "runner", "rower", "violinist", "guardian"). Its ending says it is a noun for
a person who does something (-er, -or, -ist, -ian); what stands before it says it heads a noun phrase (the
start of a sentence or of a clause after a comma, a capitalised qualifier, "the", a nationality, a
possessive). Together they are as good evidence that a two- or three-word name follows as a listed role
is; a first-name list need not know the name.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import word_set

_AGENT_BEFORE = lazy_compile(
    r"(?:^|[.!?\n,]\s*|\b(?:[Tt]he|an?|[A-Z][\w'’-]*|[a-z]+['’]s)\s+)"
    r"((?:(?!(?:and|or|but|nor|with|by|to|of|for|as)\s)[a-z][\w-]*\s+)?[a-z]{2,}(?:er|or|ist|ian))\s+$"
)
"""The qualifier may be no joining word: after a comma, "and guitarist" opens the next item of a list."""
_AGENT_ENDINGS = ("er", "or", "ist", "ian")
_NOT_AGENTS = word_set(
    """
    after under over other another never ever whether together either neither rather later former further per
    her their water matter number order letter winter summer september october november december however
    whatever wherever whoever better bigger larger smaller longer shorter higher lower earlier older younger
    greater faster slower harder easier closer cheaper stronger weaker quarter border corner answer power paper
    daughter brother mother father sister partner leader member major minor prior junior senior interior exterior
    motor tailor color colour honour honor favour favor labour labor error mirror floor door
    christian
    """
)
"""Words with an agent ending that are no occupation before a name (or are family and listed roles, found
elsewhere)."""


def agent_role_before(before: str) -> str | None:
    """The agent noun phrase `before` ends with ("goal shooter", "runner"), when it heads a noun phrase."""
    if not before.rstrip().endswith(_AGENT_ENDINGS):
        return None  # the cheap test first: most names follow no agent noun, and names are many
    match = _AGENT_BEFORE.search(before[-60:])
    if match is None:
        return None
    words = match.group(1).split()
    if words[-1] in _NOT_AGENTS or any(word in _NOT_AGENTS for word in words):
        return None
    return " ".join(words)
