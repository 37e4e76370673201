"""Issue 10, item 4: every drafted question sound on its own, whatever kind drafted it.

Defects seen in drafts of the tuning articles, each a pattern of news prose, checked on a fixture
written in our own words (tests/draft/fixtures/questions/union_talks.txt) or on sentences here:
- a count cloze answered by the names listed beside it ("{{two}} shops, Central and West");
- a group the people finder took for a person ("Lawyers for Twitter") offered as a person;
- a "who is" prompt showing the blank of a cloze on the same sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.bank.models import Cloze, MultipleChoice
from quizapp.draft import draft_article
from quizapp.draft.counted import counted_beside
from quizapp.draft.offered_people import named_like_a_person
from quizapp.draft.person import Person

FIXTURE = Path(__file__).parent / "fixtures" / "questions" / "union_talks.txt"


def test_a_count_listed_beside_its_number_is_not_a_cloze() -> None:
    assert counted_beside(" new shops, Northgate Central and Northgate West, last spring.", "2")
    assert counted_beside(" rivers: the Avon, the Severn and the Wye.", "three")  # counted with their "the"
    assert counted_beside(" rebel groups – the NLF, the PDM and the ERA – joined the talks.", "three")
    assert not counted_beside(" rebel groups – the NLF and the PDM – joined the talks.", "three")
    assert counted_beside(" judges, Ruth Park, Omar Said and Lena Holm, agreed.", "three")
    assert not counted_beside(" new shops, Northgate Central and Northgate West, last spring.", "3")
    assert not counted_beside(" years in Leeds and York.", "20")  # not a count of the places


def test_the_drafted_bank_never_blanks_a_counted_number() -> None:
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    clozes = [d.question.text for d in draft.questions if isinstance(d.question, Cloze)]
    assert clozes, "the fixture gives number clozes"
    assert not any("{{two" in text for text in clozes), clozes


def test_a_group_is_not_named_like_a_person() -> None:
    assert not named_like_a_person(Person(id="p1", kind="person", name="Lawyers for Twitter"))
    assert named_like_a_person(Person(id="p2", kind="person", name="Ludwig van Beethoven"))
    assert named_like_a_person(Person(id="p3", kind="person", name="Maria Lopez"))


def test_a_who_is_prompt_never_shows_a_clozes_blank() -> None:
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    blanks = [
        (d.answer_key[0], re.findall(r"\{\{([^|}]+)", d.question.text)[0])
        for d in draft.questions
        if isinstance(d.question, Cloze)
    ]
    prompts = [d.question.prompt for d in draft.questions if isinstance(d.question, MultipleChoice)]
    assert any(prompt.startswith("Who is ") for prompt in prompts)
    for _start, blank in blanks:
        assert not any(blank in prompt for prompt in prompts if prompt.startswith("Who is ")), blank
