"""The words of the clause before a quotation, read once for the sieves that read it.

The coordinated-verb sieve (coordinated_verbs.py) and the said-clause sieve after it (said_before.py, and
relayed.py through it) read the same stretch, from the sentence's start to the quotation, and most often only to
learn that it holds fewer speech verbs than they need. Each tokenised the stretch again for every quotation. The
words of the last stretch read are kept here: the attributor reads one quotation at a time, so the next sieve
asking for the same stretch gets the same list. Callers only read the list, never change it.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.sieve_host import SieveHost

CLAUSE_WORD = lazy_compile(r"[\w'’-]+")
"""A word as the said-clause sieves count it: letters, digits, apostrophes and hyphens."""


class ClauseWords(SieveHost):
    """Mixed into the attributor through the said-clause sieves: the words of a stretch, kept for the next ask."""

    _clause_words_read: tuple[int, int, list[str]] = (-1, -1, [])
    """(start, end, words) of the stretch read last."""

    def _clause_words(self, start: int, end: int) -> list[str]:
        """`CLAUSE_WORD.findall(self.text, start, end)`, tokenised once while the same stretch is asked for."""
        read = self._clause_words_read
        if read[0] != start or read[1] != end:
            read = self._clause_words_read = (start, end, CLAUSE_WORD.findall(self.text, start, end))
        return read[2]
