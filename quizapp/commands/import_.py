"""`quizapp import FILE [--from gift|aiken|anki] -o bank.toml`: a teacher's existing questions as a bank.

Everything the bank cannot carry over is listed on stderr (and kept as comments above the
question in the bank), so nothing is lost without the teacher knowing.
"""

from __future__ import annotations

import argparse

from quizapp.commands.output import add_output_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a GIFT, Aiken or Anki text/CSV file")
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=("gift", "aiken", "anki"),
        help="the file's format (default: detected from its name and text)",
    )
    add_output_arguments(parser, metavar="BANK.toml", what="the bank")
    parser.add_argument("--id", dest="bank_id", metavar="ID", help="the bank's id (default: from the file name)")
    parser.add_argument("--title", metavar="TEXT", help="the bank's title (default: from the file name)")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from pydantic import ValidationError

    from quizapp.bank.loader import parse_bank_text
    from quizapp.bank.writer import bank_to_toml
    from quizapp.cli import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.commands.output import output_refused, write_or_print
    from quizapp.interchange.imported import bank_from_import, header_lines
    from quizapp.interchange.importing import import_file
    from quizapp.interchange.problems import MalformedInput
    from quizapp.text import plural

    if output_refused(args.output, force=args.force, data=args.data, reading=[args.file], writes_bank=True):
        return EXIT_FAILURE
    source = Path(args.file)
    try:
        result = import_file(source, args.file, args.source_format)
        bank = bank_from_import(result, bank_id=args.bank_id, title=args.title, source=source)
    except MalformedInput as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"quizapp: nothing written: fix {plural(len(error.problems), 'problem')} first", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValidationError as error:
        print(f"quizapp: {args.bank_id or args.title!r} cannot be used: {error.errors()[0]['msg']}", file=sys.stderr)
        return EXIT_BAD_INPUT
    text = bank_to_toml(bank, header=header_lines(result), question_comments=result.comments)
    _, problems = parse_bank_text(text, args.output or "<output>")
    if problems:  # our bug, not the teacher's: never write a bank that would not load
        for problem in problems:
            print(f"quizapp: internal error: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    for loss in result.losses:
        print(f"{loss}", file=sys.stderr)
    status = write_or_print(text, args.output)
    if status == 0:
        print(
            f"imported {plural(len(bank.questions), 'question')} from {args.file} ({result.format}); "
            + (
                f"{plural(len(result.losses), 'thing')} not carried over (listed above)"
                if result.losses
                else "nothing lost"
            ),
            file=sys.stderr,
        )
    return status
