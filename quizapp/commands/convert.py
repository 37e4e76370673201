"""`quizapp convert bank.toml -o bank.gift|bank.xml`: a bank as GIFT or Moodle XML, for an LMS such as Moodle.

The format is `--to`, else the output's suffix (`.xml` is Moodle XML), else GIFT. Whatever the
format cannot express is listed on stderr, question by question.
"""

from __future__ import annotations

import argparse

from quizapp.commands.output import add_output_arguments

FORMAT_NAMES = {"gift": "GIFT", "moodle-xml": "Moodle XML"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bank_file", metavar="BANK.toml", help="the quizapp bank to convert")
    parser.add_argument(
        "--to",
        choices=tuple(FORMAT_NAMES),
        help="the output format (default: moodle-xml for an -o name ending in .xml, else gift)",
    )
    add_output_arguments(parser, what="the converted bank")


def run(args: argparse.Namespace) -> int:
    import sys

    from quizapp.bank.loader import load_bank
    from quizapp.commands.output import output_refused, write_or_print
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.interchange.gift_writer import bank_to_gift
    from quizapp.interchange.moodle_xml_writer import bank_to_moodle_xml
    from quizapp.text import plural

    if output_refused(args.output, force=args.force, data=args.data, reading=[args.bank_file]):
        return EXIT_FAILURE
    loaded = load_bank(args.bank_file)
    if not loaded.ok or loaded.bank is None:
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    chosen = args.to or ("moodle-xml" if (args.output or "").lower().endswith(".xml") else "gift")
    writer = bank_to_moodle_xml if chosen == "moodle-xml" else bank_to_gift
    export = writer(loaded.bank, args.bank_file)
    for loss in export.losses:
        print(loss, file=sys.stderr)
    status = write_or_print(export.text, args.output, replace=args.force)
    if status == 0:
        total = len(loaded.bank.questions)
        print(
            f"converted {export.written} of {plural(total, 'question')} to {FORMAT_NAMES[chosen]}; "
            + (
                f"{plural(len(export.losses), 'thing')} not carried over (listed above)"
                if export.losses
                else "nothing lost"
            ),
            file=sys.stderr,
        )
    return status
