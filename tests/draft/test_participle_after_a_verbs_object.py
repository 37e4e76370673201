"""A participle of saying ("adding", "insisting") belongs to its sentence's subject; a name standing right after a
past verb before it is that verb's object, never the one saying (said_before.py).

Issue 10: "The ward member accused Ruto of stalling, adding the assembly has "watertight evidence"" gave the words
surely to Ruto, whom the unnamed member accused; the fixture is in our own words (tests/draft/fixtures/patterns).
A named subject before the object still says the words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_object_of_the_verb_before_a_participle_is_not_given_the_words() -> None:
    extraction = pattern("participle_after_a_verbs_object")
    assert "watertight evidence" not in sure_speakers(extraction)  # left a phrase of nobody's, not Ruto's
    assert all(quotation.sure_speaker is None for quotation in extraction.quotations if "watertight" in quotation.text)


def test_a_named_subject_says_the_words_after_its_own_participle() -> None:
    assert sure_speakers(pattern("participle_after_a_verbs_object"))["whatever the courts say"] == "Kamau Otieno"
