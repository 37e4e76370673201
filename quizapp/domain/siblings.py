"""Siblings: questions that share a quotation or a source excerpt, and the order of new questions.

Two questions about the same quotation ("Who said 'went very well'?" and a matching of that same
remark) give each other away when asked one after the other, and answering the second one says
little about memory. Like Anki's sibling burying, a study session takes at most one question of
a family of siblings per day, and no session asks two siblings in a row.

New questions come interleaved by tag and kind (one from each group in turn, the groups in a
seeded order), not in file order, where a teacher's bank often puts ten of one kind together.

Pure: questions in, ids and keys out.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

QUOTATION = re.compile(r"[“\"]([^”\"]+)[”\"]")
"""Text in curly or straight double quotes."""
MIN_QUOTE_WORDS = 3
"""Shorter quoted text ('STOP!', a nickname) is too common to tie two questions together."""

Keys = frozenset[str]


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(char if char.isalnum() else " " for char in text).split())


def _texts(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, Sequence):
        for item in value:
            yield from _texts(item)


def sibling_keys(question: Any) -> Keys:
    """What ties a question to its siblings: its source excerpt, and each quotation it shows."""
    keys: set[str] = set()
    if getattr(question, "source", None):
        keys.add("source: " + _normal(question.source))
    for text in _texts([question.prompt, question.answer_fields()]):
        for quote in QUOTATION.findall(text):
            normal = _normal(quote)
            if len(normal.split()) >= MIN_QUOTE_WORDS:
                keys.add("quote: " + normal)
    return frozenset(keys)


def interleave_new(question_ids: Sequence[str], groups: Mapping[str, str], rng: random.Random) -> list[str]:
    """`question_ids` one from each group in turn (groups in a seeded order, the teacher's order within one)."""
    by_group: dict[str, list[str]] = {}
    for question_id in question_ids:
        by_group.setdefault(groups.get(question_id, ""), []).append(question_id)
    queues = list(by_group.values())
    rng.shuffle(queues)
    order: list[str] = []
    while queues:
        for queue in queues:
            order.append(queue.pop(0))
        queues = [queue for queue in queues if queue]
    return order


def related(first: Keys, second: Keys) -> bool:
    return not first.isdisjoint(second)


def bury(candidates: Iterable[str], keys: Mapping[str, Keys], taken: Collection[str] = ()) -> list[str]:
    """The candidates, in order, without any whose sibling came before it or is in `taken` (keys
    already used today: a sibling was answered, or is asked, today)."""
    used: set[str] = set(taken)
    kept = []
    for question_id in candidates:
        own = keys.get(question_id, frozenset())
        if own.isdisjoint(used):
            kept.append(question_id)
            used |= own
    return kept


def spread(order: Sequence[str], keys: Mapping[str, Keys]) -> tuple[str, ...]:
    """`order` with as few siblings in a row as can be: a question that would follow its sibling
    swaps with the next question that does not."""
    result = list(order)
    for place in range(1, len(result)):
        before = keys.get(result[place - 1], frozenset())
        if not related(before, keys.get(result[place], frozenset())):
            continue
        for later in range(place + 1, len(result)):
            if not related(before, keys.get(result[later], frozenset())):
                result[place], result[later] = result[later], result[place]
                break
    return tuple(result)
