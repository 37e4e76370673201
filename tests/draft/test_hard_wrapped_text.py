"""Hard-wrapped text pasted without blank lines (issue 10): lines broken at a fixed width are not paragraphs.

Text copied from a PDF or an e-mail breaks each paragraph into lines of sixty to eighty characters
and, pasted without blank lines, was read as a paragraph per line: a quotation running over a line
break was cut in two and its second half lost its speaker (wrapped_lines.py). Written in our own words.
"""

from __future__ import annotations

import time

from quizapp.draft.article import parse_article

from .speakers import PATTERNS, pattern, shown

WRAPPED = (PATTERNS / "hard_wrapped_without_blank_lines.txt").read_text(encoding="utf-8")


def test_hard_wrapped_lines_run_on_into_their_paragraphs() -> None:
    article = parse_article(WRAPPED)
    paragraphs = [article.paragraph_text(paragraph) for paragraph in article.paragraphs]
    assert len(paragraphs) == 6
    assert paragraphs[1].startswith("Hundreds of power tools") and paragraphs[1].endswith("to come forward.")


def test_a_quotation_over_a_line_break_keeps_its_words_and_speaker() -> None:
    extraction = pattern("hard_wrapped_without_blank_lines")
    quotation = next(q for q in extraction.quotations if q.text.startswith("Most of them were taken"))
    assert "outside people's homes." in quotation.text
    assert shown(extraction, quotation.sure_speaker) == "Mark Ellery"


def test_pasted_web_text_with_a_paragraph_per_line_keeps_its_lines() -> None:
    lines = [
        "Council approves new cycle lanes",
        "by Priya Nair",
        "The council voted on Tuesday to build cycle lanes on four of the town's busiest roads "
        "before the end of next year.",
        "work on the first lane, along the river road, will start in March and take about eight weeks to finish.",
        "Councillors said the money came from a national fund for safer streets and could not be spent "
        "on anything else.",
    ]
    article = parse_article("\n".join(lines))
    assert len(article.paragraphs) == 5  # long lines: a paragraph each, even one opening in lowercase


def test_a_byline_under_a_wrapped_headline_stays_its_own_line() -> None:
    article = parse_article("Stolen tools still unclaimed\nby Priya Nair\n" + WRAPPED.split("\n", 1)[1])
    assert article.paragraph_text(article.paragraphs[1]) == "by Priya Nair"


def test_a_paragraph_of_thousands_of_wrapped_lines_is_joined_in_linear_time() -> None:
    # 125,000 one-letter lines, all running on: joined a line at a time, each join copied the paragraph so far
    # and searched it whole for its end, and the draft hung for minutes
    started = time.perf_counter()
    article = parse_article("a\n" * 125_000)
    assert time.perf_counter() - started < 5
    assert len(article.paragraphs) == 1
