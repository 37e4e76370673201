"""A participle of saying right after a said-clause set into the sentence by a comma (", Grant said on Monday,
adding, "..."") is the said-clause's speaker's, and a sentence opened by its speech verb ("Said Mary Poole, who
chairs the panel, "..."") names its speaker after the verb.

Both gave the words to the wrong person or to nobody: the participle to the sentence's first subjects (Reid and
Lowe, unsure), the opening "Said" to nobody, as it is no lowercase speech verb. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("a_participle_after_a_set_in_said_clause"))


def test_the_participle_is_the_set_in_speakers() -> None:
    assert _said()["They need to sit"] == "Tom Grant"


def test_a_sentence_opened_by_said_names_its_speaker_after_it() -> None:
    assert _said()["We have waited long"] == "Mary Poole"
