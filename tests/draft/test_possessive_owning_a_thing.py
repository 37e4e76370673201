"""A name that owns a thing is the only one a pronoun can mean there (issue 10).

Written in our own words after a real local report: "Judge <Name>’s time in <town> has been noted ..., and
he continued: ...". The doubt for a person "named only as a possessive" exists for "Reid's lawyer said he":
the lawyer may be the "he". A time, a record or a plan is no one (possessed_things.py), so the judge's words
are sure; a possessive owning a person noun keeps the doubt.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_pronoun_after_a_possessive_owning_a_thing_is_sure() -> None:
    said = sure_speakers(pattern("possessive_owning_a_thing"))
    assert said["My thanks go to"] == "Alan Mercer"


def test_pronoun_after_a_possessive_owning_a_person_stays_unsure() -> None:
    said = sure_speakers(pattern("possessive_owning_a_thing"))
    assert said["We will appeal."] is None
