"""A he/she who said something reports a thing's clause holding the words (fixture in our own words).

"She said that she wants a budget that calls for "..."" puts the words in her own report: the later speech verb
belongs to a relative clause of a thing ("a budget that calls for"), which is no speaker. A named subject was already
read this way; the pronoun left the words with no candidate. A thing's own clause without the relative ("the survey
calls the service "..."") keeps the words the thing's.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_things_relative_clause_in_her_report_is_hers() -> None:
    assert sure_speakers(pattern("pronoun_reporting_a_thing_that_speaks"))["two more sailings a"] == "Marta Lindqvist"


def test_a_things_relative_clause_after_his_report_is_his() -> None:
    assert sure_speakers(pattern("pronoun_reporting_a_thing_that_speaks"))["a postcard from another"] == "Tomas Brandt"


def test_a_thing_that_speaks_in_its_own_clause_keeps_its_words() -> None:
    assert sure_speakers(pattern("pronoun_reporting_a_thing_that_speaks")).get("the weakest link in") != "Petra Holm"
