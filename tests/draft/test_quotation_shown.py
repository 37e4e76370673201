"""A long quotation in a question is cut at the end of its first sentence, never at a stop that ends none.

The student reads a whole thought: "We thanked him, sir." is one; "We met Brig." is not, since the rank's stop
is the same list of abbreviations the sentence splitter reads past.
"""

from __future__ import annotations

from quizapp.draft.wording import quotation_shown

_AFTER = " And then the long talks went on well into the night with nobody at all leaving the hall."


def test_a_long_quotation_is_cut_where_its_first_sentence_ends() -> None:
    text = "We all stood up and thanked him, sir." + _AFTER

    assert quotation_shown(text, 12) == "We all stood up and thanked him, sir…"


def test_a_long_quotation_is_not_cut_at_a_ranks_full_stop() -> None:
    text = "We all stood up and thanked Brig. Gen. Ana Ruiz for the help." + _AFTER

    shown = quotation_shown(text, 12)

    assert "Brig…" not in shown and shown.startswith("We all stood up and thanked Brig. Gen.")
