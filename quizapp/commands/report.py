"""`quizapp report results/*.json [--bank BANK.toml] [--csv out.csv] [--html page.html]`: scores and item analysis.

The key comes from the bank (`--bank`, else the banks quizapp knows), never from the students' files;
files and sections that cannot be used are named with the reason and left out. The rest is printed to
fit an 80-column terminal, with bar charts (quizapp.teacher.report_text); `--html` writes the same as
one self-contained page for printing.
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
    parser.add_argument("--html", metavar="FILE", help="also write the report as one HTML page, for printing")
    parser.add_argument(
        "--min-answered",
        type=_share,
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


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0 to 1") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text} is not from 0 to 1 (0.75 means three quarters)")
    return value


def run(args: argparse.Namespace) -> int:
    import shutil
    import sys
    from pathlib import Path

    from quizapp.bank.catalog import discover_banks
    from quizapp.commands.output import output_refused, write_or_print
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.interchange.results_file import UnreadableResults, read_results
    from quizapp.teacher.checking import check_against_banks
    from quizapp.teacher.report import build_report
    from quizapp.teacher.report_csv import report_csv
    from quizapp.teacher.report_html import report_html
    from quizapp.teacher.report_text import WIDTH, render
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
    report = build_report(checked.files, args.attempt, args.min_answered)
    width = min(WIDTH, max(60, shutil.get_terminal_size((WIDTH, 24)).columns))
    sys.stdout.write(render(report, width))
    if args.csv and write_or_print(report_csv(report), args.csv) != 0:
        return 1
    if args.html and write_or_print(report_html(report), args.html) != 0:
        return 1
    return EXIT_BAD_INPUT if rejected else EXIT_OK
