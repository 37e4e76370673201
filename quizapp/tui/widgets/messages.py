"""Messages the answer widgets post upward to the quiz screen."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class AnswerSubmitted(Message):
    """The student committed an answer; `response` has the shape `grade` expects.

    `confirmed` is True when the answer was sent with a confirming key (enter, or a click),
    the same key that moves on from feedback: a double press must not answer the next question.
    `incomplete` says what is missing ("2 items have no match."): the quiz screen asks before grading it.
    """

    def __init__(self, response: Any, *, confirmed: bool = True, incomplete: str = "") -> None:
        super().__init__()
        self.response = response
        self.confirmed = confirmed
        self.incomplete = incomplete
