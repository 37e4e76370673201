"""A body named only as its document's author speaks through it (issue 10; fixture in our own words).

On real news a ministry's release ("...," a press release by the MFA said) and a round-up's caption ("– A report
by the U.S. ... Board says") had no speaker: the people model never met the acronym or the long name joined by
"and" as a speaker. A proper name after "the" that reads as a body is that organisation; a title after "the" is
a person's, and stays with the other sieves.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_release_by_an_acronym_is_the_acronyms() -> None:
    assert sure_speakers(pattern("a_body_named_by_its_document"))["The two ministers reviewed"] == "MFA"


def test_a_caption_naming_a_long_body_with_and_and_initials() -> None:
    speakers = sure_speakers(pattern("a_body_named_by_its_document"))
    assert speakers["Crews were not told"] == "U.K. National Pipeline Safety and Standards Board"


def test_a_title_after_the_is_no_body() -> None:
    extraction = pattern("a_body_named_by_its_document")
    assert "Prime Minister" not in {person.name for person in extraction.people if person.kind == "organization"}
