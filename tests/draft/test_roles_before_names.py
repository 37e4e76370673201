"""Issue 10, item 4: "who is who" from the role news prose writes right before a name, read strictly.

The fixture (tests/draft/fixtures/questions/ferry_strike.txt, written in our own words) introduces
people with their role in front of the name and no comma ("said duty manager Ines Farrow",
"Transport Minister Lena Okoro told"), and sets the traps of that form: a role cut short by the
reading ("Ferries and Ports Authority chief executive", "Unite regional officer", "The union's
branch secretary"), one role held by two people (two councillors, two ferry captains), a kinship
word ("said mother Sarah Bell"), a verb read as a role ("After meeting union leader Tom Price"),
and a fronted clause whose name an apposition rule read as "the minister".
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import MultipleChoice
from quizapp.draft.extraction import extract
from quizapp.draft.role_questions import role_questions

FIXTURE = Path(__file__).parent / "fixtures" / "questions" / "ferry_strike.txt"


def _asked() -> dict[str, MultipleChoice]:
    questions = [d.question for d in role_questions(extract(FIXTURE.read_text(encoding="utf-8")), [])]
    return {q.prompt: q for q in questions if isinstance(q, MultipleChoice)}


def test_a_role_written_before_the_name_is_asked_who_holds_it() -> None:
    asked = _asked()
    assert asked["Who is the duty manager, according to the article?"].answer == "Ines Farrow"
    assert asked["Who is the Transport Minister, according to the article?"].answer == "Lena Okoro"


def test_a_role_cut_short_shared_or_owned_by_someone_is_not_asked() -> None:
    prompts = " ".join(_asked())
    for cut_short in ("chief executive", "regional officer", "branch secretary", "union leader"):
        assert cut_short not in prompts  # the article says more than these words: not what it says they are
    assert "Councillor" not in prompts  # two councillors: which?
    assert "captain" not in prompts  # two ferry captains
    assert "mother" not in prompts  # whose mother, out of the article?


def test_a_fronted_clause_is_not_read_as_the_role_of_the_name_inside_it() -> None:
    for question in _asked().values():
        assert question.answer != "Tom Price"  # "After meeting ... Tom Price, the minister said": not his role
        assert "said" not in question.prompt


def test_an_and_inside_an_office_s_name_is_part_of_the_role_but_not_an_and_before_a_person() -> None:
    director = _asked()["Who is the director of the Ports and Harbours Office, according to the article?"]
    assert director.answer == "Pia Sand"
    listed = (
        "Holm crews back at work\n\n"
        "Olu Baker, head of the Holm Trust and Tom Price, thanked the crews on Friday.\n\n"
        '"We are grateful," said Olu Baker. "It was a long week," said Tom Price. '
        '"The boats are ready," said Ivo Lind.\n'
    )
    prompts = [d.question.prompt for d in role_questions(extract(listed), [])]
    assert not any("Holm Trust" in prompt for prompt in prompts)  # "head of the Holm Trust and Tom Price": a list
