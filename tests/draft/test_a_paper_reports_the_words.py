"""Words a newspaper reports, after the voice of someone else: `"...," the Harbour Times reported.`

A quotation paragraph with no cue the sieves read took the voice of the paragraph before ("continued"), unless a
said-clause follows it; "reported" was not read as one, so a paper's words went to the lawyer quoted just before.
The quotation names its own source; it is nobody's speech that the story can key. The fixture is in our own words
(tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_paper_reporting_the_words_gives_them_not_to_the_voice_before() -> None:
    said = sure_speakers(pattern("a_paper_reports_the_words"))
    assert said["We will find out"] == "Tomas Varga"
    assert said["The board agreed the"] != "Tomas Varga"
