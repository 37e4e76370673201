"""A lone quotation after a sentence whose said-clause comes after its words is that speaker's.

`It was not because of any complaint, said Walsh, in the chamber at the time. "This motion is about openness."`:
the sentence before reports Walsh's words with the verb before her name, as `"...," said Walsh` does, and the
quotation after it goes on with her. The sentence-before sieve read only said-clauses with the subject first
("Walsh said she would ...") and gave the words to nobody. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("inverted_said_before_a_quotation"))


def test_the_inverted_said_clause_before_names_the_speaker() -> None:
    assert _said()["This motion is simply"] == "Diane Walsh"


def test_a_role_and_its_name_after_the_inverted_verb_speak() -> None:
    assert _said()["It passed by two"] == "Tom Ayres"


def test_a_said_clause_with_the_subject_first_still_speaks() -> None:
    assert _said()["Nobody has told me"] == "Diane Walsh"
