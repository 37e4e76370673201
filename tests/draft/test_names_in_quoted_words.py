"""Issue 10, item 4: a name inside one speaker's words is a sound cloze when the article teaches it.

The fixture (tests/draft/fixtures/quoted_names, our own words) is a manager's words after a match,
one quotation over four paragraphs. The ground she names, which the article writes again in its own
sentence, is asked; a capital met once ("the Cup tie") is not, nor a sentence whose "they" or
"her" points out of it, nor a common noun written with a capital, nor part of a name or a product.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.draft.extraction import extract
from quizapp.draft.quoted_names import _askable, quoted_name_questions
from quizapp.draft.wording import question_wording

FIXTURE = Path(__file__).parent / "fixtures" / "quoted_names" / "after_the_match.txt"


def test_the_name_the_article_teaches_is_asked_in_the_speakers_words() -> None:
    extraction = extract(FIXTURE.read_text(encoding="utf-8"))
    asked = [question_wording(d.question) for d in quoted_name_questions(extraction, set(), "", 5)]
    her_words = "Fill in the blank in these words of Orla Quayle."
    in_her_words = [wording for wording in asked if wording.startswith(her_words)]
    assert len(in_her_words) == 1, asked
    assert "{{Marlow Park}}" in in_her_words[0]
    assert not any("{{Cup" in wording for wording in asked)


def test_no_cloze_on_words_another_question_shows_or_on_a_name_already_blanked() -> None:
    extraction = extract(FIXTURE.read_text(encoding="utf-8"))
    shown = "I want us to keep the same attitude when we go"
    for asked in (
        quoted_name_questions(extraction, set(), shown, 5),
        quoted_name_questions(extraction, set(), "", 5, blanks=["next month"]),
    ):
        assert [d.id for d in asked if d.id.startswith("fill-quoted-name")] == []


def test_what_is_no_name_to_ask() -> None:
    text = "Is there a Parliament anywhere else? The Office 365 suite and Covid-19 tests."
    assert not _askable(text, "Parliament", 11, 21, False, None)
    assert not _askable(text, "Office", 41, 47, False, None)
    assert not _askable(text, "Covid", 62, 67, False, None)
    assert not _askable(text, "English", 0, 7, False, None)
    assert not _askable(text, "Marlow Park", 0, 11, True, None)  # opening a sentence: a capital there may be any word
    assert _askable(text, "Marlow Park", 0, 11, False, None)


def test_in_the_articles_own_sentences_only_a_body_place_or_person_it_knows() -> None:
    """A dateline ("PELLHAM (QN) —") is never shown, an acronym ("the THB") never blanked; the board the article
    quotes is asked in the reporter's own sentence, prompted as any fact cloze."""
    extraction = extract((FIXTURE.parent / "harbour_board.txt").read_text(encoding="utf-8"))
    asked = [d.question for d in quoted_name_questions(extraction, set(), "", 5)]
    assert [question_wording(q) for q in asked] == [
        "Fill in the blank. Travellers on two {{Tressel Harbour Board}} ferries waited for more than an hour on "
        "Monday evening.  "
    ], [question_wording(q) for q in asked]


def test_a_nationality_is_never_the_blank_in_any_form() -> None:
    """ "the Jamaicans in the crowd", "a Swede", "two Irishmen": who people are, not a name the article teaches."""
    text = "x Jamaicans Swede Irishmen y"
    for word in ("Jamaicans", "Swede", "Irishmen"):
        at = text.index(word)
        assert not _askable(text, word, at, at + len(word), False, None), word


def test_a_first_name_alone_is_never_the_blank_when_the_full_name_is_known() -> None:
    """The article names the striker in full; in the manager's words he is "Tomas", and "{{Tomas}}" would key
    a first name the reader may not keep, beside a surname the article teaches."""
    text = (
        "Harbour Rovers beat Kelso Town on Saturday at Marlow Park.\n\n"
        "Rovers manager Orla Quayle praised striker Tomas Brenn, who scored both goals.\n\n"
        '"I thought Tomas was outstanding for us again from the very first minute," Quayle said.\n\n'
        "Brenn has now scored nine goals this season. Tomas will travel with the squad next week.\n"
    )
    asked = [question_wording(d.question) for d in quoted_name_questions(extract(text), set(), "", 5)]
    assert not any("{{Tomas" in wording for wording in asked), asked
