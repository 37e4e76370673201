"""A day set between a subject and its speech verb does not hide the subject (fixture in our own words).

Wire and South Asian news write "the ministry on Friday said" and "the company late Monday announced" as often
as "the ministry said on Friday": the day kept the verb from the body before it, so the words had no speaker,
and a name of an organization's shape never became a speaker at all (dated_verbs.py). A day before a verb
that is not one of saying gives its subject nothing.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_named_body_then_a_day_then_said_speaks() -> None:
    extraction = pattern("a_day_between_subject_and_verb")
    kinds = {person.name: person.kind for person in extraction.people}
    assert kinds["Tarrow Shipping Company"] == "organization"
    assert sure_speakers(extraction)["the crossing has lost"] == "Tarrow Shipping Company"


def test_a_body_by_its_kind_then_a_day_then_said_speaks() -> None:
    assert sure_speakers(pattern("a_day_between_subject_and_verb"))["no island will be"] == "the transport ministry"


def test_a_day_before_another_verb_gives_its_subject_no_words() -> None:
    speakers = sure_speakers(pattern("a_day_between_subject_and_verb"))
    assert speakers["we were lucky nobody"] in {None, "a skipper"}
