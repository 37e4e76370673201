"""A true/false statement never swaps one of two mentions of a person in its sentence.

"Mr. Vale's win was confirmed, and 72 voters chose someone other than Mr. Vale" swapped to "... other than
Ms. Pell" contradicts itself, and "Nora Pell chairs the group, but Pell said ..." swapped to "Tom Vale chairs the
group, but Pell said ..." is told false by the name left beside it: the student judges the sentence, not the
article. The fixture is written for this test.
"""

from __future__ import annotations

from tests.draft.false_statements import false_statements

_TEXT = """Ferry vote decided.

Nora Pell chairs the ferry users' group on the island, but Pell said on Monday that she would stand down in May.

Tom Vale, the captain of the morning boat, won the vote on Tuesday, and 72 members chose someone other than Vale.

Ida Marsh, who runs the harbour cafe, said on Wednesday that 40 people had come to the meeting in Leeds.
"""


def test_a_person_named_twice_in_the_sentence_keeps_both_names() -> None:
    for statement in false_statements(_TEXT):
        if "but Pell said" in statement:
            assert statement.startswith("Nora Pell")
        if "other than Vale" in statement:
            assert "Tom Vale" in statement
