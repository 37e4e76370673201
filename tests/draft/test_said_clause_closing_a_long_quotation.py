"""Words after the said-clause that closes a quotation running over paragraphs go on with its speaker.

`"Not only people who ... (no closing mark) / "Every detail matters ...," Calder said. "No piece of information is
too small."`: the second quotation of the last paragraph stands in the paragraph of Calder's said-clause, as
`"...," she said. "..."` does, but the quotation before it opened a paragraph earlier, so the paragraph's
quotation was read as having no speaker in its paragraph and was left with none. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_quotation_after_the_closing_said_clause_is_the_same_speakers() -> None:
    said = sure_speakers(pattern("said_clause_closing_a_long_quotation"))
    assert said["Not only people who"] == "Ruth Calder"
    assert said["No piece of information"] == "Ruth Calder"
