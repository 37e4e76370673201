"""A person named inside a participle phrase is not the he/she after its comma, nor who that he/she goes on to mean.

`Commenting on a letter from Mark Dunn, the harbour master, he warned ...`: whoever comments is the "he"; Dunn is
what he commented on. The pronoun sieve took Dunn, the nearest man, surely for the `"...," he said` after; he keeps
the words with a doubt. A clause with its own subject ("When Dunn arrived, he said") is no such phrase. The fixture
is in our own words.
"""

from __future__ import annotations

from quizapp.draft.participle_phrases import in_participle_phrase

from .speakers import offered, pattern


def test_the_name_in_the_phrase_is_left_unsure() -> None:
    assert offered(pattern("participle_phrase_before_he"), "We owe the town") == ("Mark Dunn", False)


def test_a_clause_with_its_own_subject_is_no_participle_phrase() -> None:
    text = "When Mark Dunn arrived at the meeting, he said nothing."
    assert not in_participle_phrase(text, 0, len(text), text.index("Mark"), "male")


def test_the_phrase_names_someone_else_than_the_he_after_it() -> None:
    text = "Asked about Mark Dunn's letter, he said nothing."
    assert in_participle_phrase(text, 0, len(text), text.index("Mark"), "male")
    assert not in_participle_phrase(text, 0, len(text), text.index("Mark"), "female")
