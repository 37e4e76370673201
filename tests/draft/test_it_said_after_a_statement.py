""" "it said" after an organisation's statement (issue 10), written in our own words after real reports.

`"...," Yayasan Harapan said in a statement. "...," it said.` Real statements run over several
paragraphs on both sides, and the sentences of the quotation itself stood between the pronoun and the
body that issued it, so "it" found nobody; a body the people model cannot place (a name of no known
gender, not known as an organisation) was no candidate either, though "it" is never a person.
"""

from __future__ import annotations

from .speakers import pattern, shown


def test_it_said_continues_the_statement_of_the_body_named_before() -> None:
    extraction = pattern("it_said_after_a_statement")
    continued = next(q for q in extraction.quotations if q.text.startswith("Volunteers have repaired"))
    assert shown(extraction, continued.sure_speaker) == "Yayasan Harapan"


def test_it_said_after_a_sentence_about_something_else_stays_with_nobody() -> None:
    extraction = pattern("it_said_after_a_statement")
    report = next(q for q in extraction.quotations if q.text.startswith("The warnings reached"))
    assert report.sure_speaker is None  # the district office's report, not the foundation
