"""`quizapp report results/*.json` or `quizapp report --data PATH|URL`: the class's scores and an item analysis.

The answers come from the students' results files, or, without files, straight from the class's store
(--data or QUIZAPP_DATA: the file or PostgreSQL server `quizapp serve` saves to). Either way the key
comes from the bank (`--bank`, else the banks quizapp knows), never from what students send: every
answer is graded again, and files and sections that disagree with the bank are named and left out.
The rest is printed to fit an 80-column terminal, with bar charts (quizapp.teacher.report_text);
`--csv` and `--html` write the same for a spreadsheet or for printing.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from quizapp.commands.arguments import share
from quizapp.commands.output import add_force_argument

if TYPE_CHECKING:
    from quizapp.bank.models import Bank
    from quizapp.interchange.results_file import ResultsFile


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="RESULTS.json", help="results files made by `quizapp results`")
    parser.add_argument(
        "--data",
        dest="report_data",
        metavar="PATH|URL",
        help="without files: read the class's answers from this progress file or postgresql:// server",
    )
    parser.add_argument("--csv", metavar="FILE", help="also write the report as CSV for a spreadsheet")
    parser.add_argument("--html", metavar="FILE", help="also write the report as one HTML page, for printing")
    add_force_argument(parser)
    parser.add_argument(
        "--min-answered",
        type=share,
        default=0.75,
        metavar="SHARE",
        help="leave out of the statistics students who answered less than this share of the questions (default: 0.75)",
    )
    parser.add_argument(
        "--attempt",
        choices=("first", "last"),
        default="first",
        help="which answer counts when a student answered a question several times (default: first)",
    )


def run(args: argparse.Namespace) -> int:
    import shutil
    import sys

    from quizapp.bank.catalog import discover_banks
    from quizapp.commands.output import output_refused, write_or_print
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.teacher.checking import check_against_banks
    from quizapp.teacher.report import build_report
    from quizapp.teacher.report_csv import report_csv
    from quizapp.teacher.report_html import report_html
    from quizapp.teacher.report_text import WIDTH, render
    from quizapp.text import displayable

    from_store = not args.files
    known = discover_banks(args.bank, include_defaults=from_store or not args.bank)
    for entry in known:
        if args.bank and not entry.ok:
            for problem in entry.problems:
                print(f"quizapp: bank left out: {problem}", file=sys.stderr)
    banks = {entry.bank.id: entry.bank for entry in known if entry.ok and entry.bank is not None}
    reading = [*args.files, *(entry.path for entry in known)]
    for output in (args.csv, args.html):
        if output_refused(output, force=args.force, data=args.data, reading=reading):
            return EXIT_FAILURE
    loaded, rejected = _from_store(args, banks) if from_store else _from_files(args.files)
    if loaded is None:
        return EXIT_BAD_INPUT if rejected else EXIT_FAILURE
    checked = check_against_banks(loaded, banks)
    for warning in checked.warnings:
        print(displayable(f"quizapp: left out: {warning}"), file=sys.stderr)
    rejected += checked.left_out
    if not checked.files:
        print("quizapp: no usable results" + ("" if from_store else " files"), file=sys.stderr)
        return EXIT_BAD_INPUT
    report = build_report(checked.files, args.attempt, args.min_answered)
    width = min(WIDTH, max(60, shutil.get_terminal_size((WIDTH, 24)).columns))
    sys.stdout.write(render(report, width))
    if args.csv and write_or_print(report_csv(report), args.csv, replace=args.force) != 0:
        return EXIT_FAILURE
    if args.html and write_or_print(report_html(report), args.html, replace=args.force) != 0:
        return EXIT_FAILURE
    return EXIT_BAD_INPUT if rejected else EXIT_OK


def _from_files(names: list[str]) -> tuple[list[tuple[str, ResultsFile]], int]:
    """(shown name, results) of each readable file, and how many were left out (each named on stderr)."""
    import sys
    from pathlib import Path

    from quizapp.interchange.results_file import UnreadableResults, read_results
    from quizapp.text import displayable

    loaded = []
    rejected = 0
    seen: set[Path] = set()
    for name in names:
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
    return loaded, rejected


def _from_store(args: argparse.Namespace, banks: dict[str, Bank]) -> tuple[list[tuple[str, ResultsFile]] | None, int]:
    """Every student's answers to `banks`, read from the class's store; None (after saying why) when there
    are none to read: (None, 1) for a mistake in what was asked, (None, 0) for a store that failed."""
    import os
    import sys

    from quizapp.class_service import class_results
    from quizapp.domain.clock import utc_now
    from quizapp.paths import DATA_ENV, default_db_path
    from quizapp.storage import Store, StoreError

    chosen = args.report_data or args.data or os.environ.get(DATA_ENV)
    if not chosen:
        print("quizapp: give results files, or --data PATH|URL to read the class's answers", file=sys.stderr)
        return None, 1
    location = default_db_path(chosen)
    if not isinstance(location, str) and not location.is_file():
        print(f"quizapp: no progress file at {location}", file=sys.stderr)
        return None, 1
    try:
        with Store.open_read_only(location) as store:
            loaded = class_results(store, banks, utc_now())
    except StoreError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return None, 0
    if not loaded:
        print("quizapp: no answers to these banks yet (add --bank PATH for the class's bank)", file=sys.stderr)
        return None, 1
    return loaded, 0
