"""`quizapp serve [--host H] [--port N] [--open]`: the app in a web browser, for students without a terminal.

Each browser tab runs its own `quizapp` process (textual-serve) with this command's --data and
--bank, so every tab studies the same banks and saves to the same progress (a file, or the
school's PostgreSQL server, which several `serve`s can share). Students sign in with the name
and code from `quizapp class add`; each tab then studies as that student only. The teacher's
sign-in opens the live class view. `--open` is the old way, for one computer: no sign-in, each
tab gives a name (or studies as --profile); it is refused on an address other computers reach.
"""

from __future__ import annotations

import argparse

from quizapp.commands.arguments import port_number, positive_float, positive_int

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_IDLE_MINUTES = 30.0


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
        "--open",
        action="store_true",
        help="no sign-in: each tab gives a name, or studies as --profile (only on a loopback address)",
    )
    parser.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="URL",
        help="also let pages from this origin open the app (e.g. https://school.example behind a proxy)",
    )
    parser.add_argument(
        "--max-sessions",
        type=positive_int,
        metavar="N",
        help="at most N browser sessions at once (default: what half this machine's free memory holds)",
    )
    parser.add_argument(
        "--idle-minutes",
        type=positive_float,
        default=DEFAULT_IDLE_MINUTES,
        metavar="M",
        help=f"end a session after M minutes without a keystroke (default {DEFAULT_IDLE_MINUTES:g})",
    )


def run(args: argparse.Namespace) -> int:
    import os
    import sys
    from pathlib import Path

    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.paths import DATA_ENV, PROFILE_ENV, default_db_path

    try:
        from quizapp.serving.server import QuizServer, ServeSettings
    except ImportError as error:
        print(f"quizapp serve: needs textual-serve ({error}); pip install textual-serve", file=sys.stderr)
        return EXIT_FAILURE
    from quizapp.serving.guard import default_max_sessions, is_loopback
    from quizapp.serving.listening import PortUnavailable, browser_urls, listen
    from quizapp.storage import InvalidValue, Store, StoreError

    banks = [str(Path(bank).expanduser()) for bank in args.bank]  # a quoted ~ too
    missing = [bank for bank in banks if not Path(bank).exists()]
    if missing:
        print(f"quizapp serve: no such bank file or folder: {missing[0]}", file=sys.stderr)
        return EXIT_BAD_INPUT
    profile = args.profile or os.environ.get(PROFILE_ENV) or None
    if args.open and not is_loopback(args.host):
        print(
            f"quizapp serve: --open (no sign-in) is only allowed on this computer's own address (127.0.0.1), "
            f"not {args.host}: without it, students sign in with the codes from 'quizapp class add'",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if profile is not None and not args.open:
        print(
            "quizapp serve: --profile goes with --open; with sign-in each student studies as themselves",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    chosen = default_db_path(args.data)
    data = chosen if isinstance(chosen, str) else chosen.absolute()
    try:  # fail here, once, rather than in every student's tab; the store then checks sign-ins
        store = Store.open(data)
    except StoreError as error:
        print(f"quizapp serve: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        if profile is not None:
            store.profile(profile)
        accounts = 0 if args.open else len(store.accounts())
    except InvalidValue as error:
        store.close()
        print(f"quizapp serve: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        store.close()
        print(f"quizapp serve: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        listener = listen(args.host, args.port)
    except PortUnavailable as error:
        store.close()
        print(f"quizapp serve: {error}", file=sys.stderr)
        return EXIT_FAILURE
    if isinstance(data, str):
        os.environ[DATA_ENV] = data  # sessions read it from their environment, not from their command line
    settings = ServeSettings(
        data=None if isinstance(data, str) else data,
        banks=tuple(banks),
        open=args.open,
        profile=profile,
        allowed_origins=tuple(args.allow_origin),
        max_sessions=args.max_sessions or default_max_sessions(),
        idle_minutes=args.idle_minutes,
    )
    server = QuizServer(settings, None if args.open else store)
    urls = browser_urls(args.host, listener)
    print(f"quizapp serve: open {' or '.join(urls)} in a web browser", flush=True)
    if args.open:
        who = f"profile {profile!r}" if profile is not None else "each student gives their name"
        print(f"  no sign-in (--open, this computer only): {who}", flush=True)
    else:
        print(f"  students sign in with their codes ({accounts} accounts; quizapp class add NAME...)", flush=True)
        if not is_loopback(args.host):
            print("  note: plain HTTP: codes cross the network unencrypted; use a trusted network or HTTPS", flush=True)
    print(
        f"  progress saved in {store.where}; at most {settings.max_sessions} sessions; press Ctrl+C to stop", flush=True
    )
    try:
        server.serve_on(listener)
    finally:
        store.close()
    print("quizapp serve: stopped", flush=True)
    return EXIT_OK
