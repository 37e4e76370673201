"""'The head coach said', after 'head coach Scott Cooper': a definite role the article gave one named person.

"The" tells the reader they know who is meant. When the article has named exactly one person with every word of
the role ("the away side's head coach Scott Cooper" ... "The head coach said") and nobody else with its role noun,
nor met the role as someone new ("a coach"), the phrase is how the writer goes on about that person: the words
are theirs, as surely as after their name. Anything less stays a doubt (roles.py, back_references.py): "the
Labour leader" after "Liberal Democrat leader Ann Reid" shares only the noun, and with two leaders named either
may be meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.genders import role_gender
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, SPEECH_VERBS
from quizapp.draft.person import Mention, Person

_TITLE_BEFORE = lazy_compile(r"(?:[\w'’-]+[ \t]+){1,4}(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?$")
"""The words right before a name, in its clause, past an honorific: "the away side's head coach "."""
_WORDS = lazy_compile(r"[\w'’-]+")


def only_holder(
    phrase: str,
    text: str,
    mentions: Sequence[Mention],
    people: dict[str, Person],
    met_as_new: dict[str, bool] | None = None,
) -> Person | None:
    """The one person named with every word of the definite role `phrase` before their name or as their role,
    when no one else in the article holds its role noun and the role was never met with "a", "an" or "one".
    `met_as_new` keeps, for the article's next quotations, whether each role noun was met so: the search reads
    the whole text, and asked once per quotation it grew with the square of a long article."""
    words = phrase.lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in ROLE_NOUNS:
        return None
    wanted, noun = set(words[1:]), words[-1]
    met = met_as_new.get(noun) if met_as_new is not None else None
    if met is None:
        met = (
            re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun)}\b", text) is not None
        )
        if met_as_new is not None:
            met_as_new[noun] = met
    if met:
        return None  # "a coach ... the coach said": someone the article met as new
    holders: dict[str, bool] = {}
    for mention in mentions:
        person = people.get(mention.person)
        if person is None or person.kind != "person" or mention.in_quote:
            continue
        window = max(0, mention.start - 50)
        if noun not in text[window : mention.start].lower() and noun not in (person.role or "").lower():
            continue  # the noun nowhere before the name nor in the role: no title read there can hold it
        title = _TITLE_BEFORE.search(text, window, mention.start)
        held = {word.lower() for word in _after_last_verb(_WORDS.findall(title.group(0) if title else ""))}
        held |= set((person.role or "").lower().split())
        if noun in held:
            holders[person.id] = holders.get(person.id, False) or wanted <= held
    if len(holders) != 1 or not next(iter(holders.values())):
        return None  # two people hold the noun ("two coaches"), or the one who does lacks a word of the phrase
    holder = people[next(iter(holders))]
    if role_gender(phrase) not in {None, holder.gender}:
        return None  # "the mother said" is never a man's, whatever role a slip of the apposition gave him
    return holder


def _after_last_verb(words: list[str]) -> list[str]:
    """The words before a name that can title it: those after the last speech verb among them. In `"...," the
    mayor told Ann Reid` the mayor speaks to Reid, who holds no title there; a capitalised word is a name's
    ("United States Attorney"), not a verb."""
    for index in range(len(words) - 1, -1, -1):
        if words[index] in SPEECH_VERBS:
            return words[index + 1 :]
    return words
