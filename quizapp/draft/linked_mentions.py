"""The mentions a description of a person may look back to, and the one it goes to among several who fit.

While descriptions ("the president") are linked in text order (descriptors.py), each one looks back: to the
mentions outside quotations between two positions (`between`, for the sentence before it), and, when several
people fit, to the nearest earlier sentence that names one of them (`most_salient`). Both are answered by
bisection over the names and the descriptions linked so far, and the nearest mention of each candidate by
bisection over that person's own mentions, so each look costs about the same however long the article is:
reading back over every description linked so far made the people stage grow with the square of the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from quizapp.draft.person import Mention, Person

SALIENCE_WINDOW = 400
"""Names looked back over for a descriptor's person: the nearest earlier sentence is well within."""


class LinkedMentions:
    """The names of the article, and the descriptions linked to them so far, in text order."""

    def __init__(self, named: list[Mention], people: list[Person]) -> None:
        self.named = sorted(named, key=lambda mention: mention.start)
        self._named_starts = [mention.start for mention in self.named]
        self.linked: list[Mention] = []
        """The descriptions linked so far, appended in text order (`add`)."""
        self._linked_starts: list[int] = []
        # where each person is mentioned outside quotations: indexes into `named` and `linked`
        self._named_at = _narrated_indexes(self.named)
        self._linked_at: dict[str, list[int]] = {}
        self._people: dict[str, Person] = {}
        for person in people:
            self._people.setdefault(person.id, person)

    def add(self, mention: Mention) -> None:
        """A description just linked: it comes after every one linked before."""
        if not mention.in_quote:
            self._linked_at.setdefault(mention.person, []).append(len(self.linked))
        self.linked.append(mention)
        self._linked_starts.append(mention.start)

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions outside quotations in [start, end): the names and the descriptions linked so far."""
        named = self.named[bisect.bisect_left(self._named_starts, start) : bisect.bisect_left(self._named_starts, end)]
        linked = self.linked[
            bisect.bisect_left(self._linked_starts, start) : bisect.bisect_left(self._linked_starts, end)
        ]
        return sorted((m for m in [*named, *linked] if not m.in_quote), key=lambda m: m.start)

    def most_salient(
        self,
        candidates: list[Person],
        position: int,
        sentence_starts: list[int],
        after_preposition: Callable[[int], bool],
    ) -> Person | None:
        """The subject of the nearest earlier sentence that names a candidate.

        People named in the descriptor's own sentence are passed over: "Mr. Putin has tried to
        appease the U.S. president" is not about Mr. Putin. The names are looked back over as far
        as `SALIENCE_WINDOW` names; the descriptions linked, as far back as they go.
        """
        ids = {person.id for person in candidates}
        sentence = bisect.bisect_right(sentence_starts, position) - 1
        own_start = sentence_starts[sentence] if sentence >= 0 else 0
        low = bisect.bisect_left(self._named_starts, own_start)
        high = bisect.bisect_left(self._named_starts, position)
        linked_low = bisect.bisect_left(self._linked_starts, own_start)
        linked_high = bisect.bisect_left(self._linked_starts, position)
        ids -= {m.person for m in self.named[low:high]} | {m.person for m in self.linked[linked_low:linked_high]}
        window = max(0, low - SALIENCE_WINDOW)
        last = max(
            (
                *_last_before(self.named, self._named_at, ids, low, window),
                *_last_before(self.linked, self._linked_at, ids, linked_low, 0),
            ),
            default=None,
        )
        if last is None:
            return None
        nearest = bisect.bisect_right(sentence_starts, last) - 1
        nearest_start = sentence_starts[nearest] if nearest >= 0 else 0
        # the candidates' mentions in that sentence, up to the last: names before descriptions at one start
        named = self.named[
            max(window, bisect.bisect_left(self._named_starts, nearest_start)) : min(
                low, bisect.bisect_right(self._named_starts, last)
            )
        ]
        linked = self.linked[
            bisect.bisect_left(self._linked_starts, nearest_start) : min(
                linked_low, bisect.bisect_right(self._linked_starts, last)
            )
        ]
        in_nearest = sorted(
            (m for m in [*named, *linked] if m.person in ids and not m.in_quote), key=lambda mention: mention.start
        )
        subjects = [m for m in in_nearest if not m.possessive and not after_preposition(m.start)]
        chosen = (subjects or in_nearest)[0]
        return self._people[chosen.person]


def _narrated_indexes(mentions: list[Mention]) -> dict[str, list[int]]:
    """Where in `mentions` each person is mentioned outside quotations."""
    indexes: dict[str, list[int]] = {}
    for index, mention in enumerate(mentions):
        if not mention.in_quote:
            indexes.setdefault(mention.person, []).append(index)
    return indexes


def _last_before(
    mentions: list[Mention], indexes: dict[str, list[int]], ids: Iterable[str], end: int, start: int
) -> list[int]:
    """For each of `ids` mentioned outside quotations in `mentions[start:end]`, where its last such mention starts."""
    found = []
    for person in ids:
        at = indexes.get(person, [])
        last = bisect.bisect_left(at, end) - 1
        if last >= 0 and at[last] >= start:
            found.append(mentions[at[last]].start)
    return found
