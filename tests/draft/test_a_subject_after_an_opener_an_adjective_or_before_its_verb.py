"""The subject of a speech verb, kept as one where three readings of the words around it had dropped it.

- `Asked what a fair deal would look like, Reid replied:`: a preposition right before a comma has its object
  before it (the question's "what"), and the name after the comma is no preposition's object (subject_positions.py);
- `A bewildered Reid quipped,`: a word in -ed after an article is an adjective of the name, not a verb whose object
  the name is (object_positions.py);
- `union organiser Reid told members Wednesday that`: a speech verb right after the name is the name's own verb,
  not part of a noun the name modifies ("the Reid campaign staff"), however a capital follows it (name_modifiers.py).

A name set after an object's comma (`met with the harbour master, Delacroix, and later said`) is still that
object's apposition, never the speaker. The fixture is in our own words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_subject_is_kept_after_an_opener_after_an_adjective_and_before_its_verb() -> None:
    said = sure_speakers(pattern("a_subject_after_an_opener_an_adjective_or_before_its_verb"))
    assert said["One that keeps every"] == "Rosalind Vantreight"
    assert said["The board has found"] == "Thaddeus Orlov"
    assert said["way back to the"] == "Beatrix Holloway"


def test_an_objects_apposition_after_its_comma_is_not_the_speaker() -> None:
    said = sure_speakers(pattern("a_subject_after_an_opener_an_adjective_or_before_its_verb"))
    assert said["a lifeline for the"] != "Cosmo Delacroix"
