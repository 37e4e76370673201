"""The duplicate check's second pass reads on from its first (`drafting._without_duplicates`): it keeps what a pass
over the whole list keeps, and a list that does not open with the candidates read last is read from its start."""

from __future__ import annotations

from pathlib import Path

from quizapp.draft import draft_article
from quizapp.draft.drafting import _Deduplicated, _without_duplicates


def test_the_second_pass_keeps_what_a_pass_over_the_whole_list_keeps(article_path: Path) -> None:
    questions = list(draft_article(article_path.read_text(encoding="utf-8")).questions)
    assert len(questions) > 5
    doubled = questions + questions[:3]  # the same ids again, after the first pass: dropped
    read = _Deduplicated()

    assert _without_duplicates(questions[:5], read) == _without_duplicates(questions[:5]) == questions[:5]
    assert _without_duplicates(doubled, read) == _without_duplicates(doubled) == questions
    assert read.read == doubled
    reordered = list(reversed(doubled))  # another list: read from its start, not on from the last
    assert _without_duplicates(reordered, read) == _without_duplicates(reordered)
