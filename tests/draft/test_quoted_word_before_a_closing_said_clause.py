"""A short phrase in marks, in a sentence closed by its said-clause, is the speaker's words (issue 10).

`The clean-up had been "exhausting", she said.`: the whole sentence is her report and the one word in marks is
the one she used, even though it stands in mid-sentence, where a short phrase in marks is otherwise read as a
scare quote. The said-clause must end the sentence right after the comma that follows the closing mark; a short
phrase in marks with no said-clause after it stays a scare quote.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_word_in_marks_before_a_sentence_ending_said_clause_is_a_quotation() -> None:
    extraction = pattern("quoted_word_before_a_closing_said_clause")
    said = sure_speakers(extraction)
    assert said["exhausting"] == "Rhiannon Vesey"
    assert said["far better than hoped"] == "Rhiannon Vesey"
    assert "a bit cramped" not in said
    assert any(term.text == "a bit cramped" for term in extraction.terms)
