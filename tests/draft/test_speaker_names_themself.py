"""A speaker named at the words, who speaks of themself by name, is sure.

`"Nobody will fight harder than Ana Ruiz," Ruiz told the crowd.`: politicians speak of themselves in the third
person, and the said-clause names Ruiz right beside the words, with nobody between. The doubt that the words are
someone else's about Ruiz (spoken_of.py) is for a speaker found through a pronoun or a neighbouring quotation,
where the person spoken of is often the last one named. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_speaker_named_beside_their_words_may_speak_of_themself() -> None:
    assert sure_speakers(pattern("speaker_names_themself"))["Nobody will fight harder"] == "Ana Ruiz"


def test_the_one_spoken_of_is_never_made_the_sure_speaker() -> None:
    assert sure_speakers(pattern("speaker_names_themself"))["I doubt Ana Ruiz"] != "Ana Ruiz"
