"""Siblings (a shared quotation or source excerpt) and the order of new questions."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

from quizapp.bank.loader import load_bank
from quizapp.bank.models import MultipleChoice, TrueFalse
from quizapp.domain.planner import Mode, plan_session
from quizapp.domain.siblings import bury, interleave_new, related, sibling_keys, spread

BANK = load_bank(Path(__file__).parents[2] / "questions" / "trump-putin-call.toml").require()
KEYS = {question.id: sibling_keys(question) for question in BANK.questions}
GROUPS = {q.id: f"{q.tags[0] if q.tags else ''}/{q.kind}" for q in BANK.questions}


def who_said(question_id: str, quote: str, source: str | None = None) -> MultipleChoice:
    return MultipleChoice(
        kind="multiple_choice",
        id=question_id,
        prompt=f"Who said {quote}?",
        explanation="As reported.",
        source=source,
        choices=("Putin", "Trump"),
        answer="Putin",
    )


def test_a_shared_quotation_or_source_makes_siblings_a_short_quote_does_not() -> None:
    curly = sibling_keys(who_said("a", "“very meaningful and quite frank”"))
    straight = sibling_keys(who_said("b", '"Very meaningful, and quite frank"'))
    other = sibling_keys(who_said("c", "“went very well”"))
    short = sibling_keys(who_said("d", "“STOP!”"))
    assert related(curly, straight) and not related(curly, other)
    assert short == frozenset()
    statement = TrueFalse(kind="true_false", id="e", prompt="Frank", explanation="-", source="He said so.", answer=True)
    assert related(sibling_keys(statement), sibling_keys(who_said("f", "it", source="He said so.")))


def test_new_questions_come_one_from_each_tag_and_kind_in_turn() -> None:
    import random

    ids = ["w1", "w2", "w3", "n1", "n2", "p1"]
    groups = {"w1": "who", "w2": "who", "w3": "who", "n1": "numbers", "n2": "numbers", "p1": "places"}
    order = interleave_new(ids, groups, random.Random(3))
    assert sorted(order) == sorted(ids)
    assert {groups[qid] for qid in order[:3]} == {"who", "numbers", "places"}
    assert [qid for qid in order if groups[qid] == "who"] == ["w1", "w2", "w3"]  # the teacher's order within one


def test_bury_keeps_the_first_of_each_family_and_spread_parts_neighbours() -> None:
    keys = {"a": frozenset({"q"}), "b": frozenset({"q"}), "c": frozenset(), "d": frozenset({"r"})}
    assert bury(["a", "b", "c", "d"], keys) == ["a", "c", "d"]
    assert bury(["a", "b", "c", "d"], keys, taken={"r"}) == ["a", "c"]
    assert spread(["a", "b", "c"], keys) == ("a", "c", "b")


def test_a_first_study_day_on_the_bundled_bank_mixes_kinds_and_takes_one_sibling_per_family() -> None:
    ids = [question.id for question in BANK.questions]
    plan = plan_session(ids, Mode.STUDY, new_allowance=20, seed=5, siblings=KEYS, groups=GROUPS)
    assert len(plan) == 20
    for first, second in itertools.combinations(plan, 2):
        assert not related(KEYS[first], KEYS[second]), (first, second)
    kinds = Counter(BANK.by_id[qid].kind for qid in plan)
    assert len(kinds) >= 5
    who_said_what = sum("who-said-what" in BANK.by_id[qid].tags for qid in plan)
    assert who_said_what <= 6  # file order gave 16 of the first 20


def test_no_two_siblings_follow_each_other_in_practice() -> None:
    ids = [question.id for question in BANK.questions]
    for seed in range(20):
        plan = plan_session(ids, Mode.PRACTICE, seed=seed, siblings=KEYS)
        assert len(plan) == len(ids)
        assert not any(related(KEYS[a], KEYS[b]) for a, b in itertools.pairwise(plan)), seed
