"""A name that only describes the noun of an unnamed subject ("but the Grant campaign rejected the offer as "a
stunt"") is not the speaker, and neither is the person named first in the sentence.

The said-before sieve passed over an unnamed subject with a capitalised word in it, and gave the phrase to the
sentence's first name, Reid, sure: the campaign's words went to the rival it answered. A name's word may now stand
first in the unnamed phrase when a clause word opens it ("but", "and", "while"). The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_campaign_named_after_a_rival_is_not_the_rival() -> None:
    said = sure_speakers(pattern("a_name_describing_the_subject"))
    assert said.get("a stunt") != "Ann Reid"


def test_the_rivals_own_words_stay_hers() -> None:
    said = sure_speakers(pattern("a_name_describing_the_subject"))
    assert said["I will keep asking"] == "Ann Reid"
