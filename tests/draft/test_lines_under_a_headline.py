"""A page pasted with one line break between paragraphs, under a headline and a blank line (issue 10).

The blank line under the headline made the reader take the rest as one block of blank-line separated text,
and join its lines: the whole story became one paragraph, so every question said "paragraph 2" and one
quotation mark left open made every later quotation a quotation inside it. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.article import parse_article

from .speakers import PATTERNS, pattern, sure_speakers


def test_lines_under_a_headline_and_a_blank_line_are_paragraphs() -> None:
    text = (PATTERNS / "lines_under_a_headline.txt").read_text(encoding="utf-8")
    article = parse_article(text)
    assert len(article.paragraphs) == 8  # the headline and seven lines, not the headline and one block
    assert article.paragraph_text(article.paragraphs[1]).startswith("Crews on the island ferries")
    said = sure_speakers(pattern("lines_under_a_headline"))
    assert said["We want the crews"] == "Declan Moran"  # was a quotation inside Brennan's unclosed one


def test_a_hard_wrapped_paragraph_between_blank_lines_stays_one_paragraph() -> None:
    wrapped = (
        "Ferry crews walk out\n\n"
        "Crews on the island ferries stopped work on Monday morning in a dispute\n"
        "over the rosters that start next month. Hundreds of passengers waited.\n"
        "The company said two sailings had gone ahead with managers on board.\n\n"
        "Talks were due to begin at two o'clock."
    )
    article = parse_article(wrapped)
    assert len(article.paragraphs) == 3


def test_short_lines_that_each_end_a_sentence_are_paragraphs_too() -> None:
    page = (
        "Ferry crews walk out\n\n"
        "Crews stopped work on Monday.\n"
        '"We were told on Friday," said Aoife Brennan.\n'
        "Talks begin at two o'clock.\n"
    )
    assert len(parse_article(page).paragraphs) == 4
