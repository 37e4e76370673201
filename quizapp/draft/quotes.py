"""A quotation as its marks enclose it: its words' spans, where its marks stand, and how they were read.

The record every reading of speech shares (attribution, documents, headlines, terms and more read a `Quote`).
Finding quotations, the scan that pairs the marks, is quote_marks.py's: only the extraction runs it.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.draft.records import written_at_once


@written_at_once
@dataclass(frozen=True)
class Quote:
    """A quoted run of text: its content spans (one per paragraph it runs over) and how it sits."""

    segments: tuple[tuple[int, int], ...]
    """Content spans in the article text, inside the marks."""
    open_at: int
    """Offset of the first opening mark."""
    close_at: int
    """Offset just after the closing mark."""
    nested: bool
    """Inside another quotation (a quoted word within a quotation is never a quotation itself)."""
    double: bool
    mended: str | None = None
    """How its marks failed to pair and were read (unpaired.py), or None when they paired."""

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def text(self, article_text: str) -> str:
        if len(self.segments) == 1:  # most quotations: no joining of paragraphs, asked for again and again
            start, end = self.segments[0]
            return article_text[start:end].strip()
        return " ".join(article_text[start:end].strip() for start, end in self.segments).strip()
