"""Where each gold quotation is lost: never found, found with nobody offered, offered but left unsure, or given
surely to someone else. Counts only, so the table can be printed for a held-out set without showing it.

Stop 20's finding was that, on news nobody tuned on, most lost quotations are found and their speaker is one of
the people the drafter knows, yet no sieve offers any candidate; the precision and recall lines cannot say this.
Each gold entry falls in one outcome, matched the way the corpus scoring matches (`scoring.py`): the
quotations whose text holds the entry's words are its matches, and the first that decides wins.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from quizapp.draft.extraction import Extraction

from .scoring import _gold_forms, _speaker_forms, corpus_normalized

OUTCOMES = (
    "right",
    "sure, someone else",
    "unsure, the right candidate",
    "unsure, someone else",
    "no candidate, speaker among the people found",
    "no candidate, speaker not found as a person",
    "not found as a quotation",
)


def _known(extraction: Extraction, forms: set[str]) -> bool:
    """Whether the gold speaker is among the people the drafter found, under a name the gold gives them."""
    return any(_speaker_forms(extraction, person.id) & forms for person in extraction.people)


def outcome(extraction: Extraction, entry: dict[str, Any], gold: dict[str, Any]) -> str:
    """The outcome of one gold entry (`fragment`, `speaker`) in the drafter's `extraction`."""
    fragment = corpus_normalized(entry["fragment"])
    forms = _gold_forms(gold, entry["speaker"])
    matches = [q for q in extraction.quotations if fragment in corpus_normalized(q.text)]
    if not matches:
        return OUTCOMES[6]
    if any(_speaker_forms(extraction, q.sure_speaker) & forms for q in matches):
        return OUTCOMES[0]
    if any(q.sure_speaker is not None for q in matches):
        return OUTCOMES[1]
    candidates = [q.speaker for q in matches if q.speaker is not None]
    if any(_speaker_forms(extraction, speaker) & forms for speaker in candidates):
        return OUTCOMES[2]
    if candidates:
        return OUTCOMES[3]
    return OUTCOMES[4] if _known(extraction, forms) else OUTCOMES[5]


def misses(extraction: Extraction, gold: dict[str, Any]) -> Counter[tuple[str, str]]:
    """(outcome, gold cue) -> how many of the article's gold quotations end so."""
    return Counter((outcome(extraction, entry, gold), entry.get("how", "unknown")) for entry in gold["quotes"])
