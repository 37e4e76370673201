"""A claim or conclusion owned by a named person quotes that person: "Trump's claim that "..."" (possessed_words.py).

PolNeAR train, issue 30: "blamed the media for making an issue out of Donald Trump's claim that President Barack
Obama "founded ISIS"", "Trump's recent evidence-free assertion that "thousands" ...", "Podliska's most explosive
claim is that the committee is a "witch hunt"": the words are the owner's, but the rule for someone else's claim gave
them to nobody. Not when the claim's clause has ended and the sentence judges it ("said Rubio's claim that Cruz
is ... is "simply not true"": the judge's words), nor for a claim owned by nobody named, nor when a determiner
shows the possessive belongs to another noun ("Grayson's spokeswoman challenged the assertion that ..."). The
fixture is in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_named_owners_claim_quotes_the_owner() -> None:
    said = sure_speakers(pattern("claims_owned_by_a_name"))
    assert said["safe in every weather"] == "Ana Ruiz"
    assert said["beyond any sensible repair."] == "Lena Marsh"


def test_a_verdict_on_a_claim_or_an_unowned_claim_is_not_the_owners() -> None:
    said = sure_speakers(pattern("claims_owned_by_a_name"))
    assert said.get("simply not credible") != "Ana Ruiz"  # a verdict on Ruiz's claim, not her words
    assert said.get("a friend of the") is None
    assert said.get("condemned") != "Lena Marsh"
