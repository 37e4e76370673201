"""Issue 10, item 4: a round-up of quotes asks who spoke on what, from the subject lines it prints.

The fixture (tests/draft/fixtures/questions/quotes_roundup.txt, written in our own words) is a
season's best quotes, each followed by "-- NAME on SUBJECT": the subject is the article's own
words, the wrong options the subjects of the other quotations.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import MultipleChoice
from quizapp.draft.extraction import extract
from quizapp.draft.topic_questions import MAX_TOPIC_QUESTIONS, topic_questions

FIXTURE = Path(__file__).parent / "fixtures" / "questions" / "quotes_roundup.txt"


def _asked(text: str) -> list[MultipleChoice]:
    return [d.question for d in topic_questions(extract(text), []) if isinstance(d.question, MultipleChoice)]


def test_a_subject_line_asks_what_the_speaker_spoke_about() -> None:
    asked = _asked(FIXTURE.read_text(encoding="utf-8"))
    assert len(asked) == MAX_TOPIC_QUESTIONS
    first, second = asked
    assert first.prompt == "What did Hannah Moss speak about in the words the article quotes?"
    assert first.answer == "the night the club reached the cup final for the first time"
    assert len(set(first.choices)) == len(first.choices) >= 3
    assert second.answer == "his teenage goalkeeper, Sam Doyle"  # the source in brackets is left out


def test_a_subject_whose_pronoun_cannot_be_the_speakers_is_no_wrong_option() -> None:
    first = _asked(FIXTURE.read_text(encoding="utf-8"))[0]
    assert "his teenage goalkeeper, Sam Doyle" not in first.choices  # "his" is not about Hannah Moss


def test_without_three_subject_lines_nothing_is_asked() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    two_lines = text[: text.index('"We lost the title')]
    assert _asked(two_lines) == []  # one wrong option would make a coin toss
