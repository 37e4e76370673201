"""A speaker written as an acronym keeps its capitals in the answer key (issue 10, precision audit).

Names printed in capitals ("KEVIN O'SHAUGHNESSY" in a label paragraph) are shown in the case a
student reads names in, but a police force named by its initials ("N.S. RCMP") is not a name in
capitals: recased, it became "N.s. Rcmp", an answer key no reader would recognise. The fixture
is in our own words.
"""

from __future__ import annotations

from quizapp.draft.person import in_name_case

from .speakers import pattern, sure_speakers


def test_a_force_named_by_its_initials_keeps_its_capitals_as_speaker() -> None:
    said = sure_speakers(pattern("capital_letters_of_a_force"))
    assert said["Officers attended and found"] == "N.S. RCMP"
    assert said["A search began at"] == "N.S. RCMP"


def test_a_name_printed_in_capitals_is_still_shown_in_name_case() -> None:
    assert in_name_case("KEVIN O'SHAUGHNESSY") == "Kevin O'Shaughnessy"
    assert in_name_case("NHS ENGLAND") == "NHS ENGLAND"
