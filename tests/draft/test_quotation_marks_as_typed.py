"""Quotation marks as newsrooms and keyboards type them (issue 10).

Written in our own words after published articles whose quotations were lost: two single marks
typed for one double mark (‘’...,’’ and ''...,''), and a single closing mark typed after a space
before its said-clause (`..., ' said Letsholo`).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_doubled_single_marks_quote_like_double_ones() -> None:
    extraction = pattern("doubled_single_marks")
    said = sure_speakers(extraction)
    assert said["We have the money"] == "Tunde Bakare"  # runs over two paragraphs, closed by ’’ and a said-clause
    assert said["We will open the"] == "Tunde Bakare"  # ''...,'' he added
    first = extraction.quotations[0].text
    assert first.startswith("We have") and "patience from road users" in first and "’" not in first[:3]


def test_a_single_mark_typed_after_a_space_still_closes_the_speech() -> None:
    said = sure_speakers(pattern("spaced_single_closer"))
    assert said["We have never seen"] == "Kagiso Letsholo"
    assert said["I have sold ten"] == "Kagiso Letsholo"
    assert said["There is still a"] == "Onalenna Sebego"
