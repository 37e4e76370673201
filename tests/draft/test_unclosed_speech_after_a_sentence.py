"""A quotation opening a sentence in mid-paragraph and never closed is kept (issue 10).

A common layout: a sentence of narration about someone, then their words in the same paragraph, opening a
sentence of their own. When the writer forgets the closing mark, or the pasted text stops, the mark opens a
sentence and runs to the paragraph's end. That is read as the speaker's words, as a mark opening its paragraph
is; a mark opening in mid-sentence stays a stray mark quoting nothing.
"""

from __future__ import annotations

from .speakers import pattern


def test_an_unclosed_quotation_opening_a_sentence_runs_to_the_paragraph_end() -> None:
    texts = [quotation.text for quotation in pattern("unclosed_speech_after_a_sentence").quotations]
    speech = [text for text in texts if text.startswith("I think we were too loose")]
    assert len(speech) == 1
    assert speech[0].endswith("finished it off.")


def test_an_unclosed_mark_in_mid_sentence_quotes_nothing() -> None:
    texts = [quotation.text for quotation in pattern("unclosed_speech_after_a_sentence").quotations]
    assert not any("statement win" in text for text in texts)
