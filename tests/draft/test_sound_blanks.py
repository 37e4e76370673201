"""Issue 10, item 4: a cloze's blank is something the article teaches, never a common word.

Fifty real articles were read question by question (issue 10, point 4): of the clozes whose
blank was a lowercase word of a quotation ("the {{ministers}} have been threatening") or of a
narrative sentence ("a council hotline for worried {{residents}}"), one in sixty-three was sound.
Read alone, such a blank is guessed from the words around it or cannot be known at all, and a
wrong guess marked wrong teaches nothing. The drafter now blanks only what the article states:
a number with its unit beside it, a name, a place or a date.

The fixtures (tests/draft/fixtures/questions and thin) are written in our own words: a science
report quoting one researcher, a gardener's prize told in one long quotation, and a coach's
injury update.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.bank.models import Cloze, ShortAnswer
from quizapp.draft import draft_article

from .sound_questions import a_common_word

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    "fixture", ["questions/lab_finding.txt", "questions/one_long_quotation.txt", "thin/keeper_update.txt"]
)
def test_no_cloze_blanks_a_common_word(fixture: str) -> None:
    draft = draft_article((FIXTURES / fixture).read_text(encoding="utf-8"))
    blanks = [
        blank
        for drafted in draft.questions
        if isinstance(drafted.question, Cloze)
        for blank in re.findall(r"\{\{([^|}]+)", drafted.question.text)
    ]
    assert not [blank for blank in blanks if a_common_word(blank)], blanks


def test_a_number_in_the_speakers_words_is_still_asked_with_its_unit() -> None:
    draft = draft_article((FIXTURES / "thin" / "keeper_update.txt").read_text(encoding="utf-8"))
    clozes = [d.question.text for d in draft.questions if isinstance(d.question, Cloze)]
    assert any(re.search(r"\{\{14\|fourteen\}\} players", text) for text in clozes), clozes


def test_a_science_report_keeps_its_counted_fact() -> None:
    """The report's one number with its noun is still asked: what the study did, not how it was worded."""
    draft = draft_article((FIXTURES / "questions" / "lab_finding.txt").read_text(encoding="utf-8"))
    clozes = [d.question.text for d in draft.questions if isinstance(d.question, Cloze)]
    assert any("{{twelve|12}} captive owls" in text for text in clozes), clozes


def test_a_story_quoting_one_person_asks_who_said_it_as_a_typed_answer() -> None:
    """One speaker leaves nobody to offer as a wrong choice; the name is typed, the surname alone counts."""
    draft = draft_article((FIXTURES / "questions" / "lab_finding.txt").read_text(encoding="utf-8"))
    typed = [
        d.question for d in draft.questions if isinstance(d.question, ShortAnswer) and "Who said" in d.question.prompt
    ]
    assert len(typed) == 1, [d.id for d in draft.questions]
    assert typed[0].prompt == "Who said this, according to the article? “We did not expect such a clear pattern”"
    assert typed[0].answer == "Ines Varga" and "Varga" in typed[0].alternatives
    assert "Dr Ines Varga" in typed[0].alternatives  # as the article names her: typed so, it is right too


def test_a_story_with_people_enough_to_choose_from_keeps_its_choices() -> None:
    draft = draft_article((FIXTURES / "thin" / "gallery_reactions.txt").read_text(encoding="utf-8"))
    assert not [d for d in draft.questions if isinstance(d.question, ShortAnswer) and "Who said" in d.question.prompt]


def test_a_year_written_short_and_a_fractions_numerator_are_not_blanked() -> None:
    """ "the '{{86}} final" and "a {{two}}-thirds majority" ask half of a number; the sentence's place is asked."""
    draft = draft_article((FIXTURES / "questions" / "parts_of_numbers.txt").read_text(encoding="utf-8"))
    clozes = [d.question.text for d in draft.questions if isinstance(d.question, Cloze)]
    assert not any("'{{" in text or "}}-thirds" in text for text in clozes), clozes
    where = [d.question.answer for d in draft.questions if isinstance(d.question, ShortAnswer)]
    assert any("in {{Leeds}}" in text for text in clozes) or "Leeds" in where  # "met ... at a dinner in Leeds"
    assert any("{{Harrogate}}" in text for text in clozes), clozes
