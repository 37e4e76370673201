"""Words a named person chose for a thing, after "what", are that person's quotation (fixture in our own words).

`the town sought to end what Reid called "a slow drowning of the harbour"` was sorted out as a term, a name for a
thing, so the words had no speaker though the sentence names her: "what NAME called", "what NAME, a role, has
described as" frame the words as hers, as "As Reid put it" does (framed.py). Only a name frames them: after "what he
calls" or "what some call" they stay a term, and so do a single word and a phrase qualifying a noun (`a "patch it and
pray" approach`). On PolNeAR's train split this gave 5 quotations their right speaker. A lowercase phrase of short
words ("new", "new low", "fog of war") was taken for a title, none of its words long enough to test; it is now a
scare quote, a quotation when a speech verb's subject comes before it (5 more on train, right by reading).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_what_a_named_person_called_something_is_their_quotation() -> None:
    said = sure_speakers(pattern("what_someone_called"))
    assert said["a slow drowning of"] == "Marta Lindqvist"
    assert said["open warfare."] == "Owen Pryce"  # past an apposition between the name and "called"
    assert said["We have one chance"] == "Marta Lindqvist"


def test_what_he_or_some_call_something_stays_a_term() -> None:
    extraction = pattern("what_someone_called")
    terms = {term.text for term in extraction.terms}
    assert {"hidden costs", "a gift to the developers"} <= terms
    assert not any(q.text.startswith(("hidden costs", "a gift to")) for q in extraction.quotations)


def test_a_short_lowercase_phrase_is_no_title() -> None:
    extraction = pattern("what_someone_called")
    assert not any(term.why == "a title" for term in extraction.terms if term.text in {"new", "fair deal"})


def test_a_phrase_qualifying_a_noun_stays_a_name() -> None:
    extraction = pattern("what_someone_called")
    assert "patch it and pray" in {term.text for term in extraction.terms}
