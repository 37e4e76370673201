"""The look-back of a description with several candidates (linked_mentions.py), read by bisection.

The index replaced a rescan of every description linked so far (issue 10, speed); these pin what it
must still answer: the nearest earlier sentence naming a candidate, its subject before a possessive or
a name after a preposition, a candidate named in the description's own sentence passed over, the
descriptions linked long ago still looked back to while the names are looked back over only so far.
"""

from __future__ import annotations

from quizapp.draft.linked_mentions import SALIENCE_WINDOW, LinkedMentions
from quizapp.draft.person import Mention, Person

_FIRST = Person("p1", "person", "Ona Vell", role="Mayor")
_SECOND = Person("p2", "person", "Bram Tusk", role="Mayor")
_OTHER = Person("p3", "person", "Ilse Marr")


def _salient(
    linked: LinkedMentions, position: int, sentence_starts: list[int], after: frozenset[int] = frozenset()
) -> Person | None:
    return linked.most_salient([_FIRST, _SECOND], position, sentence_starts, lambda start: start in after)


def test_the_nearest_sentence_naming_a_candidate_gives_its_subject() -> None:
    named = [Mention(0, 4, "p1", False, False), Mention(100, 104, "p2", False, False)]
    linked = LinkedMentions(named, [_FIRST, _SECOND, _OTHER])

    assert _salient(linked, 300, [0, 90, 200, 290]) is _SECOND


def test_a_possessive_or_a_name_after_a_preposition_gives_way_to_the_subject() -> None:
    named = [
        Mention(10, 14, "p2", True, False),
        Mention(30, 34, "p1", False, False),
        Mention(50, 54, "p2", False, False),
    ]
    linked = LinkedMentions(named, [_FIRST, _SECOND])

    assert _salient(linked, 300, [0, 290], after=frozenset({30})) is _SECOND


def test_a_candidate_named_in_the_descriptions_own_sentence_is_passed_over() -> None:
    named = [Mention(0, 4, "p1", False, False), Mention(295, 299, "p2", False, False)]
    linked = LinkedMentions(named, [_FIRST, _SECOND])

    assert _salient(linked, 300, [0, 290]) is _FIRST


def test_linked_descriptions_are_looked_back_to_beyond_the_window_of_names() -> None:
    far = [Mention(0, 4, "p1", False, False)]
    others = [Mention(10 + index, 11 + index, "p3", False, False) for index in range(SALIENCE_WINDOW)]
    linked = LinkedMentions(far + others, [_FIRST, _SECOND, _OTHER])
    assert _salient(linked, 5000, [0, 4990]) is None  # the name is too far back

    linked.add(Mention(5, 9, "p2", False, False))
    assert _salient(linked, 5000, [0, 4990]) is _SECOND
    assert [m.person for m in linked.between(0, 10)] == ["p1", "p2"]
