"""A body that speaks with its document between its name and its verb (issue 10; fixtures in our own words).

On real news "the Ministry of ..., in an official statement, said" and "the ... Group in a statement today says"
named a body the people finder never found: its next word was no speech verb, and a ministry's long name with
its "of"s counted more than five words. The words it gave, and its later "it said", went to nobody.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_body_named_before_a_statement_aside_speaks_its_words() -> None:
    extraction = pattern("body_speaks_after_a_document_aside")
    bodies = {person.name for person in extraction.people if person.kind == "organization"}
    assert {"Ministry of Transport of the Western Isles", "Kestle Ferry Users Group"} <= bodies
    said = sure_speakers(extraction)
    assert said["We looked at every"] == "Ministry of Transport of the Western Isles"
    assert said["Families will simply stop"] == "Kestle Ferry Users Group"
