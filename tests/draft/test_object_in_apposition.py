"""A name set off by commas after a role that a preposition governs is an object: not whom "he said" means.

`the kidnap of his Commissioner for Works, Mr. Peter Adeyemi, by gunmen` names Adeyemi as the one kidnapped; the
"He said:" after it is the governor's, the sentence's subject. The comma before the name told the pronoun sieve
nothing, so Adeyemi counted as a second subject and the governor's words, and the paragraph after them, stayed
unsure. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_subject_is_the_pronouns_person_not_the_object_in_apposition() -> None:
    said = sure_speakers(pattern("object_in_apposition"))
    assert said["We will not rest"] == "Samuel Oduya"
    assert said["I have asked the"] == "Samuel Oduya"
