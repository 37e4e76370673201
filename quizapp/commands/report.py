"""`quizapp report results/*.json [--bank BANK.toml] [--csv out.csv]`: the class's scores and an item analysis.

The key comes from the bank (`--bank`, else the banks quizapp knows), never from the students' files;
files and sections that cannot be used are named with the reason and left out; the rest is reported.
"""

from __future__ import annotations

import argparse

from quizapp.commands.output import add_force_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="RESULTS.json", help="results files made by `quizapp results`")
    parser.add_argument(
        "--bank",
        action="append",
        default=[],
        dest="report_banks",
        metavar="PATH",
        help="the bank the results answer, file or folder (repeatable; default: the bundled banks and yours)",
    )
    parser.add_argument("--csv", metavar="FILE", help="also write the report as CSV for a spreadsheet")
    add_force_argument(parser)
    parser.add_argument(
        "--attempt",
        choices=("first", "last"),
        default="first",
        help="which answer counts when a student answered a question several times (default: first)",
    )


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from quizapp.bank.catalog import discover_banks
    from quizapp.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.commands.output import output_refused, write_or_print
    from quizapp.teacher.checking import check_against_banks
    from quizapp.teacher.report import build_report
    from quizapp.teacher.report_csv import report_csv
    from quizapp.teacher.results import UnreadableResults, read_results
    from quizapp.text import displayable

    chosen = [*args.report_banks, *args.bank]
    known = discover_banks(chosen, include_defaults=not chosen)
    for entry in known:
        if chosen and not entry.ok:
            for problem in entry.problems:
                print(f"quizapp: bank left out: {problem}", file=sys.stderr)
    banks = {entry.bank.id: entry.bank for entry in known if entry.ok and entry.bank is not None}
    reading = [*args.files, *(entry.path for entry in known)]
    if output_refused(args.csv, force=args.force, data=args.data, reading=reading):
        return EXIT_FAILURE
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
            print(displayable(f"quizapp: left out: {error}"), file=sys.stderr)
            rejected += 1
    checked = check_against_banks(loaded, banks)
    for warning in checked.warnings:
        print(displayable(f"quizapp: left out: {warning}"), file=sys.stderr)
    rejected += checked.left_out
    if not checked.files:
        print("quizapp: no usable results files", file=sys.stderr)
        return EXIT_BAD_INPUT
    report = build_report(checked.files, args.attempt)
    _print_report(report)
    if args.csv and write_or_print(report_csv(report), args.csv) != 0:
        return 1
    return EXIT_BAD_INPUT if rejected else EXIT_OK


def _print_report(report: object) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from quizapp.teacher.report import ClassReport
    from quizapp.text import displayable, plural

    assert isinstance(report, ClassReport)
    console = Console(highlight=False)
    for warning in report.warnings:
        console.print(Text(displayable(f"warning: {warning}"), style="yellow"))
    for version in report.versions:
        console.print()
        heading = displayable(f"{version.title} ({version.bank_id}, version {version.content_hash})")
        students = Table(title=Text(heading, style="bold"), title_justify="left")
        for column in ("Student", "Answered", "Right", "Score %"):
            students.add_column(column, justify="left" if column == "Student" else "right")
        for student in version.students:
            score = "–" if student.score is None else f"{100 * student.score:.1f}"
            students.add_row(
                Text(displayable(student.student)), f"{student.answered}/{student.total}", str(student.right), score
            )
        console.print(students)
        size = version.group_size
        groups = f"top {plural(size, 'student')} against bottom {size}" if size else "needs two students"
        items = Table(title=f"Questions (discrimination: {groups})", title_justify="left")
        for column in ("Question", "Answered", "Facility", "Discrimination", "Flags"):
            items.add_column(column, justify="left" if column in ("Question", "Flags") else "right")
        for item in version.items:
            facility = "–" if item.facility is None else f"{item.facility:.2f}"
            discrimination = "–" if item.discrimination is None else f"{item.discrimination:+.2f}"
            flags = Text(displayable(", ".join(item.flags)), style="red" if "miskeyed?" in item.flags else "yellow")
            items.add_row(Text(displayable(item.question_id)), str(item.answered), facility, discrimination, flags)
        console.print(items)
