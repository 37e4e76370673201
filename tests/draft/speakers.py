"""What a reader checks first in a drafted article: who each quotation is surely given to.

Shared by the tests of attribution patterns, so that each says only which article and which speakers.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.draft.extraction import Extraction, extract
from quizapp.draft.quotation import Quotation

PATTERNS = Path(__file__).parent / "fixtures" / "patterns"


def pattern(name: str) -> Extraction:
    """The extraction of a pattern fixture (fixtures/patterns/NAME.txt, written in our own words)."""
    return extract((PATTERNS / f"{name}.txt").read_text(encoding="utf-8"))


def shown(extraction: Extraction, person_id: str | None) -> str | None:
    """The name a student would see for a person id, or None for nobody."""
    person = extraction.person(person_id)
    return person.shown if person else None


def sure_speakers(extraction: Extraction, words: int = 4) -> dict[str, str | None]:
    """First `words` words of each quotation -> its sure speaker's shown name (None when nobody is sure)."""
    return {" ".join(q.text.split()[:words]): shown(extraction, q.sure_speaker) for q in extraction.quotations}


def starting(extraction: Extraction, words: str) -> Quotation:
    """The first quotation whose text starts with `words`."""
    return next(q for q in extraction.quotations if q.text.startswith(words))


def offered(extraction: Extraction, words: str) -> tuple[str | None, bool]:
    """(name of the speaker offered for the quotation starting with `words`, whether that speaker is sure)."""
    quotation = starting(extraction, words)
    person = extraction.person(quotation.speaker)
    return (person.name if person else None, quotation.sure)
