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
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from quizapp.interchange.gift_syntax import find_all_unescaped, find_unescaped, split_format, unescape
from quizapp.interchange.htmltext import html_to_text
from quizapp.interchange.imported import Draft, Skipped
from quizapp.interchange.numeric_answers import NumericAnswer, numeric_fields, parse_number
from quizapp.interchange.problems import MalformedInput, SourceProblem

CLOZE_PROMPT = "Fill in the blank."
"""GIFT has only the passage: a missing-word short answer gets this prompt (and the writer leaves it out)."""
BLANK = "_____"
"""Where Moodle shows the answers of a missing-word question (Moodle writes five underscores)."""

WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d*)?)%")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_CONTEXT_MARKER = re.compile(r"^\$[a-z0-9]*\$$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class _Answer:
    marker: str
    weight: float | None
    raw: str
    feedback_raw: str | None
    line: int

    @property
    def full_credit(self) -> bool:
        return self.weight is None or self.weight >= 100


@dataclass
class _Block:
    """Lines of one question (comment lines blanked, so offsets still map to lines)."""

    first_line: int
    lines: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class _Question:
    """One block being read: knows where each offset is, and collects drafts or problems."""

    def __init__(self, block: _Block, shown_as: str, category: str | None) -> None:
        self.text = block.text
        self.first_line = block.first_line
        self.shown_as = shown_as
        self.category = category
        self.comments = block.comments
        self.losses: list[str] = []
        self.answer_feedback: list[tuple[str, str]] = []
        self.format: str | None = None

    @property
    def start_line(self) -> int:
        """The line where the question itself starts (after any comment lines)."""
        return self.line_at(len(self.text) - len(self.text.lstrip()))

    def line_at(self, offset: int) -> int:
        return self.first_line + self.text.count("\n", 0, max(offset, 0))

    def problem(self, offset: int, message: str) -> SourceProblem:
        return SourceProblem(self.shown_as, self.line_at(offset), message)

    def plain(self, raw: str) -> str:
        """A GIFT text as quizapp text: escapes resolved, a `[format]` marker honoured."""
        body, own_format = split_format(raw)
        text_format = own_format or self.format
        text = unescape(body).strip()
        if text_format == "html":
            text, lost = html_to_text(text)
            self.losses.extend(f"{item} (quizapp shows text only)" for item in lost)
        return text


def read_gift(text: str, shown_as: str) -> tuple[list[Draft], list[Skipped]]:
    """Every question of a GIFT text; MalformedInput lists every malformed one, by line."""
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    problems: list[SourceProblem] = []
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
            block = _Block(block.first_line, body[:line_end].count("\n") * [""] + rest.split("\n"), block.comments)
        question = _Question(block, shown_as, category)
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


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        stripped = line.strip()
        if not stripped:
            current = None
            continue
        if current is None:
            current = _Block(number)
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


def _read_question(question: _Question) -> Draft | Skipped:
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
        kind_fields = _numeric(question, answers[1:], offset + 1, prompt)
    elif find_unescaped(answers, "~") >= 0:
        kind_fields = _choices(question, answers, offset, prompt)
    elif find_unescaped(answers, "=") >= 0 and "->" in answers:
        kind_fields = _matching(question, answers, offset, prompt)
    else:
        hash_at = find_unescaped(answers, "#")
        head = (answers if hash_at < 0 else answers[:hash_at]).strip()
        if head in _TRUE_FALSE:
            kind_fields = _true_false(question, answers, hash_at, prompt)
        else:
            accepted = _short_answers(question, answers, offset)
            kind_fields = _typed_answer(question, accepted, before, after, missing_word, prompt)
    if isinstance(kind_fields, Skipped):
        return kind_fields
    answer_feedback = kind_fields.pop("_feedback", None)
    if general_feedback and answer_feedback:
        question.answer_feedback.insert(0, ("", answer_feedback))
    fields = {**kind_fields, **common}
    explanation = general_feedback or answer_feedback
    if explanation:
        fields["explanation"] = explanation
    return Draft(fields, line, name, question.comments, question.losses, question.answer_feedback)


def _quadruple_hashes(text: str, hashes: list[int]) -> list[int]:
    """Starts of unescaped `####` runs (the general feedback separator)."""
    return [at for at in hashes if text.startswith("####", at) and (at == 0 or text[at - 1] != "#")]


def _check_braces(question: _Question, opening: int, closing: int) -> None:
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


def _split_answers(question: _Question, answers: str, offset: int, markers: str) -> list[_Answer]:
    starts = find_all_unescaped(answers, markers)
    if not starts or answers[: starts[0]].strip():
        raise MalformedInput([question.problem(offset, "text before the first answer: start each answer with = or ~")])
    parsed = []
    for index, at in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(answers)
        raw = answers[at + 1 : end]
        weight = None
        match = WEIGHT.match(raw)
        if match:
            weight = float(match.group(1))
            raw = raw[match.end() :]
        hash_at = find_unescaped(raw, "#")
        feedback = None if hash_at < 0 else raw[hash_at + 1 :]
        raw = raw if hash_at < 0 else raw[:hash_at]
        parsed.append(_Answer(answers[at], weight, raw, feedback, question.line_at(offset + at)))
    return parsed


def _feedback(question: _Question, answer: _Answer) -> str | None:
    return question.plain(answer.feedback_raw) or None if answer.feedback_raw is not None else None


def _choices(question: _Question, answers: str, offset: int, prompt: str) -> dict | Skipped:
    parsed = _split_answers(question, answers, offset, "=~")
    texts = [question.plain(answer.raw) for answer in parsed]
    single = any(answer.marker == "=" for answer in parsed)
    if single:
        right = [i for i, answer in enumerate(parsed) if answer.marker == "=" and answer.full_credit]
        if len(right) != 1:
            reason = "no full-credit answer" if not right else "several full-credit answers"
            return Skipped(
                parsed[0].line, f"skipped a multiple choice question with {reason}: quizapp's has exactly one"
            )
        for index, answer in enumerate(parsed):
            if index not in right and answer.weight:
                what = "partial credit" if answer.weight > 0 else "a penalty"
                question.losses.append(f"{what} ({answer.weight:g}%) for {texts[index]!r}: it counts as simply wrong")
        fields: dict = {"kind": "multiple_choice", "prompt": prompt, "choices": texts, "answer": texts[right[0]]}
        right_set = set(right)
    else:
        right = [i for i, answer in enumerate(parsed) if (answer.weight or 0) > 0]
        if not right:
            return Skipped(
                parsed[0].line, "skipped a multiple-answer question with no right answer (no positive %weight%)"
            )
        if len({parsed[i].weight for i in right}) > 1:
            question.losses.append("unequal answer weights: every right choice counts the same in quizapp")
        if any(not answer.weight for i, answer in enumerate(parsed) if i not in right):
            question.losses.append("unpenalised wrong choices: quizapp takes off a share for each wrong pick")
        fields = {"kind": "multi_select", "prompt": prompt, "choices": texts, "answers": [texts[i] for i in right]}
        right_set = set(right)
    for index, answer in enumerate(parsed):
        feedback = _feedback(question, answer)
        if feedback is None:
            continue
        if single and index in right_set:
            fields["_feedback"] = feedback
        else:
            question.answer_feedback.append((texts[index], feedback))
    return fields


def _matching(question: _Question, answers: str, offset: int, prompt: str) -> dict:
    parsed = _split_answers(question, answers, offset, "=")
    pairs = []
    distractors = []
    problems = []
    for answer in parsed:
        raw = answer.raw if answer.feedback_raw is None else answer.raw + "#" + answer.feedback_raw
        arrow = raw.find("->")
        if arrow < 0:
            problems.append(
                SourceProblem(question.shown_as, answer.line, "a matching answer is written '=left -> right'")
            )
            continue
        left, right = question.plain(raw[:arrow]), question.plain(raw[arrow + 2 :])
        if left:
            pairs.append({"left": left, "right": right})
        else:
            distractors.append(right)
    if problems:
        raise MalformedInput(problems)
    fields: dict = {"kind": "matching", "prompt": prompt, "pairs": pairs}
    if distractors:
        fields["distractors"] = distractors
    return fields


def _true_false(question: _Question, answers: str, hash_at: int, prompt: str) -> dict:
    head = (answers if hash_at < 0 else answers[:hash_at]).strip()
    fields: dict = {"kind": "true_false", "prompt": prompt, "answer": _TRUE_FALSE[head]}
    if hash_at >= 0:
        second = find_unescaped(answers, "#", hash_at + 1)
        wrong = question.plain(answers[hash_at + 1 : second if second >= 0 else len(answers)])
        right = question.plain(answers[second + 1 :]) if second >= 0 else ""
        if wrong:
            question.answer_feedback.append((str(not fields["answer"]).lower(), wrong))
        if right:
            fields["_feedback"] = right
    return fields


def _short_answers(question: _Question, answers: str, offset: int) -> list[tuple[str, str | None]]:
    """(accepted answer, its feedback) for each full-credit answer; partial ones are reported."""
    parsed = _split_answers(question, answers, offset, "=")
    accepted = []
    for answer in parsed:
        text = question.plain(answer.raw)
        if answer.full_credit:
            accepted.append((text, _feedback(question, answer)))
        else:
            question.losses.append(f"partial credit ({answer.weight:g}%) for {text!r}: it counts as wrong")
    return accepted


def _numeric(question: _Question, answers: str, offset: int, prompt: str) -> dict[str, Any] | Skipped:
    """`{#a}`, `{#a:margin}`, `{#low..high}`, several answers with `%weight%`s -> a numeric question."""
    wrong_at = find_unescaped(answers, "~")
    if wrong_at >= 0:
        feedback = question.plain(answers[wrong_at + 1 :].partition("#")[2])
        if feedback:
            question.answer_feedback.append(("any other number", feedback))
        answers = answers[:wrong_at]
    if find_unescaped(answers, "=") < 0:
        answers = "=" + answers
        offset -= 1
    accepted: list[NumericAnswer] = []
    for answer in _split_answers(question, answers, offset, "="):
        value = question.plain(answer.raw)
        if value == "*":
            question.losses.append("the answer '*' (any number) was left out")
            continue
        numbers = _numbers(value)
        if numbers is None:
            message = f"{value!r} is not a number, a number:margin or min..max"
            raise MalformedInput([SourceProblem(question.shown_as, answer.line, message)])
        credit = 1.0 if answer.weight is None else answer.weight / 100
        if credit <= 0:
            question.losses.append(f"the answer {value} with {answer.weight:g}% credit (it earns nothing)")
            continue
        centre, margin, as_range = numbers
        accepted.append(NumericAnswer(centre, margin, min(credit, 1.0), _feedback(question, answer), as_range))
    fields = numeric_fields(prompt, accepted, question.answer_feedback)
    if fields is None:
        why = "; ".join(question.losses) or "it has no full-credit answer"
        return Skipped(question.start_line, f"skipped a numerical question: {why}")
    return fields


def _numbers(value: str) -> tuple[Decimal, Decimal, bool] | None:
    """(centre, margin, written as a range) of `a`, `a:margin` or `low..high`, exact as written."""
    if ".." in value:
        parts = [parse_number(part) for part in value.split("..", 1)]
        if parts[0] is None or parts[1] is None:
            return None
        low, high = sorted((parts[0], parts[1]))
        return (low + high) / 2, (high - low) / 2, True
    number, _, margin = (parse_number(part) if part else None for part in value.partition(":"))
    if number is None or (":" in value and margin is None):
        return None
    return number, abs(margin or Decimal(0)), False


def _typed_answer(
    question: _Question,
    accepted: list[tuple[str, str | None]],
    before: str,
    after: str,
    missing_word: bool,
    prompt: str,
) -> dict | Skipped:
    if not accepted:
        why = "; ".join(question.losses) or "it has no full-credit answer"
        return Skipped(question.start_line, f"skipped a question: {why}")
    texts = list(dict.fromkeys(text for text, _ in accepted))
    feedback = next((fb for _, fb in accepted if fb), None)
    for text, fb in accepted[1:]:
        if fb and fb != feedback:
            question.answer_feedback.append((text, fb))
    if missing_word:
        head, tail = question.plain(before), question.plain(after)
        if any(mark in text for text in (*texts, head, tail) for mark in ("{{", "}}")) or any("|" in t for t in texts):
            return Skipped(question.start_line, "skipped a missing-word question whose text has '{{', '}}' or '|'")
        left = " " if head and before[-1:].isspace() else ""
        right = " " if tail and after[:1].isspace() else ""
        passage = f"{head}{left}{{{{{'|'.join(texts)}}}}}{right}{tail}"
        fields: dict = {"kind": "cloze", "prompt": CLOZE_PROMPT, "text": passage}
    else:
        fields = {"kind": "short_answer", "prompt": prompt, "answer": texts[0]}
        if texts[1:]:
            fields["alternatives"] = texts[1:]
    if feedback:
        fields["_feedback"] = feedback
    return fields
