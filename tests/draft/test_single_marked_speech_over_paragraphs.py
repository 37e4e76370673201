"""A speech in single marks running over three paragraphs or more (issue 10).

British-style papers quote in single marks and, as in double-marked newswire, leave each paragraph of a long
speech open and open the next one again. Whether a single mark opens speech is judged once, where it opens
(its paragraph, a sentence or a said-clause). At the end of a middle paragraph the open mark is paragraphs
back: judging it again there read the text before it as if the speech had just begun, so a speech following a
line with no full stop (a subheading, a caption) was dropped whole from its second paragraph on.
"""

from __future__ import annotations

from .speakers import pattern


def test_every_paragraph_of_a_long_single_marked_speech_is_quoted() -> None:
    texts = [quotation.text for quotation in pattern("single_marked_speech_over_three_paragraphs").quotations]
    speech = [text for text in texts if text.startswith("The best part was")]
    assert len(speech) == 1
    assert "what I will remember on the bus home" in speech[0]
    assert speech[0].rstrip().endswith("from the first whistle.")
