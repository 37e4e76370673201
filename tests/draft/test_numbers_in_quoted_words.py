"""Issue 10, item 4: a number in quoted words is a question even when nobody is surely the speaker.

The fixture (tests/draft/fixtures/quoted_numbers, our own words) is a ferry operator's notice quoted
over four paragraphs with no said-clause: no speaker is sure, so no question may name one, but the
counts it gives are the article's facts. One cloze per paragraph of the statement; one end of a
rough range ("two or three weeks") and a count spelt out item by item ("two faults, one was ...,
one was ...") are never blanked: the student would guess them from the words beside the blank.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import Cloze
from quizapp.draft import draft_article
from quizapp.draft.counted import counted_one_by_one, end_of_a_range

FIXTURE = Path(__file__).parent / "fixtures" / "quoted_numbers" / "ferry_notice.txt"


def _quoted_clozes() -> list[Cloze]:
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    return [d.question for d in draft.questions if d.id.startswith("fill-quoted") and isinstance(d.question, Cloze)]


def test_numbers_of_words_with_no_sure_speaker_are_asked_naming_no_one() -> None:
    clozes = _quoted_clozes()
    assert {cloze.text.split("{{")[1].split("|")[0] for cloze in clozes} == {"14", "300"}
    for cloze in clozes:
        assert cloze.prompt == "Fill in the blank in these words quoted in the article."
        assert cloze.explanation.startswith("The article quotes:")


def test_a_rough_range_and_a_count_spelt_out_are_not_blanked() -> None:
    texts = " ".join(cloze.text for cloze in _quoted_clozes())
    assert "weeks" not in texts and "faults" not in texts
    assert end_of_a_range("we expect it to take ", " or three weeks")
    assert end_of_a_range("we expect it to take two or ", " weeks")
    assert end_of_a_range("the last ", " to 15 minutes")
    assert not end_of_a_range("a total of ", " crossings since")
    assert counted_one_by_one(" faults, one was in the steering and one in the pump", "two")
    assert not counted_one_by_one(" crossings, one of them at night", "two")


def test_hours_worked_out_from_the_clock_times_beside_them_are_not_blanked() -> None:
    from quizapp.draft.counted import hours_between_times

    assert hours_between_times(" hours from 8 am to 8 am the following day")
    assert hours_between_times(" hours, from 9.30pm until 5.30am")
    assert not hours_between_times(" hours late because of a fault")
    assert not hours_between_times(" days from 8 am to 8 am")
