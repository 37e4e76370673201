"""`quizapp repair FILE [-o NEW]`: every answer that can still be read from a damaged progress file, in a new one.

The damaged file is only read (a copy of it, in fact); the new file is a sound progress file that
`quizapp --data NEW` studies with at once. What was saved, and what could not be, is reported.
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the damaged progress file (e.g. progress.db.corrupt-...)")
    parser.add_argument(
        "-o", "--output", metavar="NEW", help="the new progress file to write (default: <name>-repaired.db beside FILE)"
    )


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from quizapp.commands.output import output_refused
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.storage import StoreError
    from quizapp.storage.repair import salvage
    from quizapp.text import plural

    damaged = Path(args.file)
    if not damaged.is_file():
        print(f"quizapp: {args.file}: no such file (give the damaged progress file)", file=sys.stderr)
        return EXIT_BAD_INPUT
    output = args.output or str(damaged.with_name(damaged.name.split(".")[0] + "-repaired.db"))
    if output_refused(output, force=False, data=args.data, reading=[damaged]):
        return EXIT_FAILURE
    try:
        result = salvage(damaged, Path(output))
    except StoreError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_FAILURE
    if not result.readable:
        print(
            f"quizapp: nothing could be read from {args.file}: it is not an SQLite database, or its first page "
            "is lost; nothing was written",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    saved = result.saved
    print(
        f"saved {plural(saved['reviews'], 'answer')}, {plural(saved['profiles'], 'profile')}, "
        f"{plural(saved['sessions'], 'session')} and {plural(saved['cards'], 'schedule')} from {args.file} "
        f"into {output}",
        file=sys.stderr,
    )
    if result.damaged_tables:
        lost = ", ".join(sorted(result.damaged_tables))
        print(f"some rows could not be read ({lost}): they were on damaged pages", file=sys.stderr)
    print(f"study with it: quizapp --data {output}  (or put it in place of the damaged file)", file=sys.stderr)
    return EXIT_OK
