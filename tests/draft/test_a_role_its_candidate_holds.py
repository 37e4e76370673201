"""A role that only says what the pronoun's person is raises no rival for "he said" (fixture in our own words).

The pronoun sieve doubts "he said" when an unnamed person is met between the named candidate and the pronoun
("Tom Quill spoke first, and a retired skipper argued back. "...," he said."). On PolNeAR's train split it doubted
fifteen pronouns whose "unnamed person" was the candidate's own description, all right by reading: the tail of
"Republican strategist" read as "an strategist" (a role phrase found inside a word), an apposition after a party
("Rita Oduya (D), a leader of ..."), after "herself" ("Priya Sandhu, herself a ferry captain"), a capacity far from
the verb ("who is listed as an engineer in Maine but ... told") and a predicate after "She's" ("She's a union
supporter"). Those are no one else; a new person met after the name still is.
"""

from __future__ import annotations

from .speakers import offered, pattern


def test_the_candidates_own_role_is_no_rival() -> None:
    extraction = pattern("a_role_its_candidate_holds")
    assert offered(extraction, "the boats are old") == ("Carl Mendez", True)
    assert offered(extraction, "They cannot drive") == ("Rita Oduya", True)
    assert offered(extraction, "The engines are older") == ("Priya Sandhu", True)
    assert offered(extraction, "someone should check") == ("Dennis Moreno", True)
    assert offered(extraction, "They will pay") == ("Mira Cole", True)


def test_a_new_person_met_after_the_name_keeps_the_doubt() -> None:
    extraction = pattern("a_role_its_candidate_holds")
    assert offered(extraction, "The ropes are rotten") == ("Tom Quill", False)
