"""The progress store: every profile's answers, sessions and schedules, in one SQLite file or on a
PostgreSQL server (`--data postgresql://...`, see postgres.py).

This package is the only place in quizapp that speaks SQL, written once in the dialect both
backends share. Each public method is one short transaction, committed before the method returns,
so an answer recorded is an answer kept whatever happens next (see opening.py for the file's
durability settings). A failed write is rolled back whole and raised as a StoreError whose message
the app can show as is (see database.py). The read-only numbers live in numbers.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from quizapp.domain.clock import Clock, utc_now
from quizapp.domain.scheduling import RETENTION_RANGE, CardState, Rating
from quizapp.paths import is_server_url
from quizapp.storage.accounts import AccountStore
from quizapp.storage.database import SqliteLink
from quizapp.storage.edits import AnswerEdits
from quizapp.storage.errors import InvalidValue, NotFound
from quizapp.storage.flags import QuestionFlags
from quizapp.storage.opening import open_connection, open_read_only
from quizapp.storage.records import (
    CARD_COLUMNS,
    CARD_QUERY,
    REVIEW_COLUMNS,
    ExportRow,
    Profile,
    ReviewRecord,
    SessionRecord,
    SyncReport,
    card_columns,
    card_from_columns,
    card_from_row,
    card_to_json,
    from_text,
    optional_datetime,
    response_to_json,
    review_from_row,
    to_text,
    valid_profile_name,
)

DAILY_NEW_RANGE = (0, 9999)
EXPORT_BATCH = 2000


class Store(AnswerEdits, AccountStore, QuestionFlags):
    """Students' progress, in one SQLite file or one PostgreSQL database. Open with `Store.open`."""

    @classmethod
    def open(cls, path: Path | str, *, clock: Clock = utc_now, move_damaged: bool = False) -> Store:
        """Open (creating folders and file when needed) and migrate the progress file at `path`, or
        the PostgreSQL database when `path` is a `postgresql://` URL (StoreUnreachable when it
        cannot be reached; the rest as for a file, though a database is never moved aside).

        Raises StoreTooNew or StoreNotOurs for a file we must not change, StoreUnwritable when
        it cannot be created, StoreBusy when another process holds it too long. A damaged file
        raises StoreCorrupt and is left where it is; with `move_damaged` it is renamed to
        `<name>.corrupt-<time>` instead and a new file is started, and `notice` says so (show
        it to the student). Nothing is ever overwritten.
        """
        if is_server_url(path):
            from quizapp.storage.postgres import open_postgres  # psycopg loads only for a server

            return cls(open_postgres(str(path)), clock)
        path = Path(path)
        connection, recovered = open_connection(path, clock, move_damaged=move_damaged)
        return cls(SqliteLink(connection, path), clock, recovered)

    @classmethod
    def open_read_only(cls, path: Path | str, *, clock: Clock = utc_now) -> Store:
        """Open an existing, up-to-date progress file only to read it: nothing is created or changed
        (StoreError with the file and the fix when it cannot be read so). A PostgreSQL URL opens as
        usual: reading a server's database changes nothing either."""
        if is_server_url(path):
            return cls.open(path, clock=clock)
        path = Path(path)
        return cls(SqliteLink(open_read_only(path), path), clock)

    # -- profiles and settings ----------------------------------------------------------

    def profile(self, name: str) -> Profile:
        """The profile called `name`, created with default settings the first time."""
        name = valid_profile_name(name)
        found = self.find_profile(name)
        if found is not None:
            return found
        with self._write(f"create the profile {name!r}") as db:
            db.execute(
                "INSERT INTO profiles (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                (name, to_text(self.clock())),
            )
        found = self.find_profile(name)
        assert found is not None
        return found

    def find_profile(self, name: str) -> Profile | None:
        rows = self._rows(
            "read profiles",
            "SELECT id, name, desired_retention, daily_new_limit FROM profiles WHERE name = ?",
            (name.strip(),),
        )
        return Profile(*rows[0]) if rows else None

    def profiles(self) -> list[Profile]:
        rows = self._rows(
            "read profiles", "SELECT id, name, desired_retention, daily_new_limit FROM profiles ORDER BY name"
        )
        return [Profile(*row) for row in rows]

    def update_profile(
        self, name: str, *, desired_retention: float | None = None, daily_new_limit: int | None = None
    ) -> Profile:
        """Change a profile's settings; InvalidValue (nothing changed) when one is out of range."""
        if desired_retention is not None and not RETENTION_RANGE[0] <= desired_retention <= RETENTION_RANGE[1]:
            raise InvalidValue(
                f"Desired retention must be between {RETENTION_RANGE[0]:.2f} and {RETENTION_RANGE[1]:.2f}, "
                f"not {desired_retention:g}."
            )
        if daily_new_limit is not None and not DAILY_NEW_RANGE[0] <= daily_new_limit <= DAILY_NEW_RANGE[1]:
            raise InvalidValue(
                f"The daily limit of new questions must be between {DAILY_NEW_RANGE[0]} and {DAILY_NEW_RANGE[1]}, "
                f"not {daily_new_limit}."
            )
        with self._write(f"change the profile {name!r}") as db:
            cursor = db.execute(
                "UPDATE profiles SET desired_retention = coalesce(?, desired_retention), "
                "daily_new_limit = coalesce(?, daily_new_limit) WHERE name = ?",
                (desired_retention, daily_new_limit, name.strip()),
            )
            if cursor.rowcount == 0:
                raise NotFound(f"There is no profile named {name!r}.")
        found = self.find_profile(name)
        assert found is not None
        return found

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """An app-wide setting (the theme, ...), shared by every profile."""
        rows = self._rows("read settings", "SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write(f"save the setting {key!r}") as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- teacher edits and schedules ----------------------------------------------------

    def sync_bank(self, profile_id: int, bank_id: str, hashes: Mapping[str, str]) -> SyncReport:
        """Bring the stored schedules in line with the bank as loaded now (question id -> answer hash).

        A question whose answer changed starts its schedule again; one the teacher removed is
        kept but marked out of the bank (not asked, not counted); one that comes back resumes.
        Reviews are never touched. Nothing is written when nothing changed, the common case.
        """
        report = self._bank_changes(profile_id, bank_id, hashes)
        if not report.changed:
            return report
        with self._write("update progress for the edited bank") as db:
            self._lock_profile(db, profile_id)
            report = self._bank_changes(profile_id, bank_id, hashes)  # again, under the write lock
            key = (profile_id, bank_id)
            db.executemany(
                "UPDATE cards SET answer_hash = ?, stage = NULL, step = NULL, stability = NULL, difficulty = NULL, "
                "due = NULL, last_review = NULL, reps = 0, lapses = 0 "
                "WHERE profile_id = ? AND bank_id = ? AND question_id = ?",
                [(hashes[question_id], *key, question_id) for question_id in report.restarted],
            )
            db.executemany(
                "UPDATE cards SET in_bank = 0 WHERE profile_id = ? AND bank_id = ? AND question_id = ?",
                [(*key, question_id) for question_id in report.removed],
            )
            db.executemany(
                "UPDATE cards SET in_bank = 1 WHERE profile_id = ? AND bank_id = ? AND question_id = ?",
                [(*key, question_id) for question_id in report.returned],
            )
        return report

    def _bank_changes(self, profile_id: int, bank_id: str, hashes: Mapping[str, str]) -> SyncReport:
        stored = self._rows(
            "read schedules",
            "SELECT question_id, answer_hash, in_bank FROM cards WHERE profile_id = ? AND bank_id = ?",
            (profile_id, bank_id),
        )
        restarted, removed, returned = [], [], []
        for question_id, answer_hash, in_bank in stored:
            current = hashes.get(question_id)
            if current is None:
                if in_bank:
                    removed.append(question_id)
            elif current != answer_hash:
                restarted.append(question_id)
            elif not in_bank:
                returned.append(question_id)
        return SyncReport(tuple(sorted(restarted)), tuple(sorted(removed)), tuple(sorted(returned)))

    def cards(self, profile_id: int, bank_id: str) -> dict[str, CardState]:
        """Question id -> schedule, for every question of the bank answered at least once
        (including questions the teacher has since removed)."""
        rows = self._rows(
            "read schedules",
            f"SELECT question_id, {CARD_COLUMNS} FROM cards WHERE profile_id = ? AND bank_id = ? AND stage IS NOT NULL",
            (profile_id, bank_id),
        )
        return {row[0]: card_from_columns(*row[1:]) for row in rows}

    def card(self, profile_id: int, bank_id: str, question_id: str, answer_hash: str | None = None) -> CardState | None:
        """One question's schedule; None when it has none, or when `answer_hash` differs from the
        answer it was scheduled for (its schedule starts again)."""
        rows = self._rows("read a schedule", CARD_QUERY, (profile_id, bank_id, question_id))
        return card_from_row(rows, answer_hash)

    # -- sessions and reviews -----------------------------------------------------------

    def start_session(self, profile_id: int, bank_id: str, mode: str, started_at: datetime) -> int:
        with self._write("start a session") as db:
            session_id: int = db.execute(
                "INSERT INTO sessions (profile_id, bank_id, mode, started_at) VALUES (?, ?, ?, ?) RETURNING id",
                (profile_id, bank_id, str(mode), to_text(started_at)),
            ).fetchone()[0]
        return session_id

    def finish_session(self, session_id: int, ended_at: datetime, score: float | None) -> None:
        """Close a session with its score out of 100 (None when nothing was answered)."""
        with self._write("finish the session") as db:
            cursor = db.execute(
                "UPDATE sessions SET ended_at = ?, score = ? WHERE id = ?", (to_text(ended_at), score, session_id)
            )
            if cursor.rowcount == 0:
                raise NotFound(f"There is no session {session_id}.")

    def sessions(self, profile_id: int, bank_id: str | None = None) -> list[SessionRecord]:
        """A profile's sessions, oldest first."""
        of_bank = "" if bank_id is None else " AND bank_id = ?"
        rows = self._rows(
            "read sessions",
            "SELECT id, profile_id, bank_id, mode, started_at, ended_at, score FROM sessions "
            f"WHERE profile_id = ?{of_bank} ORDER BY started_at, id",
            (profile_id,) if bank_id is None else (profile_id, bank_id),
        )
        return [
            SessionRecord(id_, profile, bank, mode, from_text(started), optional_datetime(ended), score)
            for id_, profile, bank, mode, started, ended, score in rows
        ]

    def record_review(
        self,
        *,
        profile_id: int,
        bank_id: str,
        question_id: str,
        session_id: int | None,
        answered_at: datetime,
        response: Any,
        correct: bool,
        score: float,
        rating: Rating,
        duration_ms: int,
        answer_hash: str,
        schedule: Callable[[CardState | None], CardState] | None,
    ) -> ReviewRecord:
        """Store one answer and the question's new schedule, in one committed transaction.

        The question's schedule is read inside that transaction, locked (see `_lock_profile`),
        and `schedule` computes the next one from it (None: the question is new, or its answer
        changed). So two sessions of one student answering at once, in two tabs or on two
        servers, queue up: each answer is scheduled from the one before, none is lost.
        `schedule` None: the answer leaves the schedule as it was (practice and exams do not
        reschedule); it still counts among the question's answers.
        """
        if not 0.0 <= score <= 1.0:
            raise InvalidValue(f"A score is between 0 and 1, not {score}.")
        response_json = response_to_json(response)
        duration_ms = max(0, int(duration_ms))
        with self._write("save this answer") as db:
            self._lock_profile(db, profile_id)
            card_before = card_from_row(
                db.execute(CARD_QUERY + self._link.for_update, (profile_id, bank_id, question_id)).fetchall(),
                answer_hash,
            )
            answer = (profile_id, bank_id, question_id, session_id, answered_at, response_json, correct, score)
            if schedule is None:
                return self._insert_unscheduled(db, answer, rating, duration_ms, answer_hash, card_before)
            card_after = schedule(card_before)
            review_id = self._insert_review(
                db, answer, rating, duration_ms, answer_hash, card_to_json(card_before), card_to_json(card_after)
            )
            db.execute(
                f"INSERT INTO cards (profile_id, bank_id, question_id, answer_hash, in_bank, {CARD_COLUMNS}, "
                "answers, correct) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) "
                "ON CONFLICT (profile_id, bank_id, question_id) DO UPDATE SET answer_hash = excluded.answer_hash, "
                "in_bank = 1, stage = excluded.stage, step = excluded.step, stability = excluded.stability, "
                "difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review, "
                "reps = excluded.reps, lapses = excluded.lapses, answers = cards.answers + 1, "
                "correct = cards.correct + excluded.correct",
                (profile_id, bank_id, question_id, answer_hash, *card_columns(card_after), int(correct)),
            )
        return ReviewRecord(
            review_id,
            profile_id,
            bank_id,
            question_id,
            session_id,
            answered_at,
            json.loads(response_json),
            bool(correct),
            float(score),
            Rating(rating),
            duration_ms,
            answer_hash,
            card_before,
            card_after,
            Rating(rating),
        )

    def reviews(self, profile_id: int | None = None, bank_id: str | None = None) -> Iterator[ReviewRecord]:
        """Every answer (of a profile, of a bank), in the order given; read in batches."""
        for row in self.export_rows(profile_id, bank_id):
            yield row.review

    def export_rows(self, profile_id: int | None = None, bank_id: str | None = None) -> Iterator[ExportRow]:
        """Answers with their profile's name and session's mode, in the order given.

        Read in batches of EXPORT_BATCH (by id), so 100,000 answers never sit in memory as
        rows at once and other calls can run between batches.
        """
        last_id = 0
        of_profile = "" if profile_id is None else " AND r.profile_id = ?"
        of_bank = "" if bank_id is None else " AND r.bank_id = ?"
        chosen = tuple(value for value in (profile_id, bank_id) if value is not None)
        while True:
            rows = self._rows(
                "read answers",
                f"SELECT {REVIEW_COLUMNS}, p.name, s.mode FROM reviews r JOIN profiles p ON p.id = r.profile_id "
                f"LEFT JOIN sessions s ON s.id = r.session_id WHERE r.id > ?{of_profile}{of_bank} "
                "ORDER BY r.id LIMIT ?",
                (last_id, *chosen, EXPORT_BATCH),
            )
            for row in rows:
                yield ExportRow(review_from_row(row[:15]), row[15], row[16])
            if len(rows) < EXPORT_BATCH:
                return
            last_id = rows[-1][0]
