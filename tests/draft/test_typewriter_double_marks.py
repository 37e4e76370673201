"""Double quotation marks typed as two backticks and two apostrophes (``...'') are read as curly ones (markup.py).

Issue 10: a round-up of reactions in old wire style lost every quotation, none being found at all; the fixture is
in our own words (tests/draft/fixtures/patterns). The name line under each quotation then gives its speaker, and
a short slogan in the same marks stays a term.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_typewriter_marks_quote_speech_and_the_name_line_below_gives_the_speaker() -> None:
    said = sure_speakers(pattern("typewriter_double_marks"))
    assert said == {"I think the board": "Ilse Brandvold", "I still have doubts": "Osric Penhale"}


def test_a_slogan_in_typewriter_marks_is_a_term() -> None:
    assert [term.text for term in pattern("typewriter_double_marks").terms] == ["harbour first"]
