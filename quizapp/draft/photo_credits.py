"""A photo's credit line names the photographer, never a person of the story: "Ana Ruiz via Getty Images.".

Online news keeps the credit of each picture as a line of its own between paragraphs: the photographer's name and
the agency ("Ana Ruiz / Reuters.", "Ana Ruiz/Getty Images", "Ana Ruiz via Getty Images.") or the agency first
("REUTERS/Ana Ruiz", "AP Photo/Ana Ruiz"). Read as a person, the photographer became the nearest "he" or "she" for
the caption and the paragraph after it (a "he said" under a Reuters credit went surely to its photographer). A
credit is a concept of its own, not a rule of names: it says where the people finder reads no names at all, so a
photographer who shares a name with someone of the story is not taken for them either.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile

_AGENCIES = r"(?:Getty[ \t]+Images|Getty|Reuters|REUTERS|AFP|AP|EPA|Bloomberg|Associated[ \t]+Press|Pool|POOL)"
"""Photo agencies and wires whose credit lines news prints under its pictures."""
_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}"
"""The photographer's name: capitalised words only, as a credit writes it ("MICHAEL B. THOMAS", "Handout")."""
_CREDIT = lazy_compile(
    rf"^[ \t]*(?:(?:AP[ \t]+Photo|{_AGENCIES})[ \t]*/[ \t]*{_NAME}"
    rf"|{_NAME}(?:[ \t]+via[ \t]+|[ \t]*/[ \t]*){_AGENCIES}(?:[ \t]*/[ \t]*{_AGENCIES})?)"
    r"[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
"""A line that is only a credit: a name, then "via" or a slash and the agency ("Ana Ruiz via Getty Images.",
"Ana Ruiz / Reuters.", "Ana Ruiz/AFP/Getty Images"), or the agency, a slash and the name ("AP Photo/Ana Ruiz")."""


def credit_lines(text: str) -> list[tuple[int, int]]:
    """Where each photo credit line of `text` stands, as (start, end) spans in text order."""
    return [(found.start(), found.end()) for found in _CREDIT.finditer(text)]
