"""A quoted phrase set between an article and a noun of things that get names: the thing's name, not speech.

News prose quotes the name of a committee, a rule or a policy where it stands as a modifier: `a "roads
and water" committee`, `the "fair play in debate" rule`, `the "stay at home" order`. The marks say "this
is what it is called", not "someone said these words", so the words have no speaker: given to the subject
of the sentence ("Ruiz said the council would have a "..." committee") they would make an answer key out
of a committee's name.

Only nouns of things that are named (bodies, rules, schemes) count: a quoted phrase before a noun of a
person or an event is usually the subject's own words used as an adjective (`a "solid and dependable"
player`, `the "considerable" award`), and stays a partial quotation.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import word_set

_NAMED_KINDS = word_set(
    """
    committee subcommittee commission council board panel taskforce department ministry unit portfolio
    rule law act bill policy programme program scheme campaign initiative strategy order penalty clause
    category provision doctrine zone tax levy fund movement slogan motto label tag status offence system
    regime agenda charter protocol framework
    """
)
"""Nouns of bodies, rules and schemes, which have names; never of people or of what happened."""
_DETERMINER_BEFORE = lazy_compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\s+$")
_NOUN_AFTER = lazy_compile(r"\s+([a-z]+)\b")


def names_a_kind(text: str, open_at: int, close_at: int) -> bool:
    """Whether the quotation whose marks span `open_at` to `close_at` is the name of the thing the next word is:
    an article or a possessive before the opening mark, a noun of named things (or its plural) after the
    closing one."""
    if _DETERMINER_BEFORE.search(text, max(0, open_at - 8), open_at) is None:
        return False
    noun = _NOUN_AFTER.match(text, close_at)
    if noun is None:
        return False
    word = noun.group(1)
    return word in _NAMED_KINDS or (word.endswith("s") and word[:-1] in _NAMED_KINDS)
