"""Verbs of manner that make a said-clause only right after a quotation: `"...," Ruiz fumed`, `"...," he shrugged`.

Feature, sport and court writing varies the said-clause after a quotation with verbs that say how the words
came out ("fumed", "sighed", "beamed", "murmured") or what they did ("revealed", "reflected", "reckoned"; a
paper's "reported": `"...," the Herald reported` quotes the paper's own report),
and with phrasal verbs ("hit back", "chimed in", "pointed out", "went on"). Right after a quotation, with their
subject next to them, they are a said-clause in any English paper: the words are the subject's. Elsewhere most
one-word ones are not speech at all ("Ruiz smiled at the crowd", "the audit revealed a gap"), so they are kept out
of the shared SPEECH_VERBS (lexicon.py) and read only by the after-clause (`_verb_follows`, said_after.py). The
two-word ones (lexicon.PHRASAL_SPEECH_VERB) are speech before the words too ("Reid shot back, "..."").
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import PHRASAL_SPEECH_VERB, word_set

MANNER_VERBS_AFTER_QUOTE = word_set(
    """
    answers revealed reveals disclosed reckoned reckons reflected reflects enthused enthuses fumed fumes raged
    beamed smiled smiles sighed sighs shrugged murmured mumbled whispers roared snapped growled ventured surmised
    sobbed stammered tell reminded ended ends finished questioned charged exhorted retaliated remembered chanted
    reported
    """
)
"""One-word verbs of manner or disclosure that close a said-clause after a quotation."""


def manner_verb_at(text: str, position: int, end: int) -> bool:
    """Whether text[position:end] opens with a verb of manner that closes a said-clause (after its subject)."""
    word = re.match(r"[a-z]+", text[position:end])
    if word is None:
        return False
    return word.group(0) in MANNER_VERBS_AFTER_QUOTE or PHRASAL_SPEECH_VERB.match(text, position, end) is not None
