"""Grading as a student meets it: what counts as right, how much partial credit, what feedback shows.

Every expected score below is worked out by hand from the rule in the comment beside it.
"""

from __future__ import annotations

import string
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.bank.models import (
    MODEL_BY_KIND,
    Cloze,
    Matching,
    MultipleChoice,
    MultiSelect,
    Ordering,
    Pair,
    QuestionBase,
    ShortAnswer,
    TrueFalse,
)
from quizapp.domain.grading import NO_ANSWER, GradeResult, PartResult, grade

KIND_OF = {model: kind for kind, model in MODEL_BY_KIND.items()}


def make(model: type[QuestionBase], **fields: Any) -> Any:
    return model(kind=KIND_OF[model], id="q1", prompt="A question?", explanation="Because.", **fields)


CAPITAL = make(MultipleChoice, choices=("Putin", "Trump", "Vance", "Peskov"), answer="Putin")
COLOURS = make(MultiSelect, choices=("Red", "Green", "Blue", "Yellow"), answers=("Red", "Green", "Blue"))
BOILS = make(TrueFalse, answer=True)
CITY = make(ShortAnswer, answer="Istanbul", alternatives=("Constantinople",))
RIVER = make(ShortAnswer, answer="the Nile", alternatives=("Nile River",))
APOLLO = make(Cloze, text="Apollo {{11|eleven}} landed on the Moon in {{1969}}.")
PLANETS = make(Ordering, items=("Mercury", "Venus", "Earth", "Mars"))
QUOTES = make(
    Matching,
    pairs=(
        Pair(left="ready to work", right="Putin"),
        Pair(left="went very well", right="Trump"),
        Pair(left="meticulous work", right="Peskov"),
    ),
    distractors=("Starmer",),
)


def short(answer: str, *alternatives: str) -> ShortAnswer:
    return make(ShortAnswer, answer=answer, alternatives=alternatives)


# -- multiple choice -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "correct", "shown"),
    [
        ("Putin", True, "Putin"),
        ("Trump", False, "Trump"),
        ("putin", False, "putin"),  # a chosen choice is the bank's text, not typed text
        (None, False, NO_ANSWER),
        (["Putin"], False, NO_ANSWER),  # the wrong shape is wrong, not an error
    ],
)
def test_multiple_choice(response: Any, correct: bool, shown: str) -> None:
    result = grade(CAPITAL, response)
    assert (result.correct, result.score, result.expected, result.given) == (correct, float(correct), "Putin", shown)


# -- multi select: (right picks − wrong picks) / 3 right, floored at 0 -------------------------


@pytest.mark.parametrize(
    ("picks", "score", "shown"),
    [
        (["Red", "Green", "Blue"], 1.0, "Red, Green, Blue"),
        (["Blue", "Red", "Green"], 1.0, "Red, Green, Blue"),  # order of picks does not matter
        ({"Red", "Green"}, 2 / 3, "Red, Green"),  # (2 - 0) / 3
        (["Red", "Green", "Yellow"], 1 / 3, "Red, Green, Yellow"),  # (2 - 1) / 3
        (["Red", "Green", "Blue", "Yellow"], 2 / 3, "Red, Green, Blue, Yellow"),  # (3 - 1) / 3: ticking all
        (["Yellow"], 0.0, "Yellow"),  # (0 - 1) / 3 floored at 0
        (["Red", "Yellow"], 0.0, "Red, Yellow"),  # (1 - 1) / 3
        (["Red", "Green", "Blue", "Purple"], 2 / 3, "Red, Green, Blue, Purple"),  # not a choice: a wrong pick
        ("Red", 1 / 3, "Red"),  # one text is one pick
        ([], 0.0, NO_ANSWER),
        (None, 0.0, NO_ANSWER),
    ],
)
def test_multi_select_partial_credit(picks: Any, score: float, shown: str) -> None:
    result = grade(COLOURS, picks)
    assert result.score == pytest.approx(score)
    assert result.correct is (score == 1.0)
    assert result.expected == "Red, Green, Blue"
    assert result.given == shown


def test_multi_select_parts_say_which_choice_was_wrong() -> None:
    result = grade(COLOURS, ["Red", "Yellow", "Purple"])
    assert result.parts == (
        PartResult("Red", "chosen", "chosen", True),
        PartResult("Green", "not chosen", "chosen", False),
        PartResult("Blue", "not chosen", "chosen", False),
        PartResult("Yellow", "chosen", "not chosen", False),
        PartResult("Purple", "chosen", "not a choice", False),
    )
    assert result.partly_right is False  # (1 - 2) / 3 floors at 0


# -- true / false ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "correct", "shown"),
    [
        (True, True, "True"),
        (False, False, "False"),
        ("yes", True, "True"),
        (" T ", True, "True"),
        ("TRUE", True, "True"),
        ("y", True, "True"),
        ("no", False, "False"),
        (" false ", False, "False"),
        ("maybe", False, "maybe"),
        (1, False, NO_ANSWER),
        (None, False, NO_ANSWER),
    ],
)
def test_true_false(response: Any, correct: bool, shown: str) -> None:
    result = grade(BOILS, response)
    assert (result.correct, result.score, result.expected, result.given) == (correct, float(correct), "True", shown)


# -- short answer --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        (CITY, "Istanbul"),
        (CITY, "istanbul"),
        (CITY, "  ISTANBUL!! "),
        (CITY, "İstanbul"),  # capital dotted İ: an accent, forgiven
        (CITY, "Constantinople"),
        (CITY, "constantinople."),
        (RIVER, "Nile"),
        (RIVER, "the nile"),
        (RIVER, "The   Nile."),
        (RIVER, "a Nile"),
        (RIVER, "nile river"),
        (short("Dnipro"), "Dnípro"),
        (short("Zürich"), "zurich"),
        (short("Kraków"), "Krakow"),
        (short("Łódź"), "Lodz"),
        (short("O'Brien"), "OBrien"),
        (short("Jean-Paul"), "jean paul"),
        (short("fourteen"), "14"),
        (short("14"), "Fourteen"),
        (short("42"), "forty-two"),
        (short("forty two"), "42"),
        (short("Apollo 11"), "apollo eleven"),
        (short("1,000"), "1000"),
        (short("A"), "a"),  # an answer that is only an article keeps it
    ],
)
def test_short_answer_forgives_form(question: ShortAnswer, typed: str) -> None:
    result = grade(question, typed)
    assert result.correct and result.score == 1.0
    assert result.note == ""
    assert result.expected == question.answer


@pytest.mark.parametrize(
    ("question", "typed", "spelling"),
    [
        (short("Istanbul"), "Istambul", "Istanbul"),  # 8 letters: one typo
        (short("Berlin"), "Berlim", "Berlin"),  # exactly 6 letters: one typo
        (short("Berlin"), "Brelin", "Berlin"),  # a swap of neighbours is one typo
        (short("Berlin"), "Berlinn", "Berlin"),
        (CITY, "Constantinopel", "Constantinople"),  # typo in an alternative
        (short("Mediterranean"), "Mediteranian", "Mediterranean"),  # 13 letters: two typos (r missing, e→i)
        (short("Johannesburg"), "Johanesburk", "Johannesburg"),  # exactly 12 letters: two typos
        (short("New York"), "new yrok", "New York"),
    ],
)
def test_short_answer_forgives_a_small_typo_in_long_answers(question: ShortAnswer, typed: str, spelling: str) -> None:
    result = grade(question, typed)
    assert result.correct and result.score == 1.0
    assert result.note == f"accepted with a typo: the spelling is {spelling}"


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        (CITY, "Ankara"),
        (CITY, ""),
        (CITY, "Istmbl"),  # 8 letters allow one typo, not two
        (short("Paris"), "Pariz"),  # 5 letters: no typo allowed
        (short("Berlin"), "Bxrlim"),  # 6 letters: two typos
        (short("Switzerland"), "Swizerlamd"),  # 11 letters allow one typo, not two
        (short("Mediterranean"), "Meditranian"),  # three typos
        (short("Apollo 11"), "Apollo 12"),  # never a typo when there are digits
        (short("Apollo 11"), "Apolo 11"),
        (short("1969"), "1968"),
        (short("fourteen"), "fifteen"),
        (short("Nile"), "Nil"),
        (short("Istanbul"), "Istanbul 2"),
    ],
)
def test_short_answer_rejects(question: ShortAnswer, typed: str) -> None:
    result = grade(question, typed)
    assert not result.correct and result.score == 0.0
    assert result.expected == question.answer


def test_short_answer_feedback_shows_the_main_answer_and_what_was_typed() -> None:
    result = grade(CITY, "  Ankara ")
    assert (result.expected, result.given, result.parts) == ("Istanbul", "Ankara", ())
    assert grade(CITY, None).given == NO_ANSWER
    assert grade(CITY, "   ").given == NO_ANSWER


# -- cloze: score = share of blanks right -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "score", "shown"),
    [
        (["11", "1969"], 1.0, "11; 1969"),
        (["eleven", "1969"], 1.0, "eleven; 1969"),  # an accepted alternative
        (["Eleven.", " 1969 "], 1.0, "Eleven.; 1969"),
        (["Eleven", "1968"], 0.5, "Eleven; 1968"),
        (["12", "1969"], 0.5, "12; 1969"),
        ("11", 0.5, f"11; {NO_ANSWER}"),  # one text fills the first blank
        (["11"], 0.5, f"11; {NO_ANSWER}"),
        (["", "1969"], 0.5, f"{NO_ANSWER}; 1969"),
        (["11", "1969", "extra"], 1.0, "11; 1969"),
        ([None, 1969], 0.0, NO_ANSWER),
        (None, 0.0, NO_ANSWER),
        ({"0": "11"}, 0.0, NO_ANSWER),
    ],
)
def test_cloze_scores_each_blank(typed: Any, score: float, shown: str) -> None:
    result = grade(APOLLO, typed)
    assert result.score == score
    assert result.correct is (score == 1.0)
    assert (result.expected, result.given) == ("11; 1969", shown)


def test_cloze_parts_name_the_wrong_blank() -> None:
    result = grade(APOLLO, ["eleven", "1968"])
    assert result.parts == (
        PartResult("blank 1", "eleven", "11", True),
        PartResult("blank 2", "1968", "1969", False),
    )
    assert result.partly_right


def test_cloze_forgives_a_typo_per_blank_and_says_which() -> None:
    question = make(Cloze, text="The {{Mediterranean}} Sea borders {{Italy}} and {{Greece}}.")
    result = grade(question, ["Mediteranean", "italy", "Grece"])  # Greece has 6 letters: one typo allowed
    assert result.correct
    assert result.note == (
        "blank 1: accepted with a typo: the spelling is Mediterranean; "
        "blank 3: accepted with a typo: the spelling is Greece"
    )
    single = make(Cloze, text="The capital is {{Istanbul}}.")
    assert grade(single, "Istambul").note == "accepted with a typo: the spelling is Istanbul"


# -- ordering: score = share of the 6 pairs of 4 items in the right relative order --------------------


@pytest.mark.parametrize(
    ("order", "score"),
    [
        (["Mercury", "Venus", "Earth", "Mars"], 1.0),
        (["Venus", "Mercury", "Earth", "Mars"], 5 / 6),  # only the (Mercury, Venus) pair is reversed
        (["Mercury", "Venus", "Mars", "Earth"], 5 / 6),
        (["Mars", "Mercury", "Venus", "Earth"], 3 / 6),  # the three pairs with Mars are reversed
        (["Mars", "Earth", "Venus", "Mercury"], 0.0),  # reversed: no pair right
        (["Mercury", "Venus", "Earth"], 3 / 6),  # Mars missing: its three pairs are not right
        (["Mercury", "Venus", "Earth", "Mars", "Pluto"], 4 / 5),  # all 6 pairs right, scaled by 4 items / 5 given
        (["Mercury", "Mercury", "Venus", "Earth", "Mars"], 4 / 5),
        ([], 0.0),
        (None, 0.0),
        ("Mercury", 0.0),  # one item alone: no pair is in order
    ],
)
def test_ordering_scores_pairs_in_relative_order(order: Any, score: float) -> None:
    result = grade(PLANETS, order)
    assert result.score == pytest.approx(score)
    assert result.correct is (score == 1.0)
    assert result.expected == "1. Mercury  2. Venus  3. Earth  4. Mars"


def test_ordering_parts_are_positions() -> None:
    result = grade(PLANETS, ["Venus", "Mercury", "Earth"])
    assert result.given == "1. Venus  2. Mercury  3. Earth"
    assert result.parts == (
        PartResult("position 1", "Venus", "Mercury", False),
        PartResult("position 2", "Mercury", "Venus", False),
        PartResult("position 3", "Earth", "Earth", True),
        PartResult("position 4", NO_ANSWER, "Mars", False),
    )
    assert grade(PLANETS, None).given == NO_ANSWER


# -- matching: score = share of left items matched right ------------------------------------------


RIGHT_MATCH = {"ready to work": "Putin", "went very well": "Trump", "meticulous work": "Peskov"}


@pytest.mark.parametrize(
    ("matches", "score"),
    [
        (RIGHT_MATCH, 1.0),
        ({**RIGHT_MATCH, "meticulous work": "Starmer"}, 2 / 3),  # a distractor chosen
        ({**RIGHT_MATCH, "went very well": "Putin", "ready to work": "Trump"}, 1 / 3),
        ({"ready to work": "Putin"}, 1 / 3),
        ({**RIGHT_MATCH, "not a quote": "Vance"}, 1.0),  # unknown left items are ignored
        ({}, 0.0),
        ([("ready to work", "Putin")], 0.0),
        (None, 0.0),
    ],
)
def test_matching_scores_each_left_item(matches: Any, score: float) -> None:
    result = grade(QUOTES, matches)
    assert result.score == pytest.approx(score)
    assert result.correct is (score == 1.0)
    assert result.expected == "ready to work → Putin; went very well → Trump; meticulous work → Peskov"


def test_matching_feedback_and_parts() -> None:
    result = grade(QUOTES, {"ready to work": "Putin", "went very well": "Peskov"})
    assert result.given == f"ready to work → Putin; went very well → Peskov; meticulous work → {NO_ANSWER}"
    assert result.parts == (
        PartResult("ready to work", "Putin", "Putin", True),
        PartResult("went very well", "Peskov", "Trump", False),
        PartResult("meticulous work", NO_ANSWER, "Peskov", False),
    )
    assert grade(QUOTES, {}).given == NO_ANSWER


def test_matching_right_items_may_repeat() -> None:
    question = make(
        Matching,
        pairs=(
            Pair(left="Pride and Prejudice", right="Jane Austen"),
            Pair(left="Emma", right="Jane Austen"),
            Pair(left="Great Expectations", right="Charles Dickens"),
        ),
    )
    both_austen = {"Pride and Prejudice": "Jane Austen", "Emma": "Jane Austen", "Great Expectations": "Jane Austen"}
    assert grade(question, both_austen).score == pytest.approx(2 / 3)


def test_something_that_is_not_a_question_scores_zero() -> None:
    assert grade("not a question", "anything") == GradeResult(False, 0.0, "", "anything")


# -- properties -------------------------------------------------------------------------------------

texts = st.text(min_size=1, max_size=12)
distinct_texts = st.lists(texts, min_size=2, max_size=6, unique=True)
blank_free = st.text(alphabet=st.characters(exclude_characters="{}|", exclude_categories=("Cs",)), max_size=10)
blank_answer = blank_free.map(str.strip).filter(bool)


@st.composite
def multiple_choice(draw: st.DrawFn) -> MultipleChoice:
    choices = draw(distinct_texts)
    return make(MultipleChoice, choices=tuple(choices), answer=draw(st.sampled_from(choices)))


@st.composite
def multi_select(draw: st.DrawFn) -> MultiSelect:
    choices = draw(distinct_texts)
    answers = draw(st.lists(st.sampled_from(choices), min_size=1, unique=True))
    return make(MultiSelect, choices=tuple(choices), answers=tuple(answers))


@st.composite
def short_answer(draw: st.DrawFn) -> ShortAnswer:
    return make(ShortAnswer, answer=draw(texts), alternatives=tuple(draw(st.lists(texts, max_size=3))))


@st.composite
def cloze(draw: st.DrawFn) -> Cloze:
    blanks = draw(st.lists(st.lists(blank_answer, min_size=1, max_size=3), min_size=1, max_size=4))
    pieces = [draw(blank_free) + "{{" + "|".join(accepted) + "}}" for accepted in blanks]
    return make(Cloze, text="".join(pieces) + draw(blank_free))


@st.composite
def matching(draw: st.DrawFn) -> Matching:
    lefts = draw(distinct_texts)
    pairs = tuple(Pair(left=left, right=draw(texts)) for left in lefts)
    return make(Matching, pairs=pairs, distractors=tuple(draw(st.lists(texts, max_size=2))))


questions = st.one_of(
    multiple_choice(),
    multi_select(),
    st.builds(lambda answer: make(TrueFalse, answer=answer), st.booleans()),
    short_answer(),
    cloze(),
    distinct_texts.map(lambda items: make(Ordering, items=tuple(items))),
    matching(),
)


def right_answer(question: Any) -> Any:
    """The response a student who knows the answer gives, in the shape the app passes."""
    if isinstance(question, MultiSelect):
        return list(question.answers)
    if isinstance(question, Cloze):
        return [blank.answer for blank in question.blanks]
    if isinstance(question, Ordering):
        return list(question.items)
    if isinstance(question, Matching):
        return {pair.left: pair.right for pair in question.pairs}
    return question.answer


@given(questions)
def test_the_right_answer_always_scores_one(question: Any) -> None:
    result = grade(question, right_answer(question))
    assert result.correct
    assert result.score == 1.0
    assert result.note == ""


@given(short_answer(), st.data())
def test_every_accepted_alternative_is_right(question: ShortAnswer, data: st.DataObject) -> None:
    typed = data.draw(st.sampled_from((question.answer, *question.alternatives)))
    assert grade(question, typed).correct


latin_words = st.text(alphabet=string.ascii_letters + "éèàçñöüÉÀ ", min_size=1, max_size=20).filter(str.strip)


@given(latin_words, st.sampled_from(["", " ", "!", ".", "?"]))
def test_case_accents_spaces_and_punctuation_never_matter(answer: str, trailing: str) -> None:
    assert grade(short(answer), f"  {answer.upper()}{trailing}").correct


anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.binary(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner, max_size=5),
    max_leaves=10,
)
responses = st.one_of(
    anything,
    st.lists(st.text(max_size=12), max_size=6),
    st.dictionaries(st.text(max_size=12), st.text(max_size=12), max_size=6),
    st.sets(st.text(max_size=12), max_size=6),
)


@given(questions, responses)
def test_grading_never_raises_and_stays_within_zero_and_one(question: Any, response: Any) -> None:
    result = grade(question, response)
    assert 0.0 <= result.score <= 1.0
    assert result.correct is (result.score == 1.0)
    assert isinstance(result.expected, str) and isinstance(result.given, str)


@given(questions, st.data())
def test_answers_built_from_the_question_never_raise(question: Any, data: st.DataObject) -> None:
    """Responses made of the question's own texts, shuffled and cut short: the near misses students give."""
    words = [*(part.expected for part in grade(question, None).parts), question.prompt]
    response = data.draw(
        st.one_of(
            st.sampled_from(words),
            st.lists(st.sampled_from(words), max_size=6),
            st.dictionaries(st.sampled_from(words), st.sampled_from(words), max_size=6),
        )
    )
    result = grade(question, response)
    assert 0.0 <= result.score <= 1.0
    assert result.correct is (result.score == 1.0)
