"""A sentence that is a connective and a quotation continues the voice before it (neighbours.py).

PolNeAR train, issue 30: `"He's supposed to be a cheerleader for this country," Trump said. Instead, "he just acts
like a defeated man."`, `"...," he said. Then, "I try to explain it to them."`: the quotation does not open its
sentence, so the neighbours' rule left it with nobody, though only "Instead," or "Then," stands before it. A
quotation with a said-clause of its own keeps that clause's speaker. The fixture is in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_quotation_after_a_connective_continues_the_voice_before() -> None:
    said = sure_speakers(pattern("quotation_after_a_connective"))
    assert said["it arrives late, over"] == "Ana Ruiz"
    assert said["we will need a"] == "Tom Okoye"
