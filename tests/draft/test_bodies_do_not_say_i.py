"""Words that say "I" given to an organization are a guess: a body speaks as "we" (first_person.py).

Issue 10: a wrong sure speaker found by probing the construction; the fixture is in our own words
(tests/draft/fixtures/patterns). The body stays the candidate, unsure, for the teacher to check."""

from __future__ import annotations

from quizapp.draft.first_person import says_i

from .speakers import pattern, sure_speakers


def test_a_suspects_words_relayed_by_the_police_are_not_the_polices() -> None:
    extraction = pattern("body_given_words_that_say_i")
    said = sure_speakers(extraction)
    assert said["I was not driving"] is None  # the driver's answer, relayed: never "Police" as a sure key
    unsure = {" ".join(q.text.split()[:4]): q.doubt for q in extraction.quotations if not q.sure}
    assert "“I”" in (unsure["I was not driving"] or "")
    assert said["We were called at"] == "Ellin Valley Rescue Service"  # a body speaks as "we"


def test_the_first_person_singular_is_read_as_whole_words() -> None:
    assert says_i("I was not there")
    assert says_i("it was my fault")
    assert says_i("They told me I’m wrong")
    assert not says_i("We did all we could")
    assert not says_i("Item one: Iran and Iraq")
