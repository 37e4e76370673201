"""`quizapp` with no command: open the app on the bundled banks, the user's banks and --bank paths."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.storage import Store

FIRST_PAINT_ENV = "QUIZAPP_EXIT_AFTER_FIRST_PAINT"
"""Set by the start-up benchmark: quit as soon as the first screen is painted."""
READY_ENV = "QUIZAPP_EXIT_WHEN_READY"
"""Set by the start-up benchmark: quit as soon as the home screen shows the banks' counts."""


def run_app(args: argparse.Namespace) -> int:
    from quizapp.paths import default_db_path, default_profile
    from quizapp.tui.app import QuizApp

    db_path = default_db_path(args.data)

    def open_store() -> Store:  # runs on the app's store thread, after the first paint
        from quizapp.storage import Store

        # A damaged file is moved aside (kept as <name>.corrupt-<time>) and the app starts afresh,
        # saying so; a file from a newer quizapp is refused untouched.
        return Store.open(db_path, move_damaged=True)

    app = QuizApp(
        open_store,
        profile_name=default_profile(args.profile),
        bank_paths=args.bank,
        exit_after_first_paint=bool(os.environ.get(FIRST_PAINT_ENV)),
        exit_when_ready=bool(os.environ.get(READY_ENV)),
        ask_profile=args.ask_profile and not args.profile,
    )
    app.run()
    return app.return_code or 0
