"""A show's or a publication's title in quotation marks is no one's words (fixture in our own words).

`he said on NBC's "Meet the Press."` gave the show's name to the speaker as a quotation of his, and a quiz would ask
who said "Meet the Press." On PolNeAR's train split 6 such titles (shows after "on", "told" or a broadcaster's
possessive) had a sure speaker. Title-cased words, five at most, after "on", "of", "told", "host", "anchor" or a
possessive, are a title (terms.py); a cry ending in "!" stays speech.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_show_is_a_title_and_the_speech_around_it_is_hers() -> None:
    extraction = pattern("a_show_title_is_no_speech")
    said = sure_speakers(extraction)
    assert not any(words.startswith(("Morning at the", "Tide and Time", "Fox and Ferries")) for words in said)
    assert said["We paid a fair"] == "Dara Quill"
    assert said["Nobody was misled."] == "Dara Quill"
    assert any(term.text.startswith("Morning at the Harbour") for term in extraction.terms)
