"""Words opened by one person's speech verb and closed by another's said-clause are not surely the latter's.

`... and Okafor replied "Never fitter, boss," Mant added.` is a spokesperson relaying what a player said, its
inner quotation marks typed as outer ones; the after-clause gave the player's words surely to the spokesperson,
a wrong answer key (real news: a campaign spokesperson retelling an exchange between a governor and a senator).
The said-clause's subject stays the candidate, unsure; her own plain quotations are still hers. Written in our
own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("voice_opens_words_said_after"))


def test_words_opened_by_another_voice_are_not_surely_the_said_clauses() -> None:
    assert _said()["Never fitter, boss,"] is None


def test_the_relaying_speakers_own_words_stay_hers() -> None:
    said = _said()
    assert said["Nothing happened that anyone"] == "Rhea Mant"
    assert said["We will say no"] == "Rhea Mant"
