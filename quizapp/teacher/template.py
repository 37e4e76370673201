"""The commented bank `quizapp new` writes: one question of each kind, ready to edit.

The bank's header and its comments are written here; each question is its kind's own
`example` and docstring from the models, the same ones the documentation shows, so the
template cannot drift from the format. A test checks that it loads and has every kind.
"""

from __future__ import annotations

import textwrap

from quizapp.bank.models import QUESTION_KINDS
from quizapp.bank.schema import SCHEMA_COMMENT
from quizapp.bank.writer import toml_string

_TEMPLATE = """\
{schema}
# A quizapp question bank. Check it with:  quizapp validate {file_name}
# Every key is described in the documentation:  quizapp docs
# Text is shown exactly as written; write line breaks with \"\"\"triple quotes\"\"\".

format = 1
# Progress is kept under the bank id: keep it when you rename the file.
id = {bank_id}
title = {title}
description = "What this bank is about, in a sentence or two."
author = "Your name"
language = "en"

# Each question is a [[questions]] table. Its id keeps a student's progress: keep it when
# you reword the prompt. `explanation` is shown after every answer; `tags` group questions.
{questions}"""


def _questions() -> str:
    """Every kind's example, under its docstring as a comment."""
    parts = []
    for kind in QUESTION_KINDS:
        doc = " ".join((kind.__doc__ or "").split())
        comment = "\n".join(f"# {line}" for line in textwrap.wrap(doc, 96))
        parts.append(f"\n{comment}\n{kind.example.strip()}\n")
    return "".join(parts)


def template_text(bank_id: str, title: str, file_name: str) -> str:
    return _TEMPLATE.format(
        schema=SCHEMA_COMMENT,
        bank_id=toml_string(bank_id),
        title=toml_string(title),
        file_name=file_name,
        questions=_questions(),
    )
