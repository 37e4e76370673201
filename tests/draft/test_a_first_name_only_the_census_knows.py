"""A first name the hand lists lack still says a gender when the 1990 US Census gives it to one sex.

In the fixture (our own words), Dwight Pellow speaks and "he said" follows a sentence naming him and Lorna
Achterberg. Neither first name is in the hand lists, so both people had no known gender and "he" was a guess
between them; the census lists (read from the `names` package) give Dwight to men and Lorna to women, so "he" can
only be Pellow. Names the census gives to both sexes at under ten to one stay unknown, and the census is never
asked whether a capitalised word is a first name at all (it lists "Sunday" and "May").
"""

from __future__ import annotations

from quizapp.draft.first_names import gender_of_first_name, is_common_first_name

from .speakers import pattern, sure_speakers


def test_he_after_a_man_and_a_woman_named_only_by_census_names_is_the_man() -> None:
    said = sure_speakers(pattern("a_first_name_only_the_census_knows"))
    assert said["I wish Achterberg had"] == "Dwight Pellow"
    assert said["Then again, the money"] == "Dwight Pellow"


def test_census_names_say_the_sex_that_bears_them() -> None:
    assert gender_of_first_name("Dwight") == "male"
    assert gender_of_first_name("Lorna") == "female"


def test_names_both_sexes_bear_say_nothing() -> None:
    assert gender_of_first_name("Kelly") is None
    assert gender_of_first_name("Jean") is None
    assert gender_of_first_name("Sam") is None  # the census: 46 to 1 for men, as it counts Samantha apart


def test_a_name_rarer_than_the_mens_list_goes_says_nothing() -> None:
    assert gender_of_first_name("Marlo") is None  # listed for women only, at 0.003%


def test_the_hand_lists_win_over_the_census() -> None:
    assert gender_of_first_name("Francis") == "male"  # the census: 4 to 1, too close to say


def test_a_census_word_is_no_common_first_name() -> None:
    assert not is_common_first_name("Sunday")
    assert is_common_first_name("Grace")
