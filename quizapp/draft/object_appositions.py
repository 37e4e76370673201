"""A name set off by commas after a role that is an object is that object, never the sentence's subject.

`Sule spoke after the kidnap of his Commissioner of Information, Mr. Tom Lawal, by gunmen.` names Lawal in apposition
to "his Commissioner of Information", which stands after "of": Lawal is whom the sentence is about as an object,
and a "He said:" after it means Sule, its subject. The pronoun sieve (pronouns.py) reads a name's position from the
word before it, and a comma told it nothing, so Lawal counted as a second subject and the speaker stayed unsure.

Only an apposition that closes (a comma or the sentence's end after the name) is read so: `In a letter to the
Commission, Lawal said` has a leading phrase before its subject, and the verb after the name says so.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, word_set

_PREPOSITIONS = word_set("of to with by for from about against on at in into over under between among")
_OBJECT_VERBS = word_set(
    "told tells met meets thanked thanks praised praises blamed blames named names appointed appoints sacked "
    "replaced replaces accused accuses criticised criticized kidnapped killed attacked visited visits"
)
_WORDS = lazy_compile(r"[\w'’.-]+|[,;:()—–]")
_DETERMINERS = word_set("a an the his her their its our my your former new late")
_CLOSES = lazy_compile(r"\s*(?:[,;.)]|—|–|$)")


def apposition_of_object(text: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is an apposition, closed after it, to a role phrase that a preposition
    or an object verb governs: "the kidnap of his Commissioner of Information, Mr. Tom Lawal, by gunmen"."""
    if not _CLOSES.match(text, end):
        return False
    words = _WORDS.findall(text, clause_start, start)
    while words and words[-1][:1].isupper():
        words.pop()  # the name's own title: "Mr."
    if not words or words[-1] != ",":
        return False
    words.pop()
    held_role = False
    while words and (
        words[-1][:1].isupper()
        or words[-1].lower() in ROLE_NOUNS
        or words[-1].lower() in _DETERMINERS
        or (
            words[-1] in {"of", "for"}
            and len(words) > 1
            and (words[-2][:1].isupper() or words[-2].lower() in ROLE_NOUNS)
        )
    ):
        held_role = held_role or words[-1].lower() in ROLE_NOUNS
        words.pop()  # "his Commissioner of Information"
    return held_role and bool(words) and (words[-1].lower() in _PREPOSITIONS or words[-1].lower() in _OBJECT_VERBS)


_AND_THEN_VERB = lazy_compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$")
"""Only "and" or "but" between a name and the speech verb after it: "defended his captain, Dan Hale, and said"."""


def joined_after_object(text: str, name_end: int, verb_at: int) -> bool:
    """Whether the speech verb at `verb_at` is joined by "and" or "but" to what comes before the name ending at
    `name_end`: a subject is never parted from its verb by "and", so the name ends an earlier verb's object
    ("Police arrested Dan Hale and said", "Reid defended his captain, Hale, and said") and the one saying is
    that verb's subject, not the name."""
    return _AND_THEN_VERB.fullmatch(text, name_end, verb_at) is not None
