"""Speaker labels of reaction round-ups as news writes them (issue 10).

Written in our own words after post-match and political round-ups: a label whose name is set apart by a
comma from a club or a town, a label in capitals, a name then a role with lowercase words before the role
noun, a bracketed aside between the label's colon and the words, a title and a name in brackets under the
words, and a line that says whose the words are ("X's verdict:", "Reaction from X:", "His view:"). Each
found nobody, or gave the words to the club or the cause the label names beside the person.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_club_or_town_after_the_comma_is_not_the_speaker() -> None:
    said = sure_speakers(pattern("label_name_then_club"))
    assert said["We were three minutes"] == "Wilma Strand"
    assert said["Nobody in this dressing"] == "Odile Fenwick"


def test_a_label_in_capitals_names_the_person_it_spells() -> None:
    said = sure_speakers(pattern("label_in_capitals"))
    assert said["Children will lose the"] == "Priya Langford"
    assert said["The budget leaves us"] == "Tobias Merrin"


def test_a_name_then_a_role_with_lowercase_words_labels_the_speaker() -> None:
    said = sure_speakers(pattern("label_name_then_lowercase_role"))
    assert said["The gap has nearly"] == "Rosalind Achterberg"
    assert said["One poll in June"] == "Felix Oyelaran"


def test_a_bracketed_aside_between_the_label_and_the_words() -> None:
    said = sure_speakers(pattern("label_then_bracketed_topic"))
    assert said["It was a foul"] == "Hector Quillan"
    assert said["We defended well for"] == "Ines Varga"


def test_a_title_and_a_name_in_brackets_under_the_words_sign_them() -> None:
    said = sure_speakers(pattern("bracketed_name_under_the_words"))
    assert said["Every town on the"] == "Carmen Aldous"
    assert said["We will open the"] == "Teodor Vance"
    assert said["No family will be"] == "Beatrix Holm"


def test_a_line_naming_whose_words_follow_gives_them_to_that_person() -> None:
    said = sure_speakers(pattern("label_whose_words"))
    assert said["We were second to"] == "Ovidiu Stanescu"  # "Stanescu's verdict:"
    assert said["The players did exactly"] == "Perpetua Llewellyn"  # "Reaction from ...:"
    assert said["Four goals is four"] == "Kwabena Thorsen"  # "His view:", the man just named


def test_a_label_in_capitals_with_a_dash_before_the_role_stands_over_the_words() -> None:
    said = sure_speakers(pattern("label_with_a_dash_over_the_words"))
    assert said["This is the first"] == "Marisol Teague"
    assert said["We fought hard and"] == "Kasimir Ndlovu"


def test_where_or_how_the_speaker_spoke_after_the_labels_comma_is_no_part_of_the_name() -> None:
    said = sure_speakers(pattern("label_then_where_they_spoke"))
    assert said["Westmere has voted for"] == "Ottilie Brandvold"
    assert said["We will be back"] == "Lorcan Maddox"


def test_two_roles_joined_with_lowercase_words_before_the_name_label_the_speaker() -> None:
    said = sure_speakers(pattern("label_with_joined_roles"))
    assert said["People are angry about"] == "Benedikt Carrow"


def test_a_name_and_role_set_off_by_commas_before_the_words_label_them() -> None:
    said = sure_speakers(pattern("label_set_off_by_a_comma"))
    assert said["This budget pays for"] == "Greta Solberg"
    assert said["It is a budget"] == "Anselm Okonkwo"
