"""A long story names more people, and is asked about more of them; a role is never cut at an abbreviation's stop.

"Who is missing?" (reported speech and subjects, `said_questions`) and "who is ROLE?" (`role_questions`) had
fixed caps of five and three questions, whatever the length: a 2,000-word report naming fifteen people got as many
as a 300-word brief, and most of the people a reader meets went unasked. Both now grow with the article's length as
the other kinds do (`length_scaled`). The fixtures are written for these tests.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.role_questions import role_questions
from quizapp.draft.said_questions import said_questions

_PEOPLE = [
    ("Nora Pell", "the chair of the ferry users' group"),
    ("Tom Vale", "the captain of the morning boat"),
    ("Ida Marsh", "the owner of the harbour cafe"),
    ("Owen Lark", "the head of the island school"),
    ("Ruth Calder", "the treasurer of the harbour board"),
    ("Felix Brann", "the island's only doctor"),
    ("Maya Olsen", "the secretary of the fishing cooperative"),
    ("Piet Haro", "the engineer who services the boats"),
    ("Greta Solm", "the manager of the island hotel"),
    ("Hugo Renn", "the driver of the island bus"),
    ("Alma Verst", "the keeper of the lighthouse museum"),
    ("Conrad Dale", "the organiser of the summer fair"),
]
_FILLER = (
    "The timetable has not changed since the new pier opened, and the crossing still takes forty minutes in good "
    "weather and longer when the wind turns. Islanders buy their tickets at the kiosk by the slipway, and the "
    "mainland office sells the rest. "
)


def _story(people: int, filler: int) -> str:
    paragraphs = ["Island ferry fares to rise in the spring.", "The island ferry will cost more from April."]
    for name, role in _PEOPLE[:people]:
        surname = name.split()[1]
        paragraphs.append(f"{name}, {role}, said the new fares would hurt families who cross every week.")
        paragraphs.append(f"{surname} wrote to the harbour board in March asking for a discount for islanders.")
        paragraphs.append(_FILLER * filler)
    return "\n\n".join(paragraphs) + "\n"


def _who_is_missing(text: str) -> list[str]:
    return [d.question.prompt for d in said_questions(extract(text), []) if "Who is missing" in d.question.prompt]


def test_a_long_story_asks_who_is_who_and_who_is_missing_of_more_people_than_a_short_one() -> None:
    long_story = _story(12, 4)
    assert len(long_story.split()) > 2000
    assert len(role_questions(extract(long_story), [])) > 3
    assert len(_who_is_missing(long_story)) > 5


def test_a_short_story_keeps_the_caps_of_a_short_story() -> None:
    short_story = _story(12, 0)
    assert len(short_story.split()) <= 800
    assert len(role_questions(extract(short_story), [])) <= 3
    assert len(_who_is_missing(short_story)) <= 5


_ROLES_TEXT = """Ferry fares to rise in the spring.

The island ferry will cost more from April, the harbour board said on Monday.

"The boats are old and the fuel costs more each year," wrote Harbour Gazette bureau chief Nora Pell, citing the \
board's own figures.

Lena Moss, a spokeswoman for Sen. Ada Quist, said the senator would ask the board to think again.

Tom Vale, the captain of the morning boat, said passengers had already complained. Ada Quist has not said more. \
Nora Pell covers the harbour.
"""


def test_a_role_is_not_cut_at_the_stop_of_an_abbreviation_nor_read_with_the_verb_before_it() -> None:
    prompts = [d.question.prompt for d in role_questions(extract(_ROLES_TEXT), [])]
    assert "Who is the captain of the morning boat, according to the article?" in prompts
    assert not any(prompt.endswith(" Sen, according to the article?") for prompt in prompts)
    assert not any("wrote" in prompt for prompt in prompts)
