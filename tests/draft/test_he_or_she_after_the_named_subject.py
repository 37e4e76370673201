"""A fact opening on "He" or "She" right after a sentence that opens on one person's name is asked with that
sentence shown before it, verbatim: the student reads what the article wrote, and no name is written in for the
pronoun (a guessed name once made a false statement: "Jackson said" for words of Nigel Clough). In any other shape
the sentence is still not asked alone. Written in our own words."""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.standalone import render, standalone_edits

_TEXT = """Harbour vote decided.

Nora Pell, a teacher at the island school, won the vote for chair on Monday. She will lead the group for 3 years.

Tom Vale called him a fair man. He had sailed the crossing since 2009.

After meeting Nora Pell, the mayor spoke on Tuesday. He praised the 3 candidates.

The ferry left at noon.

He said the fares would rise by 5 percent in June.
"""


def _shown(opening: str, *, sentence_before: bool = True) -> str | None:
    """The sentence opening with `opening` as a fact question shows it, or None when it cannot be asked."""
    extraction = extract(_TEXT)
    for sentence in extraction.sentences:
        if extraction.text.startswith(opening, sentence.start):
            edits = standalone_edits(extraction, sentence.start, sentence.end, sentence_before=sentence_before)
            return None if edits is None else render(extraction.text, sentence.start, sentence.end, edits).strip()
    raise AssertionError(f"no sentence opens with {opening!r}")


def test_he_or_she_after_the_named_subject_is_shown_after_that_sentence_word_for_word() -> None:
    assert _shown("She will") == (
        "Nora Pell, a teacher at the island school, won the vote for chair on Monday. "
        "She will lead the group for 3 years."
    )


def test_only_fact_questions_show_two_sentences() -> None:
    assert _shown("She will", sentence_before=False) is None


def test_he_after_an_object_another_subject_or_another_paragraph_is_not_asked() -> None:
    assert _shown("He had") is None  # "him" in the sentence before is someone else, and "he" may be him
    assert _shown("He praised") is None  # the name before is no subject: the mayor is
    assert _shown("He said") is None  # the sentence before is in another paragraph and names no one
