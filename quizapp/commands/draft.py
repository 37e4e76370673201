"""`quizapp draft ARTICLE`: a question bank drafted from a news article, for the teacher to review."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", metavar="ARTICLE", help="the article: plain text, Markdown or HTML")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the bank to FILE instead of printing it")
    parser.add_argument("--title", metavar="T", help="title of the bank (default: the article's headline)")
    parser.add_argument(
        "--json", action="store_true", help="print what was extracted (people, quotations, events, facts) instead"
    )
    parser.add_argument("--review", action="store_true", help="review the questions in the app before writing")


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from quizapp.cli import EXIT_BAD_INPUT
    from quizapp.commands.output import write_or_print
    from quizapp.draft import ArticleError, NothingToAsk, draft_article, read_article
    from quizapp.draft.extraction import extract
    from quizapp.text import plural

    if args.review:
        print("quizapp: draft --review is not available yet; draft with -o and edit the file", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        text = read_article(args.article)
    except ArticleError as error:
        print(f"quizapp: {args.article}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        extraction = extract(text)
        return write_or_print(json.dumps(extraction.to_json(), indent=2, ensure_ascii=False), args.output)
    try:
        draft = draft_article(text, title=args.title)
    except NothingToAsk as error:
        print(f"quizapp: {args.article}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    status = write_or_print(draft.to_toml(), args.output)
    if status == 0:
        counts = plural(len(draft.questions), "question")
        print(f"drafted {counts} from {args.article}: review them before students use the bank", file=sys.stderr)
    return status
