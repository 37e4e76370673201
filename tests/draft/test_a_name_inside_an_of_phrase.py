"""A name inside another noun's "of" phrase is not the subject of the speech verb (issue 10; fixture in our own
words).

On real news the name nearest the speech verb was given the words surely even when it only completed a phrase
headed by someone else: the institute a scientist works at ("<scientist> of <laboratory> says ...") and the singer
whose family speaks ("The family of <singer> say they are ..."). The words are the head's: the scientist's (a guess,
so unsure) or the family's, never the laboratory's or the singer's. A title with "of" before the name ("Secretary
of State <name>") and an opening phrase ("At the end of the day <name> said") keep their sure speaker.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_scientist_not_the_laboratory_and_unsure() -> None:
    extraction = pattern("a_name_inside_an_of_phrase")
    quotation = next(q for q in extraction.quotations if q.text.startswith("not in centuries"))
    assert quotation.sure_speaker is None
    assert extraction.person(quotation.speaker).shown == "Helen Moss"  # type: ignore[union-attr]


def test_the_one_whose_family_speaks_is_not_the_speaker() -> None:
    assert sure_speakers(pattern("a_name_inside_an_of_phrase"), 1).get("heartbroken") != "Tomas Greer"


def test_titles_and_opening_phrases_with_of_keep_their_speaker() -> None:
    speakers = sure_speakers(pattern("a_name_inside_an_of_phrase"))
    assert speakers["a warning that no"] == "Mark Dunmore"
    assert speakers["more melt in one"] == "Helen Moss"
