"""The progress store: answers, sessions and schedules in one SQLite file or on a PostgreSQL server
(the only SQL in quizapp)."""

from quizapp.domain.stats import QuestionFacts
from quizapp.storage.accounts import Account
from quizapp.storage.errors import (
    InvalidValue,
    NotFound,
    StoreBusy,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreNotOurs,
    StoreTooNew,
    StoreUnreachable,
    StoreUnwritable,
)
from quizapp.storage.flags import FlagRecord
from quizapp.storage.records import (
    CardCounts,
    DueSchedule,
    ExportRow,
    Profile,
    ReviewRecord,
    SessionRecord,
    SyncReport,
)
from quizapp.storage.store import Store

__all__ = [
    "Account",
    "CardCounts",
    "DueSchedule",
    "ExportRow",
    "FlagRecord",
    "InvalidValue",
    "NotFound",
    "Profile",
    "QuestionFacts",
    "ReviewRecord",
    "SessionRecord",
    "Store",
    "StoreBusy",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "StoreNotOurs",
    "StoreTooNew",
    "StoreUnreachable",
    "StoreUnwritable",
    "SyncReport",
]
