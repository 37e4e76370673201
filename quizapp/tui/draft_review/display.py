"""How a drafted question reads in the review: a line for the list, the whole question, its paragraph.

Drafted text is content, never markup: `literal` everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.content import Content

from quizapp.domain.kinds import answer_summary
from quizapp.tui.text import literal, one_line

if TYPE_CHECKING:
    from quizapp.draft import Draft
    from quizapp.draft.candidate import DraftedQuestion


SOURCE_HIGHLIGHT = "bold $text on $accent 35%"
"""How the sentence a question was drafted from stands out in its paragraph."""


def _blanked(question: Any, shown: Callable[[int], Content]) -> Content:
    """A cloze passage with each blank replaced by what `shown(index)` gives."""
    parts = [literal(part) if isinstance(part, str) else shown(part) for part in question.segments()]
    return Content.assemble(*parts)


def gist(question: Any, prompt: str) -> Content:
    """One line for the list: the prompt, and for a cloze the passage too (its prompt says little)."""
    line = literal(one_line(prompt))
    if question.kind == "cloze":
        passage = _blanked(question, lambda _index: Content("____"))
        line = Content.assemble(line, " ", literal(one_line(passage.plain)))
    return line


def question_body(question: Any) -> Content:
    """Everything a student would be asked, with the right answer marked."""
    kind = question.kind
    right = "bold $success"
    lines: list[Content] = []
    if kind in ("multiple_choice", "multi_select"):
        answers = {question.answer} if kind == "multiple_choice" else set(question.answers)
        for choice in question.choices:
            if choice in answers:
                lines.append(Content.assemble(("✓ ", right), literal(choice, right)))
            else:
                lines.append(Content.assemble(("· ", "$text-muted"), literal(choice)))
    elif kind == "true_false":
        lines.append(Content.assemble(("Answer: ", "$text-muted"), ("True" if question.answer else "False", right)))
    elif kind == "short_answer":
        lines.append(Content.assemble(("Answer: ", "$text-muted"), literal(question.answer, right)))
        if question.alternatives:
            also = ", ".join(question.alternatives)
            lines.append(Content.assemble(("Also accepted: ", "$text-muted"), literal(also)))
    elif kind == "cloze":
        lines.append(_blanked(question, lambda index: literal(f"[{_blank_answers(question, index)}]", right)))
    elif kind == "ordering":
        for position, item in enumerate(question.items, start=1):
            lines.append(Content.assemble((f"{position}. ", "$text-muted"), literal(item)))
    elif kind == "numeric":
        lines.append(Content.assemble(("Answer: ", "$text-muted"), Content.styled(answer_summary(question), right)))
    elif kind == "matching":
        for pair in question.pairs:
            lines.append(
                Content.assemble(literal(pair.left), ("  → ", "$text-muted"), Content.styled(pair.right, right))
            )
        if question.distractors:
            also = ", ".join(question.distractors)
            lines.append(Content.assemble(("Also offered: ", "$text-muted"), literal(also)))
    return Content("\n").join(lines)


def _blank_answers(question: Any, index: int) -> str:
    blank = question.blanks[index]
    return " | ".join((blank.answer, *blank.alternatives))


def source_passage(draft: Draft, drafted: DraftedQuestion) -> tuple[int, Content]:
    """The paragraph(s) a question comes from, its source excerpt highlighted; and the first paragraph's number."""
    article = draft.extraction.article
    text = draft.text
    start, end = drafted.source_span
    if not article.paragraphs:
        return drafted.paragraph, literal(text[start:end]).stylize(SOURCE_HIGHLIGHT)
    first = article.paragraph_index(start)
    last = article.paragraph_index(max(start, end - 1))
    passage_start = min(article.paragraphs[first].start, start)
    passage_end = max(article.paragraphs[last].end, end)
    passage = literal(text[passage_start:passage_end])
    return first + 1, passage.stylize(SOURCE_HIGHLIGHT, start - passage_start, end - passage_start)
