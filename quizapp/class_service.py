"""The teacher's service over the store: the class's answers, in the shape of results files, for `report --data`.

A service beside the study service (study_service.py), not a teacher tool: the teacher tools in
quizapp.teacher never reach the store (the layering contract); this is their one way to it.

With a class on a server (or sharing one progress file) there are no files to collect: each
student's answers to the banks at hand become one results file in memory, and the report's item
analysis runs on them unchanged. The class is the students with sign-in accounts; a store with
none (a shared file without `quizapp class`) reports every profile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from quizapp.bank.models import Bank
from quizapp.interchange.results_file import ResultsFile, bank_results, results_file
from quizapp.storage import ReviewRecord, Store


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
        sections = [bank_results(banks[bank_id], reviews) for bank_id, reviews in sorted(by_bank.items())]
        if sections:
            loaded.append((f"{store.where}: {name}", results_file(name, now, sections)))
    return loaded
