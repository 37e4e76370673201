"""The class report as one self-contained HTML page, for printing or sending on.

The same sections as the terminal report (quizapp.teacher.report_text, whose helpers it uses):
students, those left out, the score distribution, the test's figures, and every question with
its prompt and a facility bar. Charts are inline SVG and the style sheet is inline: the page
fetches nothing, so it prints and opens the same anywhere, offline too. Every text from the
files (names, prompts, titles) is escaped.
"""

from __future__ import annotations

from html import escape

from quizapp.teacher.report import ClassReport, VersionReport
from quizapp.teacher.report_text import flag_summary, groups_line, left_out_line, number, score_bins, test_line

_STYLE = """
body { font: 11pt/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #111; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { padding: .15em .5em; border-bottom: 1px solid #ddd; text-align: right; vertical-align: top; }
th:first-child, td:first-child, td.text { text-align: left; }
td.id { font-family: ui-monospace, monospace; word-break: break-all; }
.flag { color: #a00; font-weight: bold; } .muted { color: #555; }
svg { display: block; } .bar { fill: #3465a4; } .track { fill: #e4e4e4; }
@media print { body { margin: 0; max-width: none; } h2 { break-before: auto; } tr { break-inside: avoid; } }
"""


def report_html(report: ClassReport) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Class report</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Class report</h1>",
    ]
    parts += [f'<p class="muted">warning: {escape(warning)}</p>' for warning in report.warnings]
    for version in report.versions:
        parts += _version(version)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _bar(share: float | None, width: int = 120, height: int = 12) -> str:
    filled = 0 if share is None else round(max(0.0, min(1.0, share)) * width)
    return (
        f'<svg width="{width}" height="{height}" role="img" aria-label="{number(share)}">'
        f'<rect class="track" width="{width}" height="{height}"/>'
        f'<rect class="bar" width="{filled}" height="{height}"/></svg>'
    )


def _version(version: VersionReport) -> list[str]:
    heading = f"{version.title} ({version.bank_id}, version {version.content_hash})"
    parts = [f"<h2>{escape(heading)}</h2>", "<table><tr><th>Student</th><th>Answered</th><th>Right</th><th>Score</th>"]
    for student in version.students:
        score = "–" if student.score is None else f"{100 * student.score:.1f}%"
        parts.append(
            f"<tr><td>{escape(student.student)}</td><td>{student.answered}/{student.total}</td>"
            f"<td>{student.right}</td><td>{score}</td></tr>"
        )
    parts.append("</table>")
    left_out = left_out_line(version)
    if left_out:
        parts.append(f"<p>{escape(left_out)}</p>")
    parts += _histogram(version)
    parts.append(f"<p>{escape(test_line(version))}</p>")
    parts += _questions(version)
    return parts


def _histogram(version: VersionReport) -> list[str]:
    analysed = tuple(s for s in version.students if s not in version.left_out)
    bins = score_bins(analysed)
    tallest = max(bins) or 1
    parts = [f"<h3>Score distribution ({len(analysed)} students analysed)</h3>", "<table>"]
    for tenth, count in enumerate(bins):
        parts.append(
            f"<tr><td>{10 * tenth}–{10 * tenth + 10}%</td>"
            f'<td class="text">{_bar(count / tallest, 300)}</td><td>{count}</td></tr>'
        )
    parts.append("</table>")
    return parts


def _questions(version: VersionReport) -> list[str]:
    prompts = version.prompts or {}
    parts = [
        f"<h3>Questions ({escape(groups_line(version))})</h3>",
        "<table><tr><th>Question</th><th>Prompt</th><th>Facility</th><th></th>"
        "<th>Discr.</th><th>r(it)</th><th>n</th><th>Flags</th></tr>",
    ]
    for item in version.items:
        flags = escape(", ".join(item.flags))
        notes = version.student_flags.get(item.question_id, ())
        if notes:
            head, texts = flag_summary(notes)
            said = "".join(f"<br>“{escape(text)}”" for text in texts)
            flags += f"{'<br>' if flags else ''}{escape(head)}{said}"
        parts.append(
            f'<tr><td class="id">{escape(item.question_id)}</td>'
            f'<td class="text">{escape(prompts.get(item.question_id, ""))}</td>'
            f"<td>{number(item.facility)}</td><td>{_bar(item.facility)}</td>"
            f"<td>{number(item.discrimination, True)}</td><td>{number(item.item_total, True)}</td>"
            f'<td>{item.n}</td><td class="flag">{flags}</td></tr>'
        )
    parts.append("</table>")
    return parts
