"""A name after a preposition in the subject's apposition is no second subject: `Councillor Ana Ruiz (Ind.), chair
of the Finance Committee, said the rise was "..."`.

The speech verb's subject opens the sentence; a body or a person named after "of" or "under" on the way to
the verb is what the apposition says about her, and cannot be the verb's subject. Such a name left the speaker
unsure ("named several words before the speech verb") on 10 quotations of PolNeAR's train split, none of them
that name's. A name that can be a subject there (`whom Ruiz thanked`) still leaves the speaker unsure. The
fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_body_after_of_past_a_parenthesis() -> None:
    assert sure_speakers(pattern("name_after_a_preposition_in_the_apposition"))["the least we could"] == "Ana Ruiz"


def test_a_person_after_under_in_a_second_apposition() -> None:
    assert sure_speakers(pattern("name_after_a_preposition_in_the_apposition"))["older than most of"] == "Tom Vail"


def test_a_person_who_may_be_a_subject_still_leaves_it_unsure() -> None:
    assert sure_speakers(pattern("name_after_a_preposition_in_the_apposition"))["exactly as it is."] is None
