"""Colon lines as real news prose writes them (issue 10).

Written in our own words after published tributes: a leading phrase before the main clause
("Paying tribute to a man who ..., a spokesman for the station said:") hid the unnamed speaker,
and the quotation, with the paragraphs it runs on into, went to nobody.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_an_unnamed_role_after_a_leading_phrase_speaks_the_colons_quotation() -> None:
    said = sure_speakers(pattern("colon_after_a_leading_phrase"))
    assert said["Ron never once hesitated"] == "a spokesman for the lifeboat station"
    assert said["He was the reason"] == "Mark Pender"  # a name after the phrase, as before
