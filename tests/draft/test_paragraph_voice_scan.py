"""Whether only quoted words come before a pronoun is read up to the first unquoted letter (paragraph_voice.py).

Blanking every quotation from the paragraph's start up to each pronoun read a long paragraph of `"...," he said.`
again for each of its pronouns. The early-stopping reading must answer as the blanking one did.
"""

from __future__ import annotations

import re

from quizapp.draft.paragraph_voice import _only_quoted
from quizapp.draft.pronoun_rivals import unquoted

_LETTER = re.compile(r"[^\W\d_]")

_TEXTS = [
    '"We were promised weeks," he said.',
    '"We lost." "Badly." She said so.',
    "“It’s over,” she said.",
    "‘Fine,’ he said.",
    '  "One" , "two" -- 3 he',
    'Ana said "yes" and he',
    '"Unclosed quotation and he said',
    '"Reid’s dog" he',
    "",
    "12 -- 34",
]


def test_early_stop_answers_as_blanking_did() -> None:
    for text in _TEXTS:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                expected = _LETTER.search(unquoted(text[start:end])) is None
                assert _only_quoted(text, start, end) == expected, (text, start, end)


def test_stops_at_the_first_unquoted_letter() -> None:
    text = '"Opening words," he said. ' + '"More," he said. ' * 20_000
    assert not _only_quoted(text, 0, len(text))
    assert _only_quoted(text, 0, len('"Opening words,"'))
