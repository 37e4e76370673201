"""A quotation opening the next sentence after a said-clause that ends in a dotted word, or opening with an
editor's bracket or ellipsis (sentences.py).

`"...," said Rep. Ana Ruiz, D-N.Y. "..."`: the stop of a state's or a web address's dotted word was taken for an
abbreviation's, and `"...," said Ruiz. "[The board] ..."` or `". . . The ..."` for no sentence's start, so the
second quotation stayed in the first one's sentence and took no neighbour's speaker. The fixture is in our own
words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from quizapp.draft.sentences import split_sentences

from .speakers import pattern, sure_speakers


def test_the_quotation_after_the_said_clause_continues_its_speaker() -> None:
    said = sure_speakers(pattern("a_quotation_after_a_said_clause_ending_in_a_dotted_word"))
    assert said["It will get through"] == "Marlowe Quist"
    assert said["[The board] decided it"] == "Delphine Arkwright"
    assert said[". . . The"] == "Osric Fennimore"


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text), [], 0)]


def test_a_title_or_a_lowercase_phrase_after_a_dotted_word_goes_on_the_sentence() -> None:
    assert _sentences('They met Gen. "Iron Hand" Vale at the port.') == ['They met Gen. "Iron Hand" Vale at the port.']
    assert _sentences('The U.S. "open skies" deal ended.') == ['The U.S. "open skies" deal ended.']
