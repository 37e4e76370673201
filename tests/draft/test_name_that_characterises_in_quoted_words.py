"""A name right before "called" or "described" with a quotation in its clause is a person who speaks (evidence.py).

PolNeAR train, issue 30: "Sirius XM Vice President for news and talk Dave Gorab called the show "the conservative
news show of record."", "Bernie Sanders called Trump a "pathological liar."", "Geraldo Rivera calls a screaming
Santilli a "fascist"": the names had no other sign of being a person (no speech verb of the usual list, no role the
finder reads), so the words had nobody. The verbs that put words on something (CHARACTERIZING_VERBS) are that sign
when a quotation opens in the same clause. The fixture is in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_name_before_a_characterising_verb_says_the_quoted_words() -> None:
    said = sure_speakers(pattern("name_that_characterises_in_quoted_words"))
    assert said["a done deal from"] == "Piet Brandauer"
    assert said["the best news this"] == "Halvard Ness"
