"""`quizapp export --format csv|json [-o FILE] [--all-profiles]`: every answer, for a spreadsheet or a teacher."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from quizapp.commands.output import add_output_arguments

if TYPE_CHECKING:
    from quizapp.storage import ExportRow

COLUMNS = (
    "review_id",
    "profile",
    "bank_id",
    "question_id",
    "session_id",
    "mode",
    "answered_at",
    "correct",
    "score",
    "rating",
    "suggested_rating",
    "duration_ms",
    "response",
    "answer_hash",
    "stage_after",
    "stability_after",
    "difficulty_after",
    "due_after",
)
"""One row per answer, oldest first. Times are ISO 8601 in UTC. In CSV, `response` is the text
typed or chosen, true/false, or JSON for answers of several parts (a list, or pairs)."""


class Writable(Protocol):
    """Where an export goes: a file, standard output, or a terminal (_ScreenOut)."""

    def write(self, text: str, /) -> int: ...


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("csv", "json"), default="csv", help="csv (default) or json")
    add_output_arguments(parser, what="the answers")
    parser.add_argument(
        "--all-profiles", action="store_true", help="every profile's answers (default: the current profile's)"
    )


def run(args: argparse.Namespace) -> int:
    """Rows go from the store to the file as they are read: 100,000 answers never sit in memory."""
    import sys
    from pathlib import Path

    from quizapp.commands.output import output_refused, profile_or_explain, progress_file_or_explain
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.files import replaced_atomically
    from quizapp.paths import default_db_path, default_profile
    from quizapp.storage import Store, StoreError
    from quizapp.text import plural

    db_path = default_db_path(args.data)
    if not progress_file_or_explain(db_path) or output_refused(args.output, force=args.force, data=args.data):
        return EXIT_FAILURE
    write = write_csv if args.format == "csv" else write_json
    to_screen = args.output in (None, "-")
    try:
        with Store.open_read_only(db_path) as store:
            profile_id = None
            if not args.all_profiles:
                profile = profile_or_explain(store, default_profile(args.profile))
                if profile is None:
                    return EXIT_BAD_INPUT
                profile_id = profile.id
            records = (export_record(row) for row in store.export_rows(profile_id))
            if to_screen:
                count = write(records, _ScreenOut() if sys.stdout.isatty() else sys.stdout)
            else:
                with replaced_atomically(Path(args.output), replace=args.force) as file:
                    count = write(records, file)
    except StoreError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        raise  # `quizapp export | head`: the reader has all it wanted (cli.main ends quietly)
    except OSError as error:
        where = "standard output" if to_screen else args.output
        print(f"quizapp: cannot write {where}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILURE
    if not to_screen:
        print(f"wrote {args.output}: {plural(count, 'answer')} exported", file=sys.stderr)
    return 0


def export_record(row: ExportRow) -> dict[str, Any]:
    """One answer as plain values (an ExportRow from the store)."""
    review, after = row.review, row.review.card_after
    return {
        "review_id": review.id,
        "profile": row.profile,
        "bank_id": review.bank_id,
        "question_id": review.question_id,
        "session_id": review.session_id,
        "mode": row.mode,
        "answered_at": review.answered_at.isoformat(),
        "correct": review.correct,
        "score": review.score,
        "rating": review.rating.label,
        "suggested_rating": review.suggested_rating.label if review.suggested_rating else review.rating.label,
        "duration_ms": review.duration_ms,
        "response": review.response,
        "answer_hash": review.answer_hash,
        "stage_after": after.stage.name.lower() if after else None,  # None: still unscheduled (practice, exam)
        "stability_after": after.stability if after else None,
        "difficulty_after": after.difficulty if after else None,
        "due_after": after.due.isoformat() if after else None,
    }


def write_json(records: Iterable[dict[str, Any]], out: Writable) -> int:
    """`{"format": 1, "reviews": [...]}` with one answer per line; how many were written."""
    import json

    out.write('{"format": 1, "reviews": [')
    count = 0
    for record in records:
        out.write((",\n " if count else "\n ") + json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


def write_csv(records: Iterable[dict[str, Any]], out: Writable) -> int:
    """A header and one row per answer; how many were written."""
    import csv

    from quizapp.spreadsheet import safe_cell

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        count += 1
        cells = dict(record)
        cells["response"] = _response_cell(record["response"])
        cells["correct"] = int(record["correct"])
        writer.writerow(safe_cell(cells[column]) for column in COLUMNS)
    return count


def _response_cell(response: Any) -> str:
    import json

    if isinstance(response, str):
        return response
    if isinstance(response, bool):
        return "true" if response else "false"
    return json.dumps(response, ensure_ascii=False)


class _ScreenOut:
    """Standard output when it is a terminal: answers typed by students are shown, not obeyed."""

    def write(self, text: str) -> int:
        import sys

        from quizapp.commands.output import for_stdout

        return sys.stdout.write(for_stdout(text))
