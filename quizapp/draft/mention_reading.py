"""A mention's subject or object reading, worked out once per mention and kept.

Whether a name is its sentence's subject, or plainly an object ("told Roy", "Reid's"), depends only on the
article's text, which never changes under a drafter. Yet the sieves ask it again and again of the same
mentions: every "he said" reads back over the sentences before it, and every quotation near a name asks
about that name. Each reader below is decorated once, and each mention is read once per drafter.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from quizapp.draft.person import Mention

_Reader = TypeVar("_Reader")


def read_once(reading: Callable[[_Reader, Mention], bool]) -> Callable[[_Reader, Mention], bool]:
    """`reading` of a mention, kept on its reader (by mention) after the first time it is asked."""
    kept_as = f"_{reading.__name__.strip('_')}_readings"

    @functools.wraps(reading)
    def kept(reader: _Reader, mention: Mention) -> bool:
        readings: dict[Mention, bool] | None = reader.__dict__.get(kept_as)
        if readings is None:
            readings = reader.__dict__[kept_as] = {}
        found = readings.get(mention)
        if found is None:
            found = readings[mention] = reading(reader, mention)
        return found

    return kept
