"""`"...," he said` after a quotation: who the pronoun can mean, in stories written here for the purpose.

A second person "in play" leaves a he/she unsure; these tests hold the readings English does not leave open: an
object "him" that can only be the person found, a role in that person's own apposition, and a role spoken of in
the words of the "he" the chain goes on with. Each story failed before its rule (a doubt where none is due).
"""

from __future__ import annotations

from quizapp.draft.extraction import extract


def _said(text: str) -> dict[str, tuple[str | None, str | None]]:
    """First three words of each quotation -> (its sure speaker's shown name, the doubt when unsure)."""
    extraction = extract(text)
    said = {}
    for quotation in extraction.quotations:
        person = extraction.person(quotation.sure_speaker)
        said[" ".join(quotation.text.split()[:3])] = (person.shown if person else None, quotation.doubt)
    return said


def test_an_object_him_that_can_only_be_the_person_found_is_no_second_person() -> None:
    said = _said(
        "Ferry line keeps running.\n\n"
        "Tomas Berg said the ferry would run all winter. Families on the far shore expect him to keep the "
        "crossings going.\n\n"
        '"We have never missed a day," he said.\n'
    )
    assert said["We have never"] == ("Tomas Berg", None)


def test_an_object_him_of_the_found_persons_own_verb_is_still_someone_else() -> None:
    said = _said(
        "Ferry line keeps running.\n\n"
        "Tomas Berg said the ferry would run all winter. On Monday Berg thanked him for the repairs.\n\n"
        '"We have never missed a day," he said.\n'
    )
    speaker, doubt = said["We have never"]
    assert speaker is None and doubt is not None and "him" in doubt


def test_a_role_in_the_persons_own_apposition_after_where_they_are_from_is_no_rival() -> None:
    said = _said(
        "Campaign stays on message.\n\n"
        "Marcus Dahl of Westvale, a Labour supporter, said it would help the candidate.\n\n"
        '"We are staying with the plan," he said.\n'
    )
    assert said["We are staying"] == ("Marcus Dahl", None)


def test_a_role_named_in_the_chains_own_reported_words_is_no_rival() -> None:
    said = _said(
        "Campaign stays on message.\n\n"
        "Marcus Dahl spoke to reporters on Monday. He said he would back whoever the party chooses as its "
        "candidate.\n\n"
        '"We are staying with the plan," he said.\n'
    )
    assert said["We are staying"] == ("Marcus Dahl", None)


def test_a_name_in_a_sentence_set_as_the_chains_words_by_an_aside_is_no_rival() -> None:
    said = _said(
        "Delegates weigh their options.\n\n"
        "Peter Marsh, a delegate from the coast, said he would contest the count. States vote in turn, he noted, "
        "so it may be clear whether Robert Baden has won by the time his state is called.\n\n"
        '"If the count goes against us, we may abstain," he said.\n'
    )
    assert said["If the count"] == ("Peter Marsh", None)


def test_a_voice_reported_inside_the_chains_own_words_does_not_take_the_next_paragraph() -> None:
    said = _said(
        "Delegates weigh their options.\n\n"
        "Peter Marsh, a delegate from the coast, said tempers were high. He said that he cared most about the "
        "platform and noted that Robert Baden himself has conceded he will not win.\n\n"
        '"What we ask for is not unreasonable," he said.\n'
    )
    assert said["What we ask"] == ("Peter Marsh", None)


def test_a_voice_the_people_model_does_not_know_between_the_person_and_the_pronoun_leaves_it_unsure() -> None:
    said = _said(
        "New member for the valley.\n\n"
        "Rep. Anna Lund was not running again this year.\n\n"
        '"Now we look ahead, together," Voss said in a statement after the count.\n\n'
        '"The valley has waited long enough for this," she said.\n'
    )
    speaker, doubt = said["The valley has"]
    assert speaker is None and doubt is not None and "Voss" in doubt


def test_a_pronoun_going_on_with_words_that_spoke_of_the_speaker_found_keeps_their_doubt() -> None:
    said = _said(
        "Rally in the square.\n\n"
        "The crowd cheered as Tom Reid took the stage beside the former mayor.\n\n"
        '"Sometimes I feel the challenger runs harder against Mayor Tom Reid and me than against anyone," the '
        "former mayor said.\n\n"
        '"He will get used to it soon enough," he said.\n'
    )
    speaker, doubt = said["He will get"]
    assert speaker is None and doubt is not None and "goes on with the quotation before" in doubt


def test_a_name_met_once_opening_the_pronouns_paragraph_may_be_the_he() -> None:
    said = _said(
        "Candidates pick a winner.\n\n"
        'Peter Cole chose the home side without a pause. "They have the better coach," he said.\n\n'
        'Marsden dodged the question and named no winner. "One of the two teams will win, I promise," he said.\n'
    )
    assert said["They have the"] == ("Peter Cole", None)
    speaker, doubt = said["One of the"]
    assert speaker is None and doubt is not None and "Marsden" in doubt


def test_a_role_set_after_a_name_the_people_model_missed_is_no_sure_speaker() -> None:
    said = _said(
        "Grain prices fall.\n\n"  # two short roles joined by "and" now make a person: this second one runs long
        "Raynor Quistell, a retired grain trader and since the spring of 2009 the host of a weekly farm show on valley "
        "radio, is a valley resident who sold his "
        'land last year. "Prices were never this low when I started," he said.\n'
    )
    speaker, doubt = said["Prices were never"]
    assert speaker is None and doubt is not None and "Raynor Quistell" in doubt


def test_a_thing_before_a_speech_verb_is_no_unnamed_speaker() -> None:
    said = _said(
        "Mayor names the worst roads.\n\n"
        "Peter Marsh put the bridge on a list of roads he said had failed every winter, and attacked her record "
        "as director of works and said she should stand down.\n\n"
        '"We cannot go on patching the same holes," he said.\n'
    )
    assert said["We cannot go"] == ("Peter Marsh", None)
