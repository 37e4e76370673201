"""A leading "as"/"when" clause that ends on a dash aside instead of a comma (leading_phrases.py).

`As Berg raised the harbour budget — and the strike that stopped the ferries — Okafor answered with a line:
"..."`: the clause before the closing dash is what Berg did; Okafor is the subject whose words follow the colon.
The fixture is in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.leading_phrases import main_clause_start

from .speakers import sure_speakers

_TEXT = (
    "Radio host Tomas Berg interviewed council leader Grace Okafor on Tuesday.\n\n"
    "As Berg tried to raise the harbour budget \u2014 especially the part that pays for the ferry crews \u2014 "
    "Okafor answered with a line her rivals will remember: \u201cDo not lecture me about the ferries.\u201d\n"
)


def test_the_subject_after_the_closing_dash_of_a_leading_clause_speaks() -> None:
    assert sure_speakers(extract(_TEXT))["Do not lecture me"] == "Grace Okafor"


def test_a_dash_aside_in_a_sentence_that_opens_with_its_subject_leads_nothing() -> None:
    text = "Berg \u2014 the host \u2014 asked Okafor:"
    assert main_clause_start(text, 0, len(text), []) is None
