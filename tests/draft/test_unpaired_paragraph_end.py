"""A stray closing mark ends its paragraph when only white space follows it (unpaired.ends_paragraph).

The rest of the paragraph is read up to its first word instead of being copied per mark; white space is
what `str.strip` strips, non-breaking and wide spaces of pasted pages included.
"""

from __future__ import annotations

from quizapp.draft.unpaired import ends_paragraph


def test_only_white_space_after_the_mark_ends_the_paragraph() -> None:
    text = 'It will be ready in May"\u00a0 \u3000\t\nNext'
    mark = text.index('"')
    assert ends_paragraph(text, mark, text.index("Next"))
    assert ends_paragraph(text, mark, mark + 1)  # the mark is the paragraph's last character


def test_a_word_after_the_mark_goes_on_with_the_paragraph() -> None:
    text = 'It will be ready in May" ' + "and so on " * 1000
    assert not ends_paragraph(text, text.index('"'), len(text))
