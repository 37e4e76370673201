"""A sentence taking a share of "that money" or "those voters", or opening "It was about 41%", points back: the money,
the voters and the "it" were named in the sentence before, and alone the student cannot tell what is counted (read on
PolNeAR train drafts: "More than 40 percent of that money arrived in February alone"). A share of something the
same sentence names, or of "those who ..." and "those surveyed", stands alone. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.standalone import standalone_edits


def _stands_alone(sentence: str) -> bool:
    text = f"Harbour fund grows.\n\nThe harbour fund raised 8 million dollars in Kelbridge last year. {sentence}\n"
    extraction = extract(text)
    start = extraction.text.index(sentence)
    holding = extraction.sentence_holding(start)
    assert holding is not None
    return standalone_edits(extraction, holding.start, holding.end) is not None


def test_a_share_of_what_the_sentence_before_named_points_back() -> None:
    assert not _stands_alone("More than 40 percent of that money came from fishermen.")
    assert not _stands_alone("In the spring vote, the mayor won only 30 percent of those voters.")
    assert not _stands_alone("Most of those were paid back by June.")


def test_it_given_a_quantity_points_back() -> None:
    assert not _stands_alone("It was about 41 percent, just short of the record set in 2008.")
    assert not _stands_alone("It is 60 percent among boat owners.")


def test_shares_named_in_their_own_sentence_stand_alone() -> None:
    assert _stands_alone("The fund thanked most of those who gave on the island.")
    assert _stands_alone("The poll found 59 percent of those surveyed backed the fund.")
    assert _stands_alone("The town is 20 percent fishermen, and most of those families own boats.")
    assert _stands_alone("It was agreed that 40 percent would go to the pier.")
