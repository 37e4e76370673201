"""A sentence opening on "he" or "she" right after a sentence that opens on one person's name is asked, with the
name written in; in any other shape it is still not asked alone. The fixtures are written for these tests."""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.standalone import render, standalone_edits


def _shown(text: str, opening: str) -> str | None:
    """The sentence opening with `opening` as a question would show it, or None when it cannot stand alone."""
    extraction = extract(text)
    for sentence in extraction.sentences:
        if extraction.text.startswith(opening, sentence.start):
            edits = standalone_edits(extraction, sentence.start, sentence.end)
            return None if edits is None else render(extraction.text, sentence.start, sentence.end, edits).strip()
    raise AssertionError(f"no sentence opens with {opening!r}")


_NAMED_SUBJECT = """Harbour vote decided.

Nora Pell, a teacher at the island school, won the vote for chair on Monday. She will lead the group for 3 years.

Tom Vale, the captain of the morning boat, said the vote was fair. He has sailed the crossing since 2009.
"""


def test_the_name_of_the_subject_before_is_written_for_he_or_she() -> None:
    assert _shown(_NAMED_SUBJECT, "She will") == "Nora Pell will lead the group for 3 years."
    assert _shown(_NAMED_SUBJECT, "He has") == "Tom Vale has sailed the crossing since 2009."


_OTHER_SHAPES = """Harbour vote decided.

Nora Pell and Ida Marsh stood for chair of the ferry users' group. She won the vote by 40 to 12.

Tom Vale called him a fair man. He had sailed the crossing since 2009.

Ida Marsh told Tom Vale the result on Monday. He said the vote was held in Leeds.

After meeting Nora Pell, the mayor spoke on Tuesday. He praised the 3 candidates.
"""


def test_he_or_she_after_two_people_an_object_or_another_subject_is_not_asked() -> None:
    assert _shown(_OTHER_SHAPES, "She won") is None  # two women named before
    assert _shown(_OTHER_SHAPES, "He had") is None  # "him" is someone else
    assert _shown(_OTHER_SHAPES, "He said") is None  # the sentence before names two people
    assert _shown(_OTHER_SHAPES, "He praised") is None  # the name before is no subject
