"""A said-clause written as a sentence of its own after a quotation closed with a full stop (said_sentence.py):
`"...." Strand said.`

Issue 10: news as it comes often puts the full stop inside the marks and the said-clause after it; the
quotation became a sentence of its own and its said-clause was never read. A sentence that is nothing but a
said-clause names the speaker; one that goes on to report something is a sentence of its own, and its
subject is not made the speaker of the words before by this rule. The fixture is in our own words
(tests/draft/fixtures/patterns)."""

from __future__ import annotations

from quizapp.draft.said_sentence import said_sentence_end

from .speakers import pattern, sure_speakers


def test_a_bare_said_clause_sentence_after_a_closed_quotation_names_its_speaker() -> None:
    said = sure_speakers(pattern("said_clause_as_a_sentence_of_its_own"))
    assert said["I will be home"] == "Wilhelmina Strand"
    assert said["The late crossings carried"] == "Oswin Tarrant"


def test_a_sentence_that_goes_on_to_report_something_is_no_bare_said_clause() -> None:
    text = '"We looked at every option." Tarrant said the company would review it.'
    assert said_sentence_end(text, text.index(" Tarrant")) is None
    text = '"We looked at every option." Tarrant told the local paper on Tuesday.'
    assert said_sentence_end(text, text.index(" Tarrant")) == len(text)
