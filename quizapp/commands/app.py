"""`quizapp` with no command: open the app on the bundled banks, the user's banks and --bank paths."""

from __future__ import annotations

import argparse
import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.storage import Store

FIRST_PAINT_ENV = "QUIZAPP_EXIT_AFTER_FIRST_PAINT"
"""Set by the start-up benchmark: quit as soon as the first screen is painted."""
READY_ENV = "QUIZAPP_EXIT_WHEN_READY"
"""Set by the start-up benchmark: quit as soon as the home screen shows the banks' counts."""


def run_app(args: argparse.Namespace) -> int:
    from quizapp.paths import bank_cache_path, default_db_path, default_profile
    from quizapp.tui.app import QuizApp

    db_path = default_db_path(args.data)

    def open_store() -> Store:  # runs on the app's store thread, after the first paint
        from quizapp.storage import Store

        # A damaged file raises StoreCorrupt untouched: the app asks the student (recover_store);
        # a file from a newer quizapp is refused untouched.
        return Store.open(db_path)

    app = QuizApp(
        open_store,
        recover_store=partial(reopen_damaged, db_path) if isinstance(db_path, Path) else None,  # a file only
        profile_name=default_profile(args.profile),
        bank_paths=args.bank,
        bank_cache=bank_cache_path,  # asked after the first paint: finding the folder imports platformdirs
        exit_after_first_paint=bool(os.environ.get(FIRST_PAINT_ENV)),
        exit_when_ready=bool(os.environ.get(READY_ENV)),
        ask_profile=args.ask_profile and not args.profile,
    )
    app.run()
    return app.return_code or 0


def reopen_damaged(db_path: Path, choice: str) -> Store:
    """The store after the student's choice on the damaged-file screen (run on the app's store thread).

    "afresh": the damaged file is kept as <name>.corrupt-<time> and an empty one started; "repair": every
    answer that can be read goes into a new file in its place, the damaged one kept the same way. The
    store's notice says where the damaged file went (and how many answers were saved)."""
    from quizapp.storage import Store, StoreCorrupt
    from quizapp.storage.repair import repair_in_place
    from quizapp.text import plural

    if choice == "afresh":
        return Store.open(db_path, move_damaged=True)
    salvage, moved = repair_in_place(db_path)
    store = Store.open(db_path)
    store.recovered = StoreCorrupt(
        f"{plural(salvage.answers, 'answer')} saved from the damaged progress file, which is kept as {moved}.",
        moved_to=moved,
    )
    return store
