"""`quizapp import FILE... [--from FORMAT] -o bank.toml|FOLDER`: a teacher's existing questions as banks.

Everything the bank cannot carry over is listed on stderr (and kept as comments above the
question in the bank), so nothing is lost without the teacher knowing. Several files given
together are written into one folder, a bank each, with bank ids no other bank there (or in the
student's banks folder) has: progress is kept under the bank id.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.bank.models import Bank
    from quizapp.interchange.imported import ImportResult

from quizapp.commands.output import add_force_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a GIFT, Aiken, Anki text/CSV or Moodle XML file (several with -o FOLDER: one bank each)",
    )
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=("gift", "aiken", "anki", "moodle-xml"),
        help="the file's format (default: detected from its name and text)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="BANK.toml",
        help="where to write the bank (default: print it); with several files, a folder to write them into",
    )
    add_force_argument(parser)
    parser.add_argument(
        "--id",
        dest="bank_id",
        metavar="ID",
        help="the bank's id (default: the one `quizapp convert` wrote in the file, else from the file name)",
    )
    parser.add_argument("--title", metavar="TEXT", help="the bank's title (default: as for --id)")


def run(args: argparse.Namespace) -> int:
    import sys

    from quizapp.exit_codes import EXIT_BAD_INPUT

    if len(args.files) == 1:
        return _import_one(args.files[0], args.output, args)
    folder_given = args.output and args.output != "-" and Path(args.output).suffix.lower() != ".toml"
    if not folder_given or (Path(args.output).exists() and not Path(args.output).is_dir()):
        print("quizapp: several files need -o FOLDER, the folder to write their banks into", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.bank_id or args.title:
        print("quizapp: --id and --title name one bank; import the files one at a time to use them", file=sys.stderr)
        return EXIT_BAD_INPUT
    folder = Path(args.output)
    folder.mkdir(parents=True, exist_ok=True)
    statuses = []
    written: set[Path] = set()
    for name in args.files:
        output = folder / f"{Path(name).stem or 'imported'}.toml"
        number = 2
        while output in written:  # two sources with one name (a/quiz.gift, b/quiz.gift)
            output = folder / f"{Path(name).stem}-{number}.toml"
            number += 1
        written.add(output)
        statuses.append(_import_one(name, str(output), args))
    return max(statuses)


def _import_one(file: str, output: str | None, args: argparse.Namespace) -> int:
    """Import `file` into `output` (None or '-': print it); its bank id is one no other bank has.

    The banks already written in the same folder count, so files imported together get
    distinct ids even when they are named alike."""
    import sys

    from pydantic import ValidationError

    from quizapp.bank.loader import parse_bank_text
    from quizapp.bank.writer import bank_to_toml
    from quizapp.commands.output import output_refused, write_or_print, write_schema_beside
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.interchange.imported import bank_from_import, header_lines
    from quizapp.interchange.importing import import_file
    from quizapp.interchange.problems import MalformedInput
    from quizapp.text import plural

    if output and output != "-" and Path(output).is_dir():
        print(f"quizapp: {output} is a folder; give the bank file's name, e.g. -o bank.toml", file=sys.stderr)
        return EXIT_BAD_INPUT
    if output_refused(output, force=args.force, data=args.data, reading=[file], writes_bank=True):
        return EXIT_FAILURE
    source = Path(file)
    out_path = Path(output) if output and output != "-" else None
    to_file = out_path is not None
    try:
        result = import_file(source, file, args.source_format)
        bank = bank_from_import(result, bank_id=args.bank_id, title=args.title, source=source)
        if not args.bank_id:
            bank = _with_a_free_id(bank, out_path)
    except MalformedInput as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"quizapp: nothing written: fix {plural(len(error.problems), 'problem')} first", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValidationError as error:
        print(f"quizapp: {args.bank_id or args.title!r} cannot be used: {error.errors()[0]['msg']}", file=sys.stderr)
        return EXIT_BAD_INPUT
    text = bank_to_toml(bank, header=header_lines(result), question_comments=result.comments, schema_comment=to_file)
    _, problems = parse_bank_text(text, output or "<output>")
    if problems:  # our bug, not the teacher's: never write a bank that would not load
        for internal in problems:
            print(f"quizapp: internal error: {internal}", file=sys.stderr)
        return EXIT_FAILURE
    for loss in result.losses:
        print(f"{loss}", file=sys.stderr)
    status = write_or_print(text, output, replace=args.force)
    if status == 0:
        if out_path is not None:
            write_schema_beside(out_path)
        imported = f"imported {plural(len(bank.questions), 'question')} from {file} ({result.format})"
        print(f"{imported}; {_summary(result)}", file=sys.stderr)
    return status


def _with_a_free_id(bank: Bank, output: Path | None) -> Bank:
    """The bank, its id numbered (`geo-2`) when a bank beside the output or in the student's banks
    folder already has it: two banks with one id would share one student's progress."""
    import sys

    from quizapp.paths import user_banks_dir

    folders = {user_banks_dir(), *([output.parent] if output is not None else [])}
    taken = {
        bank_id
        for folder in folders
        for bank_id, path in _bank_ids(folder)
        if output is None or path.resolve() != output.resolve()
    }
    if bank.id not in taken:
        return bank
    number = 2
    while f"{bank.id}-{number}" in taken:
        number += 1
    new_id = f"{bank.id}-{number}"
    print(f"quizapp: bank id {bank.id!r} is taken by another bank; this one is {new_id!r}", file=sys.stderr)
    return bank.model_copy(update={"id": new_id})


def _bank_ids(folder: Path) -> Iterator[tuple[str, Path]]:
    """(id, file) of every bank file in `folder` that has a readable id."""
    import tomli

    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.toml")):
        try:
            bank_id = tomli.loads(path.read_text(encoding="utf-8")).get("id")
        except (OSError, UnicodeDecodeError, tomli.TOMLDecodeError):
            continue
        if isinstance(bank_id, str):
            yield bank_id, path


def _summary(result: ImportResult) -> str:
    """What was lost, then how many explanations were written for questions without feedback."""
    from quizapp.text import plural

    lost = f"{plural(len(result.lost), 'thing')} not carried over (listed above)" if result.lost else "nothing lost"
    count = result.without_feedback
    if not count:
        return lost
    which = "its explanation states" if count == 1 else "their explanations state"
    return f"{lost}; {plural(count, 'question')} had no feedback, so {which} the answer"
