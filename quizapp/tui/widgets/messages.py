"""Messages the answer widgets post upward to the quiz screen."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class AnswerSubmitted(Message):
    """The student committed an answer; `response` has the shape `grade` expects."""

    def __init__(self, response: Any) -> None:
        super().__init__()
        self.response = response
