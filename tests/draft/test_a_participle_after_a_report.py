"""A participle of saying after a reported clause ("a strategist said Reid will have to choose, saying "..."")
hangs on the reporting verb's subject, not on the name inside what it reports.

The participle's subject was read as the first name of the sentence, Reid, who is only spoken of; the unnamed
strategist says the words. Reid is now offered with a doubt. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, starting


def test_the_name_inside_the_report_is_not_sure() -> None:
    quotation = starting(pattern("a_participle_after_a_report"), "Sooner or later")
    assert quotation.sure_speaker is None
    assert quotation.doubt is not None and "reports" in quotation.doubt
