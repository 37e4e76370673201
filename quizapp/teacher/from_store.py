"""The class's answers read straight from the store, in the shape of results files, for `quizapp report --data`.

With a class on a server (or sharing one progress file) there are no files to collect: each
student's answers to the banks at hand become one results file in memory, and the report's item
analysis runs on them unchanged. The class is the students with sign-in accounts; a store with
none (a shared file without `quizapp class`) reports every profile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime
from typing import cast

from quizapp.bank.models import Bank
from quizapp.storage import ReviewRecord, Store
from quizapp.teacher.results import ResultsFile, ReviewLike, bank_results, results_file


def class_results(store: Store, banks: Mapping[str, Bank], now: datetime) -> list[tuple[str, ResultsFile]]:
    """(where it came from, results) for each student with answers to `banks` (bank id -> bank)."""
    names = [account.name for account in store.accounts()] or [profile.name for profile in store.profiles()]
    loaded = []
    for name in names:
        profile = store.find_profile(name)
        if profile is None:
            continue
        by_bank: dict[str, list[ReviewRecord]] = defaultdict(list)
        for review in store.reviews(profile.id):
            if review.bank_id in banks:
                by_bank[review.bank_id].append(review)
        # cast: ReviewRecord is frozen, and ReviewLike declares plain (writable) attributes
        sections = [
            bank_results(banks[bank_id], cast("list[ReviewLike]", reviews))
            for bank_id, reviews in sorted(by_bank.items())
        ]
        if sections:
            loaded.append((f"{store.where}: {name}", results_file(name, now, sections)))
    return loaded
