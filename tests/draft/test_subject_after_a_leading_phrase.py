"""A name opening the main clause after a leading phrase set off by a comma or dashes is its subject.

"Reached by the Gazette, Holt denied ..., explaining that she was unaware of Reyes's interview because she was
"..."": the phrase before the name names nobody but a body, so Holt is the subject of the sentence as surely
as at its start, and the words are hers; an apposition between dashes leads in the same way ("A former union
leader -- Okafor, who lost to Holt -- said"). The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("subject_after_a_leading_phrase"))


def test_a_name_after_a_leading_phrase_naming_only_a_body_is_the_subject() -> None:
    assert _said()["away at a funeral"] == "Mira Holt"
