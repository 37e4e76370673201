"""`quizapp stats [--json] [--bank PATH]`: counts, accuracy, recall and forecast per bank and tag."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from quizapp.domain.stats import Accuracy, GroupStats, StatsReport
    from quizapp.storage import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of text")


def run(args: argparse.Namespace) -> int:
    import json
    import sys
    import tempfile
    from pathlib import Path

    from quizapp.bank.catalog import discover_banks
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.paths import default_db_path, default_profile
    from quizapp.storage import InvalidValue, StoreError
    from quizapp.study_service import StudyService
    from quizapp.text import displayable

    chosen = args.bank
    loaded = discover_banks(chosen, include_defaults=not chosen)
    for entry in loaded:
        if not entry.ok:
            first = entry.problems[0] if entry.problems else f"{entry.shown_as}: cannot be loaded"
            print(displayable(f"quizapp: skipped {first} (see quizapp validate {entry.shown_as})"), file=sys.stderr)
    banks = [entry.bank for entry in loaded if entry.ok and entry.bank is not None]
    if chosen and not banks:
        return EXIT_BAD_INPUT
    db_path = default_db_path(args.data)
    name = default_profile(args.profile)
    try:
        # Reading must not write: the progress file is opened read-only, and a student with no answers
        # yet (or a misspelt --profile) gets the numbers of a new student from an empty scratch file.
        with (
            tempfile.TemporaryDirectory(prefix="quizapp-stats-") as scratch,
            _reading_store(db_path, name, Path(scratch, "empty.db")) as store,
        ):
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


def _reading_store(db_path: Path | str, name: str, scratch: Path) -> Store:
    """The progress file read-only when it has the profile, else an empty scratch store (after saying so)."""
    import sys

    from quizapp.storage import Store

    if (
        isinstance(db_path, str) or db_path.exists()
    ):  # a server; a folder, an empty file, a damaged one: StoreError says which and what to do
        store = Store.open_read_only(db_path)
        if store.find_profile(name) is not None:
            return store
        store.close()
        print(f"quizapp: no answers saved for profile {name!r} yet: every question is new", file=sys.stderr)
    else:
        print(f"quizapp: no progress file at {db_path} yet: every question is new", file=sys.stderr)
    return Store.open(scratch)


def format_report(report: StatsReport) -> str:
    """The report as text for a terminal: one block per bank, a table of its tags."""
    from quizapp.text import displayable, plural

    today = "studied today" if report.studied_today else "not yet today"
    lines = [f"Profile {displayable(report.profile)} · streak {plural(report.streak_days, 'day')} ({today})"]
    if not report.banks:
        lines.append("No banks to show.")
    for bank in report.banks:
        group = bank.overall
        lines += [
            "",
            f"{displayable(bank.title)} ({displayable(bank.bank_id)}) · {plural(group.total, 'question')}",
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
    """The tags as aligned columns: rich measures each name in terminal cells, so a tag in Chinese or with
    accents lines up like one in ASCII (Python's padding counts characters, not cells)."""
    from io import StringIO

    from rich.box import SIMPLE_HEAD
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from quizapp.text import displayable

    table = Table(box=SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 1))
    table.add_column("tag", no_wrap=True, overflow="fold")
    for column in ("total", "new", "learn", "due", "mature", "acc", "7d", "recall"):
        table.add_column(column, justify="right", no_wrap=True)
    for tag in tags:
        table.add_row(
            Text(displayable(tag.name)),
            *map(str, (tag.total, tag.new, tag.learning, tag.due, tag.mature)),
            _percent(tag.accuracy.percent),
            _percent(tag.accuracy_recent.percent),
            _percent(None if tag.recall is None else 100 * tag.recall),
        )
    out = StringIO()
    Console(file=out, width=200, color_system=None, highlight=False).print(table)
    return ["  " + line.rstrip() for line in out.getvalue().splitlines() if line.strip()]
