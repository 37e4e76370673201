"""Messages the answer widgets post upward to the quiz screen."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class AnswerSubmitted(Message):
    """The student committed an answer; `response` has the shape `grade` expects.

    `confirmed` is True when the answer was sent with a confirming key (enter, or a click),
    the same key that moves on from feedback: a double press must not answer the next question.
    """

    def __init__(self, response: Any, *, confirmed: bool = True) -> None:
        super().__init__()
        self.response = response
        self.confirmed = confirmed
