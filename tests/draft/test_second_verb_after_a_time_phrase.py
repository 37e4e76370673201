"""`Quint said on Tuesday that she ... and insisted "..."`: the second speech verb is still the speaker's.

A speech verb after "and" takes the subject of the verb before it (coordinated_verbs.py), unless someone named
between the two verbs may be its subject. The speaker's own pronoun after a short phrase of time ("said on
Tuesday that she") is the speaker, as it is right after the verb; a name after "by" or "with" is a preposition's
object ("was taken by transport chief Ian Hale and added"), never a subject. A name that is a subject
("said Lowry had been misled and added") still leaves the words unsure. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("second_verb_after_a_time_phrase"))


def test_the_speakers_pronoun_after_a_time_phrase_is_no_rival() -> None:
    assert _said()["the lanes are here"] == "Ada Quint"


def test_a_name_after_by_is_no_rival() -> None:
    assert _said()["Who would you rather"] == "Ben Lowry"


def test_a_named_subject_between_the_verbs_stays_a_rival() -> None:
    assert _said()["a costly mistake that"] is None
