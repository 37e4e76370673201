"""The numbers a fact question may blank: counts and amounts, never a side of a score, a clock time or a year.

The filters of `find_numbers` are tried only where the characters they need are present (a dash
for a score, a full stop for a timetable time, four digits for a year); these pin that each still
drops what it drops, wherever it stands in the sentence.
"""

from __future__ import annotations

import pytest

from quizapp.draft.fact_numbers import find_numbers


def _numbers(text: str) -> list[str]:
    return [number.text for number in find_numbers(text, 0, len(text), text.lower())]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The home side won 6-3 in front of 800 fans.", ["800"]),
        ("They led 15–13 at the break and 12 players were booked.", ["12"]),
        ("The 17.45 service carried 300 passengers.", ["300"]),
        ("Fares rose 4.25 per cent for 90 routes.", ["4.25", "90"]),
        ("In 2019 the club had 350 members.", ["350"]),
        ("Doors opened at 7:30 and 250 people queued.", ["250"]),
        ("Doors opened at 7.30pm; 40 stalls sold out.", ["40"]),
        ("Seven buses and 3-km walks were laid on.", ["Seven", "3"]),
    ],
)
def test_counts_are_kept_and_scores_times_and_years_dropped(text: str, kept: list[str]) -> None:
    assert _numbers(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("One landlord who asked not to be named said 40 flats were empty.", ["40"]),
        ("Only one bus ran on Sunday, and 12 were cancelled.", ["12"]),
        ("She signed a one-year deal worth 2 million.", ["one", "2"]),
    ],
)
def test_one_before_its_noun_is_never_blanked_since_the_noun_gives_it_away(text: str, kept: list[str]) -> None:
    """'{{One}} landlord said': a singular noun leaves one answer, so the blank teaches nothing."""
    assert _numbers(text) == kept


def test_a_place_is_never_offered_with_the_first_name_of_a_person_as_its_region() -> None:
    from quizapp.draft.facts import find_places

    text = "The gardener at Ashby Hall, Nora Fielding, won. She grew up in Leeds, Yorkshire."
    offered = {place.text: place.alternatives for place in find_places(text, 0, len(text), [])}
    assert offered == {"Ashby Hall": (), "Leeds": ("Leeds, Yorkshire",)}
