"""A possessive that owns a thing puts no one else in the sentence: "Judge Hale's time in the court has
been praised, and he said: ..." can only mean Hale.

The pronoun resolver doubts a person named only as a possessive ("Reid's lawyer said he ...": the lawyer may
be the "he"). When what the name owns is plainly not a person (a time, a record, a plan), the doubt has no
one to point at. Anything that may be a person keeps it: a role or kin noun ("lawyer", "wife"), an agent
noun in -er, -or or -ist ("supporter", "director"), a plural ("Reid's players"), or a capitalised word.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import OCCUPATIONS, ROLE_NOUNS, SPEECH_VERBS
from quizapp.draft.person import Mention

_OWNED = lazy_compile(
    r"(?:[’']s?)?\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
    r"(?=\s+(?:in|at|on|of|for|has|have|had|was|is|will|would|could|can)\b|\s*[,.;:])"
)
"""The noun phrase a possessive owns, up to a preposition, an auxiliary or a punctuation mark."""
_MAY_BE_PEOPLE = lazy_compile(r"(?:er|or|ist|ian|ant|ent|s)$")


def owns_a_thing(text: str, mention: Mention) -> bool:
    """Whether a possessive mention (`mention.possessive`) owns a noun phrase that cannot be a person."""
    if not mention.possessive:
        return False
    owned = _OWNED.match(text, mention.end, mention.end + 60)
    if owned is None:
        return False
    words = owned.group(1).split()
    return not any(
        word in ROLE_NOUNS or word in OCCUPATIONS or word in SPEECH_VERBS or _MAY_BE_PEOPLE.search(word)
        for word in words
    )
