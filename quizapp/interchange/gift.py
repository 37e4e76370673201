"""Read Moodle GIFT files into quizapp questions.

Follows Moodle's own reader (question/format/gift) where it is specific: questions are
separated by blank lines; `//` lines are comments; `::name::` names a question; the answer block
is the first `{...}`; text after it makes a "missing word" question; `####` starts the general
feedback; `%50%` weights an answer; `$CATEGORY:` sets the category of the questions after it.
Where Moodle silently guesses (an unclosed brace, text before the first answer), this reader
reports the line instead, because a guessed question is a wrong question.

What maps where:
- `{=right ~wrong}` -> multiple_choice; `{~%50%a ~%50%b ~c}` (no `=`) -> multi_select
- `{T}` `{FALSE}` -> true_false; `{=a =b}` -> short_answer (alternatives)
- `{#4}`, `{#4.5:0.5}`, `{#4..5}`, `{#=4:0 =%50%5:1}` -> numeric (answer, tolerance or range, alternatives)
- `{=a -> x =b -> y}` -> matching (`= -> z` adds a distractor)
- a short answer in the middle of the text -> cloze `... {{a|b}} ...`; any other kind in
  the middle -> the same kind, with `_____` where the answers were
- the general feedback, else the right answer's feedback -> explanation; categories -> a tag
"""

from __future__ import annotations

import re

from quizapp.bank.problems import Problem
from quizapp.interchange.gift_question import (
    GiftBlock,
    GiftQuestion,
    choices,
    matching,
    numeric,
    short_answers,
    true_false,
    typed_answer,
)
from quizapp.interchange.gift_syntax import (
    BLANK,
    TRUE_FALSE,
    find_all_unescaped,
    find_unescaped,
    split_format,
    unescape,
)
from quizapp.interchange.imported import Skipped, SourceQuestion
from quizapp.interchange.problems import MalformedInput

_CONTEXT_MARKER = re.compile(r"^\$[a-z0-9]*\$$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_gift(text: str, shown_as: str) -> tuple[list[SourceQuestion], list[Skipped]]:
    """Every question of a GIFT text; MalformedInput lists every malformed one, by line."""
    drafts: list[SourceQuestion] = []
    skipped: list[Skipped] = []
    problems: list[Problem] = []
    category: str | None = None
    pending_comments: list[str] = []
    for block in _blocks(text):
        block.comments[:0] = pending_comments
        pending_comments = []
        body = block.text
        start = len(body) - len(body.lstrip())
        if start == len(body):
            pending_comments = block.comments
            continue
        if body.startswith("$CATEGORY:", start):
            line_end = body.find("\n", start)
            line_end = len(body) if line_end < 0 else line_end
            category = category_tag(unescape(body[start + len("$CATEGORY:") : line_end]))
            rest = body[line_end:]
            if not rest.strip():
                pending_comments = block.comments
                continue
            block = GiftBlock(block.first_line, body[:line_end].count("\n") * [""] + rest.split("\n"), block.comments)
        question = GiftQuestion(block, shown_as, category)
        try:
            outcome = _read_question(question)
        except MalformedInput as error:
            problems.extend(error.problems)
            continue
        if isinstance(outcome, Skipped):
            skipped.append(outcome)
        else:
            drafts.append(outcome)
    if problems:
        raise MalformedInput(problems)
    return drafts, skipped


def _blocks(text: str) -> list[GiftBlock]:
    blocks: list[GiftBlock] = []
    current: GiftBlock | None = None
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        stripped = line.strip()
        if not stripped:
            current = None
            continue
        if current is None:
            current = GiftBlock(number)
            blocks.append(current)
        if stripped.startswith("//"):
            current.lines.append("")
            current.comments.append(stripped[2:].strip())
        else:
            current.lines.append(line)
    return blocks


def category_tag(path: str) -> str | None:
    """A Moodle category path as a tag: context markers (`$course$`), `top` and `Default for ...` left out."""
    parts = [part.strip() for part in path.strip().split("/")]
    kept = [
        part
        for index, part in enumerate(parts)
        if part
        and not _CONTEXT_MARKER.match(part)
        and not (part == "top" and index <= 1)
        and not part.startswith("Default for ")
    ]
    return "/".join(kept) or None


def _read_question(question: GiftQuestion) -> SourceQuestion | Skipped:
    text = question.text
    start = len(text) - len(text.lstrip())
    line = question.line_at(start)
    name = None
    body_start = start
    if text.startswith("::", start):
        name_end = find_unescaped(text, "::", start + 2)
        if name_end < 0:
            raise MalformedInput([question.problem(start, "the question name opened with '::' is never closed")])
        name = unescape(text[start + 2 : name_end]).strip() or None
        body_start = name_end + 2
    opening = find_unescaped(text, "{", body_start)
    closing = find_unescaped(text, "}", body_start)
    if opening < 0 and closing < 0:
        return Skipped(line, "skipped a description (text without answers): quizapp has no such item")
    _check_braces(question, opening, closing)
    _, question.format = split_format(text[body_start:opening])
    answers_raw = text[opening + 1 : closing]
    after = text[closing + 1 :]
    missing_word = bool(after.strip())
    general_at = find_all_unescaped(answers_raw, "#")
    general_feedback = None
    marks = _quadruple_hashes(answers_raw, general_at)
    if marks:
        general_feedback = question.plain(answers_raw[marks[-1] + 4 :]) or None
        answers_raw = answers_raw[: marks[-1]]
    before = text[body_start:opening]
    prompt = question.plain(before + (BLANK + after if missing_word else ""))
    common = {"tags": (question.category,)} if question.category else {}
    offset = opening + 1
    answers = answers_raw.strip()
    lead = len(answers_raw) - len(answers_raw.lstrip())
    offset += lead
    if not answers:
        return Skipped(line, "skipped an essay question (no answer to check): quizapp has no essay kind")
    if answers.startswith("#"):
        kind_fields = numeric(question, answers[1:], offset + 1, prompt)
    elif find_unescaped(answers, "~") >= 0:
        kind_fields = choices(question, answers, offset, prompt)
    elif find_unescaped(answers, "=") >= 0 and "->" in answers:
        kind_fields = matching(question, answers, offset, prompt)
    else:
        hash_at = find_unescaped(answers, "#")
        head = (answers if hash_at < 0 else answers[:hash_at]).strip()
        if head in TRUE_FALSE:
            kind_fields = true_false(question, answers, hash_at, prompt)
        else:
            accepted = short_answers(question, answers, offset)
            kind_fields = typed_answer(question, accepted, before, after, missing_word, prompt)
    if isinstance(kind_fields, Skipped):
        return kind_fields
    answer_feedback = kind_fields.pop("_feedback", None)
    if general_feedback and answer_feedback:
        question.answer_feedback.insert(0, ("", answer_feedback))
    fields = {**kind_fields, **common}
    explanation = general_feedback or answer_feedback
    if explanation:
        fields["explanation"] = explanation
    return SourceQuestion(fields, line, name, question.comments, question.losses, question.answer_feedback)


def _quadruple_hashes(text: str, hashes: list[int]) -> list[int]:
    """Starts of unescaped `####` runs (the general feedback separator)."""
    return [at for at in hashes if text.startswith("####", at) and (at == 0 or text[at - 1] != "#")]


def _check_braces(question: GiftQuestion, opening: int, closing: int) -> None:
    text = question.text
    if opening < 0:
        raise MalformedInput([question.problem(closing, "'}' without an opening '{' (write a literal brace as \\})")])
    if closing < 0:
        raise MalformedInput(
            [question.problem(opening, "'{' opens the answers but no '}' closes them before the blank line")]
        )
    if closing < opening:
        raise MalformedInput([question.problem(closing, "'}' before the answers' '{' (write a literal brace as \\})")])
    inner = find_unescaped(text, "{", opening + 1, closing)
    if inner >= 0:
        raise MalformedInput([question.problem(inner, "'{' inside the answers (write a literal brace as \\{)")])
    later = [at for at in (find_unescaped(text, "{", closing), find_unescaped(text, "}", closing + 1)) if at >= 0]
    if later:
        extra = min(later)
        message = "a second answer block: a question has one (write literal braces as \\{ \\})"
        raise MalformedInput([question.problem(extra, message)])
