"""A said-clause in the passive after a quotation: `"...," Ana Ruiz was quoted as saying`.

Wire copy and papers that take their quotations from agencies or other outlets write the said-clause
in the passive: "X was quoted as saying", "X was quoted by the agency as saying", "X was heard
saying", "X has been reported as saying". The name is still the subject of the saying, as in "X
said", so the words are X's; this tells the attributor's "does a speech verb follow the name?" test
(`_verb_follows`) to read such a passive as the speech verb. Only after the name, never before a
quotation: "Shand quoted the coxswain as saying" puts the words on someone else (framed.py).

The active twin after a quotation, `"...," the agency quoted Ruiz as saying` or `"...," the paper quoted her
as saying`, names the speaker as the object of "quoted": the after-clause reads it with the same care (a name
or a he/she pronoun, then "as saying"), never giving the words to whoever quoted them.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

_PASSIVE_SAYING = lazy_compile(
    r"\s*,?\s*(?:was|is|were|are|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|also\s+|reportedly\s+)?"
    r"(?:quoted|heard|reported|recorded|filmed|overheard)\s+"
    r"(?:(?:by|in|on)\s+[^,.;:!?\"“”‘’«»]{1,60}?\s+)?(?:as\s+saying|saying|to\s+say|to\s+have\s+said)\b"
)
"""The passive verb group right after the subject, perhaps naming who quoted them ("by the agency")."""


def passive_saying_at(text: str, position: int, end: int) -> bool:
    """Whether text[position:end] opens with a passive of saying whose subject is just before `position`."""
    return _PASSIVE_SAYING.match(text, position, end) is not None


QUOTER_THEN_OBJECT = lazy_compile(
    r"[\s,]*(?:[A-Z][^,.;:!?\"“”‘’«»\n]{0,60}?|the\s+[^,.;:!?\"“”‘’«»\n]{1,60}?)\s+"
    r"(?:(?:has|had|later)\s+)?(?:quot(?:ed|es)\s+(?!as\b|by\b|in\b)"
    r"|reported\s+(?=[^,.;:!?\"“”\n]{1,60}?\s+as\s+(?:saying|telling|writing|adding|stating)\b))"
)
"""`"...," the agency quoted `: whoever relayed the words, then their speaker as the object ("quoted her"); never
the passive ("Ruiz was quoted as saying", "quoted by the agency"), whose subject is the speaker. A paper that
"reported one stall owner as saying" relays the words the same way."""
_AS_SAYING = lazy_compile(r"\s+as\s+(?:saying|telling|writing|adding|stating)\b")
OBJECT_PRONOUNS = {"him": "male", "her": "female"}
"""The object of "quoted ... as saying" when the speaker is a pronoun, and the gender it asks for."""


def as_saying_follows(text: str, position: int, end: int) -> bool:
    """Whether "as saying" (or telling, writing) follows the object of "quoted" that ends at `position`."""
    return _AS_SAYING.match(text, position, end) is not None
