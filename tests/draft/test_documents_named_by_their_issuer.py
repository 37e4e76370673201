"""A document speaks for the one who issued it when the article says so in the document's own phrase ("says a release
from the Harbour District Water Board", then "says the release") or by the verb that issued it ("X tweeted", then
"the tweet added") (documents.py).

Issue 10: quotations of press releases and posts lost with no speaker; the fixture is in our own words
(tests/draft/fixtures/patterns). An organisation named after "of the" inside the poster's apposition is not the poster.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_release_from_a_named_body_speaks_for_it_and_so_does_the_release_later() -> None:
    said = sure_speakers(pattern("documents_named_by_their_issuer"))
    assert said["Tap water in both"] == "Harbour District Water Board"
    assert said["Run each cold tap"] == "Harbour District Water Board"  # "says the release"
    assert said["Cloudy water after flushing"] == "Harbour District Water Board"


def test_the_tweet_is_the_posters_not_the_body_named_in_the_posters_apposition() -> None:
    said = sure_speakers(pattern("documents_named_by_their_issuer"))
    assert said["Masks remain required on"] == "Dara Okafor"  # "Dara Okafor, spokesperson of ... tweeted"
