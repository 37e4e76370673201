"""Words carried by a thing, not by the person the sentence is about (issue 10).

Written in our own words after real reports: a band's refrain set beside the organiser who praised it, a
survey's words in a relative clause ("which said") after the organiser who quoted it, and a notice's words
with their own said-clause ("read a notice") were given surely to the nearest speaker. None is theirs.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_refrain_and_a_surveys_words_are_not_the_organisers() -> None:
    said = sure_speakers(pattern("words_of_a_refrain_or_a_report"))
    assert said["we are the river"] is None
    assert said["supports the richest fish"] is None
    assert said["We are not going"] == "Bea Lindgren"


def test_words_a_notice_reads_are_not_the_previous_speakers() -> None:
    said = sure_speakers(pattern("words_a_sign_reads_after_them"))
    assert said["I never thought I"] == "Hal Brenner"
    assert said["Closed until further notice,"] is None


def test_words_that_came_as_the_reply_are_not_the_questioners() -> None:
    said = sure_speakers(pattern("came_the_reply"))
    assert said["You had been drinking"] == "Nia Cole"
    assert said["I had not,"] is None
