"""The false statements a true/false question would draft from each fact of a text, as a bank shows them.

Shared by the tests of swaps that read wrong, so that each says only which text and what must not be swapped.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.shown_fact import ShownFact
from quizapp.draft.standalone import standalone_edits
from quizapp.draft.true_false import SwapIndex, true_false_question


def false_statements(text: str) -> list[str]:
    """The prompt of the false statement drafted from each fact of `text` that can be read alone."""
    extraction = extract(text)
    swaps = SwapIndex(extraction)
    statements = []
    for fact in extraction.facts:
        edits = standalone_edits(extraction, fact.start, fact.end)
        if edits is not None:
            drafted = true_false_question(swaps, ShownFact(fact, edits, "", frozenset()), False)
            statements += [drafted.question.prompt] if drafted is not None else []
    return statements
