"""A name the people model missed, set apart from its "said" by an apposition, is still whom "he" may mean.

"Yorvan Tesk, in charge of an agency, said that Mayor Hal Brenner ..., which he called "...""
antecedent_rivals.py already took two capitalised words opening a sentence, with a verb after them, for a
rival the people model had passed over; with the apposition between them and the verb they were not read,
and "he" went surely to the mayor, named in the voice's own reported clause. The name, its apposition (opening
with a small-letter word among its first five, and no "and": not a list of names) and a speech verb are now
that rival too ("Dara Quill, Riverford organiser for Councillor Hal Brenner, said"), so the pronoun stays unsure.
A voice the model knows keeps its "he said" (with "director general of the International ..." the model now
knows it: test_a_role_of_a_body_named_in_capitals.py). Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_he_after_an_unrecognised_voice_with_an_apposition_is_unsure() -> None:
    speakers = sure_speakers(pattern("unrecognised_voice_with_apposition"))
    assert speakers["a gamble with other"] is None
    assert speakers["We warned the council"] is None


def test_a_known_voice_keeps_he_said() -> None:
    assert sure_speakers(pattern("unrecognised_voice_with_apposition"))["They did exactly what"] == "Tom Reid"


def test_a_capitalised_apposition_naming_someone_else_leaves_he_unsure() -> None:
    assert sure_speakers(pattern("unrecognised_voice_with_apposition"))["We ran out of"] is None
