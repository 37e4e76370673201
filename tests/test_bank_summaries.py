"""The banks' cached summaries give the home screen exactly the numbers a full load gives, and never stale ones.

Each comparison runs the cached path and the full path on two copies of one progress file, so that
neither path's syncing of the teacher's edits can hide a difference in the other's.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.bank.models import Bank
from quizapp.bank.summary import KEPT_DISCOVERIES, BankSummary, cached_summaries, load_and_summarize, summarize
from quizapp.domain.planner import Mode
from quizapp.storage import Store
from quizapp.study_service import BankOverview, StudyService

START = datetime(2025, 5, 19, 9, 0, tzinfo=UTC)


class HandClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def bank_text(answers: dict[str, bool]) -> str:
    head = 'format = 1\nid = "rivers"\ntitle = "Rivers"\ndescription = "Where the water goes."\n'
    head += '[source]\ntitle = "A field guide"\npublisher = "The valley press"\n'
    question = '\n[[questions]]\nid = "{}"\nkind = "true_false"\nprompt = "Claim {} holds."\nanswer = {}\n'
    question += 'explanation = "The survey says so."\n'
    return head + "".join(question.format(qid, qid, str(value).lower()) for qid, value in answers.items())


FIRST = {f"q{number}": number % 3 != 0 for number in range(8)}
EDITED = {**{qid: value for qid, value in FIRST.items() if qid != "q3"}, "q1": not FIRST["q1"], "q8": True}
"""The teacher changes q1's answer, removes q3 and adds q8 (q0 to q3 are the ones studied)."""


def full_bank(path: Path) -> Bank:
    loaded = load_bank(path)
    assert loaded.ok and loaded.bank is not None, loaded.problems
    return loaded.bank


def service(db: Path, clock: HandClock) -> StudyService:
    return StudyService(Store.open(db, clock=clock), "ann", clock, fuzz=False, seed=3, tz=UTC)


def study_for_weeks(db: Path, bank: Bank, clock: HandClock) -> None:
    """Progress of every sort: reviews due and not, learning and mature, new questions left, a flag,
    a practice session and finished sessions with scores."""
    studying = service(db, clock)
    studying.update_profile(daily_new_limit=1)
    seen: set[str] = set()
    for day in (0, 1, 12, 40):
        clock.now = START + timedelta(days=day)
        session = studying.start(bank, Mode.STUDY)
        while not session.done:
            question = session.current()
            assert question is not None
            wrong = day == 40 and question.id not in seen  # the day's new question is missed: learning
            session.answer(FIRST[question.id] != wrong, seconds=6)
            seen.add(question.id)
        session.finish()
    assert seen == {"q0", "q1", "q2", "q3"}
    practice = studying.start(bank, Mode.PRACTICE, limit=2)
    practice.answer(True, seconds=4)
    practice.finish()
    studying.store.flag_question(studying.profile.id, "rivers", "q2", bank.by_id["q2"].answer_hash, clock.now, "odd")
    studying.store.close()
    clock.now += timedelta(days=3)  # some reviews fall due, others not


def both_paths(tmp_path: Path, db: Path, clock: HandClock, bank_file: Path) -> tuple[BankOverview, BankOverview]:
    """The overview through a cached summary and through a full load, each on its own copy of `db`."""
    cache = tmp_path / "cache" / "summaries"
    load_and_summarize([bank_file], cache)  # an earlier start wrote the cache
    (summary,) = cached_summaries([bank_file], cache) or pytest.fail("the cache missed an unchanged bank")
    cached_db, full_db = tmp_path / "cached.db", tmp_path / "full.db"
    shutil.copy(db, cached_db)
    shutil.copy(db, full_db)
    cached, full = service(cached_db, clock), service(full_db, clock)
    try:
        return cached.overview(summary), full.overview(full_bank(bank_file))
    finally:
        cached.store.close()
        full.store.close()


def test_counts_from_the_cache_are_the_full_loads_counts(tmp_path: Path) -> None:
    clock = HandClock(START)
    bank_file, db = tmp_path / "rivers.toml", tmp_path / "progress.db"
    bank_file.write_text(bank_text(FIRST), encoding="utf-8")
    study_for_weeks(db, full_bank(bank_file), clock)
    cached, full = both_paths(tmp_path, db, clock, bank_file)
    assert cached == full
    # The scene holds every kind of number the home screen shows, so the equality means something.
    assert full.due > 0 and full.new > 0 and full.learning > 0 and full.mature > 0
    assert full.total > full.due + full.new and full.next_due is not None and full.last_score is not None
    assert sum(full.recent) > 0


def test_counts_after_the_teacher_edits_the_bank_are_the_full_loads_counts(tmp_path: Path) -> None:
    """The progress was kept against the first version; the file now holds the edited one, and both
    paths apply the same edits to the schedules before counting."""
    clock = HandClock(START)
    bank_file, db = tmp_path / "rivers.toml", tmp_path / "progress.db"
    bank_file.write_text(bank_text(FIRST), encoding="utf-8")
    study_for_weeks(db, full_bank(bank_file), clock)
    bank_file.write_text(bank_text(EDITED), encoding="utf-8")
    cached, full = both_paths(tmp_path, db, clock, bank_file)
    assert cached == full
    assert (full.changes.restarted, full.changes.removed) == (("q1",), ("q3",))
    assert full.total == len(EDITED)


def test_an_edited_bank_is_never_served_from_the_cache(tmp_path: Path) -> None:
    bank_file, cache = tmp_path / "rivers.toml", tmp_path / "summaries"
    bank_file.write_text(bank_text(FIRST), encoding="utf-8")
    load_and_summarize([bank_file], cache)
    stat = bank_file.stat()
    bank_file.write_text(bank_text(EDITED), encoding="utf-8")
    assert cached_summaries([bank_file], cache) is None
    # Not even when the edit keeps the file's size and modification time.
    same_size = bank_text(FIRST).replace("Claim q3", "Claim q4")
    bank_file.write_text(same_size, encoding="utf-8")
    os.utime(bank_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert bank_file.stat().st_size == stat.st_size
    assert cached_summaries([bank_file], cache) is None
    ((_, summary),) = load_and_summarize([bank_file], cache)
    assert cached_summaries([bank_file], cache) == [summary]


def test_a_cached_summary_is_what_the_full_load_summarizes(tmp_path: Path) -> None:
    """Banks with problems and a second bank with a used id are listed from the cache as from a load."""
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "a.toml").write_text(bank_text(FIRST), encoding="utf-8")
    (folder / "b.toml").write_text(bank_text(EDITED), encoding="utf-8")  # the same bank id again
    (folder / "c.toml").write_text('format = 1\nid = "broken"\ntitle = 3\n', encoding="utf-8")
    missing = tmp_path / "gone.toml"
    cache = tmp_path / "summaries"
    loaded = load_and_summarize([folder, missing], cache)
    from_cache = cached_summaries([folder, missing], cache)
    assert from_cache == [summary for _, summary in loaded]
    assert [summary.ok for summary in from_cache] == [True, False, False, False]
    assert "already used" in from_cache[1].problems[-1].message
    assert from_cache[0] == BankSummary(
        folder / "a.toml",
        str(folder / "a.toml"),
        "rivers",
        "Rivers",
        "Where the water goes.",
        "A field guide (The valley press)",
        full_bank(folder / "a.toml").answer_hashes,
    )
    assert from_cache[0] == summarize(load_bank(folder / "a.toml"))


@pytest.mark.parametrize(
    "damage",
    [
        "not json at all {",
        '{"format": 1, "key": "KEY", "banks": [{"path": 3}]}',
        '{"format": 1, "key": "KEY", "banks": [{"path": "x"}]}',
        '{"format": 1, "key": "KEY", "banks": "none"}',
        '{"format": 1, "key": "another", "banks": []}',
        '{"format": 99, "key": "KEY", "banks": []}',
        "[]",
        "\udcff",
        "[" * 100_000,
    ],
)
def test_a_damaged_cache_is_ignored_and_written_again(tmp_path: Path, damage: str) -> None:
    bank_file, cache = tmp_path / "rivers.toml", tmp_path / "summaries"
    bank_file.write_text(bank_text(FIRST), encoding="utf-8")
    ((_, summary),) = load_and_summarize([bank_file], cache)
    (file,) = cache.iterdir()
    file.write_bytes(damage.replace("KEY", file.stem).encode("utf-8", "surrogateescape"))
    assert cached_summaries([bank_file], cache) is None
    ((_, again),) = load_and_summarize([bank_file], cache)
    assert again == summary
    assert cached_summaries([bank_file], cache) == [summary]


def test_an_unwritable_cache_costs_only_the_cache(tmp_path: Path) -> None:
    bank_file = tmp_path / "rivers.toml"
    bank_file.write_text(bank_text(FIRST), encoding="utf-8")
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("", encoding="utf-8")
    cache = in_the_way / "summaries"  # under a file: it can be neither read nor written
    ((loaded, summary),) = load_and_summarize([bank_file], cache)
    assert loaded.ok and summary.ok
    assert cached_summaries([bank_file], cache) is None


def test_summaries_made_by_other_code_are_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another version of the code that reads banks (a checkout edited, an upgrade) makes its own summaries."""
    from quizapp.bank import summary as summary_module

    code = tmp_path / "code"
    code.mkdir()
    module = code / "models.py"
    module.write_text("# the bank models\n", encoding="utf-8")
    monkeypatch.setattr(summary_module, "_CODE", (code,))
    bank_file, cache = tmp_path / "rivers.toml", tmp_path / "summaries"
    bank_file.write_text(bank_text(FIRST), encoding="utf-8")
    load_and_summarize([bank_file], cache)
    assert cached_summaries([bank_file], cache) is not None
    module.write_text("# the bank models, changed\n", encoding="utf-8")
    assert cached_summaries([bank_file], cache) is None


def test_the_cache_keeps_the_newest_discoveries(tmp_path: Path) -> None:
    """Each set of banks (the app's, each `--bank` run's) has its summaries; only the newest are kept."""
    cache = tmp_path / "summaries"
    files = []
    for number in range(KEPT_DISCOVERIES + 2):
        files.append(tmp_path / f"bank{number}.toml")
        files[-1].write_text(bank_text(FIRST), encoding="utf-8")
        load_and_summarize([files[-1]], cache)
    assert len(list(cache.iterdir())) == KEPT_DISCOVERIES
    assert cached_summaries([files[-1]], cache) is not None
    assert cached_summaries([files[0]], cache) is None  # the oldest went first
