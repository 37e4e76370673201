"""Words a described speaker recalls someone else saying are not theirs: "ward nurse Lotte Brandt recalled an
elderly patient telling her" (relayed.py, now read after a described name too).

Issue 10: a wrong sure speaker found by probing the construction; the fixture is in our own words
(tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_words_a_described_speaker_recalls_someone_telling_her_are_not_hers() -> None:
    said = sure_speakers(pattern("words_relayed_after_a_described_name"))
    assert said["Don't worry about me,"] is None  # "ward nurse Lotte Brandt recalled an elderly patient telling her"
    assert said["We simply do not"] == "Lotte Brandt"
