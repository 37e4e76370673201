"""A pronoun opening the main clause after a leading phrase is the subject of the colon it ends: "On the rumours
that the squad had split, she told us: "..."" (issue 10, point 2: found, the speaker known, no candidate). The
colon sieve read a role there ("Paying tribute to ..., a spokesman said:") but not a pronoun; the said-clause
sieve then took "the rumours that ..." for someone else's words and offered nobody. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "Coach Dana Frost quit the club on Monday. She blamed a row over unpaid wages.\n\n"


def _attributions(paragraph: str) -> list[tuple[str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_a_pronoun_after_a_phrase_about_claims_speaks_the_colons_words() -> None:
    paragraph = 'On the claims that players had complained about training, she told us: "Every squad argues."'
    assert _attributions(paragraph) == [("Dana Frost", True)]


def test_a_pronoun_of_the_other_gender_finds_nobody() -> None:
    paragraph = 'On the claims that players had complained about training, he told us: "Every squad argues."'
    assert ("Dana Frost", True) not in _attributions(paragraph)
