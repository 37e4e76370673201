"""A speech reported the day before it is given: "Dame Olivia Marsh will tell a meeting that "..."".

Papers quote a speech from the text released ahead, with the speech verb in its base form after "will" or "is
expected to" ("will tell", "will urge", "is expected to tell"): the words are the speaker's as surely as after
"said", but the sieve before the quotation did not know those forms and offered nobody. "Will not tell" reports
no words. The fixture is in our own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("a_speech_reported_ahead"))


def test_will_tell_that_gives_the_words_to_its_subject() -> None:
    said = _said()
    assert said["hardest lesson"] == "Olivia Marsh"
    assert said["no wall we can"] == "Olivia Marsh"


def test_the_paragraphs_that_carry_on_the_speech_are_the_same_speakers() -> None:
    assert _said()["We can rebuild after"] == "Olivia Marsh"


def test_is_expected_to_tell_and_a_pronoun_that_will_urge() -> None:
    said = _said()
    assert said["the full consent of"] == "Olivia Marsh"
    assert said["stop promising walls that"] == "Olivia Marsh"


def test_will_not_tell_gives_the_words_to_nobody_said_before_them() -> None:
    assert _said().get("every house can be") != "Olivia Marsh"
