"""`quizapp convert bank.toml -o bank.gift`: a bank as GIFT, for uploading into an LMS such as Moodle.

Whatever GIFT cannot express is listed on stderr, question by question.
"""

from __future__ import annotations

import argparse

from quizapp.commands.output import add_output_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bank_file", metavar="BANK.toml", help="the quizapp bank to convert")
    parser.add_argument("--to", choices=("gift",), default="gift", help="the output format (default: gift)")
    add_output_arguments(parser, what="the GIFT file")


def run(args: argparse.Namespace) -> int:
    import sys

    from quizapp.bank.loader import load_bank
    from quizapp.commands.output import output_refused, write_or_print
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.interchange.gift_writer import bank_to_gift
    from quizapp.text import plural

    if output_refused(args.output, force=args.force, data=args.data, reading=[args.bank_file]):
        return EXIT_FAILURE
    loaded = load_bank(args.bank_file)
    if not loaded.ok or loaded.bank is None:
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    export = bank_to_gift(loaded.bank, args.bank_file)
    for loss in export.losses:
        print(loss, file=sys.stderr)
    status = write_or_print(export.text, args.output)
    if status == 0:
        total = len(loaded.bank.questions)
        print(
            f"converted {export.written} of {plural(total, 'question')} to GIFT; "
            + (
                f"{plural(len(export.losses), 'thing')} not carried over (listed above)"
                if export.losses
                else "nothing lost"
            ),
            file=sys.stderr,
        )
    return status
