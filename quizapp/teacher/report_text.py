"""The class report as text a teacher reads in an 80-column terminal, with bar charts.

Nothing is cut that identifies something: a question id longer than the line gets a line of
its own; only prompts (shown to recognise a question) are shortened, with an ellipsis. Each
question takes two lines: its id and the beginning of its prompt, then its figures, the
facility drawn as a bar, so the bars down the page are the chart of facility by question.
The score distribution is a histogram of the students analysed, in tenths.

The HTML page (quizapp.teacher.report_html) shows the same sections from the same helpers.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from quizapp.teacher.report import ClassReport, ItemStats, StudentScore, VersionReport
from quizapp.text import displayable, plural

WIDTH = 80
BAR = 10
"""Width of a facility bar: a tenth of facility per character."""
HISTOGRAM = 40
"""Width of the longest bar of the score distribution."""


def number(value: float | None, sign: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:+.2f}" if sign else f"{value:.2f}"


def bar(share: float | None, width: int = BAR) -> str:
    """A bar of `share` (0..1) of `width` characters, in eighths of a character."""
    if share is None:
        return " " * width
    eighths = round(max(0.0, min(1.0, share)) * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full + ("" if not part else " ▏▎▍▌▋▊▉"[part])
    return text.ljust(width, "·")


def score_bins(students: tuple[StudentScore, ...]) -> list[int]:
    """How many students scored 0–10%, 10–20%, ..., 90–100% (100% in the last)."""
    bins = [0] * 10
    for student in students:
        if student.score is not None:
            bins[min(9, int(student.score * 10 + 1e-9))] += 1
    return bins


def groups_line(version: VersionReport) -> str:
    size = version.group_size
    groups = f"top {size} against bottom {size}" if size else "needs two students"
    return f"n = {version.analysed} students analysed; discrimination: {groups}"


def test_line(version: VersionReport) -> str:
    alpha = number(version.alpha)
    sem = "–" if version.sem is None else f"{version.sem:.1f} points"
    return f"Cronbach's alpha {alpha} · standard error of measurement {sem} (n = {version.analysed})"


def left_out_line(version: VersionReport) -> str | None:
    if not version.left_out:
        return None
    names = ", ".join(f"{s.student} ({s.answered}/{s.total})" for s in version.left_out)
    return f"Left out (answered less than {version.min_share:.0%} of the questions): {names}"


def _shortened(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)].rstrip() + "…"


def _folded(text: str, width: int, indent: str = "") -> Iterator[str]:
    """`text` over as many lines as it needs, never cut."""
    first = True
    while text:
        room = width - (0 if first else len(indent))
        yield ("" if first else indent) + text[:room]
        text = text[room:]
        first = False


def _wrapped(text: str, width: int) -> list[str]:
    """Prose over several lines, broken between words (a word longer than a line is split)."""
    return textwrap.wrap(text, width, subsequent_indent="  ", break_on_hyphens=False)


def render(report: ClassReport, width: int = WIDTH) -> str:
    """The report as terminal text. Names, titles, ids and prompts come from students' and teachers'
    files: their control characters are shown, never obeyed (quizapp.text.displayable)."""
    lines: list[str] = []
    for warning in report.warnings:
        lines += _wrapped(f"warning: {warning}", width)
    for version in report.versions:
        lines += ["", *_version(version, width)]
    return displayable("\n".join(lines) + "\n")


def _version(version: VersionReport, width: int) -> list[str]:
    lines = list(_folded(f"{version.title} ({version.bank_id}, version {version.content_hash})", width))
    lines += ["=" * min(width, len(lines[0])), "", *_students(version, width)]
    left_out = left_out_line(version)
    if left_out:
        lines += ["", *_wrapped(left_out, width)]
    lines += ["", *_histogram(version), "", *_wrapped(test_line(version), width)]
    lines += ["", *_questions(version, width)]
    return lines


def _students(version: VersionReport, width: int) -> list[str]:
    name_width = width - 27
    lines = [f"{'Student':<{name_width}}  Answered  Right   Score"]
    for student in version.students:
        score = "–" if student.score is None else f"{100 * student.score:.1f}%"
        figures = f"{student.answered:>4}/{student.total:<3}  {student.right:>5}  {score:>6}"
        if len(student.student) > name_width:
            lines += _folded(student.student, width)
            lines.append(f"{'':<{name_width}}  {figures}")
        else:
            lines.append(f"{student.student:<{name_width}}  {figures}")
    return lines


def _histogram(version: VersionReport) -> list[str]:
    analysed = [s for s in version.students if s not in version.left_out]
    bins = score_bins(tuple(analysed))
    tallest = max(bins) or 1
    lines = [f"Score distribution ({plural(len(analysed), 'student')} analysed)"]
    for tenth, count in enumerate(bins):
        label = f"{10 * tenth:>3}–{10 * tenth + 10}%"
        lines.append(f"  {label:>8} {bar(count / tallest, HISTOGRAM).rstrip('·'):<{HISTOGRAM}} {count or ''}".rstrip())
    return lines


def _questions(version: VersionReport, width: int) -> list[str]:
    prompts = version.prompts or {}
    lines = [
        f"Questions ({groups_line(version)})",
        "Question id  prompt",
        f"    {'Facility':<15}  {'Discr.':>6}  {'r(it)':>6}  {'n':>4}  Flags",
    ]
    for item in version.items:
        lines += _question_lines(item, prompts.get(item.question_id, ""), width)
        lines += _flag_lines(version.student_flags.get(item.question_id, ()), width)
    return lines


def flag_summary(notes: tuple[str, ...]) -> tuple[str, list[str]]:
    """ "flagged by students 2×" and each note as one displayable line (students' text: shown, not obeyed)."""
    cleaned = [" ".join(displayable(note).split()) for note in notes]
    return f"flagged by students {len(notes)}×", [note for note in cleaned if note]


def _flag_lines(notes: tuple[str, ...], width: int) -> list[str]:
    """Under a question's figures: how many flags it had, then each note in quotation marks, wrapped."""
    if not notes:
        return []
    head, texts = flag_summary(notes)
    lines = [f"    {head}" + (":" if texts else "")]
    for text in texts:
        lines += textwrap.wrap(f"“{text}”", width, initial_indent="      ", subsequent_indent="       ")
    return lines


def _question_lines(item: ItemStats, prompt: str, width: int) -> list[str]:
    lines: list[str] = []
    room = width - len(item.question_id) - 2
    if room < 12:  # a long id: on its own line(s), whole
        lines += _folded(item.question_id, width)
        if prompt:
            lines.append("  " + _shortened(prompt, width - 2))
    else:
        lines.append(f"{item.question_id}  {_shortened(prompt, room)}".rstrip())
    figures = f"{number(item.facility)} {bar(item.facility)}"
    flags = ", ".join(item.flags)
    lines.append(
        f"    {figures:<15}  {number(item.discrimination, True):>6}  {number(item.item_total, True):>6}  "
        f"{item.n:>4}  {flags}".rstrip()
    )
    return lines
