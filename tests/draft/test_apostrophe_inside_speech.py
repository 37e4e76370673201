"""An apostrophe inside a quotation does not end it (issue 10).

Written in our own words after a real political report: a leader's long answer, typeset with curly marks,
says "I’m no longer a member of that guild", and the next paragraph has "he replied: ...". The ’ of "I’ve"
was read as the closing quotation mark, so the rest of the answer counted as the article's prose and "a
member" as someone the pronoun might mean. A ’ between letters is an apostrophe (quoted_spans.py).
"""

from __future__ import annotations

from quizapp.draft.quoted_spans import QUOTED_SPAN

from .speakers import pattern, sure_speakers


def test_pronoun_after_a_speech_with_contractions_stays_with_the_speaker() -> None:
    said = sure_speakers(pattern("apostrophe_inside_speech"))
    assert said["I’m just not going"] == "Dana Whitcombe"


def test_a_closing_single_mark_still_ends_a_quotation() -> None:
    text = "She called it ‘a fair deal’ and left."
    assert [m.group(0) for m in QUOTED_SPAN.finditer(text)] == ["‘a fair deal’"]
