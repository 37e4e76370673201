"""A speech verb's plural-noun twin: "union demands were", "the claims are", "his remarks have".

Many speech verbs of the lexicon are also plural nouns in the same spelling (demands, claims, remarks,
notes, promises, tweets, ...). Read as the verb, "she said that hospital staff demands were not "sensible""
makes "demands" the last speech verb before the quoted words, with a subject ("hospital staff") that is
nobody, and the real said-clause ("she said") is passed over. English settles it by what stands around
the word: a verb in -s is never followed by another finite verb unless its own subject stands right
before it ("which she says is "unfair"", "Reid says was"); after a lowercase word that is no subject
("union", "the", "his") it is a noun, the subject of the verb that follows.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

_FINITE_AFTER = lazy_compile(
    r"\s+(?:were|was|are|is|have|has|had|will|would|could|should|can|may|might|must|remain|remained|"
    r"seem|seemed|appear|appeared)\b"
)
_WORD_BEFORE = lazy_compile(r"([\w'’-]+)\s+$")
_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "one"})
_NOUN_OPENERS = frozenset(
    {"in", "of", "into", "during", "amid", "after", "before", "the", "these", "those", "their", "its", "his",
     "her", "our", "your", "my", "such", "several", "many", "further", "fresh", "new"}
)  # fmt: skip
"""Words after which a word in -s is never a verb: a preposition or a determiner ("in talks", "the claims")."""


def is_plural_noun(text: str, start: int, end: int) -> bool:
    """Whether the speech word at text[start:end] (ending in -s) is a plural noun: right after a preposition or a
    determiner ("reengaged in talks", "their remarks"), or a finite verb follows it and the word before it is
    lowercase and no subject ("trade union demands were", "the claims are")."""
    if not text[start:end].endswith("s"):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in _NOUN_OPENERS:
        return True
    return _FINITE_AFTER.match(text, end) is not None and word[:1].islower() and word.lower() not in _SUBJECTS
