"""`quizapp results -o NAME.json`: a student's answers, in a file to hand in to the teacher.

It holds the student's name, each studied bank's id and content fingerprint, every
answer with its score and time, and the questions the student flagged as wrong or unclear
with their notes; `quizapp report` reads a folder of them.
"""

from __future__ import annotations

import argparse

from quizapp.commands.output import add_output_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "banks",
        nargs="*",
        metavar="BANK",
        help="only these bank files or folders (default: the bundled banks and yours)",
    )
    add_output_arguments(parser, metavar="NAME.json", what="the results")
    parser.add_argument("--student", metavar="NAME", help="your name as the teacher knows it (default: the profile)")


def run(args: argparse.Namespace) -> int:
    import sys
    from collections import defaultdict

    from quizapp.bank.catalog import discover_banks
    from quizapp.commands.output import output_refused, profile_or_explain, progress_file_or_explain, write_or_print
    from quizapp.domain.clock import utc_now
    from quizapp.exit_codes import EXIT_BAD_INPUT, EXIT_FAILURE
    from quizapp.interchange.results_file import bank_results, results_file, results_json
    from quizapp.paths import DEFAULT_PROFILE, default_db_path, default_profile
    from quizapp.storage import Store, StoreError
    from quizapp.text import displayable, plural

    db_path = default_db_path(args.data)
    profile_name = default_profile(args.profile)
    if not progress_file_or_explain(db_path):
        return EXIT_FAILURE
    loaded = discover_banks([*args.banks, *args.bank], include_defaults=not args.banks)
    if output_refused(args.output, force=args.force, data=args.data, reading=[entry.path for entry in loaded]):
        return EXIT_FAILURE
    banks = {entry.bank.id: entry.bank for entry in loaded if entry.bank is not None}
    try:
        with Store.open_read_only(db_path) as store:
            profile = profile_or_explain(store, profile_name)
            if profile is None:
                return EXIT_BAD_INPUT
            by_bank = defaultdict(list)
            for review in store.reviews(profile.id):
                by_bank[review.bank_id].append(review)
            flags = defaultdict(list)
            for flag in store.flags(profile.id):
                flags[flag.bank_id].append(flag)
                by_bank.setdefault(flag.bank_id, [])  # a bank flagged in an exam left unanswered
    except StoreError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return EXIT_FAILURE
    sections = [
        bank_results(banks[bank_id], reviews, flags[bank_id])
        for bank_id, reviews in by_bank.items()
        if bank_id in banks
    ]
    for bank_id in sorted(set(by_bank) - set(banks)):
        if not args.banks:
            print(
                displayable(f"quizapp: answers to bank {bank_id!r} left out: its file was not found"), file=sys.stderr
            )
    if not sections:
        print(f"quizapp: profile {profile_name!r} has no answers to these banks yet", file=sys.stderr)
        return EXIT_FAILURE
    student = args.student or profile.name
    if student == DEFAULT_PROFILE and not args.student:
        print("quizapp: note: add --student 'Your Name' so the teacher knows whose results these are", file=sys.stderr)
    results = results_file(student, utc_now(), sections)
    status = write_or_print(results_json(results), args.output, replace=args.force)
    if status == 0:
        answers = sum(len(section.answers) for section in sections)
        print(
            displayable(f"{plural(answers, 'answer')} to {plural(len(sections), 'bank')}, for {student}"),
            file=sys.stderr,
        )
    return status
