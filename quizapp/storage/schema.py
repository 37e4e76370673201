"""The progress file's schema, as an ordered list of migrations.

`PRAGMA user_version` holds how many migrations a file has had. Opening a file applies the
missing ones in order, each in its own transaction, so a file is always at one known version;
a file at a version beyond `LATEST_VERSION` was written by a newer quizapp and is refused.
Migrations are only ever appended: a released one is never edited.

`PRAGMA application_id` marks the file as quizapp's, so another program's SQLite database given
by mistake to `--data` is recognised and left alone.
"""

from __future__ import annotations

APPLICATION_ID = 0x515A4150
"""'QZAP': written in the database header of every progress file."""

_V1 = (
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        desired_retention REAL NOT NULL DEFAULT 0.9 CHECK (desired_retention BETWEEN 0.7 AND 0.99),
        daily_new_limit INTEGER NOT NULL DEFAULT 20 CHECK (daily_new_limit >= 0),
        created_at TEXT NOT NULL
    )
    """,
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    # One row per question a profile has answered: its schedule, and its answer counts
    # (statistics read 10,000 of these rather than count 100,000 reviews). When the teacher
    # changes a question's answer, the schedule is cleared (stage NULL: a new question again)
    # and the counts are kept. in_bank = 0 once the teacher removed the question (kept, not
    # asked, not counted).
    """
    CREATE TABLE cards (
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer_hash TEXT NOT NULL,
        in_bank INTEGER NOT NULL DEFAULT 1,
        stage INTEGER,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT,
        last_review TEXT,
        reps INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        answers INTEGER NOT NULL DEFAULT 0,
        correct INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (profile_id, bank_id, question_id),
        CHECK ((stage IS NULL) = (due IS NULL))
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        bank_id TEXT NOT NULL,
        mode TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        score REAL
    )
    """,
    "CREATE INDEX sessions_by_bank ON sessions(profile_id, bank_id, ended_at)",
    # Every answer ever given; never deleted, never rewritten except by a rating override.
    # Times are ISO 8601 UTC text of one fixed width (see records.py).
    """
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        session_id INTEGER REFERENCES sessions(id),
        answered_at TEXT NOT NULL,
        response TEXT NOT NULL,
        correct INTEGER NOT NULL,
        score REAL NOT NULL,
        rating INTEGER NOT NULL,
        suggested_rating INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        answer_hash TEXT NOT NULL,
        card_before TEXT,
        card_after TEXT NOT NULL
    )
    """,
    # A question's latest answer (only it may be re-rated).
    "CREATE INDEX reviews_by_question ON reviews(profile_id, bank_id, question_id)",
    # Answers per day for one bank (the home screen's sparkline) and the last 7 days' accuracy
    # (covering: question_id and correct are in the index, the table is not read).
    "CREATE INDEX reviews_by_bank_time ON reviews(profile_id, bank_id, answered_at, question_id, correct)",
    # Day streak across banks, export in time order.
    "CREATE INDEX reviews_by_time ON reviews(profile_id, answered_at)",
    f"PRAGMA application_id = {APPLICATION_ID}",
)

# Sign-in for `quizapp serve`: a student's account is their profile plus a class and the hash of
# their sign-in code (never the code itself: see quizapp/roster.py).
_V2 = (
    """
    CREATE TABLE accounts (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id),
        class_name TEXT NOT NULL DEFAULT '',
        code_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
)

_V3 = (
    # A question a student flagged as wrong or unclear, with an optional note for the teacher
    # (carried into `quizapp results`, counted by `quizapp report`). Kept when the answer is undone:
    # the flag is about the question, not the answer. answer_hash: the key the student saw.
    """
    CREATE TABLE flags (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer_hash TEXT NOT NULL,
        flagged_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX flags_by_bank ON flags(profile_id, bank_id, question_id)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3)
"""MIGRATIONS[n] takes a file from version n to n + 1."""

LATEST_VERSION = len(MIGRATIONS)
