"""No input makes the extractor raise; any draft it makes is a valid bank.

Two generators: any Unicode text, and news-shaped text built from the pieces the rules react
to (quote marks of every style, honorifics, speech verbs, time cues, tags, numbers), which
reaches far more of the rules than random characters do.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.loader import parse_bank_text
from quizapp.draft import NothingToAsk, draft_article
from quizapp.draft.extraction import extract

PIECES = [
    '"', "“", "”", "‘", "’", "'", "«", "»", ",", ".", ":", "?", "!", "—", "\n", "\n\n", " ", "<u>", "</u>",
    "<p>", "<a href='x'>", "</a>", "*", "_", "[", "](u)", "#", "&amp;", "&#8220;", "Mr.", "Ms.", "Dr.",
    "President", "Prime Minister", "Vladimir V. Putin", "Putin", "Ana Ruiz", "Ruiz", "he", "she", "said",
    "told reporters", "wrote", "said in a statement", "the Russian president", "the company", "on Monday",
    "last week", "in late April", "Sunday night", "hours before the call", "since then", "in 2019", "14",
    "fourteen", "1,200", "in Istanbul", "at Meadow Park", "the", "a", "we", "will", "By", "May 19, 2025",
    "{{", "}}", "|", "what he calls the", "so-called", "every", "'s", "’s",
]  # fmt: skip
news_like = st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.text(max_size=400))
def test_any_text_extracts_without_raising(text: str) -> None:
    extract(text)


@FUZZ
@given(news_like)
def test_news_shaped_text_extracts_without_raising(text: str) -> None:
    extraction = extract(text)
    for quotation in extraction.quotations:
        assert quotation.speaker is None or extraction.person(quotation.speaker) is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_any_draft_is_a_valid_bank(text: str) -> None:
    try:
        draft = draft_article(text)
    except NothingToAsk:
        return
    assert draft.rejected == ()
    bank, problems = parse_bank_text(draft.to_toml(), "fuzz.toml")
    assert problems == () and bank == draft.bank
