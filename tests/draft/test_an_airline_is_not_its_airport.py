"""The airline is never the airport it flies from (issue 10; fixture in our own words).

On real news "the airline said" went surely to the one organization named before it, an airport: a trade's noun
("airline", "carmaker") was taken to fit any body that is not a council or a union. A body whose name says it is a
place others trade at (an airport, a station, a port) is not that trade, so the words stay with "the airline" as the
article names it, and the airport keeps its own.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_airline_is_not_the_airport_named_before() -> None:
    speakers = sure_speakers(pattern("an_airline_is_not_its_airport"))
    assert speakers["a shortage of cabin"] != "Marlow Airport"


def test_the_airport_keeps_its_own_words() -> None:
    assert sure_speakers(pattern("an_airline_is_not_its_airport"))["the terminal running as"] == "Marlow Airport"
