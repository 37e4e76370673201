"""`quizapp serve [--host H] [--port N]`: the app in a web browser, for students without a terminal.

Each browser tab runs its own `quizapp` process (textual-serve) with this command's --data and
--bank, so every tab studies the same banks and saves to the same progress file; without
--profile, each tab first asks who is studying, so every student's answers stay their own.
"""

from __future__ import annotations

import argparse

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def port_number(text: str) -> int:
    """A TCP port, 0 (any free port) to 65535; anything else is bad input for argparse to report."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {port}")
    return port


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default {DEFAULT_HOST}: this computer only; 0.0.0.0 lets other computers in)",
    )
    parser.add_argument(
        "--port",
        type=port_number,
        default=DEFAULT_PORT,
        help=f"port to listen on (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    parser.add_argument(
        "--bank",
        action="append",
        default=[],
        dest="serve_banks",
        metavar="PATH",
        help="also offer this bank file or folder (repeatable; same as quizapp --bank PATH serve)",
    )


def run(args: argparse.Namespace) -> int:
    import os
    import sys
    from pathlib import Path

    from quizapp.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.paths import PROFILE_ENV, default_db_path
    from quizapp.storage import InvalidValue, Store, StoreError

    try:
        from quizapp.serving.server import QuizServer
    except ImportError as error:
        print(f"quizapp serve: needs textual-serve ({error}); pip install textual-serve", file=sys.stderr)
        return EXIT_FAILURE
    from quizapp.serving.listening import PortUnavailable, browser_urls, listen
    from quizapp.serving.session_command import session_command

    banks = [str(Path(bank).expanduser()) for bank in (*args.bank, *args.serve_banks)]  # a quoted ~ too
    missing = [bank for bank in banks if not Path(bank).exists()]
    if missing:
        print(f"quizapp serve: no such bank file or folder: {missing[0]}", file=sys.stderr)
        return EXIT_BAD_INPUT
    chosen = default_db_path(args.data)
    data = chosen if isinstance(chosen, str) else chosen.absolute()
    profile = args.profile or os.environ.get(PROFILE_ENV) or None  # None: each student gives their name
    try:  # fail here, once, rather than in every student's tab
        with Store.open(data) as store:
            where = store.where  # a server's address without its password
            if profile is not None:
                store.profile(profile)
    except InvalidValue as error:
        print(f"quizapp serve: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        print(f"quizapp serve: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        listener = listen(args.host, args.port)
    except PortUnavailable as error:
        print(f"quizapp serve: {error}", file=sys.stderr)
        return EXIT_FAILURE

    server = QuizServer(session_command(data, profile, banks))
    urls = browser_urls(args.host, listener)
    print(f"quizapp serve: open {' or '.join(urls)} in a web browser", flush=True)
    who = f"profile {profile!r}" if profile is not None else "each student gives their name"
    print(f"  {who}, progress saved in {where}; press Ctrl+C to stop", flush=True)
    server.serve_on(listener)
    print("quizapp serve: stopped", flush=True)
    return EXIT_OK
