"""`quizapp profile [list | add NAME | set [NAME] --retention R --daily-new N]`: students sharing a machine."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.storage import Profile


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action", nargs="?", choices=("list", "add", "set"), default="list", help="what to do (default: list)"
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="the profile (for set: default the current one)")
    parser.add_argument(
        "--retention",
        type=float,
        metavar="R",
        help="desired retention, 0.70 to 0.99: the chance of remembering a question when it comes back",
    )
    parser.add_argument("--daily-new", type=int, metavar="N", help="new questions introduced per bank and day")


def run(args: argparse.Namespace) -> int:
    import sys

    from quizapp.commands.output import profile_or_explain
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.paths import default_db_path, default_profile
    from quizapp.storage import InvalidValue, NotFound, Store, StoreError

    current = default_profile(args.profile)
    if args.action != "set" and (args.retention is not None or args.daily_new is not None):
        print("quizapp: --retention and --daily-new go with 'profile set'", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.action == "add" and not args.name:
        print("quizapp: name the profile to add: quizapp profile add NAME", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.action == "set" and args.retention is None and args.daily_new is None:
        print("quizapp: nothing to set: give --retention R and/or --daily-new N", file=sys.stderr)
        return EXIT_BAD_INPUT
    db_path = default_db_path(args.data)
    if args.action == "list" and not isinstance(db_path, str) and not db_path.exists():
        _print_profiles([], current)  # listing never creates the file
        return EXIT_OK
    try:
        with Store.open_read_only(db_path) if args.action == "list" else Store.open(db_path) as store:
            if args.action == "list":
                _print_profiles(store.profiles(), current)
            elif args.action == "add":
                if store.find_profile(args.name) is not None:
                    print(f"quizapp: profile {args.name.strip()!r} already exists", file=sys.stderr)
                    return EXIT_BAD_INPUT
                _print_profiles([store.profile(args.name)], current)
            else:
                name = args.name or current
                if not args.name:
                    store.profile(name)  # the current profile may be set up before its first session
                elif profile_or_explain(store, name) is None:
                    return EXIT_BAD_INPUT
                changed = store.update_profile(name, desired_retention=args.retention, daily_new_limit=args.daily_new)
                _print_profiles([changed], current)
    except (InvalidValue, NotFound) as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _print_profiles(profiles: list[Profile], current: str) -> None:
    if not profiles:
        print(f"no profiles yet: {current!r} is created when you first study")
        return
    width = max(len(profile.name) for profile in profiles)
    for profile in profiles:
        marker = "*" if profile.name == current else " "
        print(
            f"{marker} {profile.name:<{width}}  retention {profile.desired_retention:.2f}  "
            f"new per day {profile.daily_new_limit}"
        )
