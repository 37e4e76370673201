"""Statistics: counts per bank and tag, accuracy, recall, forecast, streaks, local days."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from quizapp.domain.stats import (
    FORECAST_DAYS,
    QuestionFacts,
    StatsReport,
    bank_stats,
    consecutive_days,
    day_boundaries,
    index_bank,
    local_date,
    local_midnight,
    streak_days,
)

NOW = datetime(2025, 5, 19, 12, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


def test_local_days_follow_the_zone_and_its_daylight_saving() -> None:
    assert local_midnight(date(2025, 5, 19), PARIS) == datetime(2025, 5, 18, 22, 0, tzinfo=UTC)
    assert local_midnight(date(2025, 1, 19), PARIS) == datetime(2025, 1, 18, 23, 0, tzinfo=UTC)
    # 30 March 2025: clocks go forward in Paris, the day lasts 23 hours.
    start, end = day_boundaries(date(2025, 3, 30), 1, PARIS)
    assert end - start == timedelta(hours=23)
    assert local_date(datetime(2025, 5, 18, 22, 30, tzinfo=UTC), PARIS) == date(2025, 5, 19)
    assert local_date(datetime(2025, 5, 18, 21, 30, tzinfo=UTC), PARIS) == date(2025, 5, 18)
    assert local_midnight(date(2025, 5, 19), UTC) == datetime(2025, 5, 19, tzinfo=UTC)


def test_the_system_zone_is_used_when_none_is_given() -> None:
    midnight = local_midnight(date(2025, 5, 19))
    assert midnight.tzinfo is UTC
    assert local_date(midnight) == date(2025, 5, 19)
    assert local_date(midnight - timedelta(seconds=1)) == date(2025, 5, 18)


def test_a_streak_counts_consecutive_days_up_to_today() -> None:
    today = date(2025, 5, 19)
    studied = {today, today - timedelta(days=1), today - timedelta(days=2), today - timedelta(days=4)}
    assert streak_days(today, studied.__contains__) == 3


def test_a_streak_is_not_lost_before_the_day_is_over() -> None:
    today = date(2025, 5, 19)
    studied = {today - timedelta(days=1), today - timedelta(days=2)}
    assert streak_days(today, studied.__contains__) == 2


def test_no_answer_yesterday_or_today_is_no_streak() -> None:
    today = date(2025, 5, 19)
    assert streak_days(today, {today - timedelta(days=2)}.__contains__) == 0
    assert streak_days(today, lambda day: True, limit=10) == 10


def test_a_known_run_up_to_yesterday_is_not_counted_again() -> None:
    today = date(2025, 5, 19)
    asked: list[date] = []

    def studied_on(day: date) -> bool:
        asked.append(day)
        return True

    assert streak_days(today, studied_on, run_before=41) == 42
    assert asked == [today]
    assert consecutive_days(today, {today, today - timedelta(days=1)}.__contains__) == 2
    assert consecutive_days(today, set().__contains__) == 0


def facts(
    question_id: str,
    learning: int = 0,
    due: int = 0,
    mature: int = 0,
    day: int = FORECAST_DAYS,
    stability: float | None = 1.0,
    counts: tuple[int, int, int, int] = (1, 1, 0, 0),
) -> QuestionFacts:
    last_review = None if stability is None else NOW - timedelta(days=1)
    return QuestionFacts(question_id, learning, due, mature, day, stability, last_review, *counts)


def test_bank_and_tag_numbers() -> None:
    index = index_bank(
        [
            ("q1", ("war", "diplomacy")),  # new
            ("q2", ("war",)),  # learning, due now
            ("q3", ("diplomacy",)),  # review, mature, due in 3 days
            ("q4", ()),  # review, young, due tomorrow
            ("q5", ("war",)),  # answered once, then its answer changed: new again, answers kept
        ]
    )
    known = [
        facts("q2", learning=1, due=1, day=0, stability=1.0, counts=(4, 1, 2, 1)),
        facts("q3", mature=1, day=3, stability=30.0, counts=(3, 3, 1, 1)),
        facts("q4", day=1, stability=4.0, counts=(2, 1, 0, 0)),
        facts("q5", stability=None, counts=(1, 0, 1, 0)),
        facts("gone", learning=1, due=1, day=0, counts=(50, 0, 0, 0)),  # removed from the bank: ignored
    ]
    recall_by_stability = {1.0: 0.5, 30.0: 0.9, 4.0: 0.7}  # q2, q3, q4

    def recall(stability: float | None, last_review: datetime | None) -> float:
        assert last_review == NOW - timedelta(days=1)
        return recall_by_stability[stability]

    stats = bank_stats("ukraine", "Ukraine call", index, known, recall)
    overall = stats.overall
    assert (overall.total, overall.new, overall.learning, overall.due, overall.mature) == (5, 2, 1, 1, 1)
    assert (overall.accuracy.answers, overall.accuracy.correct) == (10, 5)
    assert (overall.accuracy_recent.answers, overall.accuracy_recent.correct) == (4, 2)
    assert overall.recall == (0.5 + 0.9 + 0.7) / 3
    assert overall.forecast == (1, 1, 0, 1, 0, 0, 0)
    assert [tag.name for tag in stats.tags] == ["diplomacy", "war"]
    diplomacy, war = stats.tags
    assert (diplomacy.total, diplomacy.new, diplomacy.mature, diplomacy.due) == (2, 1, 1, 0)
    assert diplomacy.recall == 0.9
    assert diplomacy.accuracy.percent == 100.0
    assert (war.total, war.new, war.learning, war.due) == (3, 2, 1, 1)
    assert war.accuracy.percent == 20.0  # q2: 1 of 4, q5: 0 of 1
    assert war.forecast == (1, 0, 0, 0, 0, 0, 0)


def test_a_bank_never_studied_is_all_new_with_no_accuracy_or_recall() -> None:
    stats = bank_stats("b", "B", index_bank([("q1", ("t",)), ("q2", ())]), [], lambda stability, last_review: 1.0)
    assert (stats.overall.total, stats.overall.new) == (2, 2)
    assert stats.overall.accuracy.percent is None
    assert stats.overall.recall is None
    assert stats.overall.forecast == (0,) * FORECAST_DAYS
    assert stats.tags[0].total == 1
    assert bank_stats("b", "B", index_bank([]), [], lambda stability, last_review: 1.0).overall.total == 0


def test_a_report_becomes_plain_json() -> None:
    index = index_bank([("q1", ("t",))])
    stats = bank_stats("b", "B", index, [facts("q1", stability=None, counts=(4, 3, 0, 0))], lambda *_: 1.0)
    report = StatsReport(profile="ann", generated_at=NOW, streak_days=2, studied_today=True, banks=(stats,))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["generated_at"] == "2025-05-19T12:00:00+00:00"
    assert data["banks"][0]["overall"]["accuracy"] == {"answers": 4, "correct": 3, "percent": 75.0}
    assert data["banks"][0]["tags"][0]["name"] == "t"
    assert data["streak_days"] == 2
