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
from quizapp.exit_codes import EXIT_INTERRUPTED, EXIT_OK

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
    "repair": "save every answer that can be read from a damaged progress file into a new one",
    "class": "the class's sign-in accounts for quizapp serve: add, list, reset, remove, teacher",
}
"""Subcommand name -> one-line help. The module is quizapp.commands.<name> (`import_`, `class_` for keywords)."""


def _module_name(command: str) -> str:
    return f"quizapp.commands.{command}_" if command in ("import", "class") else f"quizapp.commands.{command}"


BANK_COMMANDS: dict[str, str] = {
    "stats": "only these bank files or folders (repeatable; default: the bundled banks and yours)",
    "serve": "also offer this bank file or folder (repeatable)",
    "results": "also these bank files or folders (repeatable)",
    "report": "the bank the answers are to, file or folder (repeatable; default: the bundled banks and yours)",
}
"""Subcommands that take --bank after their name too, with what it means for each."""

_BANK_AFTER_COMMAND = "bank_after_command"


def _add_bank_option(parser: argparse.ArgumentParser, help_text: str, *, after_command: bool = False) -> None:
    """--bank, declared here once: before the command (`quizapp --bank X stats`) or after it.

    argparse lets a subcommand's values replace the main parser's under the same name, so the
    copy after the command collects into its own list, and `main` joins the two into args.bank.
    """
    parser.add_argument(
        "--bank",
        action="append",
        default=[],
        dest=_BANK_AFTER_COMMAND if after_command else "bank",
        metavar="PATH",
        help=help_text,
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
    _add_bank_option(parser, "also study this bank file or folder (repeatable)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary in COMMANDS.items():
        sub = subparsers.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
        if name == chosen:
            importlib.import_module(_module_name(name)).add_arguments(sub)
        if name in BANK_COMMANDS:
            _add_bank_option(sub, BANK_COMMANDS[name], after_command=True)
    return parser


GLOBAL_OPTIONS_WITH_VALUES = ("--data", "--profile", "--bank")


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand: the first word that is not an option or an option's value (`--profile draft
    validate x.toml` studies as 'draft' and validates)."""
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg.startswith("--") and "=" not in arg and len(arg) > 2:
            # argparse accepts any unambiguous prefix (--prof NAME), so match prefixes too
            takes_value = any(option.startswith(arg) for option in GLOBAL_OPTIONS_WITH_VALUES)
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    chosen = _chosen_command(argv)
    args = build_parser(chosen).parse_args(argv)
    args.bank = [*args.bank, *vars(args).pop(_BANK_AFTER_COMMAND, [])]
    try:
        if args.command is None:
            from quizapp.commands.app import run_app

            return run_app(args)
        return int(importlib.import_module(_module_name(args.command)).run(args) or 0)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
