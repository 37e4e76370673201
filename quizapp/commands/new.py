"""`quizapp new bank.toml`: start a bank from a commented template with one question of each kind.

Also writes the JSON Schema beside it (when absent) so the template's `#:schema` line lets
editors complete and check keys as the teacher types.
"""

from __future__ import annotations

import argparse

from quizapp.commands.output import add_force_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="BANK.toml", help="the bank file to create")
    add_force_argument(parser)
    parser.add_argument("--id", dest="bank_id", metavar="ID", help="the bank's id (default: from the file name)")
    parser.add_argument("--title", metavar="TEXT", help="the bank's title (default: from the file name)")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from quizapp.commands.output import output_refused, write_or_print, write_schema_beside
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.interchange.ids import slugify
    from quizapp.teacher.template import template_text

    path = Path(args.path)
    # a teacher's work is replaced only on --force
    if output_refused(args.path, force=args.force, data=args.data, writes_bank=True):
        return EXIT_FAILURE
    if path.suffix != ".toml":
        print(f"quizapp: {args.path}: a bank file name ends in .toml", file=sys.stderr)
        return EXIT_BAD_INPUT
    bank_id = args.bank_id or slugify(path.stem, 60) or "my-bank"
    title = args.title or path.stem.replace("-", " ").replace("_", " ").strip().capitalize() or "My bank"
    if write_or_print(template_text(bank_id, title, path.name), args.path, replace=args.force) != 0:
        return EXIT_FAILURE
    write_schema_beside(path)
    print(f"next: edit it, then run  quizapp validate {args.path}", file=sys.stderr)
    return 0
