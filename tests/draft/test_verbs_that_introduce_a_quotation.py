"""Reporting verbs that introduce a quotation following them: `Chief executive Ana Ruiz mentioned that there
was a "delay in orders"`, and "disclosed", "indicated", "reminded" (issue 10, point 2: found, the speaker named,
no candidate). They were no speech verbs, so the said-clause before the quotation had none. Like "called" and
"believes", they count only before the quotation. Written in our own words.
"""

from __future__ import annotations

import pytest

from quizapp.draft.extraction import extract

LEDE = "Acme Tools reported lower sales on Tuesday.\n\n"


def _attributions(paragraph: str) -> list[tuple[str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


@pytest.mark.parametrize("verb", ["mentioned", "disclosed", "indicated", "reminded reporters"])
def test_the_verb_before_the_quotation_names_its_speaker(verb: str) -> None:
    paragraph = f'In an interview, chief executive Ana Ruiz {verb} that there was "a delay in orders from abroad".'
    assert _attributions(paragraph) == [("Ana Ruiz", True)]
