"""Round-ups that sign each item under its words (issue 10).

Written in our own words after election-night round-ups: each quotation, then the speaker's label on a line of
its own with no dash (`Greens leader Ana Ruiz`), or in the quotation's paragraph after a dash with a role the
lowercase words qualify (`– Former Westmere first minister Ana Ruiz, commenting on ...`). A label line read as
the next item's gave every quotation to the speaker before it; a line ending in a colon points to the words
below it, not to those above.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_label_under_words_no_label_speaks_signs_them() -> None:
    said = sure_speakers(pattern("label_under_the_words"))
    assert said["Nobody in this hall"] == "Lorcan Maddox"
    assert said["Our vote held up"] == "Ottilie Brandvold"
    assert said["If these early numbers"] == "Amadou Keane"


def test_a_label_ending_in_a_colon_speaks_the_words_below_it() -> None:
    said = sure_speakers(pattern("label_ending_in_a_colon_after_words"))
    assert said["We built this from"] == "Marisol Teague"
    assert said["The party will need"] == "Kasimir Ndlovu"


def test_a_dash_signature_with_a_qualified_role_names_the_speaker() -> None:
    said = sure_speakers(pattern("dash_signature_with_a_qualified_role"))
    assert said["Nobody saw this coming,"] == "Ingrid Hallorann"
    assert said["It's the best night"] in {"Tobias Renwick", "Lord Tobias Renwick"}


def test_a_spaced_hyphen_signature_typed_under_the_words_names_the_speaker() -> None:
    said = sure_speakers(pattern("hyphen_signature_under_the_words"))
    assert said["We waited twenty years"] == "Saoirse Lindahl"
    assert said["It is a fine"] == "Ambrose Kettering"
