"""A titled first name and surname before "and" and another person's role keep their name.

"Former Leicester and England goalkeeper Peter Shilton": the words before "and" qualify the role after it, and are
no one's name. But when the words after the title are a first name and a surname (in the fixture, our own words,
"Former U.N. Ambassador Martin Quarles and Daily Ledger National Security editor Dr. Ines Valcourt"), the role after
"and" is the second person's: the first is a person, and "said Quarles" is his, not a body's.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_titled_name_before_and_a_role_is_a_person() -> None:
    extraction = pattern("a_titled_name_and_another_role")
    assert any(person.name == "Martin Quarles" and person.kind == "person" for person in extraction.people)
    assert sure_speakers(extraction)["The port cannot wait"] == "Martin Quarles"
