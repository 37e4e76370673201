"""A role the article names later: "a club spokesman said" and, further on, "The spokesman, Dan Hale, ...".

News often quotes a role first and gives the name once, in an apposition after the definite role ("The
judge, Mary Jones, jailed him"). The words are then that person's, and a who-said question should name
them. The link is made only from that apposition, never from a name merely near the role (an unnamed
spokesman is never merged into a named person without it), only when the later role says no more than the
first ("the spokesman" after "a club spokesman", not "the police spokesman"), and only for the first such
apposition after the words, before the article meets another role with that noun ("another spokesman").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention, Person

_WORDS = lazy_compile(r"[\w'’-]+")
_REACH = 3000
"""How far after the words the apposition may come: the rest of a news story, bounded for long texts."""
_ARTICLES = frozenset({"a", "an", "the", "one", "this", "another"})
_DETERMINER_BEFORE = lazy_compile(r"\b([Tt]he|[Aa]nother|[Aa]n?)\s+((?:[\w'’-]+\s+){0,3})$")
"""The determiner and describing words right before a role noun: "The " in "The spokesman, Dan Hale,"."""
_COMMA = lazy_compile(r",\s+")


def _word_at(text: str, word: str, start: int, end: int) -> list[int]:
    """Where `word` stands as a whole word in text[start:end]: found by plain search, so that no pattern is
    compiled per role noun (a pattern per call would fill the regular-expression cache)."""
    found, at = [], text.find(word, start, end)
    while at != -1:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or after.isalnum() or after in "'’-"):
            found.append(at)
        at = text.find(word, at + len(word), end)
    return found


def named_later(
    phrase: str, text: str, position: int, mentions: Sequence[Mention], people: dict[str, Person]
) -> Person | None:
    """The person whom a later `The <role>, <Name>,` names for the role `phrase` met at `position`, or None.
    `mentions` are in the order of the text."""
    words = [word.lower() for word in _WORDS.findall(phrase)]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    if not words or any(word.endswith(("'s", "’s")) for word in words):
        return None  # "Tully's lawyer" names whose lawyer; the apposition would be about that person's
    noun = words[-1]
    end = min(len(text), position + _REACH)
    for at in _word_at(text, noun, position + len(phrase), end):
        determiner = _DETERMINER_BEFORE.search(text, max(0, at - 60), at)
        if determiner is None:
            continue  # "Police spokesman Ian Reid said": a title, not a role pointing back
        if determiner.group(1).lower() != "the":
            return None  # "another spokesman", "a second spokesman": someone new from here on
        comma = _COMMA.match(text, at + len(noun))
        if comma is None:
            continue  # "the spokesman added": no name given there
        qualifiers = set(_WORDS.findall(determiner.group(2).lower()))
        if not qualifiers <= set(words):
            return None  # "the police spokesman, Ian Reid," after "a club spokesman": perhaps someone else
        index = bisect.bisect_left(mentions, comma.end(), key=lambda mention: mention.start)  # sorted by start
        named = mentions[index] if index < len(mentions) and mentions[index].start == comma.end() else None
        if named is None or named.in_quote or not text.startswith(",", named.end):
            return None  # "The judge, who ...": no name set off after the role
        person = people.get(named.person)
        return person if person is not None and person.kind == "person" else None
    return None
