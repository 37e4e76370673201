"""A said-clause written as a sentence of its own after a quotation closed with a full stop: `"We lost." Ruiz said.`

Careful copy closes the quotation with a comma (`"We lost," Ruiz said.`), but much news as it comes (local,
Indian and African outlets, wire copy retyped in a hurry) puts a full stop inside the marks and the said-clause
after it. The sentence splitter then leaves the quotation a sentence of its own, and the after-clause, which
reads to the end of the quotation's sentence, found nothing. A sentence that is nothing but a said-clause (a
subject and a speech verb, perhaps a listener and a time or place: "Ruiz told the BBC on Monday.") can only be
the said-clause of the words before it; one that goes on to say something ("Ruiz said the vote was close.") is
a sentence of its own and is left alone.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ABBREVIATION, SPEECH_VERB
from quizapp.draft.manner_verbs import MANNER_VERBS_AFTER_QUOTE

_STOP_INSIDE = lazy_compile(r"[.!?…][\"”’']$")
"""The quotation closes with its own full stop (or ? ! …) inside the marks."""
_BARE_SAID_CLAUSE = lazy_compile(
    r"[ \t]+(?:[^.!?\"“”‘’«»\n]|"
    + ABBREVIATION
    + r"){1,70}?\s(?P<verb>"
    + SPEECH_VERB
    + "|"
    + "|".join(sorted(MANNER_VERBS_AFTER_QUOTE, key=len, reverse=True))
    + r")(?P<listener>(?:\s+[\w&'’.-]+){1,4}?)??"
    r"(?:\s+(?:on|in|at|to|of|after|during|before|via|yesterday|today|tonight|earlier|later|afterwards)\b"
    r"[^.!?\"“”,;:\n]{0,50})?[ \t]*[.!]"
)
"""A sentence ending with its speech verb and at most a listener and a time, a place or a topic ("Ruiz told the local
paper on Monday.", "Rep. Ana Ruiz, D-Vt., said of the plan."), never with reported words after the verb ("Ruiz said
the vote was close."). Abbreviations ("Rep.", "D-Vt.") end no sentence in the subject."""
_CLAUSE_WORDS = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "there", "that", "this", "was", "is", "are", "were", "would",
     "will", "had", "has", "have", "could", "should", "might", "may", "can", "must", "not", "be", "been"}
)  # fmt: skip
"""Words that make what follows the verb a clause of reported speech ("told him it was over"), not a listener."""
_TAKE_A_LISTENER = frozenset({"told", "tells", "informed", "assured", "reminded", "warned", "urged", "asked"})
"""Speech verbs whose object is the one spoken to ("told the local paper"): only they may have one here."""


def said_sentence_end(text: str, close_at: int) -> int | None:
    """Where a bare said-clause sentence right after a quotation closed with a full stop ends, or None."""
    if _STOP_INSIDE.search(text, max(0, close_at - 2), close_at) is None:
        return None
    sentence = _BARE_SAID_CLAUSE.match(text, close_at)
    if sentence is None:
        return None
    listener = (sentence.group("listener") or "").lower().split()
    if listener and (sentence.group("verb") not in _TAKE_A_LISTENER or _CLAUSE_WORDS.intersection(listener)):
        return None  # "Ruiz said the plan works.": reported words, not a listener
    return sentence.end()
