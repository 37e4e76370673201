"""`"...," was how Ana Ruiz put it`: a said-clause after the words that names the speaker through "how".

A writer closes a quotation with "was how X put it", "is how X described it", "was how X summed it up": the
quotation is the subject of "was" and X is who said it. The after-clause reads a said-clause opening with the
name or the verb; this one opens with "was how", and the name and its verb of saying come after.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

HOW_OPENING = lazy_compile(r"[\s,]*(?:was|is|were|are|had\s+been|has\s+been)\s+how\s+")
""""was how" right after the quotation: the name comes next."""
_HOW_VERB = lazy_compile(
    r"\s+(?:(?:later|once|memorably|famously|bluntly|simply)\s+)?(?:put|puts|described|describes|summed|sums|"
    r"explained|explains|phrased|phrases|characterised|characterized|saw|sees|said|says|told|tells|recalled|recalls|"
    r"remembered|remembers)\b"
)
"""The verb of saying after the name ("put it", "described it", "summed it up")."""


def how_verb_follows(text: str, position: int, end: int) -> bool:
    """Whether a verb of saying follows the name that ends at `position`, in "was how X put it"."""
    return _HOW_VERB.match(text, position, end) is not None
