""" "The head" of a statue is a thing, not a person whom "he said" may mean; "the head" of a school still is.

`Inspector Paul Gilmore said officers searched until the head was found. He said: "..."`: the head, found in a
flower bed, is no one who speaks, yet it counted as an unnamed person met after Gilmore, and his words stayed
unsure. "Teacher Ann Lowe ... Later the head of the academy visited. "...," she said.": the head of a school is
a person, and may be the "she", so the words are not surely Lowe's. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_head_that_was_found_is_no_rival_for_he() -> None:
    assert sure_speakers(pattern("head_as_a_thing"))["Whoever did this knew"] == "Paul Gilmore"


def test_the_head_of_a_school_is_still_someone_she_may_be() -> None:
    assert sure_speakers(pattern("head_as_a_thing"))["They worked so hard"] is None
