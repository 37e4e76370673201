"""A role set off by commas at the end of an opening phrase is not what "he" means (issue 10; fixture in our own
words).

On real news "Speaking of his joy in a call with <name>, a veteran music reporter, he said, "..."" gave the words
surely to "a veteran music reporter": the pronoun sieve read the role after the opening phrase's comma as the main
clause's subject, though it is the apposition of the name ending that phrase, and the subject is "he", right after
it. The role is no candidate; "he" goes back to the singer of the sentence before, by the pronoun sieve's
usual reading (with its doubts, when someone may be meant instead).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_reporter_in_the_opening_phrase_is_not_the_speaker() -> None:
    extraction = pattern("a_role_in_apposition_before_he")
    quotation = next(q for q in extraction.quotations if q.text.startswith("I did not see"))
    assert sure_speakers(extraction)["I did not see"] != "a veteran music reporter"
    assert extraction.person(quotation.speaker).shown == "Dayo Fasuyi"  # type: ignore[union-attr]
