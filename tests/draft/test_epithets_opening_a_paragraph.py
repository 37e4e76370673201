"""An epithet opening a paragraph stands for the one person the paragraph before is about, unsure (epithets.py).

British and Australian copy names someone, then opens the next paragraph on a description: "<Name>, who ...,
has started a petition. / The 71-year-old said: ...". The reader takes it for the person just named; the
drafter gave no candidate, because a new paragraph has a topic of its own. It is a guess unless that person
is the only one named yet, so it is kept as an unsure candidate with the reason; it links nobody when the
paragraph before names two people or nobody, when two people share the age, or when a gendered noun ("the
actress") does not fit. Fixtures in our own words.
"""

from __future__ import annotations

from .speakers import pattern, starting, sure_speakers


def test_an_age_opening_a_paragraph_is_the_person_just_named_unsure() -> None:
    quotation = starting(pattern("epithet_opening_a_paragraph"), "Half of this village")
    assert quotation.sure_speaker is None
    assert quotation.speaker is not None
    assert pattern("epithet_opening_a_paragraph").person(quotation.speaker).name == "Winifred Ashcombe"
    assert quotation.doubt is not None and "opens a paragraph" in quotation.doubt


def test_an_epithet_after_a_paragraph_naming_two_people_links_nobody() -> None:
    quotation = starting(pattern("epithet_opening_a_paragraph"), "Nothing has been signed")
    assert quotation.sure_speaker is None
    assert quotation.speaker is None


def test_an_epithet_after_an_unnamed_person_links_nobody() -> None:
    """ "A retired builder ... / The 64-year-old said": someone never named, not the last name met."""
    quotation = starting(pattern("epithet_opening_a_paragraph"), "I have never known")
    assert quotation.sure_speaker is None
    assert quotation.speaker is None


def test_a_gendered_noun_never_goes_to_someone_of_the_other_gender() -> None:
    """ "Sculptor Benedikt Larrow ... / The actress said": not Larrow."""
    quotation = starting(pattern("epithet_opening_a_paragraph"), "I have lived here")
    extraction = pattern("epithet_opening_a_paragraph")
    person = extraction.person(quotation.speaker)
    assert person is None or person.name != "Benedikt Larrow"


def test_an_epithet_for_the_only_person_named_yet_is_sure() -> None:
    said = sure_speakers(pattern("epithet_after_the_only_one_named"))
    assert said["My hands have told"] == "Saoirse Penhallow"


def test_an_age_two_people_share_is_never_sure() -> None:
    said = sure_speakers(pattern("epithet_two_of_one_age"))
    assert said["Nobody expected the wind"] is None
