"""A paragraph that opens with an unattributed quotation, between a paragraph of one speaker's words and a
later quotation of the same speaker in it, continues that speaker (issue 10, point 2).

News often runs a speech on with a paragraph of two quotations whose said-clause comes only after the
second: "...," coach X said. / "...". "...," X added. The first quotation was kept unsure ("taken from a
later quotation"), though the paragraph before and the quotation after agree on who speaks. When they
disagree, the voice may have changed at the paragraph, and the doubt stays. Fixture in our own words.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.draft.extraction import extract

FIXTURE = Path(__file__).parent / "fixtures" / "patterns" / "continued_then_confirmed.txt"


def _said() -> dict[str, tuple[str | None, str | None]]:
    extraction = extract(FIXTURE.read_text(encoding="utf-8"))
    said = {}
    for quotation in extraction.quotations:
        person = extraction.person(quotation.sure_speaker)
        said[" ".join(quotation.text.split()[:4])] = (person.shown if person else None, quotation.doubt)
    return said


def test_a_quotation_between_two_of_the_same_speaker_is_theirs() -> None:
    assert _said()["We will look at"] == ("Mara Quist", None)


def test_a_quotation_before_another_speakers_said_clause_stays_unsure() -> None:
    speaker, doubt = _said()["We kept going to"]  # the paragraph before was Quist's, the words after Adeyemi's
    assert speaker is None and doubt == "taken from a later quotation"
