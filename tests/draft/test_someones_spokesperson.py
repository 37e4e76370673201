"""The spokesperson of someone named in full speaks as that role: `"...," opposition leader Ana Ruiz's
spokesperson told reporters` (issue 10, point 2: found, and nobody offered). A one-word owner ("Velde's
spokesman") was read as a role; a full name is a mention of its own, and nothing read the role after it. The
words are never the owner's. Written in our own words; "the Prime Minister's official spokesman" briefs every
day.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "Harbour minister Tomas Velde has called a snap vote on the ferry plan.\n\n"


def _attributions(paragraph: str) -> list[tuple[str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_a_full_names_spokesperson_after_the_quotation() -> None:
    paragraph = '"We are ready whenever the vote is called," opposition leader Ana Ruiz\'s spokesperson told reporters.'
    assert _attributions(paragraph) == [("Ana Ruiz's spokesperson", True)]


def test_a_full_names_spokesperson_before_a_colon() -> None:
    paragraph = 'Opposition leader Ana Ruiz\'s official spokesperson said: "We will fight the plan."'
    assert _attributions(paragraph) == [("Ana Ruiz's official spokesperson", True)]


def test_the_owner_is_never_given_the_spokespersons_words() -> None:
    paragraph = '"We are ready," Tomas Velde\'s spokesman said.'
    assert ("Tomas Velde", True) not in _attributions(paragraph)
