"""People named inside what a speaker is reported to say do not take their next "she said" (issue 10).

"Brook said she would find it hard to believe that Mayor Anna Tarr would hand the contract to Maria Penn. "...,"
she said." goes on with Brook: Tarr and Penn are what she spoke about. Only the reported clause's first subject
was set aside before, so any later name in it left the pronoun unsure (real news: an analyst doubting that a
senator would back a rival, a defendant telling a jury whom she drove at, a campaigner saying that residents
accept what a councillor inherited), nor does a man spoken of take the "he said" of a speaker whose gender is
unknown ("Okafor complained that Tom Reid had ignored the rules"). A second clause with a voice of its own ("but
Vance said") still leaves it unsure. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("names_in_what_was_reported"))


def test_names_deep_in_a_reported_clause_leave_the_speaker_sure() -> None:
    said = _said()
    assert said["Everyone in this chamber"] == "Nadia Brook"
    assert said["I never had an"] == "Mary Finch"


def test_a_person_of_known_gender_spoken_of_is_no_rival_for_one_of_unknown_gender() -> None:
    assert _said()["The rules are there"] == "Kit Okafor"  # "complained that Tom Reid had ignored ...", "he said"


def test_a_second_voice_after_but_still_leaves_the_pronoun_unsure() -> None:
    assert _said()["Nobody has shown me"] is None
