"""Bodies and unnamed courtroom roles as speakers (issue 10, point 2): `"...," the company said`, `"...,"
police said`, `said the ministry`, `the jury foreman said`, `the courtroom sergeant announced:`.

Written in our own words after real court and business reports whose words are a body's or an unnamed
official's. Before, the said-clause's subject was no name and no role noun, so nobody was given the words;
now the speaker is the body or role as the article writes it, never a person named nearby.
"""

from __future__ import annotations

from quizapp.bank.models import MultipleChoice
from quizapp.draft import draft_article
from quizapp.draft.bodies import body_at
from quizapp.draft.extraction import extract

from .speakers import PATTERNS, pattern, shown, sure_speakers


def test_a_body_as_the_said_clauses_subject_speaks_as_the_article_names_it() -> None:
    said = sure_speakers(pattern("bodies_and_courtroom_roles"))
    assert said["We accept the ruling"] == "the company"
    assert said["Nobody was hurt, which"] == "police"  # not Inspector Sorrel, named just before
    assert said["This fine sends a"] == "the ministry"
    assert said["would be settled before"] == "the Dutch marine insurer"


def test_the_unnamed_roles_of_a_courtroom_speak_as_their_roles() -> None:
    said = sure_speakers(pattern("bodies_and_courtroom_roles"))
    assert said["We have, your honour,"] == "the foreman"
    assert said["All stand, please, for"] == "the courtroom sergeant"


def test_a_body_inside_a_longer_phrase_is_not_the_speaker() -> None:
    said = sure_speakers(pattern("bodies_and_courtroom_roles"))
    assert said["He has sailed here"] == "Ruth Averill"  # the club's commodore, named
    assert said["We will appeal,"] == "the firm's lawyer"
    for words in [
        "police officers said so.",
        "the club's captain said so.",
        "the court officer said so.",
        "the man who ran the club said so.",
    ]:
        assert body_at(words, 0, len(words)) is None, words


def test_a_body_named_two_ways_is_one_speaker() -> None:
    said = sure_speakers(pattern("bodies_and_courtroom_roles"))
    assert said["Every skipper has since"] == "the company"  # "the firm added": the company spoken of before


def test_who_said_questions_about_bodies_offer_each_speaker_once_and_say_it_once() -> None:
    draft = draft_article((PATTERNS / "bodies_and_courtroom_roles.txt").read_text(encoding="utf-8"))
    who_said = [d.question for d in draft.questions if isinstance(d.question, MultipleChoice)]
    unnamed = [question for question in who_said if question.answer in {"the company", "the courtroom sergeant"}]
    assert unnamed, [question.answer for question in who_said]
    for question in unnamed:
        assert question.explanation == f"The article attributes these words to {question.answer}."  # said once
    for question in who_said:
        assert not {"the company", "the firm"} <= set(question.choices), question.choices
        assert len(set(question.choices)) == len(question.choices)


def test_the_bodies_of_public_services_speak_as_bodies() -> None:
    for words, body in [
        ("the force said later.", "the force"),  # a police force, in British reports
        ("the trust added.", "the trust"),  # a hospital trust
        ("the ambulance service said.", "the ambulance service"),
    ]:
        assert body_at(words, 0, len(words)) == body


def test_someones_spokesman_or_office_speaks_not_that_person() -> None:
    lede = "Transport minister Nina Vale faced questions over late trains on Monday.\n\n"
    for paragraph, speaker in [
        ('"The minister is travelling," Vale\'s spokesman said.', "Vale's spokesman"),
        ('"The minister is travelling," Vale\'s office said.', "Vale's office"),
        ('Vale\'s office said: "The minister is travelling."', "Vale's office"),
    ]:
        extraction = extract(lede + paragraph + "\n")
        assert [shown(extraction, q.sure_speaker) for q in extraction.quotations] == [speaker], paragraph


def test_a_body_that_may_be_an_organisation_the_article_names_is_left_unsure() -> None:
    extraction = pattern("body_beside_named_organisations")
    serious = next(q for q in extraction.quotations if q.text.startswith("Two have serious"))
    assert serious.sure_speaker is None  # "the service" may be the ambulance service, or another body named
    assert serious.doubt is not None and "named in the article" in serious.doubt


def test_a_role_only_guessed_is_never_a_wrong_option_beside_the_organisation_it_may_be() -> None:
    draft = draft_article((PATTERNS / "body_beside_named_organisations.txt").read_text(encoding="utf-8"))
    who_said = [d.question for d in draft.questions if isinstance(d.question, MultipleChoice)]
    assert who_said
    for question in who_said:
        assert "the service" not in question.choices, question.choices
