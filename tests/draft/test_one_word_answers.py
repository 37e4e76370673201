"""A one-word answer after a speech verb is a quotation, not a title (issue 10).

Reporters write a short reply straight after its verb: `she replied: "No."`, `he replied,"Yes."` (pasted
pages often lose the space after the comma). Such a reply is one capitalised word, which is also the shape of
a title or a sign's wording; the verb right before it, past its comma or colon, and the full stop inside the
marks say it is what someone said. Words quoted after a verb that is not one of speaking ("signs reading")
stay a title.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_one_word_reply_after_its_verb_is_the_speakers() -> None:
    extraction = pattern("one_word_answers")
    said = sure_speakers(extraction)
    assert said["Yes."] == "Olwen Tarrant"
    assert "No." in said  # "she said": found as a quotation, whoever the sieves give it to
    assert "Trams Now." not in said
    assert any(term.text == "Trams Now" for term in extraction.terms)
