"""An "and" inside the commas that describe a speaker joins words of the description, not a second speaker.

`Rosa Kettering, who has worked there for years and is a steward, said:` and `Lena Ortiz, the Secretary of
State for Business and Trade, replied:` have one subject each, and so has `Mara Linde, who chairs the trust with
Owen Petrakis and Ida Strand, said:`; reading the "and" as a second subject left the
words unsure, and the quotations after them lost their speaker too. A person named after the "and" still
makes two subjects. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("and_inside_a_speakers_apposition"))


def test_an_and_in_a_relative_clause_about_the_speaker_is_no_second_subject() -> None:
    assert _said()["We had heard rumours"] == "Rosa Kettering"


def test_an_and_in_the_name_of_a_ministry_or_a_council_is_no_second_subject() -> None:
    said = _said()
    assert said["We will do everything"] == "Lena Ortiz"
    assert said["The council will help"] == "Pavel Sorensen"


def test_a_person_named_after_the_and_is_still_a_second_subject() -> None:
    said = _said()
    assert said["We are as shocked"] is None  # the manager and his deputy both
    assert said["The building must be"] == "Mara Linde"  # the relative clause's "and" joins the people it names
