"""The `quizapp` command line: `quizapp` opens the app; subcommands serve teachers and scripts.

Each subcommand lives in `quizapp/commands/<name>.py` with two functions, `add_arguments`
and `run`; only the chosen one is imported, and each imports its heavy parts inside `run`,
so `quizapp` alone reaches the first screen without paying for drafting or importers.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from quizapp import __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

COMMANDS: dict[str, str] = {
    "validate": "check banks and print every problem as file:line:col: message",
    "schema": "print the JSON Schema of the bank format (for editors)",
    "docs": "print the teacher documentation of the bank format",
    "stats": "print study statistics per bank and tag",
    "export": "write every review to CSV or JSON",
    "profile": "list, add or configure study profiles",
    "draft": "draft a question bank from a news article",
    "import": "convert a GIFT, Aiken or Anki file into a quizapp bank",
    "convert": "convert a quizapp bank to GIFT for an LMS",
    "new": "write a commented bank template to start from",
    "preview": "open the app on one bank file, reloading it when saved",
    "results": "write this profile's answers to a results file for the teacher",
    "report": "summarise a class's results files: scores and item analysis",
    "serve": "serve the app in a web browser (textual-serve)",
    "class": "the class's sign-in accounts for quizapp serve: add, list, reset, remove, teacher",
}
"""Subcommand name -> one-line help. The module is quizapp.commands.<name> (`import_`, `class_` for keywords)."""


def _module_name(command: str) -> str:
    return f"quizapp.commands.{command}_" if command in ("import", "class") else f"quizapp.commands.{command}"


def _add_app_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bank",
        action="append",
        default=[],
        metavar="PATH",
        help="also study this bank file or folder (repeatable)",
    )


def build_parser(chosen: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Study question banks in the terminal with spaced repetition. "
        "Without a command, opens the app on the bundled and your own banks.",
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    parser.add_argument(
        "--data",
        metavar="PATH",
        help="progress file to use, or a postgresql:// URL (default: $QUIZAPP_DATA, else the user data folder)",
    )
    parser.add_argument("--profile", metavar="NAME", help="study profile (default: $QUIZAPP_PROFILE, else 'default')")
    parser.add_argument(
        "--ask-profile",
        action="store_true",
        help="ask who is studying when the app starts (students sharing one progress file)",
    )
    _add_app_arguments(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary in COMMANDS.items():
        sub = subparsers.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
        if name == chosen:
            importlib.import_module(_module_name(name)).add_arguments(sub)
    return parser


def _chosen_command(argv: Sequence[str]) -> str | None:
    return next((arg for arg in argv if arg in COMMANDS), None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    chosen = _chosen_command(argv)
    args = build_parser(chosen).parse_args(argv)
    try:
        if args.command is None:
            from quizapp.commands.app import run_app

            return run_app(args)
        return int(importlib.import_module(_module_name(args.command)).run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
