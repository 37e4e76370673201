"""A lone capitalised word that the article writes as a name is a rival for the he/she after it.

`Ba Loc Tien, who played opposite Ana Ruiz as her brother Marco, won ... Tien thanked his father ... "...," he
said.`: the people model did not know "Ba Loc Tien", so "he" went surely to Marco, a role's name. "Tien" opens its
sentence as the subject and is written elsewhere as the end of a longer name: the words stay unsure. A common noun
opening a sentence ("Officials said") is written in lowercase elsewhere and a country is no person: neither counts.
The fixture is in our own words.
"""

from __future__ import annotations

from quizapp.draft.lone_names import lone_subjects, proper_noun

from .speakers import offered, pattern


def test_the_missed_surname_leaves_the_pronoun_unsure() -> None:
    assert offered(pattern("lone_stage_name"), "Dad, this one") == ("Marco", False)


def test_common_nouns_and_countries_are_no_lone_names() -> None:
    text = "Officials said the road was shut. Later the officials left. Hungary has said no. Talks in Hungary end."
    assert lone_subjects(text, 0, 33) == []
    assert not proper_noun(text, "Hungary")


def test_a_name_after_its_role_is_a_lone_name() -> None:
    text = "The singer JinA left the stage. JinA thanked her fans."
    found = lone_subjects(text, 32, len(text))
    assert [match.group(1) for match in found] == ["JinA"]
