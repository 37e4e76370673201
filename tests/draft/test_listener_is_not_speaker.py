"""Listener is not speaker: words said to someone, an answer to someone's question, and a phrase someone is
blamed for are never given surely to that someone (issue 10; fixtures in tests/draft/fixtures/patterns, our
own words). Each was a wrong answer key on real news: the speaker found was the one the words were said to."""

from __future__ import annotations

from quizapp.draft.vocatives import addressed_in

from .speakers import pattern, shown, sure_speakers


def _unsure(name: str) -> dict[str, tuple[str | None, str | None]]:
    """Opening words of each quotation -> (its unsure candidate speaker, the doubt), for quotations left unsure."""
    extraction = pattern(name)
    return {
        " ".join(q.text.split()[:4]): (shown(extraction, q.speaker), q.doubt)
        for q in extraction.quotations
        if not q.sure
    }


def test_words_that_address_the_judge_are_not_the_judges() -> None:
    said = sure_speakers(pattern("listener_addressed_by_title"))
    assert said["Have you reached a"] == "Amara Sollis"  # her own question, with its said-clause
    assert said["We have, judge, on"] is None  # the panel's answer, addressed to her
    assert said["Yes, judge."] is None
    unsure = _unsure("listener_addressed_by_title")
    assert "listener" in (unsure["We have, judge, on"][1] or "")


def test_a_vocative_is_read_at_either_end_or_set_off_inside_but_never_from_a_list_of_names() -> None:
    assert "judge" in addressed_in("Yes, judge.")
    assert "mr okafor" in addressed_in("Thank you, Mr Okafor. We will be back")
    assert "minister" in addressed_in("Minister, with respect, that is not true.")
    assert "judge" in addressed_in("We have, judge, on all of them.")
    assert "tom" not in addressed_in("We thanked Tom, Ana, and the crew for everything")


def test_the_answer_after_questions_from_someone_is_not_given_to_the_one_who_asked() -> None:
    said = sure_speakers(pattern("answer_to_the_one_who_asked"))
    assert said["I will not put"] == "Ruairi Fenwick"
    assert said["We simply do not"] == "Ruairi Fenwick"  # "he said, in reply to questions from ... Colm Rafter"
    assert said["slightly ahead of plan."] is None  # the next "he" is the chairman answering, not Rafter
    assert _unsure("answer_to_the_one_who_asked")["slightly ahead of plan."][0] == "Colm Rafter"
    assert said["We have waited three"] == "Colm Rafter"  # "asked the board to publish": a request, his own words


def test_a_phrase_someone_is_blamed_for_is_theirs_not_the_blamers() -> None:
    said = sure_speakers(pattern("phrase_quoted_back"))
    assert said["a monument to waste"] is None  # the newspaper's words, which the minister objects to
    assert said["The bridge was finished"] == "Ines Varga"
    assert said["a rumour mill"] == "Ines Varga"  # "apologised for calling": her own words


def test_a_point_the_subject_makes_of_saying_is_no_blame() -> None:
    # "made a point of saying": no one is blamed before "of"; the words are the subject's own
    assert sure_speakers(pattern("phrase_quoted_back"))["will carry ten thousand"] == "Ines Varga"
