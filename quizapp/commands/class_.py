"""`quizapp class add NAME... [--class C] | list | reset NAME | remove NAME | teacher`: who may sign in to serve.

`quizapp serve` asks each student for their name and sign-in code. The teacher makes the
accounts here (on the same --data as serve: a progress file, or the school's PostgreSQL server);
each code is printed once, to hand out on paper, and only its hash is kept, so a lost code is
replaced (`reset`), never looked up. `teacher` prints a new code for the teacher's own sign-in,
which opens the class view.
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("add", "list", "reset", "remove", "teacher"), help="what to do")
    parser.add_argument("names", nargs="*", metavar="NAME", help="the students (add: one or more; reset, remove: one)")
    parser.add_argument("--class", dest="class_name", default="", metavar="C", help="the class they are in (add, list)")


def run(args: argparse.Namespace) -> int:
    import sys

    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK
    from quizapp.paths import default_db_path
    from quizapp.roster import TEACHER_NAME, Roster
    from quizapp.storage import InvalidValue, NotFound, Store, StoreError

    wanted = {"add": "one or more", "reset": "one", "remove": "one", "list": "no", "teacher": "no"}[args.action]
    count = len(args.names)
    if (wanted == "one" and count != 1) or (wanted == "no" and count) or (wanted == "one or more" and not count):
        print(f"quizapp class {args.action}: give {wanted} NAME{'s' if wanted != 'one' else ''}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        with Store.open(default_db_path(args.data)) as store:
            roster = Roster(store)
            if args.action == "list":
                accounts = store.accounts(args.class_name or None)
                for account in accounts:
                    print(f"{account.name}\t{account.class_name or '-'}\tsince {account.created_at:%Y-%m-%d}")
                if not accounts:
                    print("quizapp class: no accounts yet: quizapp class add NAME...", file=sys.stderr)
            elif args.action == "add":
                for name, code in roster.add(args.names, args.class_name):
                    print(f"{name}\t{code}")
                print("quizapp class: each code is shown only this once; hand it to its student", file=sys.stderr)
            elif args.action == "reset":
                print(f"{args.names[0].strip()}\t{roster.reset(args.names[0])}")
                print("quizapp class: the old code no longer works; this one is shown only once", file=sys.stderr)
            elif args.action == "remove":
                roster.remove(args.names[0])
                print(f"quizapp class: {args.names[0].strip()!r} can no longer sign in (answers kept)", file=sys.stderr)
            else:
                print(f"{TEACHER_NAME}\t{roster.new_teacher_code()}")
                print(
                    "quizapp class: sign in to serve with this name and code; an earlier one stops working",
                    file=sys.stderr,
                )
    except (InvalidValue, NotFound) as error:
        print(f"quizapp class: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        print(f"quizapp class: {error}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK
