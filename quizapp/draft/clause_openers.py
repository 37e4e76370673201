"""Words that open a clause of its own after a quotation: its name is that clause's subject, not the speaker.

A said-clause after a quotation follows it directly or after a comma: `"...," Ana Ruiz said`, `"...,"
two-time finalist Ruiz said`. A conjunction between the closing mark and the name makes the words after it
a new clause with its own act: `The chair wondered whether the member was "fit to go on" and Ruiz asked
for the floor`, `"Not now," but Ruiz said later ...`. Ruiz asks or speaks there, after the quoted words;
the words belong to the clause before them. Describing words before a name ("former coach", "two-time
finalist") never open with such a word, so a conjunction ends the search for a speaker after the quotation.

`as` is left out on purpose: `"...," as Ruiz said` gives the words to Ruiz.

A preposition or a "that" right after the closing mark does the same: the quoted words are part of the writer's
sentence, which goes on with its own object (`"This will be hard" for Ruiz, said Okafor`, `"It seems unlikely"
that Ruiz can catch Vos, said Okafor`). The name after it is whom the words are about; the said-clause, if any,
comes later in the sentence.
"""

from __future__ import annotations

from quizapp.draft.lexicon import word_set

_CLAUSE_OPENERS = word_set(
    """
    and but or nor yet so then while whereas before after until because although though if unless
    """
)
_SENTENCE_GOES_ON = word_set(
    """
    for to against with about from on than that of toward towards over among between
    """
)


def opens_own_clause(words: list[str]) -> bool:
    """Whether the words between a quotation and a name open a clause of their own (their first is a
    conjunction), so the name is that clause's subject and not the said-clause's speaker; or whether they carry
    the writer's sentence on (their first is a preposition or "that"), so the name is its object."""
    return bool(words) and (words[0].lower() in _CLAUSE_OPENERS or words[0].lower() in _SENTENCE_GOES_ON)
