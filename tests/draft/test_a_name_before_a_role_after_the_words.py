"""A name that only says whose role the speaker holds, after the words: `"...," Ruiz campaign manager Lena Vos
said` is Vos's (said_after.py, name_modifiers.py).

Issue 10, PolNeAR train: 22 quotations closed by "X spokesman Y said" or "X campaign manager Y said" had no speaker
at all: the said-after sieve read the first name after the words, found no verb after it, and stopped. A name whose
verb follows ("Ruiz told reporters Wednesday") still speaks. The fixture is in our own words
(tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_role_holder_named_after_whose_role_speaks() -> None:
    said = sure_speakers(pattern("a_name_before_a_role_after_the_words"))
    assert said["The fares are too"] == "Lena Vos"
    assert said["We will fight this"] == "Dora Kent"


def test_a_name_its_verb_follows_speaks() -> None:
    said = sure_speakers(pattern("a_name_before_a_role_after_the_words"))
    assert said["The timetable stays as"] == "Ana Ruiz"
