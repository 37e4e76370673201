"""A person named in what an analyst says is no rival for the analyst's "he said", past where the analyst works.

`Oliver Grant at Harbour Capital said the new boss was making the right calls. "...," he said.`: the boss is
what Grant spoke about, as in "Grant said the boss ..."; the firm between Grant's name and his verb hid the
said-clause, so the boss (the chief executive named before) counted as a second man and the words stayed
unsure. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_analyst_keeps_his_words_past_his_firm() -> None:
    assert sure_speakers(pattern("affiliation_before_said"))["He's cutting costs without"] == "Oliver Grant"
