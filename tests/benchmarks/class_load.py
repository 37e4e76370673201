"""Benchmark: a class at `quizapp serve`, and the PostgreSQL store under many connections.

Run: python tests/benchmarks/class_load.py [--students 30] [--questions 20] [--connections 100]
     [--answers 20] [--backend both|sqlite|postgresql] [--time-limit 600]

Part 1, per backend (the embedded SQLite file, then PostgreSQL): `quizapp serve` with sign-in on
127.0.0.1, and `--students` simulated students over the websocket at once (tests/serve/ws_student.py),
each signing in and answering `--questions` questions. Prints the answers lost (answers whose
feedback the student saw but the store does not hold: must be 0), the median and 95th percentile
from sending an answer's key to seeing its feedback, and the memory of one session's app process
(RSS and PSS, sampled while all are open). The baseline is one student alone, measured in the same
run; the ratio says how much a full class slows an answer.

Part 2: the store alone on PostgreSQL: `--connections` connections (threads, one student each) recording
`--answers` answers each at once, against one connection recording as many in the same run.
Prints answers per second and the 95th percentile per answer.

Loopback only (unix socket for PostgreSQL, 127.0.0.1 for serve); every part is bounded by
--time-limit seconds. PostgreSQL runs with its default durability (fsync on), as SQLite does with
synchronous=FULL. Needs initdb/pg_ctl on PATH for the PostgreSQL parts (skipped otherwise).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "serve")]

from postgres_support import PostgresServer, missing_programs, start_server  # noqa: E402
from tests_serve_support import Served, start_serve  # noqa: E402
from timing import report_figure  # noqa: E402
from ws_student import StudentTab  # noqa: E402

from quizapp.domain.scheduling import Rating, Scheduler  # noqa: E402
from quizapp.roster import Roster  # noqa: E402
from quizapp.storage import Store  # noqa: E402

BANK_TITLE = "Load bank"
STEP_WAIT_S = 240.0
"""How long a student waits for one screen before giving up (30 apps start slowly on a shared machine)."""


def write_bank(folder: Path, questions: int) -> Path:
    """A bank of multiple-choice questions whose first choice is right, never shuffled (key 1 answers)."""
    lines = ["format = 1", 'id = "load"', f'title = "{BANK_TITLE}"', ""]
    for number in range(questions):
        lines += [
            "[[questions]]",
            f'id = "q{number:02d}"',
            'kind = "multiple_choice"',
            f'prompt = "Load question {number:02d}: which is first?"',
            'choices = ["first", "second", "third"]',
            'answer = "first"',
            "shuffle = false",
            'explanation = "The first one."',
            "",
        ]
    path = folder / "load.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _stage(name: str, stage: str) -> None:
    if DEBUG:
        print(f"{time.monotonic():.1f} {name}: {stage}", file=sys.stderr, flush=True)


PROMPT = re.compile(rb"Load question (\d\d)")
RETRY_S = 5.0
RETRIES: list[str] = []
"""Students who typed an answer again because the first key came before the question took keys."""
DEBUG = bool(__import__("os").environ.get("CLASS_LOAD_DEBUG"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def session_memory(server_pid: int) -> tuple[int, float, float]:
    """(app processes, mean RSS MiB, mean PSS MiB) of the server's children now."""
    children = []
    for task in Path(f"/proc/{server_pid}/task").iterdir():
        children += (task / "children").read_text().split()
    rss, pss = [], []
    for child in children:
        try:
            status = Path(f"/proc/{child}/status").read_text()
            rollup = Path(f"/proc/{child}/smaps_rollup").read_text()
        except OSError:
            continue
        rss.append(int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1]) / 1024)
        pss.append(int(next(line for line in rollup.splitlines() if line.startswith("Pss:")).split()[1]) / 1024)
    if not rss:
        return 0, 0.0, 0.0
    return len(rss), statistics.mean(rss), statistics.mean(pss)


async def one_student(url: str, name: str, code: str, questions: int, latencies: list[float], seen: list[str]) -> None:
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        tab = StudentTab(http, url, wait_s=STEP_WAIT_S)
        status = await tab.sign_in(name, code)
        if status != 303:
            raise RuntimeError(f"{name} could not sign in ({status})")
        await tab.open()
        _stage(name, "open")
        await tab.start_last_bank(BANK_TITLE)
        _stage(name, "started")
        answered: set[bytes] = set()
        for number in range(questions):
            # a question not answered yet: the feedback screen still shows the last one's prompt
            done = frozenset(answered)
            await tab.wait_until(lambda output, done=done: bool(set(PROMPT.findall(output)) - done), "a new question")
            answered |= set(PROMPT.findall(bytes(tab._output)))
            _stage(name, f"question {number}")
            await tab.quiet(0.2)
            sent = await tab.type("1")
            try:
                shown = await tab.wait_for("Right", timeout=RETRY_S)
            except TimeoutError:  # typed before the question took keys: type it again
                RETRIES.append(name)
                sent = await tab.type("1")
                shown = await tab.wait_for("Right")
            latencies.append((shown - sent) * 1000)
            seen.append(name)
            await tab.type("\r")
        await tab.close()


async def run_class(
    served: Served, codes: dict[str, str], questions: int
) -> tuple[list[float], int, tuple[int, float, float], list[BaseException]]:
    """Every student at once; (latencies ms, answers seen, memory: the largest sample with one app per
    student, or failing that the one with the most apps)."""
    latencies: list[float] = []
    seen: list[str] = []
    best = (0, 0.0, 0.0)

    async def sample() -> None:
        nonlocal best
        while True:
            current = session_memory(served.process.pid)
            # the most sessions, and among samples with one app per student the largest (apps
            # grow from their start to their first question)
            full = current[0] == len(codes)
            if (full and (best[0] != len(codes) or current[1] > best[1])) or (not full and current[0] > best[0]):
                best = current
            await asyncio.sleep(1)

    sampler = asyncio.create_task(sample())
    try:
        outcomes = await asyncio.gather(
            *(one_student(served.url, n, c, questions, latencies, seen) for n, c in codes.items()),
            return_exceptions=True,
        )
    finally:
        sampler.cancel()
    return latencies, seen, best, [outcome for outcome in outcomes if isinstance(outcome, BaseException)]


def enrol(data: Path | str, prefix: str, count: int) -> dict[str, str]:
    with Store.open(data) as store:
        return dict(Roster(store).add([f"{prefix}{number:02d}" for number in range(count)], "load"))


def stored_answers(data: Path | str, names: list[str]) -> dict[str, int]:
    with Store.open(data) as store:
        return {name: len(list(store.reviews(store.profile(name).id))) for name in names}


def serve_part(label: str, data: Path | str, bank: Path, students: int, questions: int, limit: float) -> None:
    served = start_serve(data, "--bank", str(bank), "--max-sessions", str(students + 5), profile=None, sign_in=True)
    try:
        alone_codes = enrol(data, "solo", 1)
        class_codes = enrol(data, "student", students)
        alone, _, _, alone_failed = asyncio.run(asyncio.wait_for(run_class(served, alone_codes, questions), limit))
        started = time.monotonic()
        latencies, seen, (sessions, rss, pss), failed = asyncio.run(
            asyncio.wait_for(run_class(served, class_codes, questions), limit)
        )
        took = time.monotonic() - started
    finally:
        served.stop()
    stored = stored_answers(data, list(class_codes))
    lost = sum(max(0, seen.count(name) - count) for name, count in stored.items())
    extra = sum(max(0, count - seen.count(name)) for name, count in stored.items())
    base = statistics.median(alone)
    print(f"{label}: {students} students x {questions} answers in {took:.0f} s; answers lost: {lost}")
    report_figure(f"{label}: answers lost", lost, "", target="0")
    if extra:
        print(f"  {extra} answers stored that no feedback was seen for (a key typed twice answered a question)")
    if RETRIES:
        print(f"  {len(RETRIES)} answers typed twice (the first key came before the question took keys)")
        RETRIES.clear()
    for problem in [*alone_failed, *failed][:3]:
        print(f"  a student gave up: {type(problem).__name__}: {problem}")
    if failed:
        print(f"  {len(failed)} of {students} students did not finish; {len(seen)} answers were seen")
    print(
        f"  answer -> feedback: p50 {statistics.median(latencies):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms "
        f"(one student alone: p50 {base:.0f} ms; ratio {statistics.median(latencies) / base:.2f})"
    )
    print(f"  memory per session ({sessions} app processes): RSS {rss:.0f} MiB, PSS {pss:.0f} MiB")
    report_figure(
        f"{label}: answer -> feedback p95",
        percentile(latencies, 0.95),
        "ms",
        ratio=statistics.median(latencies) / base,
        baseline="one student alone (p50)",
    )


def record_answers(url: str, name: str, answers: int, timings: list[float], ready: threading.Barrier) -> None:
    scheduler = Scheduler(fuzz=False)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    with Store.open(url) as store:
        profile_id = store.profile(name).id
        ready.wait()
        for number in range(answers):
            at = start + timedelta(minutes=number)
            began = time.perf_counter()
            store.record_review(
                profile_id=profile_id,
                bank_id="load",
                question_id=f"q{number % 10}",
                session_id=None,
                answered_at=at,
                response="first",
                correct=True,
                score=1.0,
                rating=Rating.GOOD,
                duration_ms=4000,
                answer_hash="h",
                schedule=lambda before, at=at: scheduler.review(before, Rating.GOOD, at),
            )
            timings.append((time.perf_counter() - began) * 1000)


def store_part(pg: PostgresServer, connections: int, answers: int) -> None:
    def measure(url: str, count: int, each: int, prefix: str) -> tuple[float, list[float]]:
        timings: list[float] = []
        ready = threading.Barrier(count + 1)
        threads = [
            threading.Thread(target=record_answers, args=(url, f"{prefix}{n}", each, timings, ready))
            for n in range(count)
        ]
        for thread in threads:
            thread.start()
        ready.wait()
        began = time.perf_counter()
        for thread in threads:
            thread.join()
        return len(timings) / (time.perf_counter() - began), timings

    url = pg.new_database("store_load")
    alone_rate, alone = measure(url, 1, max(50, connections * answers // 4), "alone")
    rate, timings = measure(url, connections, answers, "conn")
    print(f"store alone on PostgreSQL: {connections} connections x {answers} answers")
    print(
        f"  {rate:.0f} answers/s, p50 {statistics.median(timings):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms per answer "
        f"(one connection: {alone_rate:.0f} answers/s, p50 {statistics.median(alone):.1f} ms; "
        f"throughput ratio {rate / alone_rate:.2f})"
    )


def bounded(action: Callable[[], None], label: str) -> None:
    try:
        action()
    except TimeoutError:
        print(f"{label}: did not finish within the time limit")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--answers", type=int, default=20)
    parser.add_argument("--backend", choices=("both", "sqlite", "postgresql"), default="both")
    parser.add_argument("--time-limit", type=float, default=600.0)
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # a stopped benchmark still stops its servers
    with tempfile.TemporaryDirectory(prefix="quizapp-class-load-") as scratch:
        bank = write_bank(Path(scratch), args.questions)
        if args.backend in ("both", "sqlite"):
            bounded(
                lambda: serve_part(
                    "serve on SQLite", Path(scratch) / "class.db", bank, args.students, args.questions, args.time_limit
                ),
                "serve on SQLite",
            )
        if args.backend in ("both", "postgresql"):
            missing = missing_programs()
            if missing:
                print(f"PostgreSQL parts skipped: {', '.join(missing)} not on PATH")
                return 0
            pg = start_server(5433, durable=True)
            try:
                url = pg.new_database("serve_load")
                bounded(
                    lambda: serve_part(
                        "serve on PostgreSQL", url, bank, args.students, args.questions, args.time_limit
                    ),
                    "serve on PostgreSQL",
                )
                store_part(pg, args.connections, args.answers)
            finally:
                pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
