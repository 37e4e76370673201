"""The ordering question asks only events whose order the article makes certain (ordering_checks.py).

Seen on real news (PolNeAR train, 40 articles read by hand): plans and forecasts ordered as if past, a date
that names a thing ("the March 8 incident") taken for the sentence's event, "Sunday" and "Sunday night"
ordered though the article never says which came first, and in articles without a date, months and
weekdays ordered on a guessed year or week. Every fixture is written in our own words.
"""

from __future__ import annotations

import datetime as dt

from quizapp.draft.extraction import extract
from quizapp.draft.ordering_question import ordering_items

DATED = dt.date(2021, 9, 30)  # a Thursday


def _items(text: str, date: dt.date | None = DATED) -> list[str]:
    return [item for _event, item in ordering_items(extract(text, date=date))]


PAST = (
    "The council approved the harbour plan in June. The mayor opened the new quay on July 3. "
    "Divers surveyed the old pier in August. The ferry company signed its lease on September 2. "
)


def test_an_event_still_to_come_is_not_ordered_among_what_happened() -> None:
    items = _items(
        PAST + "The harbour board will vote on the fares on Monday. Engineers are expected to finish the wall on "
        "Tuesday. The town plans to hold a fair on Saturday."
    )
    assert len(items) >= 4, items
    assert not any(item.startswith(("The harbour board", "Engineers", "The town")) for item in items), items


def test_a_date_naming_a_thing_is_not_the_sentences_event() -> None:
    items = _items(
        PAST + "The inquiry into the September 12 collapse heard its first witness. "
        "Skippers discussed Tuesday's storm at length. Crowds gathered for Harbour Sunday, as every year."
    )
    assert len(items) >= 4, items
    assert not any(item.startswith(("The inquiry", "Skippers", "Crowds")) for item in items), items


def test_a_day_and_a_part_of_that_day_are_not_both_asked() -> None:
    items = _items(
        PAST + "The harbour master resigned on Tuesday. The board met in an emergency session on Tuesday night."
    )
    assert len(items) >= 4, items
    assert not (
        any(item.startswith("The harbour master") for item in items)
        and any(item.startswith("The board met") for item in items)
    ), items


def test_the_same_relative_cue_twice_is_asked_once() -> None:
    items = _items(
        "The council approved the harbour plan on June 3. The mayor opened the new quay on July 3. "
        "Divers surveyed the old pier on August 9. That night, the tide flooded the lower road. "
        "The ferry company signed its lease on September 2. That night, a crane toppled onto the slipway."
    )
    assert sum(item.startswith(("The tide", "A crane")) for item in items) <= 1, items


def test_without_a_date_last_month_is_not_ordered_beside_named_months() -> None:
    items = _items(
        "The council approved the harbour plan in January. The mayor opened the new quay on February 3. "
        "Divers surveyed the old pier in March. The ferry company signed its lease last month. "
        "The board sold the old warehouse in early February.",
        date=None,
    )
    assert not any(item.startswith("The ferry company") for item in items), items


def test_without_a_date_months_spread_over_the_year_are_not_ordered() -> None:
    """January to August with no year: the January may be the one after August."""
    text = (
        "The council approved the harbour plan in January. The mayor opened the new quay on March 3. "
        "Divers surveyed the old pier in May. The ferry company signed its lease in June. "
        "Fishermen held a festival in August."
    )
    assert _items(text, date=None) == []
    assert len(_items(text)) == 5  # dated, the months are of one year


def test_without_a_date_weekdays_fitting_two_weeks_are_not_ordered() -> None:
    """Sunday, Wednesday, Thursday: the Sunday may be before the Wednesday or after the Thursday."""
    text = (
        "The harbour master resigned on Sunday. The board met in an emergency session on Wednesday. "
        "Divers surveyed the old pier on Thursday. The council approved the harbour plan three years ago. "
        "The quay was first built ten years ago."
    )
    assert not any(item.startswith(("The harbour master", "The board", "Divers")) for item in _items(text, date=None))


def test_without_a_date_the_months_named_are_read_in_their_shortest_stretch() -> None:
    """November, December and February: the February is the one after, in the new year."""
    text = (
        "The council approved the harbour plan in November. The mayor opened the new quay on December 3. "
        "Divers surveyed the old pier on December 20. The ferry company signed its lease in February."
    )
    events = {event.cue.text: event.when for event in extract(text).events}
    assert events["in November"] < events["on December 3"] < events["in February"], events
