"""A short quoted phrase after an organisation's speech verb is its words: `The Harbour Authority said it was
"working closely" with the port` (issue 10, point 3: quotations never found). Such phrases were promoted from
scare quotes to quotations only after a named person's speech verb; an organisation's press statement is
reported the same way. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "A cargo ship ran aground outside Marlow harbour on Sunday night.\n\n"


def _attributions(paragraph: str) -> list[tuple[str, str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (quotation.text, person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_an_organisations_partial_quotation_is_its_words() -> None:
    paragraph = "The Marlow Harbour Authority said it was \u201cworking closely\u201d with the coastguard."
    assert _attributions(paragraph) == [("working closely", "Marlow Harbour Authority", True)]


def test_a_role_of_one_person_is_enough_to_make_a_phrase_a_quotation() -> None:
    """Roles were once never enough; one person's role now is (test_phrases_owned_by_their_speaker.py)."""
    paragraph = "A spokesman said the ship was in \u201csafe hands\u201d by midnight."
    assert _attributions(paragraph) == [("safe hands", "a spokesman", True)]


def test_a_group_is_still_not_enough_to_make_a_phrase_a_quotation() -> None:
    paragraph = "The crew\u2019s families said the ship was in \u201csafe hands\u201d by midnight."
    assert _attributions(paragraph) == []
