"""An opening double mark curled as a closing one after a said-clause's comma (issue 10).

Pasted articles often read `she said,” We ...`: the writer typed the opening mark straight after the comma, with no
space, and smart-quote software curled it the way a mark after punctuation usually goes, as a closer. Nothing is
open for it to close, so the speech was lost. After a speech verb and its comma or colon, before a space and a
capital, with a double mark later in the paragraph to close it, the mark opens the speech.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_closer_shaped_mark_after_said_comma_opens_the_speech() -> None:
    said = sure_speakers(pattern("opening_mark_curled_as_a_closer"))
    assert said["We stopped moving the"] == "Priya Landry"
