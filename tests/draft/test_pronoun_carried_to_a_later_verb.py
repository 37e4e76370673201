"""A he/she opening the main clause speaks through a later verb of that clause (fixture in our own words).

News reaches its speech verb after other verbs of the pronoun's clause: "she opposed the plan and said", "he shook
his head, saying", "he went on to call it", "she's said it at every meeting:". The said-clause sieve read a pronoun
only right before the verb, and these quotations had no candidate; the pronoun is the verb's only subject. A denial
between them ("she refused to say the words") leaves the words nobody's.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_verb_joined_by_and_takes_the_opening_pronoun() -> None:
    assert sure_speakers(pattern("pronoun_carried_to_a_later_verb"))["We owe the island"] == "Marta Lindqvist"


def test_a_participle_after_a_comma_takes_the_opening_pronoun() -> None:
    assert sure_speakers(pattern("pronoun_carried_to_a_later_verb"))["The late boat is"] == "Tomas Brandt"


def test_a_contracted_auxiliary_keeps_the_pronoun_as_subject() -> None:
    assert sure_speakers(pattern("pronoun_carried_to_a_later_verb"))["The timetable belongs to"] == "Marta Lindqvist"


def test_words_the_pronoun_refused_to_say_are_nobodys() -> None:
    assert sure_speakers(pattern("pronoun_carried_to_a_later_verb")).get("the vote is already") is None


def test_a_clause_ending_on_a_colon_after_a_leading_phrase_is_the_pronouns() -> None:
    assert sure_speakers(pattern("pronoun_carried_to_a_later_verb"))["Cheaper than a taxi,"] == "Tomas Brandt"


def test_words_a_pronoun_received_before_a_colon_are_not_theirs() -> None:
    assert sure_speakers(pattern("pronoun_carried_to_a_later_verb"))["Your island has waited"] != "Petra Holm"


def test_words_others_are_wanted_to_say_are_not_the_subjects() -> None:
    assert sure_speakers(pattern("pronoun_carried_to_a_later_verb")).get("We put the island") != "Marta Lindqvist"
