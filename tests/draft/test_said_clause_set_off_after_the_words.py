"""Said-clauses after the words that set off an apposition with brackets or dashes, open with "was how", or use a
modal (said_after.py, how_put.py, manner_verbs.py).

Issue 10: held-out articles write the said-clause after a quotation in forms the tuning sets rarely show, and
such words had no candidate: Irish and British papers give an age or a caption in brackets ("Vane (58) said"),
an apposition between dashes ("Oakes – who swam for the county – said"), where someone works with no commas
("Oakes with the Lifeguard Service said"), "was how Pike put it", and "Vane would later tell". The fixture is
in our own words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_bracket_or_dashes_between_the_name_and_its_verb_still_make_a_said_clause() -> None:
    said = sure_speakers(pattern("said_clause_set_off_by_brackets_dashes_and_how"))
    assert said["We raised every penny"] == "Hesper Vane"
    assert said["The juniors have been"] == "Dunstan Oakes"
    assert said["The water quality tests"] == "Dunstan Oakes"  # "Oakes with the ... Service said": no commas
    assert said["Every invoice is on"] == "Lorcan Pike"  # describing words, the name, a clause, then the verb


def test_was_how_someone_put_it_and_a_modal_before_tell_name_the_speaker() -> None:
    said = sure_speakers(pattern("said_clause_set_off_by_brackets_dashes_and_how"))
    assert said["A pool we can"] == "Lorcan Pike"
    assert said["Next year we want"] == "Hesper Vane"
    assert said["The old pool leaked"] == "Lorcan Pike"  # "Pike informed the members"
