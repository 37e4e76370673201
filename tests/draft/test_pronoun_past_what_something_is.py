"""A role that says what something is ("Eastfield was the nearest neighbour") is no rival for "he" (issue 10).

Written in our own words after a wire report: a minister's reported sentence named a country as "the
closest neighbour", and the pronoun caution took that role for a second person who could have said the
quotation, so the minister's words over two paragraphs went to nobody. A role after "was" or "is" is
the clause's subject described; a role that is someone there (`the county engineer was there too`) still
makes the pronoun unsure.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_role_after_was_leaves_the_pronoun_to_the_one_person_named() -> None:
    said = sure_speakers(pattern("pronoun_past_what_something_is"))
    assert said["Whatever the engineers found,"] == "Daniel Okafor"


def test_a_role_who_is_someone_in_the_scene_still_makes_the_pronoun_unsure() -> None:
    said = sure_speakers(pattern("pronoun_past_what_something_is"))
    assert said["The decision was taken"] is None
