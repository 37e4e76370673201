"""The people finder looks names up in an index of who bore them (issue 10, speed): the same people as a scan.

What a teacher would see if the index went wrong: one person split in two ("Becker" and "Tom Becker"
as two options of a who-said question), two people merged into one, or a quotation given to the
wrong one of two people sharing a surname. Each story below exercises a lookup the index answers
differently from a list: a name replaced by a fuller one, a surname two people bear, an honorific
that rules one of them out, a bare first name. The finder's answer is compared with the one it
gives when every lookup reads the whole list, as before the index.
"""

from __future__ import annotations

import pytest

from quizapp.draft.extraction import Extraction, extract
from quizapp.draft.name_index import NameIndex

STORY = """Harbour Board Backs New Pier

PORTSEA, May 3 -

Mr. Becker opened the meeting. "We have waited long enough," Mr. Becker said. Tom Becker, the board's
chairman, later said the vote was close.

Ann Reid and her husband Tom Reid both spoke. "I want to thank the divers," Mrs. Reid said. "The work
is hard," Reid said.

Councillor Priya Nair said the pier would open in spring. Priya said she was proud. Nair added that the
cost had fallen.

Oskar Lind, a diver, said he had worked there for ten years. "The water is cold," Lind said.
"""


def _people_and_mentions(extraction: Extraction) -> tuple[list[tuple[str, str, tuple[str, ...]]], list[object]]:
    people = [(person.id, person.name, tuple(person.aliases)) for person in extraction.people]
    return people, [(mention.start, mention.end, mention.person) for mention in extraction.mentions]


def test_the_index_finds_the_same_people_and_mentions_as_reading_every_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    indexed = _people_and_mentions(extract(STORY))
    monkeypatch.setattr(NameIndex, "covers", lambda self, people: False)  # every lookup reads the whole list
    scanned = _people_and_mentions(extract(STORY))

    assert indexed == scanned


def test_a_name_made_fuller_a_shared_surname_and_a_first_name_resolve_to_the_right_person() -> None:
    extraction = extract(STORY)
    names = [person.name for person in extraction.people if person.kind == "person"]

    assert names.count("Tom Becker") == 1 and "Becker" not in names  # "Mr. Becker" became Tom Becker
    assert "Ann Reid" in names and "Tom Reid" in names and "Reid" not in names
    assert "Priya Nair" in names and "Priya" not in names
    said = {quotation.text[:12]: extraction.person(quotation.sure_speaker) for quotation in extraction.quotations}
    speaker = said["I want to th"]
    assert speaker is not None and speaker.name == "Ann Reid"  # "Mrs. Reid": the one Reid who may be "Mrs."


SHORT_FORMS = """Port Levy Opens New Ferry Route

LEVY, June 9 -

Saif al-Nuaimi, the ferry operator's director, said the boats would sail daily. "We are ready," said Nuaimi.

Dock manager Ed Mathews said the pier was finished. "It took a year," Matthews said later.

Norvik Motors built the engines. "They are quiet," Norvik said in a statement.
"""


def test_a_dropped_article_a_misspelt_surname_and_a_body_said_short_resolve_as_by_reading_every_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    indexed = _people_and_mentions(extract(SHORT_FORMS))
    monkeypatch.setattr(NameIndex, "covers", lambda self, people: False)  # every lookup reads the whole list
    scanned = _people_and_mentions(extract(SHORT_FORMS))

    assert indexed == scanned
    names = [name for _id, name, _aliases in indexed[0]]
    assert "Nuaimi" not in names and "Matthews" not in names  # each the person named in full before
