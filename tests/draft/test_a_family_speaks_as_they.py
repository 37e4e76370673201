"""A family speaks as one, and then as "they" (issue 10; fixture in our own words).

On real news a bereaved family's statement ("Soon after he died, his family paid tribute. In a statement, they
wrote: "..."") had no speaker at all: "they" was no pronoun the sieves read, and "his family said" no body. The
words are the family's, kept as the article names it, never moved to the one whose family it is; any other
"they" (residents and a harbour master together) stays nobody's.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_they_after_a_family_is_the_family() -> None:
    speakers = sure_speakers(pattern("a_family_speaks_as_they"))
    assert speakers["We are lost without"] == "his family"
    assert speakers["We thank the nurses"] == "Her family"


def test_a_family_named_before_its_verb_speaks() -> None:
    assert sure_speakers(pattern("a_family_speaks_as_they"))["She is a fighter,"] == "Her family"


def test_the_one_whose_family_it_is_and_other_theys_get_nothing() -> None:
    speakers = sure_speakers(pattern("a_family_speaks_as_they"))
    assert speakers["The steps were not"] == "Judith Ambrose"
    assert speakers["The quay needs a"] is None
