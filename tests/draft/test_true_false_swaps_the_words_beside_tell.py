"""True/false swaps that the words beside the name give away (issue 10, item 4): read on PolNeAR train drafts,
"Nevada's governor, Donald J. Trump", "Florida Sen. Bernie Sanders", "Republican Bernie Sanders" and "If the
breakup of his marriage ..., Huma Abedin also lost two jobs" were false for the wrong reason: the role in
apposition, the state or party before the title, or a "his" before the name tells the student the swap. The
story below is in our own words; each person-swapped false statement must leave such a name alone.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.fact_questions import ShownFact
from quizapp.draft.facts import Element
from quizapp.draft.true_false import SwapIndex, _qualified_title, true_false_question

STORY = (
    "Harbour vote splits Kelbridge council\n\n"
    "Mia Holt said the fees would rise in May. Ana Ruiz said they would rise in June.\n\n"
    "The harbour board's chairman, Tom Hale, voted for the new fees on Monday.\n\n"
    "Northern Cr. Dan Reyes voted against the fees on Tuesday.\n\n"
    "Republican Peter Varga abstained in the vote on Wednesday.\n\n"
    "After his long campaign against the fees, Kit Ortiz lost the vote on Thursday.\n\n"
    "Cr. Sam Dunn, Peter Varga and Kit Ortiz said they would meet the fishermen. Cr. Reyes said he would too.\n"
)


def _false_statements() -> list[str]:
    extraction = extract(STORY)
    swaps = SwapIndex(extraction)
    statements = []
    for fact in extraction.facts:
        drafted = true_false_question(swaps, ShownFact(fact, [], "", frozenset()), False)
        if drafted is not None:
            statements.append(drafted.question.prompt)
    return statements


def test_names_the_words_beside_them_tell_are_not_swapped() -> None:
    statements = " ".join(_false_statements())
    assert "chairman, Tom Hale" in statements or "chairman, " not in statements  # the role says who he is
    assert "Northern Cr. Dan Reyes" in statements or "Northern Cr." not in statements  # whose ward he sits for
    assert "Republican Peter Varga" in statements or "Republican " not in statements  # his party
    for woman in ("Ana Ruiz", "Mia Holt", "Lena Park"):  # the "his" before the name is his
        assert f"his long campaign against the fees, {woman}" not in statements


def test_a_plain_name_is_still_swapped() -> None:
    statements = _false_statements()
    assert any(
        not statement.startswith("Mia Holt") and "said the fees would rise in May" in statement
        for statement in statements
    )


def test_a_party_and_state_tag_after_the_name_tells_who_it_is() -> None:
    text = "Sens. Tom Hale (D-Kel.) and Ana Ruiz voted for it."
    hale = Element("person", "Tom Hale", 6, 14, (), "p1")
    ruiz = Element("person", "Ana Ruiz", 28, 36, (), "p2")
    assert _qualified_title(text, hale)  # "Sens. Dan Reyes (D-Kel.)": his state and party tell the swap
    assert not _qualified_title(text, ruiz)
