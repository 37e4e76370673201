"""A lowercase portfolio word names another office: "the foreign secretary" is not the health secretary (issue 10;
fixture in our own words).

The description linker checked a capitalised qualifier against a title ("the Commission president" is not the
French President) but not a lowercase one, as British papers write offices, so "The foreign secretary said" went
surely to the only secretary named, who held health. A portfolio word the title lacks, when the title has one of
its own, keeps the description apart; the same portfolio, or words of tenure ("the new minister"), still link.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_foreign_secretary_is_not_the_health_secretary() -> None:
    assert sure_speakers(pattern("another_portfolio_in_lowercase"))["a gift to our"] != "Nora Baines"


def test_the_health_secretary_is_still_her() -> None:
    assert sure_speakers(pattern("another_portfolio_in_lowercase"))["tired but proud of"] == "Nora Baines"


def test_the_assistant_coach_is_not_the_head_coach() -> None:
    assert sure_speakers(pattern("another_portfolio_in_lowercase"))["sharp and hungry"] != "Sam Tully"
