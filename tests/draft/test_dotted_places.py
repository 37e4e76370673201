"""Places written with dotted abbreviations ("L.A. County", "Washington D.C.") are asked whole, never by a letter.

Found while reading drafted questions for the closing note: "Where did this happen? “... with 10
reported.A. County.”" with the answer "L", and a cloze "{{O}}.C.". The fixture
(fixtures/questions/dotted_places.txt) is written in our own words.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.bank.models import Cloze, MultipleChoice, ShortAnswer
from quizapp.draft import draft_article
from quizapp.draft.facts import find_places

FIXTURE = Path(__file__).parent / "fixtures" / "questions" / "dotted_places.txt"


def test_a_dotted_abbreviation_is_one_word_of_a_place() -> None:
    text = "There were 30 in L.A. County, 12 in O.C. and 9 in Washington D.C. last week."
    assert [place.text for place in find_places(text, 0, len(text), [])] == ["L.A. County", "O.C.", "Washington D.C."]


def test_no_question_asks_for_a_letter_of_an_abbreviation_or_shows_half_of_one() -> None:
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, ShortAnswer):
            assert len(question.answer) > 1, question
        if isinstance(question, Cloze):
            assert not re.search(r"\{\{[A-Z](?:\|[^}]*)?\}\}\.", question.text), question.text
        shown = question.prompt + (question.text if isinstance(question, Cloze) else "")
        assert not re.search(r"[a-z]\.[A-Z]\. ", shown), shown  # "reported.A. County": a place cut in half


def test_a_capitalised_word_opening_a_quotation_is_nobody_even_beside_a_role() -> None:
    """ "Rest, fluids and a phone call to your doctor come first": "doctor" is in the sentence, "Rest" no name."""
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    assert [person.shown for person in draft.extraction.people] == ["Lena Ortiz"]
    for drafted in draft.questions:
        if isinstance(drafted.question, MultipleChoice):
            assert "Rest" not in drafted.question.choices
