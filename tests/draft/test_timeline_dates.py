"""Dates on the article's timeline: the real length of each month, and the future tense.

An ordering question puts events in the order of these dates, so a wrong day is a wrong key.
"""

from __future__ import annotations

import datetime as dt

from quizapp.draft.timeline import build_timeline


def _dates(text: str, date: dt.date) -> list[dt.date | None]:
    sentences = []
    start = 0
    for sentence in text.split("\n"):
        sentences.append((start, start + len(sentence)))
        start += len(sentence) + 1
    return [event.date for event in build_timeline(text, date, sentences, [])]


def test_the_last_days_of_a_month_stay_apart_and_a_day_past_its_end_is_its_last_day() -> None:
    text = (
        "The bridge closed on March 29.\n"
        "Engineers inspected it on March 31.\n"
        "A report was due on February 30.\n"
        "The works began on April 3."
    )

    assert _dates(text, dt.date(2025, 5, 19)) == [
        dt.date(2025, 3, 29),
        dt.date(2025, 3, 31),
        dt.date(2025, 2, 28),
        dt.date(2025, 4, 3),
    ]


def test_a_day_later_in_the_year_is_last_year_unless_the_clause_speaks_of_the_future() -> None:
    text = "The club opened on June 12.\nThe club will reopen on June 14."

    assert _dates(text, dt.date(2025, 5, 19)) == [dt.date(2024, 6, 12), dt.date(2025, 6, 14)]


def test_a_headline_in_title_case_is_dated_like_any_sentence() -> None:
    """A real headline, "... in the City this Year", made `quizapp draft` fail with KeyError 'Year'."""
    text = "Shootings Rise in the City this Year\nThe council met 3 Weeks Ago.\nThe mayor spoke last week."

    dates = _dates(text, dt.date(2025, 5, 19))

    assert dates[1] == dt.date(2025, 4, 28)
    assert dates[2] is not None and dates[2] < dt.date(2025, 5, 19)
