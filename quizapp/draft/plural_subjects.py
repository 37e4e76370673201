"""A person named as one of two joined subjects is not whom a later "he" or "she" means.

"Tom Reid and Ivo Bell scored the goals. Speaking afterwards, he said ..." : a singular pronoun cannot take up
"Reid and Bell", two people; English uses "they" for them. So the pronoun sieve (pronouns.py) passes over a person
coordinated with someone else by "and" (no comma between, so not a list nor two clauses) and neither takes them
as the pronoun's person nor counts them as a rival to the subject named before: that is whom the writer goes
on about. Only a pair opening its sentence is read so: "He is survived by his wife Ann and their son, Tom and
..." names a pair too, but as objects, and passing over them would reach back to someone they may well not be.
The second of the pair need not be known as a person ("Reid and Bell", Bell an unfamiliar name),
so the pair is read from the words, a name or a noun phrase of a person after "and" ("Reid and his wife").
A pair of a man and a woman is told apart by the pronoun ("Grace Hollins and Peter Marsh opened a bakery. ...
she said" is Hollins), so the caller is given where the other one is named, to read their gender.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

_JOINED_AFTER = lazy_compile(
    r"(?:’s|'s)?\s+(?:and|&)\s+(?:[A-Z][\w'’.-]*|(?:his|her|their|fellow|team-?mate|teammate|wife|husband)\b)"
)
"""After a name: "and Ivo Bell", "and his wife", "and fellow striker"."""
_OPENS = lazy_compile(r"[\s\"“‘(]*(?:[A-Z][\w'’.-]*\s+)*")
"""From the sentence's start to the pair: nothing but capitalised words ("Defender", "Dr")."""
_OPENS_WITH_FIRST = lazy_compile(r"[\s\"“‘(]*(?P<first>(?:[A-Z][\w'’.-]*\s+)+)(?:and|&)\s+")
"""From the sentence's start to the second of the pair: "Tom Reid and ", "Both Reid and "."""
_SENTENCE_WORDS = frozenset({"And", "But", "Both", "When", "As", "After", "Then", "So", "While"})


def other_of_pair(text: str, start: int, end: int, sentence_start: int) -> tuple[int, int] | None:
    """Where the other one is named when the name at text[start:end] is joined by "and" to another name or a
    person's noun phrase as the subject opening the sentence, as in "Tom Reid and Ivo Bell scored" or "Reid and
    his wife said": one of two, whom a singular pronoun does not mean. None when the name stands alone."""
    if (after := _JOINED_AFTER.match(text, end)) is not None:
        if not _OPENS.fullmatch(text, sentence_start, start):
            return None
        partner = after.end() - len(after.group(0).split()[-1])
        return partner, min(len(text), partner + 40)
    opening = _OPENS_WITH_FIRST.fullmatch(text, sentence_start, start)
    if opening is None or {*opening.group("first").split()} <= _SENTENCE_WORDS:
        return None  # "But Reid": no pair
    return opening.start("first"), start
