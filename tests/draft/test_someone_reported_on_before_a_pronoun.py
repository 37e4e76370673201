"""Someone unnamed a speaker reports on, before a he/she that speaks, makes the pronoun a guess (reported_subjects.py).

Issue 10: a wrong sure speaker found by reading unlabelled news or by probing the construction; the fixture is
in our own words (tests/draft/fixtures/patterns). The words go to nobody, or to whom the construction makes
certain, never to another guess."""

from __future__ import annotations

from quizapp.draft.reported_subjects import reported_person_before

from .speakers import pattern, sure_speakers


def test_a_he_after_someone_reported_on_in_its_own_sentence_is_not_surely_the_man_named_before() -> None:
    extraction = pattern("reported_colleague_then_he")
    said = sure_speakers(extraction)
    assert said["had no budget left"] is None  # "he" is her colleague, not surely the minister named above
    assert said["He cannot run the"] is None  # and its continuation paragraph follows it
    doubts = {" ".join(q.text.split()[:4]): q.doubt for q in extraction.quotations if not q.sure}
    assert "constituency colleague" in (doubts["had no budget left"] or "")


def test_only_the_subject_of_a_reported_clause_with_a_fitting_gender_is_a_rival() -> None:
    text = "Ana Ruiz said her ward colleague wanted more, but he said"
    assert reported_person_before(text, 0, len(text), "male") == "her ward colleague"
    wife = "Tom Reid said his wife had left early, and he said"
    assert reported_person_before(wife, 0, len(wife), "male") is None  # a wife is not the "he"
    many = "Tom Reid said his colleagues were tired, and he said"
    assert reported_person_before(many, 0, len(many), "male") is None  # many, not one
    thing = "Tom Reid said his party wanted more, and he said"
    assert reported_person_before(thing, 0, len(thing), "male") is None  # a party is no person


def test_a_he_after_a_sentence_reporting_on_his_brother_is_not_surely_the_man_named_before() -> None:
    extraction = pattern("reported_brother_then_he")
    assert sure_speakers(extraction)["He shouted a warning,"] is None  # the brother, or the cyclist: a guess
    doubts = [q.doubt or "" for q in extraction.quotations if not q.sure]
    assert any("his brother" in doubt for doubt in doubts)
