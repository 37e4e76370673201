"""A sentence's capital before a surname is no first name: "Neither Okafor nor ..." where Adaeze Okafor speaks.

The people model took any capitalised word before a surname that speaks elsewhere ("Okafor said") for a first name,
so a headline's "Restless Okafor", a "Neither Okafor nor ..." and a "See Okafor's ..." each made a second person of
Okafor's surname, and every "Okafor said" after was left unsure between them. Such a word is a first name only when
it is a common one or the article capitalises it inside a sentence too. The fixture is in our own words.
"""

from __future__ import annotations

from quizapp.draft.sentence_openers import opens_sentence

from .speakers import pattern, sure_speakers


def test_the_speaker_is_sure_and_named_in_full() -> None:
    extraction = pattern("opening_word_before_surname")
    assert [person.name for person in extraction.people if person.last == "Okafor"] == ["Adaeze Okafor"]
    assert set(sure_speakers(extraction).values()) == {"Adaeze Okafor"}


def test_a_word_opens_its_sentence_after_quotation_marks_and_an_abbreviation() -> None:
    text = 'He left. "Neither came." Troops left the U.S. While there, he spoke.'
    starts = [0, 9, 25]
    assert opens_sentence(text, starts, text.index("Neither"))
    assert opens_sentence(text, starts, text.index("While"))
    assert not opens_sentence(text, starts, text.index("U.S."))
