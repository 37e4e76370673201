"""A sentence opening "It's gotten ...", "It was negotiated ...", "It has raised ..." points back: "it" is the thing
the sentence before named, and alone the student cannot tell what got, was or did it. An "it" that opens a clause
("It was agreed that ...", "It's been two months since ...", "It's often said") still points forward."""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.standalone import standalone_edits


def _stands_alone(sentence: str) -> bool:
    text = f"Ferry deal agreed.\n\nThe island's ferry deal was signed on Monday in Kelbridge. {sentence}\n"
    extraction = extract(text)
    start = extraction.text.index(sentence)
    holding = extraction.sentence_holding(start)
    assert holding is not None
    return standalone_edits(extraction, holding.start, holding.end) is not None


def test_it_with_a_deed_done_to_it_points_back() -> None:
    assert not _stands_alone("It's gotten more than 2 million views online.")
    assert not _stands_alone("It was negotiated over the past 13 days in the town hall.")
    assert not _stands_alone("It has raised 3 million dollars for the island school.")


def test_it_opening_a_clause_points_forward() -> None:
    assert _stands_alone("It was agreed that 40 crossings a week would run in winter.")
    assert _stands_alone("It's been two months since the 12 boats were checked.")
