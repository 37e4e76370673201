""" "X served alongside Mr Odell. He said: ..." is X's: a name after a preposition is no subject for "he".

A name after "alongside", "beside", "behind", "without" or "unlike" is what its sentence is about only as an
object, as after "with" or "against"; the pronoun sieve counted it a rival subject and left the tribute unsure
(tune-set tributes, stop 24). A name that is a subject of its own clause still is one. Fixture in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_name_after_alongside_is_no_rival_for_he() -> None:
    said = sure_speakers(pattern("served_alongside_then_he"))
    assert said["We have lost a"] == "Malcolm Threlfall"
    assert said["We disagreed about nearly"] == "Tobias Renwick"


def test_the_same_name_as_a_subject_of_its_own_clause_keeps_the_doubt() -> None:
    said = sure_speakers(pattern("served_alongside_then_he"))
    assert said["Nobody ever left one"] is None  # "and Mr Odell chaired it": either man may be the "he"
