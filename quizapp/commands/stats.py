"""`quizapp stats [--json] [--bank PATH]`: counts, accuracy, recall and forecast per bank and tag."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from quizapp.domain.stats import Accuracy, GroupStats, StatsReport


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of text")
    parser.add_argument(
        "--bank",
        action="append",
        default=[],
        dest="stats_banks",
        metavar="PATH",
        help="only these bank files or folders (repeatable; default: the bundled banks and yours)",
    )


def run(args: argparse.Namespace) -> int:
    import json
    import sys
    import tempfile
    from pathlib import Path

    from quizapp.bank.catalog import discover_banks
    from quizapp.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.paths import default_db_path, default_profile
    from quizapp.storage import InvalidValue, Store, StoreError
    from quizapp.study import StudyService

    chosen = [*args.bank, *args.stats_banks]
    loaded = discover_banks(chosen, include_defaults=not chosen)
    for entry in loaded:
        if not entry.ok:
            first = entry.problems[0] if entry.problems else f"{entry.shown_as}: cannot be loaded"
            print(f"quizapp: skipped {first} (see quizapp validate {entry.shown_as})", file=sys.stderr)
    banks = [entry.bank for entry in loaded if entry.ok and entry.bank is not None]
    if chosen and not banks:
        return EXIT_BAD_INPUT
    db_path = default_db_path(args.data)
    name = default_profile(args.profile)
    try:
        with tempfile.TemporaryDirectory(prefix="quizapp-stats-") as scratch:
            # Reading must not write: a student with no answers yet (or a misspelt --profile) gets
            # the numbers of a new student from an empty scratch file, and nothing is created.
            source = db_path if _has_profile(db_path, name) else Path(scratch, "empty.db")
            if source != db_path:
                print(f"quizapp: no answers saved for profile {name!r} yet: every question is new", file=sys.stderr)
            with Store.open(source) as store:
                report = StudyService(store, name).stats(banks)
    except InvalidValue as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return EXIT_OK


def _has_profile(db_path: Path | str, name: str) -> bool:
    from quizapp.storage import Store

    if not isinstance(db_path, str) and not db_path.is_file():
        return False
    with Store.open(db_path) as store:
        return store.find_profile(name) is not None


def format_report(report: StatsReport) -> str:
    """The report as text for a terminal: one block per bank, a table of its tags."""
    from quizapp.text import plural

    today = "studied today" if report.studied_today else "not yet today"
    lines = [f"Profile {report.profile} · streak {plural(report.streak_days, 'day')} ({today})"]
    if not report.banks:
        lines.append("No banks to show.")
    for bank in report.banks:
        group = bank.overall
        lines += [
            "",
            f"{bank.title} ({bank.bank_id}) · {plural(group.total, 'question')}",
            f"  new {group.new} · learning {group.learning} · due {group.due} · mature {group.mature}",
            f"  accuracy {_accuracy(group.accuracy)} · last 7 days {_accuracy(group.accuracy_recent)}",
            f"  predicted recall now {_percent(None if group.recall is None else 100 * group.recall)}",
            f"  due in the next 7 days: {' '.join(str(count) for count in group.forecast)} (today first)",
        ]
        if bank.tags:
            lines += _tag_table(bank.tags)
    return "\n".join(lines)


def _accuracy(accuracy: Accuracy) -> str:
    from quizapp.text import plural

    if not accuracy.answers:
        return "– (no answers)"
    return f"{_percent(accuracy.percent)} of {plural(accuracy.answers, 'answer')}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def _tag_table(tags: tuple[GroupStats, ...]) -> list[str]:
    width = max(len("tag"), *(len(tag.name) for tag in tags))
    header = (
        f"  {'tag':<{width}}  {'total':>5} {'new':>5} {'learn':>5} {'due':>5} {'mature':>6}  "
        f"{'acc':>4} {'7d':>4} {'recall':>6}"
    )
    rows = [
        f"  {tag.name:<{width}}  {tag.total:>5} {tag.new:>5} {tag.learning:>5} {tag.due:>5} {tag.mature:>6}  "
        f"{_percent(tag.accuracy.percent):>4} {_percent(tag.accuracy_recent.percent):>4} "
        f"{_percent(None if tag.recall is None else 100 * tag.recall):>6}"
        for tag in tags
    ]
    return [header, *rows]
