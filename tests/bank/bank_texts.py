"""Bank texts and helper types shared by the tests of tests/bank (imported as `bank_texts`)."""

from __future__ import annotations

from collections.abc import Callable

BANK = """\
format = 1
id = "call"
title = "The call"

[[questions]]
id = "q1"
kind = "multiple_choice"
prompt = "Who called whom?"
choices = ["Trump", "Putin"]
answer = "Trump"
explanation = "Trump called Putin."
"""
"""A sound bank to break one line at a time; its lines are numbered in test_bad_toml.py."""

HEAD = 'format = 1\nid = "call"\ntitle = "The call"\n\n'
"""Lines 1-4 of BANK: a question appended to HEAD starts at line 5."""

Validate = Callable[..., tuple[int, list[str]]]
"""Runs `quizapp validate ARGS...`: (exit code, printed lines)."""

Expect = Callable[[str | bytes, list[str]], None]
"""Writes bank.toml and checks both load_bank and `quizapp validate` report exactly these problems."""

ExpectPath = Callable[[str, list[str]], None]
"""Checks both load_bank and `quizapp validate` report exactly these problems for an existing file."""
