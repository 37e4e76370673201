"""A round-up's caption under a quotation says whose the words are, and nobody else gets them.

"Quotes of the month" pages print each quotation, then a paragraph opening with a dash that is a sentence
about the speaker: `— Harbour Ferry Safety (HFSB) Board chair Olga Brennan said in a report ...`, `— Brightwell's
chief executive Ines Kovac said ...`. A body's initials in brackets, an employer's possessive before the role
and a lowercase role ("museum director") stand before the name. A caption naming nobody the article knows as a
person (`— A report by the Westmere Fuel Safety Board says ...`) left the words to the sentence above them,
which is the caption of the item before: its speaker was sure, a wrong answer key. The report's author, a body
named after "the", is the speaker (document_bodies.py). The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("captions_under_round_up_quotations"))


def test_a_caption_with_a_bodys_initials_before_the_role_names_the_speaker() -> None:
    assert _said()["Nobody on that ferry"] == "Olga Brennan"


def test_a_caption_with_a_lowercase_role_or_an_employers_possessive_names_the_speaker() -> None:
    said = _said()
    assert said["These paintings belong to"] == "Felix Amadi"
    assert said["We got this wrong,"] == "Ines Kovac"


def test_words_captioned_by_a_report_are_the_reports_authors_not_the_item_aboves() -> None:
    # not Ines Kovac, whose caption is the paragraph before: the board the caption names (document_bodies.py)
    assert _said()["Staff at the depot"] == "Westmere Fuel Safety Board"
