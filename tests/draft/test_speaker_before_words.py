"""Speakers named before the words or across a clause (issue 10, points 1 and 2), on articles in our own words.

Each test drafts a small pattern article (tests/draft/fixtures/patterns) and checks whom a teacher's
answer key would name for its quotations: the speaker that English news grammar names, or nobody
when the grammar names someone the article never names.
"""

from __future__ import annotations

from .speakers import pattern, shown, sure_speakers


def test_a_reply_in_a_relative_clause_is_not_given_to_the_sentence_subject() -> None:
    said = sure_speakers(pattern("relative_clause_own_subject"))
    assert said.get("okay love") is None  # "..., to which the defendant had replied": not the magistrate's
    assert said["This court will be"] == "Ruth Kell"


def test_an_affiliated_role_right_after_a_name_is_not_a_sure_other_speaker() -> None:
    said = sure_speakers(pattern("affiliated_role_points_back"))
    assert said["The money has gone"] is None  # "The Greens leader": the minister just named, or not
    assert said["We have heard promises"] == "the Greens councillor"  # met as "a Greens councillor"


def test_a_company_and_a_title_before_a_name_give_the_words_to_the_person() -> None:
    said = sure_speakers(pattern("company_ceo_before_name"))
    assert said["Every one of our"] == "Ian Lowe"  # "Harlow Foods chairman Ian Lowe said:", not the company
    assert said["Customers came back to"] == "Nadia Brook"  # "CEO" is a title, not part of her name


def test_according_to_names_the_speaker_only_when_nobody_else_speaks_and_no_journalist_relays() -> None:
    said = sure_speakers(pattern("according_to_a_reporter_or_a_caller"))
    assert said["dead in the water"] is None  # a political editor reports words someone may have told him
    assert said["a costly mistake from"] == "Ruth Varga"  # she called it that; Nolan only reports it
    assert said["finished before the summer"] == "Elin Ward"  # a person, alone after "according to"


def test_a_frame_with_the_name_gives_the_words_without_a_speech_verb() -> None:
    said = sure_speakers(pattern("framed_by_the_name"))
    assert said["sold the harbour for"] == "John Trelease"  # "As fisherman John Trelease put it, ..."
    assert said["The harbour has not"] == "Wenna Hosking"  # "Wenna Hosking's reply was short:"
    assert said["nobody in Porthcree was"] == "Sarah Rowe"  # "In the words of Sarah Rowe, ..."
    assert said["This vote is final."] is None  # "As Hosking put it ..., Lobb declared:": never Hosking


def test_words_of_a_claim_someone_rejects_are_not_the_rejecters() -> None:
    said = sure_speakers(pattern("someone_elses_claim"))
    assert said["no longer safe for"] is None  # "Lennox rejected claims by Ferrier that the pier was "..."
    assert said["asleep at the wheel"] is None  # "denied suggestions that the council had been "...""
    assert said["forced on us by"] == "Donald Ferrier"  # his own said-clause


def test_words_the_subject_only_passes_on_are_never_the_subjects() -> None:
    said = sure_speakers(pattern("words_of_someone_else"))
    assert said["the bravest woman on"] is None  # "was described by neighbours as": the neighbours' words
    assert said["Nobody else could have"] != "Moira Shand"  # she "quoted the coxswain ... as saying"
    assert said.get("thank you Moira") is None  # "the banner on the pier read": nobody said it
    assert said["She never once asked"] == "Paul Grant"  # "quoted ... Paul Grant, as saying:"
    assert said["I was only one"] == "Moira Shand"


def test_words_the_speaker_remembers_someone_else_saying_are_not_the_speakers() -> None:
    extraction = pattern("relayed_by_the_speaker")
    said = sure_speakers(extraction)
    assert said["Mum, we have to"] is None  # "Dunne said her son had told her:"
    assert said["You will not get"] is None  # "Dunne recalled him saying"
    assert said["The bridge is gone"] is None  # "Dunne said Paul Grant told her": remembered, so unsure
    grant = next(q for q in extraction.quotations if q.text.startswith("The bridge is gone"))
    assert shown(extraction, grant.speaker) == "Paul Grant"  # his words, for the teacher to check
    assert said["We were lucky. Others"] == "Mary Dunne"


def test_a_view_set_in_the_writers_sentence_is_the_one_named_persons() -> None:
    said = sure_speakers(pattern("view_of_the_one_named"))
    assert said["the saddest hour of"] == "Eilidh Munro"  # "For skipper Eilidh Munro, the crossing was "...""
    assert said["Every one of them"] == "Eilidh Munro"  # after "Munro spoke of her pride in the crew."
    assert said["a plan drawn up"] is None  # "For Munro, Paul Grant's timetable was "..."": whose is not said


def test_the_counsel_is_the_one_counsel_the_article_named() -> None:
    said = sure_speakers(pattern("the_counsel_said"))
    assert said["informal talks about sharing"] == "Ada Quinn"  # "The counsel said ... had held "...""


def test_said_the_minister_after_the_words_is_the_minister_the_article_named() -> None:
    said = sure_speakers(pattern("said_the_described"))
    assert said["Nobody should have to"] == "Rosa Kemp"  # "added the minister", the one minister named
    assert said["We have waited eleven"] == "the clinic's manager"  # a role nobody was named with stays a role


def test_a_name_opening_a_paragraph_is_its_subject_whatever_ended_the_paragraph_before() -> None:
    said = sure_speakers(pattern("paragraph_opens_with_the_speaker"))
    assert said["frank but friendly"] == "Alan Moffat"  # "... would go on.\n\nMoffat said": "on" is not his


def test_a_title_with_of_or_for_before_the_name_leaves_the_name() -> None:
    said = sure_speakers(pattern("title_with_of_before_name"))
    assert said["the fairest in a"] == "Helen Brodie"  # "UK Secretary of State for Health Helen Brodie said"
    assert said["open the Gulf to"] == "Moses Kuria"  # "Kenyan Cabinet Secretary for Trade Moses Kuria said"


def test_according_to_someone_who_reports_another_speaker_gives_them_no_words() -> None:
    said = sure_speakers(pattern("according_to_then_someone_speaks"))
    # "According to Dunne, the pilot told passengers:": the pilot's, an unnamed role (the colon sieve reaches a
    # role opening the main clause after a leading phrase), never Dunne's
    assert said["We are not going"] == "the pilot"
    assert said["nobody from the airline"] == "Mary Dunne"  # "According to Dunne, "..."": hers


def test_feelings_quoted_after_expressed_or_offered_are_the_subjects_words() -> None:
    said = sure_speakers(pattern("feelings_in_their_words"))
    assert said["deep sorrow"] == "Mary Dunne"  # "expressed her "deep sorrow"": a phrase of hers, not a scare quote
    assert said["heartfelt condolences"] == "Paul Grant"  # "offered his "heartfelt condolences""
