"""`quizapp draft ARTICLE`: a question bank drafted from a news article, for the teacher to review."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from quizapp.commands.output import add_output_arguments

if TYPE_CHECKING:
    from pathlib import Path

    from quizapp.draft import Draft


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", metavar="ARTICLE", help="the article: plain text, Markdown or HTML")
    add_output_arguments(parser, what="the bank")
    parser.add_argument("--title", metavar="T", help="title of the bank (default: the article's headline)")
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=_publication_date,
        help="the day the article was published, when its text does not say: events are dated and ordered from it "
        "('last Tuesday', 'March 3'); without it, an undated article asks no ordering question it cannot be sure of",
    )
    parser.add_argument(
        "--json", action="store_true", help="print what was extracted (people, quotations, events, facts) instead"
    )
    parser.add_argument(
        "--review",
        action="store_true",
        help="keep, drop and reword the questions in the app, then write the kept ones "
        "(to FILE, or ARTICLE's name with .toml beside it)",
    )


def _publication_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2024-03-25") from None


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from quizapp.commands.output import output_refused, write_or_print
    from quizapp.draft import ArticleError, NothingToAsk, draft_article, read_article
    from quizapp.draft.extraction import extract
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.text import plural

    if args.review and args.json:
        print("quizapp: --review and --json do not go together: --json only prints what was extracted", file=sys.stderr)
        return EXIT_BAD_INPUT
    bank = not args.json  # --json writes what was extracted, not a bank
    if not args.review and output_refused(  # --review asks in the app before replacing a file
        args.output, force=args.force, data=args.data, reading=[args.article], writes_bank=bank
    ):
        return EXIT_FAILURE
    warnings: list[str] = []
    try:
        text = read_article(args.article, warnings)
    except ArticleError as error:
        print(f"quizapp: {args.article}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from quizapp.draft.extraction import MAX_ARTICLE_CHARS

    if len(text) > MAX_ARTICLE_CHARS:
        warnings.append(f"only the first {MAX_ARTICLE_CHARS:,} of {len(text):,} characters are drafted from")
    for warning in warnings:
        print(f"quizapp: {args.article}: warning: {warning}", file=sys.stderr)
    if args.json:
        extraction = extract(text, args.date)
        return write_or_print(
            json.dumps(extraction.to_json(), indent=2, ensure_ascii=False), args.output, replace=args.force
        )
    try:
        draft = draft_article(text, title=args.title, date=args.date, include_unsure=args.review)
    except NothingToAsk as error:
        print(f"quizapp: {args.article}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.review:
        return review(draft, args)
    status = write_or_print(draft.to_toml(), args.output, replace=args.force)
    if status == 0:
        counts = plural(len(draft.questions), "question")
        print(f"drafted {counts} from {args.article}: review them before students use the bank", file=sys.stderr)
    return status


def review_output(article: str, output: str | None) -> tuple[Path | None, str | None]:
    """Where the review writes: -o FILE, else the article's name with .toml beside it; or why it cannot.

    Checked before the app opens, so a teacher never reviews a draft only to find it cannot be written.
    """
    import tempfile
    from pathlib import Path

    if output == "-":
        return None, "--review writes a file, not standard output: give -o FILE"
    path = Path(output) if output else Path(article).with_suffix(".toml")
    if path.is_dir():
        return None, f"{path} is a folder: give -o FILE"
    if not path.parent.is_dir():
        return None, f"cannot write {path}: no folder {path.parent}"
    if path.resolve() == Path(article).resolve():
        return None, f"{path} is the article itself: give -o FILE"
    try:  # for real, before the teacher spends a review on it (the file is written beside, then moved)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".quizapp-probe-"):
            pass
    except OSError as error:
        return None, f"cannot write in {path.parent}: {error.strerror or error}"
    return path, None


def review(draft: Draft, args: argparse.Namespace) -> int:
    """Open the review screen on a good draft; Textual is imported only now."""
    import sys

    from quizapp.commands.output import output_problem
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.text import plural

    path, problem = review_output(args.article, args.output)
    if path is not None:  # replacing an existing bank is asked in the app; the progress file, never
        problem = output_problem(str(path), force=True, data=args.data, writes_bank=True)
        path = None if problem else path
    if path is None:
        print(f"quizapp: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not (sys.stdin.isatty() and sys.stderr.isatty()):  # Textual reads stdin and draws on stderr
        print("quizapp: --review opens the app and needs a terminal; draft with -o FILE instead", file=sys.stderr)
        return EXIT_BAD_INPUT
    from quizapp.tui.draft_review import ReviewApp

    result = ReviewApp(draft, path).run()
    if result is None:
        print("quizapp: nothing written: the review ended before writing", file=sys.stderr)
        return EXIT_FAILURE
    print(f"wrote {plural(result.kept, 'question')} of {result.total} to {result.path}", file=sys.stderr)
    return 0
