"""Words quoted from someone else's statement are not surely the said-clause subject's (issue 10; fixture in our
own words).

On real news "<president> ... praising their latest statement expressing a willingness to talk "..."" gave the
statement's words surely to the one praising it. When the quotation stands in a letter, statement or call that the
sentence gives to another ("their letter offering", "the council's statement calling for"), the words are the
writer's, and the speaker found is a guess. A judgement of the statement in the subject's own words ("said the
leader's remarks were "..."") stays the subject's, as does a statement named by a verb of naming ("called the
leader's remarks "..."") or one the quotation's verb has for subject ("said that her reply "proves ...""): the
words are the one judging's.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_words_of_their_letter_are_not_the_mayors() -> None:
    speakers = sure_speakers(pattern("words_of_someone_elses_statement"))
    assert speakers["at any hour, in"] is None
    assert speakers["an end to the"] is None


def test_a_judgement_of_the_remarks_and_a_said_clause_keep_their_speaker() -> None:
    speakers = sure_speakers(pattern("words_of_someone_elses_statement"))
    assert speakers["a step in the"] == "Ana Ruiz"
    assert speakers["We will see where"] == "Ana Ruiz"


def test_a_statement_named_or_judged_by_the_words_keeps_the_judge() -> None:
    speakers = sure_speakers(pattern("words_of_someone_elses_statement"))
    assert speakers["a cheap stunt"] == "Tom Baird"
    assert speakers["proves the town has"] == "Tom Baird"
