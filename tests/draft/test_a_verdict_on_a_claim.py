"""A verdict on someone else's claim is the judge's words, not nobody's (fixture in our own words).

On PolNeAR's train split "<a spokeswoman> said Thursday that <a rival>'s claim that <her candidate> is in favor of
... is "simply not true."" found no speaker: the quotation was taken for the content of the rival's claim, whose
words the sentence only tells of (disowned_words.py). When the claim's "that"-content has a finite verb of its own
and another stands right before the quotation, the words complete a verdict on the claim, and the said-clause's
subject says them, whoever else the sentence names (other_voices.py asks the same question before it doubts "someone's
claims"). A claim whose one finite verb runs into the words ("claims that the quay was "..."") keeps its content,
and nobody.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_verdict_is_the_spokeswomans() -> None:
    speakers = sure_speakers(pattern("a_verdict_on_a_claim"))
    assert speakers["plainly wrong and easy"] == "Greta Lind"
    assert speakers["wrong by a wide"] == "Greta Lind"  # the claim's owner named in the sentence


def test_the_content_of_a_rejected_claim_is_nobodys() -> None:
    assert sure_speakers(pattern("a_verdict_on_a_claim"))["falling apart after years"] is None
