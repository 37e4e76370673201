"""A line naming whose the words below are (`Marta Quill's full statement:`) gives them to that person.

The line has no verb, so the colon sieve found no subject and the statement printed under it had no
speaker. A clause with a possessive (`Pike's lawyer said:`) is someone else of the person: not theirs.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.draft.extraction import extract

from .speakers import sure_speakers

PATTERNS = Path(__file__).parent / "fixtures" / "patterns"


def _said() -> dict[str, str | None]:
    return sure_speakers(extract((PATTERNS / "possessive_label_lines.txt").read_text(encoding="utf-8")))


def test_a_possessive_label_line_names_the_author_of_the_statement_below() -> None:
    assert _said()["This is a good"] == "Marta Quill"


def test_a_clause_with_someone_elses_possessive_is_not_the_persons_words() -> None:
    assert _said()["My client has not"] != "Owen Pike"
