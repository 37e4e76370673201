"""An unnamed speaker as the speech verb's own subject, after a person named earlier in the sentence.

"Brook had a difficult evening, when several residents called her plan "..."": the residents called it so, not
Brook, though she is the only person named before the words. The said-before sieve took the name that opens the
sentence whenever the verb's subject named nobody; a determiner and a few lowercase words right before the verb
("several residents", "a close ally", "the crowd") are that subject, so the words go to that role, or to nobody,
never to the name before them. A phrase after a preposition or a verb is an object, not the subject ("at the
rally said", "told the crowd"). The colon sieve asks the same of the clause its colon ends ("Brook has a friend
on the board, the treasurer suggested:"). The fixture is in our own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from quizapp.draft.unnamed_speakers import unnamed_subject_before

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("an_unnamed_subject_after_a_name"))


def test_a_group_calling_it_so_is_no_words_of_the_name_before() -> None:
    assert _said()["a timetable written for"] != "Hana Brook"


def test_a_role_set_into_the_sentence_speaks_rather_than_the_name() -> None:
    assert _said()["is not going to"] != "Hana Brook"


def test_a_crowd_shouting_is_not_the_person_named_before() -> None:
    assert _said()["bring back the night"] != "Hana Brook"


def test_the_chairman_of_the_meeting_is_not_the_name_before() -> None:
    assert _said()["we will vote on"] != "Hana Brook"


def test_the_name_still_speaks_when_it_is_the_verbs_subject() -> None:
    assert _said()["look again at the"] == "Hana Brook"


def test_a_phrase_after_a_preposition_or_a_verb_is_no_subject() -> None:
    for words in ("Reid at the rally said", "Reid told the crowd the man said", "Reid backed the motion and said"):
        verb_at = words.rindex(" ") + 1
        assert unnamed_subject_before(words, 0, verb_at) is None
    words = "Reid, a close aide said"
    assert unnamed_subject_before(words, 0, words.rindex(" ") + 1) == words.index("a close")


def test_an_unnamed_subject_before_a_colon_is_not_the_name_before() -> None:
    assert _said()["She will not be"] != "Hana Brook"


def test_an_unnamed_subject_with_its_relative_clause_is_not_the_name_before() -> None:
    assert _said()["a straight answer before"] != "Hana Brook"
