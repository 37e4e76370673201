"""`the "kind of trouble" Ruiz had answering questions` is no said-clause after the quotation: Ruiz did not say it.

The said-after sieve reads a name and its verb after a quotation, past a few small words ("Ruiz later said",
"Ruiz had told"). "had" was one of them, and "answering" is a speech verb, so a phrase the writer put in a
sentence of her own ("She is noting the ...") went to the man after it. After "had", "has", "have", "would" or
"will", a word in -ing is a noun phrase's, not a tense: the sieve reads no verb there. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_name_then_had_and_an_ing_word_is_not_the_speaker() -> None:
    assert sure_speakers(pattern("had_then_an_ing_word"))["kind of trouble"] != "Paul Ruiz"
