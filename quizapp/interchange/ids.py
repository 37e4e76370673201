"""Question and bank ids derived from names and text, so importing a file twice gives the same ids.

A student's progress is kept under the question id; an id that changed between two imports of
the same file would throw that progress away.

Text in any script is transliterated to ASCII first (anyascii): "Who is Москва?" becomes
`who-is-moskva` and "Straße" `strasse`. Dropping what was not ASCII made both "Who is
Москва?" and "Who is Киев?" `who-is`, so which one got `who-is-2` depended on their order.
(Files imported before this change get these new ids on their next import.)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from anyascii import anyascii

from quizapp.bank.models import ID_PATTERN

_VALID_ID = re.compile(ID_PATTERN)
_NOT_ID_CHARS = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 48
MAX_ID = 120


def slugify(text: str, max_length: int = MAX_SLUG) -> str:
    """Lower-case ASCII words joined by '-', cut at a word boundary; '' when nothing is left."""
    ascii_text = anyascii(unicodedata.normalize("NFKC", text))
    slug = _NOT_ID_CHARS.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug.strip("-")


def id_from_name(name: str) -> str:
    """A name that is already a valid id is kept as written (quizapp's own GIFT keeps ids this way)."""
    if len(name) <= MAX_ID and _VALID_ID.match(name):
        return name
    return id_from_text(name)


def id_from_text(text: str) -> str:
    """The slug of the text, or a short hash of it when nothing of it can be written in ASCII (emoji only)."""
    return slugify(text) or "q-" + hashlib.sha256(text.encode()).hexdigest()[:10]


def unique_ids(wanted: list[str]) -> list[str]:
    """`wanted`, with '-2', '-3', ... added to repeats, in order; the first keeps its id."""
    taken = set(wanted)
    seen: set[str] = set()
    result = []
    for candidate in wanted:
        if candidate not in seen:
            seen.add(candidate)
            result.append(candidate)
            continue
        number = 2
        while (new := _numbered(candidate, number)) in taken or new in seen:
            number += 1
        seen.add(new)
        result.append(new)
    return result


def _numbered(candidate: str, number: int) -> str:
    suffix = f"-{number}"
    return candidate[: MAX_ID - len(suffix)] + suffix
