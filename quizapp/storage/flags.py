"""Questions a student flagged as wrong or unclear, with an optional note: the student's word to the
teacher, kept in the progress file until `quizapp results` carries it to the class report.

A flag is about the question, not an answer: undoing the answer keeps it, and a question can be
flagged more than once (each note is kept). Part of the Store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quizapp.storage.database import Database
from quizapp.storage.errors import InvalidValue
from quizapp.storage.records import from_text, to_text

NOTE_MAX = 2000
"""Characters in a flag's note: a sentence or two for the teacher, not an essay."""


@dataclass(frozen=True)
class FlagRecord:
    """A question flagged by a profile: which question (and key) it was, when, and the note ('' for none)."""

    id: int
    profile_id: int
    bank_id: str
    question_id: str
    answer_hash: str
    flagged_at: datetime
    note: str


class QuestionFlags(Database):
    """Flag questions, and read the flags back."""

    def flag_question(
        self, profile_id: int, bank_id: str, question_id: str, answer_hash: str, flagged_at: datetime, note: str = ""
    ) -> FlagRecord:
        """Keep a flag on a question, with the student's note (trimmed; InvalidValue when too long)."""
        note = note.strip()
        if len(note) > NOTE_MAX:
            raise InvalidValue(f"A flag's note is at most {NOTE_MAX} characters; this one has {len(note)}.")
        with self._write("flag the question") as db:
            flag_id: int = db.execute(
                "INSERT INTO flags (profile_id, bank_id, question_id, answer_hash, flagged_at, note) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (profile_id, bank_id, question_id, answer_hash, to_text(flagged_at), note),
            ).fetchone()[0]
        return FlagRecord(flag_id, profile_id, bank_id, question_id, answer_hash, flagged_at, note)

    def flags(self, profile_id: int, bank_id: str | None = None) -> list[FlagRecord]:
        """A profile's flags (of one bank), oldest first."""
        of_bank = "" if bank_id is None else " AND bank_id = ?"  # SQL both backends type alike
        rows = self._rows(
            "read flags",
            "SELECT id, profile_id, bank_id, question_id, answer_hash, flagged_at, note FROM flags "
            f"WHERE profile_id = ?{of_bank} ORDER BY flagged_at, id",
            (profile_id,) if bank_id is None else (profile_id, bank_id),
        )
        return [
            FlagRecord(id_, profile, bank, question, answer_hash, from_text(flagged_at), note)
            for id_, profile, bank, question, answer_hash, flagged_at, note in rows
        ]
