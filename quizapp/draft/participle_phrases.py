"""A name inside a participle phrase that leads into a he/she: "Commenting on a visit by Reid, he warned ...".

News opens many sentences with what the subject was doing ("Speaking after meeting Ana Ruiz, he said",
"Having raised funds from Reid, she stressed", "Asked about Reid's remarks, he replied"). Such a phrase has no
subject of its own: whoever does it is the he/she of the clause after its comma, and a person named inside it is
what that subject spoke about, met or answered, never the subject itself (English would say "his own visit").
The pronoun sieve walks back to the nearest person of the pronoun's gender, and a name in that phrase is the
nearest; so a candidate found there keeps its speaker with a doubt: the he/she after the phrase means someone
named before it. A clause with its own subject ("When Reid arrived, he said") is no such phrase: there the
"he" may well be Reid, and nothing changes.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SUBJECT_PRONOUNS

_OPENING = lazy_compile(r"\s*([A-Z][a-z]+)\b")
"""The sentence's first word (a sentence opening with a quotation opens with the speaker's words, no phrase)."""
_PAST_PARTICIPLES = frozenset({"Asked", "Pressed", "Questioned", "Quizzed", "Challenged", "Interviewed"})
"""Past participles that open a phrase of what was put to the subject: "Asked about Reid's remarks, he said"."""
_NOT_PARTICIPLES = frozenset({"According", "Nothing", "Everything", "Something", "Anything", "King", "Spring"})
"""Words ending in "-ing" that open no participle phrase: "According to Reid, he ..." names a source, not an
object of what "he" did; the others are nouns."""
_MAIN_PRONOUN = lazy_compile(r",\s+(he|she|He|She)\s+[a-z]")
"""The comma that ends the phrase and the he/she that is the subject of the clause after it."""


def in_participle_phrase(text: str, sentence_start: int, sentence_end: int, start: int, gender: str) -> bool:
    """Whether a mention at `start` lies in a participle phrase opening the sentence at
    text[sentence_start:sentence_end] whose clause, after the phrase's comma, has a he/she of `gender`
    for its subject: that he/she is someone other than the person named in the phrase."""
    opening = _OPENING.match(text, sentence_start, sentence_end)
    if opening is None or start < opening.start(1):
        return False
    word = opening.group(1)
    if word in _NOT_PARTICIPLES or not (word in _PAST_PARTICIPLES or (word.endswith("ing") and len(word) > 4)):
        return False
    main = _MAIN_PRONOUN.search(text, start, sentence_end)
    return main is not None and SUBJECT_PRONOUNS[main.group(1).lower()] == gender
