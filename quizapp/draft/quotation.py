"""A quotation of the article with its speaker, the sieve that found it, and how sure that is."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence


@dataclass(frozen=True)
class Quotation:
    """A quotation, its speaker (a Person id) when found, and the sentence that attributes it."""

    quote: Quote
    text: str
    speaker: str | None
    sentence: Sentence
    rule: str
    """Which sieve found the speaker: label, line, after, according-to, colon, coordinated, fronted, before,
    pronoun, reported, paragraph, continued, headline, nested, or none."""
    sure: bool = False
    """Whether the speaker is certain enough to be a question's answer key."""
    doubt: str | None = None
    """Why a found speaker is not sure ("'he' could be either of two people"), for the teacher."""

    @property
    def sure_speaker(self) -> str | None:
        """The speaker when sure, else None: what questions and scores use."""
        return self.speaker if self.sure else None
