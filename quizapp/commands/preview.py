"""`quizapp preview BANK`: the app on one bank file, reloading it whenever it is saved.

For teachers writing a bank: problems show on the home screen, located, instead of quitting,
and answers go to a throwaway progress file unless --data names one.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.storage import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # dest bank_file: "bank" is the global --bank list, which a positional would silently replace
    parser.add_argument("bank_file", metavar="BANK", help="the bank file (or folder) to preview")


def run(args: argparse.Namespace) -> int:
    import sys
    import tempfile
    from pathlib import Path

    from quizapp.exit_codes import EXIT_BAD_INPUT

    bank = Path(args.bank_file)
    if not bank.exists():
        print(f"quizapp preview: {bank}: no such file or folder", file=sys.stderr)
        return EXIT_BAD_INPUT

    from quizapp.tui.app import QuizApp

    with tempfile.TemporaryDirectory(prefix="quizapp-preview-") as scratch:
        db_path = Path(args.data) if args.data else Path(scratch, "preview.db")

        def open_store() -> Store:  # on the app's store thread
            from quizapp.storage import Store

            return Store.open(db_path)

        app = QuizApp(
            open_store,
            profile_name=args.profile or "preview",
            bank_paths=[bank],
            include_default_banks=False,
            watch_banks=True,
        )
        app.run()
    return app.return_code or 0
