"""The speaker before the quotation, pronoun chains and descriptions (issue 10, engineer A's pass).

Each test reads a small article written for it, in our own words (tests/draft/fixtures/patterns),
and asserts who a reader would say spoke, or that nobody can be sure: a wrong speaker becomes a
wrong answer key, so a refusal is always the safer answer.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .test_patterns import PATTERNS, _said


def test_an_epithet_is_the_one_person_the_sentence_before_is_about() -> None:
    """ "the 41-year-old said", "said the Spaniard" with no age or country given with a name: the one person
    named just before; when the sentence before names two people, nobody."""
    said = _said("epithets_for_the_person_before")
    assert said["I never thought about"] == "Nora Lindahl"
    assert said["I want to win"] == "Tomas Ferrer"  # the paragraph before reports his speech
    assert said["We grew up together"] is None  # Ferrer and Brandt: "the 29-year-old" is either
    assert said["He deserved better than"] != "Pieter Vos"  # "the 58-year-old steward" is someone else


def test_a_description_two_people_fit_is_the_one_the_sentence_before_is_about() -> None:
    """Two coaches in the article; "the coach said" after a sentence about one of them (and her captain) is hers."""
    said = _said("epithets_for_the_person_before")
    assert said["We never gave up,"] == "Nora Lindahl"


def test_a_said_clause_pronoun_tells_the_gender_of_the_person_just_named() -> None:
    """`Ilse Varnholt said ... "...," she explained.`: Varnholt is a "she", so after "Varnholt and Dekker both
    dismissed claims" the "he said" can only be Dekker, though neither first name says a gender."""
    said = _said("genders_from_said_clauses")
    assert said["Every beam we open"] == "Ilse Varnholt"
    assert said["It carries traffic safely"] == "Joris Dekker"


def test_a_role_of_something_before_a_name_leaves_the_name_the_subject() -> None:
    """ "The company's head of operations, Farid Osei, met residents.": Osei is the person the next "he" means,
    and "He added that the council had asked ..." then a lone quotation is his (the council only asked)."""
    said = _said("role_of_before_a_name")
    assert said["We heard them and"] == "Farid Osei"
    assert said["Nobody wants buses idling"] == "Farid Osei"


def test_a_police_rank_before_a_name_is_a_title_not_part_of_the_name() -> None:
    said = _said("role_of_before_a_name")
    assert said["People should not be"] == "Maya Corr"  # "Detective Constable Maya Corr": not "Constable Maya Corr"


def test_a_name_opening_its_sentence_is_a_person_when_the_next_sentence_has_a_pronoun_speak() -> None:
    """Names whose first names no list holds, met without a speech verb ("Oyelaran Bakare captains the ferry."),
    are people when a he/she speaks in the next sentence; two such names leave that pronoun to nobody."""
    said = _said("pronoun_names_a_new_speaker")
    assert said["Half my customers come"] == "Tavita Leaupepe"
    assert said["The hull is sound"] == "Oyelaran Bakare"
    assert said["We will believe it"] is None


def test_an_age_a_characterizing_verb_or_a_pronoun_chain_makes_a_name_a_person() -> None:
    """ "Ngozi Eze, 61," with "She was blunt: "..."", "Teuila Sapolu called the winter "..."", and a name whose
    "she" speaks two sentences on ("She lost most of her trade. "...," she said.") are people who speak."""
    said = _said("pronoun_names_a_new_speaker")
    assert said["They should never have"] == "Ngozi Eze"
    assert said["the longest three months"] == "Teuila Sapolu"
    assert said["I kept the stall"] == "Mereana Tane"


def test_a_pronoun_after_a_subject_who_does_not_speak_is_nobody_when_a_speaker_is_just_before() -> None:
    """ "Judge Cole told the court ... Owen Platt stared at the floor ... "...," he said.": the last man named did
    not speak, the judge just did; "he" may be either, so nobody is sure. After "Cole praised the crews", a
    sentence that reports his speech, "he said" is Cole's."""
    said = _said("pronoun_after_a_silent_subject")
    assert said["You chose to drive"] is None
    assert said["They did everything anyone"] == "Martin Cole"


def test_an_unnamed_role_opening_a_sentence_is_someone_a_pronoun_may_mean() -> None:
    """ "Keane said the club would appeal. His captain was sent off. "...," he said.": the captain may be "he", so
    Keane is not sure; and the role is the phrase in its own sentence, never "the club would appeal. His captain"."""
    extraction = extract((PATTERNS / "pronoun_after_an_unnamed_role.txt").read_text(encoding="utf-8"))
    doubts = {" ".join(q.text.split()[:3]): (q.sure_speaker, q.doubt or "") for q in extraction.quotations}
    assert doubts["It was never"][0] is None and "“His captain”" in doubts["It was never"][1]


def test_a_company_qualifying_a_title_before_a_name_is_not_the_speaker() -> None:
    """ "Arlo Power chief executive Kofi Mensah said: "..."": the chief executive speaks, not "Arlo Power", which
    a colon sentence opening with capitalised words made into a person."""
    said = _said("company_before_a_role_and_name")
    assert said["Our customers will pay"] == "Kofi Mensah"
    assert said["Prices in the shops"] == "Adaeze Okonkwo"


def test_a_phrase_in_lowercase_after_a_reaction_verb_is_the_subjects_words() -> None:
    """ "She thanked the council staff for "carrying this town ..."": words set into the writer's sentence after
    praised, thanked or blamed are the subject's, as after "said"."""
    said = _said("reaction_verbs_before_a_phrase")
    assert said["twelve years of steady"] == "Lucia Brandt"
    assert said["carrying this town through"] == "Lucia Brandt"
    assert said["a tiredness that no"] == "Edwin Falk"


def test_a_pronoun_speaking_after_a_leading_phrase_tells_the_gender_of_the_name_before() -> None:
    """ "Tavita Leaupepe runs the harbour cafe. Speaking on Monday, she said: ...": Leaupepe is a "she", so of
    "Leaupepe and Bakare" the "he" who speaks next can only be Bakare."""
    said = _said("pronoun_names_a_new_speaker")
    assert said["We were heard at"] == "Oyelaran Bakare"


def test_a_description_that_fits_two_people_is_sure_only_after_the_one_who_spoke() -> None:
    """ "the Kingsbury boss" is the Kingsbury manager; "the manager said" after a sentence about one manager who did
    not speak, just after the other, may be either; "the secretary" after "Ruth Akers, the club secretary," is
    hers or nobody's, never a role of its own that students would learn as the answer."""
    said = _said("descriptions_two_fit")
    assert said["They ran until they"] == "Tom Bell"
    assert said["We should have won"] is None
    assert said["Every seat was taken,"] in {None, "Ruth Akers"}


def test_a_pronoun_is_unsure_beside_a_name_the_people_model_did_not_take_for_anyone() -> None:
    """ "Kwabena Asante opened the meeting. His deputy, Ama Owusu, presented the figures. He said: ...": Asante
    has no sign of being a person but his sentence's shape, and is the likelier "he"; Owusu, the only person
    found, must not get his words."""
    said = _said("pronoun_beside_an_unrecognised_name")
    assert said["Nobody wanted to cut"] in {None, "Kwabena Asante"}


def test_the_source_of_according_to_is_who_the_next_pronoun_means() -> None:
    """ "According to union leader Francis Otieno, the strike will go on. "...," he says.": the source of the report
    is the sentence's person, though named after a preposition."""
    said = _said("according_to_then_a_pronoun")
    assert said["We are not going"] == "Francis Otieno"
