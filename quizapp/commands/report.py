"""`quizapp report results/*.json [--csv out.csv]` or `quizapp report --data PATH|URL`: the class's scores
and an item analysis.

Files that cannot be used are named with the reason and left out; the rest is reported. Without
files, the answers are read straight from the class's store (--data or QUIZAPP_DATA: the file or
PostgreSQL server `quizapp serve` saves to), for the banks found as the app finds them (--bank).
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="RESULTS.json", help="results files made by `quizapp results`")
    parser.add_argument(
        "--data",
        dest="report_data",
        metavar="PATH|URL",
        help="without files: read the class's answers from this progress file or postgresql:// server",
    )
    parser.add_argument(
        "--bank",
        action="append",
        default=[],
        dest="report_banks",
        metavar="PATH",
        help="with --data: the class's bank file or folder (repeatable; the bundled and your banks are read too)",
    )
    parser.add_argument("--csv", metavar="FILE", help="also write the report as CSV for a spreadsheet")
    parser.add_argument(
        "--attempt",
        choices=("first", "last"),
        default="first",
        help="which answer counts when a student answered a question several times (default: first)",
    )


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from quizapp.cli import EXIT_BAD_INPUT, EXIT_OK
    from quizapp.commands.output import write_or_print
    from quizapp.teacher.report import build_report
    from quizapp.teacher.report_csv import report_csv
    from quizapp.teacher.results import UnreadableResults, read_results

    if not args.files:
        return _report_from_store(args)
    loaded = []
    rejected = 0
    seen: set[Path] = set()
    for name in args.files:
        path = Path(name)
        resolved = path.resolve()
        if resolved in seen:
            print(f"quizapp: {name} is given twice; read once", file=sys.stderr)
            continue
        seen.add(resolved)
        try:
            loaded.append((name, read_results(path, name)))
        except UnreadableResults as error:
            print(f"quizapp: left out: {error}", file=sys.stderr)
            rejected += 1
    if not loaded:
        print("quizapp: no usable results files", file=sys.stderr)
        return EXIT_BAD_INPUT
    report = build_report(loaded, args.attempt)
    _print_report(report)
    if args.csv and write_or_print(report_csv(report), args.csv) != 0:
        return 1
    return EXIT_BAD_INPUT if rejected else EXIT_OK


def _report_from_store(args: argparse.Namespace) -> int:
    import os
    import sys

    from quizapp.bank.catalog import discover_banks
    from quizapp.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.commands.output import write_or_print
    from quizapp.domain.clock import utc_now
    from quizapp.paths import DATA_ENV, default_db_path
    from quizapp.storage import Store, StoreError
    from quizapp.teacher.from_store import class_results
    from quizapp.teacher.report import build_report
    from quizapp.teacher.report_csv import report_csv

    chosen = args.report_data or args.data or os.environ.get(DATA_ENV)
    if not chosen:
        print("quizapp: give results files, or --data PATH|URL to read the class's answers", file=sys.stderr)
        return EXIT_BAD_INPUT
    location = default_db_path(chosen)
    if not isinstance(location, str) and not location.is_file():
        print(f"quizapp: no progress file at {location}", file=sys.stderr)
        return EXIT_BAD_INPUT
    found = discover_banks([*args.bank, *args.report_banks])
    banks = {entry.bank.id: entry.bank for entry in found if entry.bank is not None}
    try:
        with Store.open(location) as store:
            loaded = class_results(store, banks, utc_now())
    except StoreError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_FAILURE
    if not loaded:
        print("quizapp: no answers to these banks yet (add --bank PATH for the class's bank)", file=sys.stderr)
        return EXIT_BAD_INPUT
    report = build_report(loaded, args.attempt)
    _print_report(report)
    if args.csv and write_or_print(report_csv(report), args.csv) != 0:
        return 1
    return EXIT_OK


def _print_report(report: object) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from quizapp.teacher.report import ClassReport
    from quizapp.text import plural

    assert isinstance(report, ClassReport)
    console = Console(highlight=False)
    for warning in report.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    for version in report.versions:
        console.print()
        heading = f"{version.title} ({version.bank_id}, version {version.content_hash})"
        students = Table(title=Text(heading, style="bold"), title_justify="left")
        for column in ("Student", "Answered", "Right", "Score %"):
            students.add_column(column, justify="left" if column == "Student" else "right")
        for student in version.students:
            score = "–" if student.score is None else f"{100 * student.score:.1f}"
            students.add_row(Text(student.student), f"{student.answered}/{student.total}", str(student.right), score)
        console.print(students)
        size = version.group_size
        groups = f"top {plural(size, 'student')} against bottom {size}" if size else "needs two students"
        items = Table(title=f"Questions (discrimination: {groups})", title_justify="left")
        for column in ("Question", "Answered", "Facility", "Discrimination", "Flags"):
            items.add_column(column, justify="left" if column in ("Question", "Flags") else "right")
        for item in version.items:
            facility = "–" if item.facility is None else f"{item.facility:.2f}"
            discrimination = "–" if item.discrimination is None else f"{item.discrimination:+.2f}"
            flags = Text(", ".join(item.flags), style="red" if "miskeyed?" in item.flags else "yellow")
            items.add_row(Text(item.question_id), str(item.answered), facility, discrimination, flags)
        console.print(items)
