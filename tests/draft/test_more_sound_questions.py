"""Issue 10, item 4: more sound questions on news with people in it, each readable alone.

The fixtures (tests/draft/fixtures/more_sound) are written in our own words, each on a pattern of
English news prose that drafts were thin on. What is checked is what a student would see: the
question is asked, its answer key is what the article's sentence says, and its wrong choices are
people of the same story.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import MultipleChoice, ShortAnswer
from quizapp.draft import Draft, draft_article

MORE_SOUND = Path(__file__).parent / "fixtures" / "more_sound"


def _draft(name: str) -> Draft:
    return draft_article((MORE_SOUND / f"{name}.txt").read_text(encoding="utf-8"))


def _who_is_missing(draft: Draft) -> dict[str, MultipleChoice]:
    """The "who is missing?" questions, by the sentence they show."""
    found = {}
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, MultipleChoice) and question.prompt.startswith("Who is missing"):
            found[question.prompt] = question
    return found


def test_reported_speech_with_a_few_quoted_words_still_asks_who_said_it() -> None:
    """ "Mayor Olwen Pryce said the vote was "a fair result"": the sentence names its speaker itself."""
    asked = _who_is_missing(_draft("harbour_vote"))
    by_answer = {question.answer: prompt for prompt, question in asked.items()}
    assert "a fair result" in by_answer["Olwen Pryce"]
    assert "far too costly" in by_answer["Idris Vaughan"]
    for question in asked.values():
        assert len(set(question.choices)) >= 3
        assert question.answer in question.choices


def test_a_quotation_asked_as_who_said_is_not_shown_again_in_a_who_is_missing_sentence() -> None:
    """Talbot's own quotation is a who-said question; no other question shows it with her name beside it."""
    draft = _draft("harbour_vote")
    showing = [
        drafted.id
        for drafted in draft.questions
        if "cannot wait another season"
        in " ".join(str(getattr(drafted.question, name, "")) for name in ("prompt", "text"))
    ]
    assert len(showing) == 1, showing


def test_a_place_inside_a_region_word_is_asked_where_it_happened() -> None:
    """ "brought under control on Sunday in northern Dunmore": the region word is part of the answer, not the prompt."""
    draft = _draft("hill_fire")
    where = [d.question for d in draft.questions if d.id.startswith("where-")]
    assert len(where) == 1
    question = where[0]
    assert isinstance(question, ShortAnswer)
    assert question.answer == "Dunmore"
    assert "northern Dunmore" in question.alternatives
    assert "northern" not in question.prompt and "Dunmore" not in question.prompt
    assert "brought under control on Sunday" in question.prompt


def test_a_role_in_lowercase_words_before_the_name_still_asks_who_spoke() -> None:
    """ "Fire chief Rosa Imrie said", "Dunmore Farmers Union chairman Owen Pike said": news prose introduces
    people by their role; "Neighbours helped Ana Kell" opens on a verb, not a role, and Ana Kell did not do what
    that sentence says."""
    asked = _who_is_missing(_draft("hill_fire"))
    by_answer = {question.answer: prompt for prompt, question in asked.items()}
    assert by_answer["Rosa Imrie"].startswith(
        "Who is missing from this sentence of the article? “Fire chief _____ said"
    )
    assert by_answer["Owen Pike"].startswith(
        "Who is missing from this sentence of the article? “Dunmore Farmers Union chairman _____"
    )
    assert "Ana Kell" not in by_answer


def test_a_two_person_story_asks_who_is_missing_with_the_name_typed() -> None:
    """Two people: a choice between them is a coin toss, so the name is typed, the surname a right answer too."""
    draft = _draft("library_hours")
    typed = [d.question for d in draft.questions if isinstance(d.question, ShortAnswer)]
    by_answer = {question.answer: question for question in typed if question.prompt.startswith("Who is missing")}
    assert set(by_answer) == {"Petra Lund", "Sam Okafor"}
    assert "Head librarian _____ said the change followed a survey" in by_answer["Petra Lund"].prompt
    assert "Lund" in by_answer["Petra Lund"].alternatives
    assert "Okafor" in by_answer["Sam Okafor"].alternatives
    assert not any(isinstance(d.question, MultipleChoice) for d in draft.questions)  # no coin toss offered


def test_a_subject_after_an_opening_phrase_is_asked() -> None:
    """ "After the vote, council clerk Hana Moss said": the name after the opening phrase opens the main clause."""
    asked = _who_is_missing(_draft("harbour_vote"))
    by_answer = {question.answer: prompt for prompt, question in asked.items()}
    assert "After the vote, council clerk _____ said the minutes" in by_answer["Hana Moss"]
