"""Sign-in accounts for `quizapp serve`: which profiles may sign in, in which class, with which code hash.

Only hashes are stored (quizapp/roster.py makes and checks them); a code is never written here.
The teacher's account is one app-wide setting (TEACHER_HASH_KEY), not a profile: the teacher
has no progress of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quizapp.storage.database import Database
from quizapp.storage.errors import InvalidValue, NotFound
from quizapp.storage.records import from_text, to_text

TEACHER_HASH_KEY = "serve.teacher_code_hash"


@dataclass(frozen=True)
class Account:
    """A student who may sign in to `quizapp serve`."""

    profile_id: int
    name: str
    class_name: str
    created_at: datetime
    code_hash: str


@dataclass(frozen=True)
class StudentActivity:
    """One signed-up student's work so far, for the teacher's class view."""

    name: str
    class_name: str
    answers: int
    right: int
    questions: int
    last_answer: datetime | None


@dataclass(frozen=True)
class QuestionActivity:
    """How the class did on one question: each student's first answer counts (as in the report)."""

    bank_id: str
    question_id: str
    students: int
    facility: float
    """Mean score (0..1) of those first answers."""


class AccountStore(Database):
    """The roster's reads and writes (mixed into Store)."""

    def add_account(self, profile_id: int, class_name: str, code_hash: str) -> None:
        """Give an existing profile a sign-in code; InvalidValue when it already has one."""
        with self._write("add the account") as db:
            self._lock_profile(db, profile_id)
            if db.execute("SELECT 1 FROM accounts WHERE profile_id = ?", (profile_id,)).fetchall():
                raise InvalidValue("This student already has an account (reset their code instead).")
            db.execute(
                "INSERT INTO accounts (profile_id, class_name, code_hash, created_at) VALUES (?, ?, ?, ?)",
                (profile_id, class_name, code_hash, to_text(self.clock())),
            )

    def account(self, name: str) -> Account | None:
        """The account of the profile called `name`, None when there is none."""
        rows = self._rows(
            "read accounts",
            "SELECT a.profile_id, p.name, a.class_name, a.created_at, a.code_hash FROM accounts a "
            "JOIN profiles p ON p.id = a.profile_id WHERE p.name = ?",
            (name.strip(),),
        )
        return _account(rows[0]) if rows else None

    def accounts(self, class_name: str | None = None) -> list[Account]:
        """Every account (of one class), by class then name."""
        of_class = "" if class_name is None else " WHERE a.class_name = ?"
        rows = self._rows(
            "read accounts",
            "SELECT a.profile_id, p.name, a.class_name, a.created_at, a.code_hash FROM accounts a "
            f"JOIN profiles p ON p.id = a.profile_id{of_class} ORDER BY a.class_name, p.name",
            () if class_name is None else (class_name,),
        )
        return [_account(row) for row in rows]

    def set_code_hash(self, name: str, code_hash: str) -> None:
        """Replace a student's code (the old one stops working); NotFound without an account."""
        with self._write("reset the code") as db:
            cursor = db.execute(
                "UPDATE accounts SET code_hash = ? WHERE profile_id = (SELECT id FROM profiles WHERE name = ?)",
                (code_hash, name.strip()),
            )
            if cursor.rowcount == 0:
                raise NotFound(f"There is no account for {name.strip()!r}.")

    def remove_account(self, name: str) -> None:
        """The student can no longer sign in; their answers stay. NotFound without an account."""
        with self._write("remove the account") as db:
            cursor = db.execute(
                "DELETE FROM accounts WHERE profile_id = (SELECT id FROM profiles WHERE name = ?)", (name.strip(),)
            )
            if cursor.rowcount == 0:
                raise NotFound(f"There is no account for {name.strip()!r}.")

    def student_activity(self) -> list[StudentActivity]:
        """Every account's answers, right answers, questions answered and last answer, by class and name."""
        rows = self._rows(
            "read the class's progress",
            "SELECT p.name, a.class_name, count(r.id), coalesce(sum(r.correct), 0), "
            "count(DISTINCT r.bank_id || ':' || r.question_id), max(r.answered_at) "
            "FROM accounts a JOIN profiles p ON p.id = a.profile_id LEFT JOIN reviews r ON r.profile_id = a.profile_id "
            "GROUP BY p.name, a.class_name ORDER BY a.class_name, p.name",
        )
        return [
            StudentActivity(name, class_name, answers, right, questions, None if last is None else from_text(last))
            for name, class_name, answers, right, questions, last in rows
        ]

    def question_activity(self) -> list[QuestionActivity]:
        """Per question answered by a signed-up student: how many answered, and the facility of first answers."""
        rows = self._rows(
            "read the class's answers",
            "SELECT r.bank_id, r.question_id, count(*), avg(r.score) FROM reviews r "
            "JOIN (SELECT min(id) AS first_id FROM reviews GROUP BY profile_id, bank_id, question_id) f "
            "ON f.first_id = r.id JOIN accounts a ON a.profile_id = r.profile_id "
            "GROUP BY r.bank_id, r.question_id ORDER BY r.bank_id, r.question_id",
        )
        return [
            QuestionActivity(bank, question, students, float(facility)) for bank, question, students, facility in rows
        ]

    def setting_once(self, key: str, value: str) -> str:
        """The setting `key`, set to `value` first when it has none: every server over one database
        ends up with the same value, whichever set it first."""
        with self._write(f"save the setting {key!r}") as db:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (key, value))
            stored: str = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()[0]
        return stored


def _account(row: tuple[int, str, str, str, str]) -> Account:
    profile_id, name, class_name, created_at, code_hash = row
    return Account(profile_id, name, class_name, from_text(created_at), code_hash)
