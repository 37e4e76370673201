"""Words the writer's sentence carries on after: a preposition or "that" right after the closing mark.

`"This will be hard" for Renner, said Lindqvist`: "for Renner" goes on with the writer's sentence, and Renner is
whom the words are about; the said-clause comes after it (clause_openers.py). Nor does a line under a lone
quotation that opens with a name and "on" and a day (`Renner on Tuesday announced ...`) sign the words above as
a caption would: it is a sentence of the news (speaker_lines.py). The fixture is in our own words.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.draft.extraction import extract

from .speakers import sure_speakers

PATTERNS = Path(__file__).parent / "fixtures" / "patterns"


def _said() -> dict[str, str | None]:
    text = (PATTERNS / "sentence_going_on_after_words.txt").read_text(encoding="utf-8")
    return sure_speakers(extract(text))


def test_a_name_after_a_preposition_past_the_words_is_not_the_speaker() -> None:
    assert _said()["This will be a"] == "Petra Lindqvist"


def test_a_name_in_a_that_clause_past_the_words_is_not_the_speaker() -> None:
    assert _said()["The challenger may claim"] == "Dara Quell"


def test_a_sentence_opening_with_a_name_on_a_day_signs_no_quotation_above() -> None:
    assert _said()["Nobody will be fooled"] != "Tobias Renner"
