"""A label opening with the verb of an inverted said-clause: `Stated Okafor:`, `Continued Okafor:` (speaker_lines.py).

Interview write-ups introduce each block of words with the verb before the surname and a colon. The verb is not
part of the name: the label names the person the article already knows, never a new "Stated Okafor". The fixture
is in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import sure_speakers

_TEXT = (
    "Harbour fears grow.\n\n"
    "Fisheries adviser Grace Okafor warned on Monday that the new quota rules would hurt small crews.\n\n"
    "Okafor was speaking on a regional radio programme.\n\n"
    "Stated Okafor:\n\n"
    "\u201cThe small boats will be gone within five years if nothing changes.\u201d\n\n"
    "Continued Okafor: \u201cWe asked for a meeting and heard nothing back from the ministry.\u201d\n"
)


def test_the_verb_before_a_label_name_is_not_part_of_the_name() -> None:
    said = sure_speakers(extract(_TEXT))
    assert said["The small boats will"] == "Grace Okafor"
    assert said["We asked for a"] == "Grace Okafor"
