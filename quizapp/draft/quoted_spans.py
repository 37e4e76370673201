"""Quoted stretches of text to mask before reading the prose around them, with apostrophes kept inside.

Typographic text writes the apostrophe of "I’ve" and "Johnson’s" with the same character as a closing
single quotation mark. Read as a closer, it ended the quotation at its first contraction, and the rest of
the speech ("I’ve said before I’m only a member of the club like anyone else") was taken for the article's own
prose: "a member" became someone a later "he replied" might mean. A ’ between letters is an apostrophe;
only one not followed by a letter closes a quotation.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

QUOTED_SPAN = lazy_compile(r"[\"“‘](?:[^\"“”‘’]|’(?=[A-Za-z]))*(?:[\"”]|’(?![A-Za-z]))")
"""A quotation in straight or curly marks, apostrophes inside it ("I’ve", "Reid’s") included."""
