"""A headline pasted in Title Case with a full stop after it is the headline, not the story's first sentence.

Read as a sentence, its capitals made people of phrases ("Donor Kessel", "Mayor May"), which then came back as
answers and choices, and the line itself was asked as a fact. It now heads the story: its names only give a
person of the story a fuller name (the story's "said Marlowe" is the headline's Ines Marlowe). A short first
sentence of the story, capitalised as sentences are, is still the story. The fixtures are in our own words.
"""

from __future__ import annotations

from quizapp.draft.article import parse_article
from quizapp.draft.drafting import draft_article
from quizapp.draft.extraction import extract

_ALIGNING = """Donor Kessel and Mayor May Be Aligning on Harbour Rates.

Top party donor Arvid Kessel said on Friday he had met the mayor, Dora Quill, twice this month.

"We found we agree on more than we thought," Kessel said.

Quill said the rates would be set in the spring.
"""

_MARLOWE = """Ines Marlowe: ‘We Will Not Back Down On The Clinic.’

"We have run this clinic for twenty years and we will run it for twenty more," said Marlowe, its director.

The council will vote on the clinic's lease next week.
"""

_LEDE = """Arvid Kessel said he has resigned.

The donor said on Friday that he would leave the party board at the end of the month.
"""


def test_a_title_case_line_names_no_one_of_its_own() -> None:
    extraction = extract(_ALIGNING)
    assert extraction.article.headline == "Donor Kessel and Mayor May Be Aligning on Harbour Rates"
    names = {person.name for person in extraction.people}
    assert "Arvid Kessel" in names
    assert not any("May" in name or name.startswith("Donor") for name in names)


def test_the_headline_line_is_asked_no_question() -> None:
    asked = " ".join(repr(question.question) for question in draft_article(_ALIGNING).questions)
    assert "Aligning" not in asked


def test_the_headline_gives_a_speaking_surname_its_full_name() -> None:
    extraction = extract(_MARLOWE)
    names = {person.id: person.name for person in extraction.people}
    spoken = [names[quotation.speaker] for quotation in extraction.quotations if quotation.speaker and quotation.sure]
    assert spoken == ["Ines Marlowe"]


def test_a_short_first_sentence_stays_in_the_story() -> None:
    extraction = extract(_LEDE)
    assert extraction.article.headline is None
    assert "Arvid Kessel" in {person.name for person in extraction.people}


def test_the_bank_is_titled_without_the_headlines_full_stop() -> None:
    """A teacher sees the headline as the bank's title: the stop a paste left after it is not part of it, an
    abbreviation's is."""
    pier = "Council Approves New Harbour Pier.\n\nThe council approved the pier on Monday, the mayor said.\n"
    talks = "Trade Talks Resume in the U.S.\n\nThe talks resumed on Monday, the trade office said.\n"

    assert parse_article(pier).headline == "Council Approves New Harbour Pier"
    assert parse_article(talks).headline == "Trade Talks Resume in the U.S."
