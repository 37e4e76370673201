"""The commented bank `quizapp new` writes: one question of each kind, ready to edit.

Written by hand rather than generated, because its comments teach the format; a test
checks that it loads and has every kind, so it cannot drift from the models unnoticed.
"""

from __future__ import annotations

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

# One right choice among several (shown shuffled unless shuffle = false).
[[questions]]
id = "capital-of-france"
kind = "multiple_choice"
prompt = "What is the capital of France?"
choices = ["Paris", "Lyon", "Marseille", "Nice"]
answer = "Paris"
explanation = "Paris has been the capital of France since the 10th century."
tags = ["geography"]

# Several right choices; partly right answers earn partial credit.
[[questions]]
id = "primary-colours-of-light"
kind = "multi_select"
prompt = "Which of these are primary colours of light?"
choices = ["Red", "Green", "Blue", "Yellow"]
answers = ["Red", "Green", "Blue"]
explanation = "Screens mix red, green and blue light; yellow is red plus green."
tags = ["physics"]

# A statement to mark true or false.
[[questions]]
id = "water-boils-at-100"
kind = "true_false"
prompt = "At sea level, water boils at 100 °C."
answer = true
explanation = "At standard pressure (1 atm) the boiling point of water is 100 °C."
tags = ["physics"]

# A typed answer: case, accents, punctuation and a leading "the" do not matter.
[[questions]]
id = "river-through-cairo"
kind = "short_answer"
prompt = "Which river flows through Cairo?"
answer = "the Nile"
alternatives = ["Nile River"]
explanation = "Cairo lies on the Nile, just south of its delta."
tags = ["geography"]

# Blanks to fill in: {{{{answer}}}}, or {{{{answer|another accepted answer}}}}.
[[questions]]
id = "moon-landing"
kind = "cloze"
prompt = "Fill in the blanks."
text = "Apollo {{{{11|eleven}}}} landed on the Moon in {{{{1969}}}}."
explanation = "Armstrong and Aldrin landed on 20 July 1969."
tags = ["history"]

# Items written in the right order; students see them shuffled.
[[questions]]
id = "planets-from-the-sun"
kind = "ordering"
prompt = "Order these planets from the Sun outwards."
items = ["Mercury", "Venus", "Earth", "Mars"]
explanation = "Mercury is closest to the Sun; Mars is the fourth planet."
tags = ["astronomy"]

# Match each left item to a right item; right items may repeat; distractors match nothing.
[[questions]]
id = "who-wrote-what"
kind = "matching"
prompt = "Match each novel to its author."
pairs = [
  {{ left = "Pride and Prejudice", right = "Jane Austen" }},
  {{ left = "Emma", right = "Jane Austen" }},
  {{ left = "Great Expectations", right = "Charles Dickens" }},
]
distractors = ["Mark Twain"]
explanation = "Austen wrote both of the first two; Dickens wrote Great Expectations."
tags = ["literature"]
"""


def template_text(bank_id: str, title: str, file_name: str) -> str:
    return _TEMPLATE.format(
        schema=SCHEMA_COMMENT, bank_id=toml_string(bank_id), title=toml_string(title), file_name=file_name
    )
