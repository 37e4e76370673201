"""Verbs of manner that make a said-clause only right after a quotation: `"...," Ruiz fumed`, `"...," he shrugged`.

Feature, sport and court writing varies the said-clause after a quotation with verbs that say how the words
came out ("fumed", "sighed", "beamed", "murmured") or what they did ("revealed", "reflected", "reckoned"),
and with phrasal verbs ("hit back", "chimed in", "pointed out", "went on"). Right after a
quotation, with their subject next to them, they are a said-clause in any English paper: the words are the
subject's. Elsewhere most are not speech at all ("Ruiz smiled at the crowd", "the audit revealed a gap", "Reid
hit back at critics" before a quotation the colon and before-sieves read in their own way), so they are kept
out of the shared SPEECH_VERBS (lexicon.py) and read only by the after-clause (`_verb_follows`, said_after.py).
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import word_set

MANNER_VERBS_AFTER_QUOTE = word_set(
    """
    answers revealed reveals disclosed reckoned reckons reflected reflects enthused enthuses fumed fumes raged
    beamed smiled smiles sighed sighs shrugged murmured mumbled whispers roared snapped growled ventured surmised
    sobbed stammered tell reminded ended ends finished
    """
)
"""One-word verbs of manner or disclosure that close a said-clause after a quotation."""

_PHRASAL = re.compile(
    r"(?:hit|hits|shot|shoots|fired|fires|snapped|bit)\s+back\b|(?:chimed|chimes|piped|pipes)\s+(?:in|up)\b"
    r"|(?:pointed|points)\s+out\b|(?:went|goes)\s+on\b(?!\s+to\s+(?!say\b|add\b))|(?:summed|sums)\s+(?:it\s+)?up\b"
)
"""Two-word verbs of the same kind: "hit back", "chimed in", "pointed out", "went on" (but not "went on to win")."""


def manner_verb_at(text: str, position: int, end: int) -> bool:
    """Whether text[position:end] opens with a verb of manner that closes a said-clause (after its subject)."""
    word = re.match(r"[a-z]+", text[position:end])
    if word is None:
        return False
    return word.group(0) in MANNER_VERBS_AFTER_QUOTE or _PHRASAL.match(text, position, end) is not None
