"""Someone a speaker spoke of a sentence earlier is no rival for the speaker's "he", as in the same sentence.

`Dr Sam Okonjo told parliament it was "absurd" how Mr Tom Reid kept blaming growers. / Dr Okonjo called for a
debate. / He also said ...`: Okonjo's gender is unknown, Reid is a "Mr", but Reid is only what Okonjo spoke
about. The check looked only at the sentence naming the candidate last, so Reid, spoken of one sentence before,
left the words unsure. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_one_spoken_of_earlier_does_not_take_the_pronoun() -> None:
    assert sure_speakers(pattern("spoken_of_a_sentence_earlier"))["so take the money"] == "Sam Okonjo"
