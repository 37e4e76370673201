"""A role dated by "former" or "ex-" is how news prose goes on about someone just named (issue 10).

"Brandt was not pleased. "...," the former Harrow Town coach said." is Brandt's words to a reader who
knows Brandt coached Harrow Town, and someone else's to one who does not: the article does not say.
Given to "the former Harrow Town coach" as a person of their own, a question would ask students to
tell Brandt from his own description, a wrong answer key. The role is kept, unsure, with the person
it may be; a plain said-clause in the same article still names its speaker. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_former_affiliated_role_after_a_name_is_not_a_sure_speaker() -> None:
    extraction = pattern("dated_role_after_a_name")
    said = sure_speakers(extraction)
    assert said["We were the better"] is None
    quotation = next(q for q in extraction.quotations if q.text.startswith("We were the better"))
    assert "Otto Brandt" in (quotation.doubt or "")


def test_an_ex_affiliated_role_after_a_name_is_not_a_sure_speaker() -> None:
    assert sure_speakers(pattern("dated_role_after_a_name"))["I only had to"] is None


def test_a_plain_said_clause_beside_them_still_names_its_speaker() -> None:
    said = sure_speakers(pattern("dated_role_after_a_name"))
    assert said["a gift"] == "Otto Brandt"
    assert said["Three points is all"] == "Sean Tully"
