"""Capitalised words whose shape says they are no name: sentence adverbs and contractions.

A quotation or a sentence often opens with an adverb set off by a comma ("Obviously, the fans ...",
"Finally, the minister said ..."), and speech is full of contractions ("the toughest player I've ever
seen"). Capitalised, either looks like a one-word name, and the words around it look like evidence: a
comma and "the ..." after it reads as an apposition ("Ana Ruiz, the mayor"), a role noun before it as a
title ("player I've"). No list of stopwords can hold every adverb, but English builds them with a few
endings that no common first name or surname has ("-ously", "-fully", "-ically", "-ingly", ...), and a
contraction is a pronoun or a verb with its clitic ("I've", "don't"). Endings that names do have are left
out on purpose: "-nally" (McNally, Connally), "-ily" (Emily, Lily), "-ley" (Shirley, Stanley).
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import word_set

_ADVERB_ENDINGS = (
    "ously", "fully", "ically", "ially", "ually", "eally", "onally", "inally", "otally", "ntally", "urally",
    "erally", "ively", "ately", "ently", "antly", "ibly", "ably", "edly", "ingly", "estly", "early", "larly",
    "arily", "ckily", "ppily", "asily",
)  # fmt: skip
_SHORT_ADVERBS = word_set(
    """
    Sadly Badly Briefly Quickly Simply Firstly Secondly Thirdly Lastly Frankly Mostly Partly Largely Rarely
    Truly Merely Namely Solely Surely Strangely Oddly Hardly Highly Likewise Otherwise Nonetheless Nevertheless
    """
)
"""Sentence adverbs too short, or of too plain an ending, for the endings above."""
_CONTRACTION = lazy_compile(r"^[A-Za-z]+(?:['’](?:ve|re|ll|m|d)|n['’]t)$")
"""A word with its clitic: "I've", "We're", "You'll", "I'm", "They'd", "Don't", "Can't"."""


def is_adverb_or_contraction(word: str) -> bool:
    """Whether a capitalised word is a sentence adverb ("Obviously", "Finally") or a contraction ("I've"),
    never a name whatever stands around it."""
    if word in _SHORT_ADVERBS or _CONTRACTION.match(word):
        return True
    return len(word) >= 6 and word[1:].islower() and word.endswith(_ADVERB_ENDINGS) and not word.endswith("nnally")
