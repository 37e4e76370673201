"""A name the writer put in brackets inside a quotation names the speaker of the inner quotation after it.

`"[Varela] said, 'You will not last three rounds,' and I laughed," Okafor said.`: the brackets stand for the
speaker's own "he", so the inner words are Varela's and the outer Okafor's. Before, the bracket hid the said-
clause and the inner words were only part of Okafor's. A bare "he" inside the quotation is still left alone:
whom Okafor means by it is his story. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("bracketed_name_inside_a_quotation"))


def test_the_bracketed_name_speaks_the_inner_quotation() -> None:
    said = _said()
    assert said["You will not last"] == "Luis Varela"
    assert said["[Varela] said, 'You will"] == "Sam Okafor"


def test_an_inner_quotation_after_a_pronoun_gets_no_speaker_of_its_own() -> None:
    assert "I have never lost" not in _said()
