"""A quoted name of a committee, a rule or a scheme before its noun is a term, not speech (named_kinds.py).

Issue 10: a wrong sure speaker found by reading unlabelled news or by probing the construction; the fixture is
in our own words (tests/draft/fixtures/patterns). The words go to nobody, or to whom the construction makes
certain, never to another guess."""

from __future__ import annotations

from quizapp.draft.named_kinds import names_a_kind

from .speakers import pattern, sure_speakers


def test_the_quoted_name_of_a_committee_or_a_rule_has_no_speaker() -> None:
    extraction = pattern("quoted_names_of_things")
    said = sure_speakers(extraction)
    assert "roads and water" not in said  # the committee's name, not the mayor's words
    assert "parks and libraries" not in said
    assert "fair play in debate" not in said
    assert {"roads and water", "parks and libraries", "fair play in debate"} <= {term.text for term in extraction.terms}
    assert said["within eighteen months"] == "Ilse Varro"  # a partial quotation stays hers
    assert said["patient and careful"] == "Ilse Varro"  # words used as an adjective before a noun of no name
    assert said["It was a disappointing"] == "Pieter Holm"


def test_only_nouns_of_named_things_after_an_article_make_a_quoted_phrase_a_name() -> None:
    text = 'the "stay at home" order and a "truly kind" man and said "stay at home" orders'
    assert names_a_kind(text, text.index('"stay'), text.index("order") - 1)
    assert not names_a_kind(text, text.index('"truly'), text.index(" man"))
    assert not names_a_kind(text, text.rindex('"stay'), text.rindex(" orders"))  # no article before it
