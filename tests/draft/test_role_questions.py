"""Issue 10, item 4: "who is who" questions from the article's own appositions, never from a guess.

The fixture (tests/draft/fixtures/questions/harbour_appeal.txt, written in our own words) introduces
people the way news prose does ("Maria Lopez, chair of the harbour trust, said") and sets the
traps of the form: a name that is itself the apposition ("The fishermen's spokesman, Tom Reilly,
handed ..."), an age ("Daniel Lopez, 34,"), a list of names, and a role naming one of two
people of the same name ("Lopez's sister").
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import MultipleChoice
from quizapp.draft.extraction import extract
from quizapp.draft.role_questions import role_questions

FIXTURE = Path(__file__).parent / "fixtures" / "questions" / "harbour_appeal.txt"


def _asked() -> dict[str, MultipleChoice]:
    questions = [d.question for d in role_questions(extract(FIXTURE.read_text(encoding="utf-8")), [])]
    return {q.prompt: q for q in questions if isinstance(q, MultipleChoice)}


def test_a_person_introduced_by_an_apposition_is_asked_who_they_are() -> None:
    asked = _asked()
    chair = asked["Who is the chair of the harbour trust, according to the article?"]
    assert chair.answer == "Maria Lopez"
    assert len(chair.choices) >= 3 and len(set(chair.choices)) == len(chair.choices)
    assert asked["Who is the leader of the planning committee, according to the article?"].answer == "Peter Hale"


def test_ages_verbs_lists_and_ambiguous_owners_are_not_read_as_roles() -> None:
    prompts = " ".join(_asked())
    assert "34" not in prompts  # "Daniel Lopez, 34,": an age, and his role comes after it
    assert "handed" not in prompts  # "The fishermen's spokesman, Tom Reilly, handed ...": not Reilly's role
    assert "Lopez's sister" not in prompts  # which of the two Lopezes?
    assert "Peter Hale and" not in prompts  # a list of names


def test_the_wrong_options_are_other_people_never_the_answer_again() -> None:
    for question in _asked().values():
        assert question.answer == question.choices[0]
        assert question.answer not in question.choices[1:]
        assert question.answer not in question.prompt


def test_a_role_opening_the_sentence_before_the_name_is_asked_too() -> None:
    asked = _asked()
    spokesman = asked["Who is the fishermen's spokesman, according to the article?"]
    assert spokesman.answer == "Tom Reilly"
    assert not any("deputy" in prompt for prompt in asked)  # "Her deputy": whose, out of the article?


def test_one_person_kept_apart_by_the_people_finder_is_never_a_wrong_option_beside_itself() -> None:
    extraction = extract((FIXTURE.parent / "pool_row.txt").read_text(encoding="utf-8"))
    # today the people finder keeps "Yeo", "Sandra Yeo" and "MP Sandra Yeo" apart: the wrong options must not
    asked = [d.question for d in role_questions(extraction, []) if isinstance(d.question, MultipleChoice)]
    assert asked  # "Who is the mayor of Kelbridge?"
    for question in asked:
        surnames = [choice.split()[-1] for choice in question.choices]
        assert len(surnames) == len(set(surnames)), question.choices  # "Yeo" and "Sandra Yeo": two right answers


def test_a_role_reads_as_a_role_after_who_is() -> None:
    text = (
        "Former Port Commissioner Ines Vale said on Monday that the quay would reopen in May. "
        "The top officials in the harbour trust, Oskar Lind, the chair, and Petra Noor, the treasurer, signed "
        "the letter. The dispute has put the council, which backs Jonas Weller, into a difficult position. "
        "Marta Sund, a ferry captain, said the delay cost her crew a week of work. Lind said talks would go on."
    )
    prompts = [drafted.question.prompt for drafted in role_questions(extract(text), [])]
    assert "Who is the former Port Commissioner, according to the article?" in prompts, prompts
    assert not any("Former" in prompt for prompt in prompts), prompts  # a capital left from the sentence's start
    assert not any("officials" in prompt for prompt in prompts), prompts  # a role of several people
    into = (
        "The dispute has put the council, which backs Jonas Weller, into a difficult position. "
        "Marta Sund, a ferry captain, said the delay cost her crew a week of work. Weller said talks would go on."
    )
    prompts = [drafted.question.prompt for drafted in role_questions(extract(into), [])]
    assert prompts and not any("into a difficult" in prompt for prompt in prompts), prompts  # a preposition
