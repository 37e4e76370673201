"""`quizapp validate PATH...`: every problem of every bank, located; exit 2 when any.

Two banks with one id are a problem too (progress is kept under the id), named at both files.
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="bank files or folders of banks")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def run(args: argparse.Namespace) -> int:
    from quizapp.bank.catalog import flag_duplicate_ids
    from quizapp.bank.loader import load_banks
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_OK
    from quizapp.text import displayable, plural

    loaded = list(flag_duplicate_ids(load_banks(args.paths)))
    problems = [problem for bank in loaded for problem in bank.problems]
    for problem in problems:
        print(problem)
    if not args.quiet:
        for bank in loaded:
            if bank.ok and bank.bank is not None:
                count = len(bank.bank.questions)
                print(displayable(f"{bank.shown_as}: ok, {plural(count, 'question')}"))
        files = sum(1 for bank in loaded if not bank.path.is_dir())
        print(f"{plural(files, 'file')} checked, {plural(len(problems), 'problem')}")
    return EXIT_BAD_INPUT if problems else EXIT_OK
