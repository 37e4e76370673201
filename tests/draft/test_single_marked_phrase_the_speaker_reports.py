"""A single-quoted phrase ending a clause the speaker reports with a pronoun as its subject is the speaker's own
wording ("said she would vote for it with 'real misgivings'"), in a story quoting speech in double marks
(single_marks.py).

Issue 10: such phrases were left unsure as "perhaps a phrase" although a speech verb governs them; the fixture is
in our own words (tests/draft/fixtures/patterns). A phrase in a clause with a named subject, which may be borrowed
from a report, keeps the doubt.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_phrase_in_the_speakers_own_reported_clause_is_theirs() -> None:
    said = sure_speakers(pattern("single_marked_phrase_the_speaker_reports"))
    assert said["real misgivings"] == "Petra Vale"
    assert said["The lane was never"] == "Petra Vale"


def test_a_phrase_in_a_clause_about_a_report_keeps_its_doubt() -> None:
    said = sure_speakers(pattern("single_marked_phrase_the_speaker_reports"))
    assert said["broadly suitable"] is None  # "said an inspector's report had found the site '...'"
    assert said["We cannot refuse a"] == "Joel Amberley"
