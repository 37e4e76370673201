"""Small wording helpers shared by the command line and the app."""

from __future__ import annotations


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """'1 question', '3 questions'."""
    word = noun if count == 1 else (plural_form or noun + "s")
    return f"{count} {word}"


def describe_interval(seconds: float) -> str:
    """'in 10 minutes', 'tomorrow', 'in 3 days', 'in 2 months': when something comes back."""
    minutes = seconds / 60
    if minutes < 1:
        return "now"
    if minutes < 60:
        return f"in {plural(round(minutes), 'minute')}"
    hours = minutes / 60
    if hours < 20:
        return f"in {plural(round(hours), 'hour')}"
    days = hours / 24
    if days < 1.5:
        return "tomorrow"
    if days < 45:
        return f"in {plural(round(days), 'day')}"
    if days < 365:
        return f"in {plural(round(days / 30.4), 'month')}"
    return f"in {plural(round(days / 365), 'year')}"


def short_interval(seconds: float) -> str:
    """'now', '1m', '10m', '5h', '1d', '8d', '3mo', '2y': an interval where space is short (the rating keys)."""
    minutes = seconds / 60
    if minutes < 1:
        return "now"
    if minutes < 60:
        return f"{round(minutes)}m"
    if minutes < 20 * 60:
        return f"{round(minutes / 60)}h"
    days = minutes / 1440
    if days < 45:
        return f"{max(1, round(days))}d"
    if days < 365:
        return f"{round(days / 30.4)}mo"
    return f"{round(days / 365)}y"


def describe_duration(seconds: float) -> str:
    """'42 s', '3 min 5 s', '1 h 2 min'."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def _visible(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ESC is ␛, BEL is ␇, CR is ␍
    if code == 0x7F:
        return "␡"
    if code <= 0xFF:
        return f"\\x{code:02x}"  # C1 has no pictures: shown as Python would write it
    return f"\\u{code:04x}"


BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""Embeddings, overrides and isolates: a right-to-left override in a prompt reverses what the screen shows
("Trojan Source"), so they are shown as escapes, not obeyed, like the control characters."""
_DISPLAYABLE = {
    code: _visible(code)
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), *BIDI_CONTROLS)
    if code not in (0x09, 0x0A)
}


def displayable(text: str) -> str:
    """`text` from a file (a bank, a results file, an import, the progress file) made safe for a screen.

    Control characters other than newline and tab are shown, not obeyed: an escape sequence in a teacher's
    prompt or a student's name can then never set the clipboard (OSC 52), the window title (OSC 0) or clear
    the screen (CSI 2J). ESC reads `␛`, DEL `␡`, C1 codes `\\x9b`; a Windows line end is a line end.
    Every screen and every command's output passes file text through here.
    """
    if text.isprintable():  # the common case, in one C-speed test
        return text
    return text.replace("\r\n", "\n").translate(_DISPLAYABLE)
