"""A campaign speaks as one body: `"...," the campaign wrote`, `the Ruiz campaign said`.

Written in our own words after election reports: a candidate's campaign issues words the way a club or a company
does, and its words are the campaign's, never the candidate's own (bodies.py).
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import sure_speakers


def test_a_campaign_is_a_body_that_speaks() -> None:
    article = (
        "Mayor's race\n\n"
        "Ana Ruiz and Tom Hale are running for mayor of Dover. Ruiz led in the last poll.\n\n"
        '"The poll shows voters want a change at city hall," the campaign wrote on Tuesday.\n'
    )
    assert sure_speakers(extract(article))["The poll shows voters"] == "the campaign"


def test_a_campaign_named_by_its_candidate_speaks_under_that_name() -> None:
    article = (
        "Mayor's race\n\n"
        "Ana Ruiz and Tom Hale are running for mayor of Dover. Ruiz led in the last poll.\n\n"
        'The Hale campaign said the poll was "badly out of date."\n'
    )
    assert sure_speakers(extract(article))["badly out of date."] == "the Hale campaign"  # not Hale's own
