"""Words that open a clause of its own after a quotation: its name is that clause's subject, not the speaker.

A said-clause after a quotation follows it directly or after a comma: `"...," Ana Ruiz said`, `"...,"
two-time finalist Ruiz said`. A conjunction between the closing mark and the name makes the words after it
a new clause with its own act: `The chair wondered whether the member was "fit to go on" and Ruiz asked
for the floor`, `"Not now," but Ruiz said later ...`. Ruiz asks or speaks there, after the quoted words;
the words belong to the clause before them. Describing words before a name ("former coach", "two-time
finalist") never open with such a word, so a conjunction ends the search for a speaker after the quotation.

`as` is left out on purpose: `"...," as Ruiz said` gives the words to Ruiz.
"""

from __future__ import annotations

from quizapp.draft.lexicon import word_set

_CLAUSE_OPENERS = word_set(
    """
    and but or nor yet so then while whereas before after until because although though if unless
    """
)


def opens_own_clause(words: list[str]) -> bool:
    """Whether the words between a quotation and a name open a clause of their own (their first is a
    conjunction), so the name is that clause's subject and not the said-clause's speaker."""
    return bool(words) and words[0].lower() in _CLAUSE_OPENERS
