"""People the article meets in the street speak as it introduces them (issue 10, point 2): "One woman, who asked
not to be named, said:", "a local man told reporters". Written in our own words after a real council report.

Only someone introduced as new ("a", "one") is kept as such a speaker: "the man" may be someone named before
("Owen Price, 52, ... the man said"), and a wrong answer key is worse than none.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_someone_introduced_as_new_in_the_street_speaks_as_introduced() -> None:
    said = sure_speakers(pattern("passers_by"))
    assert said["I have lived here"] == "one woman"
    assert said["It takes me twice"] == "a local man"


def test_the_man_is_never_kept_as_an_unnamed_speaker() -> None:
    said = sure_speakers(pattern("passers_by"))
    assert said["I did nothing wrong,"] != "the man"


def test_a_passer_by_named_in_an_apposition_is_that_person() -> None:
    said = sure_speakers(pattern("passers_by"))
    assert said["The children can finally"] == "Hana Kell"


def test_another_passenger_is_someone_else() -> None:
    extraction = pattern("body_beside_named_organisations")
    first = next(q for q in extraction.quotations if q.text.startswith("The bus took"))
    second = next(q for q in extraction.quotations if q.text.startswith("Everyone was screaming"))
    assert first.sure_speaker is not None and second.sure_speaker is not None
    assert first.sure_speaker != second.sure_speaker  # two passengers, not one said both
