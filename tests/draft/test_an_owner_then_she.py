"""The owner of a thing may be the "she" who speaks next, when nobody else is there (fixture in our own words).

"Reid's campaign released a costing. "...," she said.": Reid is named only as a possessive, and the pronoun sieve
doubted her as "named only as an object or possessive". When what she owns is no person (a campaign, an office, not
"Reid's lawyer") and nobody else of her gender is named from the sentence before to the pronoun, the writer had no
one else to mean, though a woman was named a paragraph before. A man named as a subject in the sentence before
("Tom Hale welcomed ... Ben Orme's office published ... he said") keeps the pronoun unsure. On PolNeAR's train
split all 7 pronouns made sure were right by reading (the gold's chain was wrong for 3).
"""

from __future__ import annotations

from .speakers import offered, pattern


def test_the_owner_alone_speaks() -> None:
    extraction = pattern("an_owner_then_she")
    assert offered(extraction, "The figures have been") == ("Ana Reid", True)


def test_a_subject_of_the_gender_just_before_keeps_it_unsure() -> None:
    extraction = pattern("an_owner_then_she")
    assert offered(extraction, "We have nothing to")[1] is False
