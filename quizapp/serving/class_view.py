"""The teacher's live class view in `quizapp serve`: every student's progress and last activity, and how
the class does on each question (facility of first answers, flagged as the report flags them).

Read straight from the store on each request, and the page reloads itself every REFRESH_S
seconds: the teacher sees answers a few seconds after they are given, from any server over the
same database, with no results files to collect.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from quizapp.serving.pages import page
from quizapp.storage import Store
from quizapp.teacher.report import TOO_EASY, TOO_HARD

REFRESH_S = 10


def _when(moment: datetime | None) -> str:
    return "not yet" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


def _flags(facility: float) -> str:
    if facility < TOO_HARD:
        return "too hard"
    if facility > TOO_EASY:
        return "too easy"
    return ""


def class_view_page(store: Store) -> str:
    """The whole page, from the store as it is now."""
    students = store.student_activity()
    questions = store.question_activity()
    student_rows = "".join(
        f"<tr><td>{escape(s.name)}</td><td>{escape(s.class_name or '-')}</td>"
        f'<td class="number">{s.questions}</td><td class="number">{s.answers}</td>'
        f'<td class="number">{(100 * s.right / s.answers if s.answers else 0):.0f}%</td>'
        f"<td>{_when(s.last_answer)}</td></tr>"
        for s in students
    )
    question_rows = "".join(
        f"<tr><td>{escape(q.bank_id)}</td><td>{escape(q.question_id)}</td>"
        f'<td class="number">{q.students}</td><td class="number">{q.facility:.2f}</td>'
        f"<td>{_flags(q.facility)}</td></tr>"
        for q in questions
    )
    body = (
        "<h1>Class view</h1>"
        f"<p>{len(students)} students; this page refreshes every {REFRESH_S} seconds.</p>"
        "<h2>Students</h2><table><tr><th>student</th><th>class</th><th>questions</th><th>answers</th>"
        f"<th>right</th><th>last answer</th></tr>{student_rows}</table>"
        "<h2>Questions</h2><table><tr><th>bank</th><th>question</th><th>students</th><th>facility</th>"
        f"<th>flags</th></tr>{question_rows}</table>"
        '<form method="post" action="signout"><button type="submit">Sign out</button></form>'
    )
    return page("quizapp: class view", body, refresh_s=REFRESH_S)
