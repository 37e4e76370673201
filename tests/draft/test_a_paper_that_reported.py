"""A news outlet's report quoted with `"...," the Herald reported` is the outlet's words.

Written in our own words after round-ups that quote another paper's report. "Reported" right after the words closes a
said-clause as "said" does (manner_verbs.py); elsewhere it is no speech verb ("the fire was reported at noon"). When
the outlet only relays someone's words ("Ruiz said: "...," the Herald reported"; "the Herald reported, quoting an
aide") the doubts that already read those shapes keep the outlet unsure.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import sure_speakers


def test_a_paper_reporting_right_after_the_words_is_the_speaker() -> None:
    article = (
        "Port deal in doubt\n\n"
        "Ana Ruiz met the port's owners on Monday, the Dover Herald said.\n\n"
        '"The owners left the meeting early and no date was set for the next round," the Dover Herald reported.\n'
    )
    assert sure_speakers(extract(article))["The owners left the"] == "Dover Herald"


def test_a_paper_relaying_an_aides_words_is_not_sure() -> None:
    article = (
        "Port deal in doubt\n\n"
        "Ana Ruiz met the port's owners on Monday, the Dover Herald said.\n\n"
        '"Nobody expects a deal this year," the Dover Herald reported, quoting an aide to the mayor.\n'
    )
    assert sure_speakers(extract(article))["Nobody expects a deal"] is None
