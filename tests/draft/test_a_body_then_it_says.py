"""A single word that speaks and then is "it" is a body (issue 10; fixture in our own words).

On real news a one-word company that announced a closure, followed by "It said ... a review which found
“...”", had no organization: a one-word name with no organization's word was never one, so
"It said" found nobody. A person is "he" or "she"; a name whose next sentence goes on as "It said" is a body.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_word_that_announces_and_then_it_says_is_the_body_speaking() -> None:
    extraction = pattern("a_body_then_it_says")
    assert {person.name: person.kind for person in extraction.people}["Kelvara"] == "organization"
    assert sure_speakers(extraction, 3)["no future for"] == "Kelvara"
