"""A description's portfolio word against a title's: "the foreign secretary" is not "Health Secretary Ana Ruiz".

The description linker (descriptors.py) ties "the secretary" to the one titled so. A capitalised qualifier ("the
Commission president") is checked against the title there; a lowercase one, as British and many other papers
write an office ("the foreign secretary", "the defence minister"), was not, and the words went surely to whoever
held another portfolio. A portfolio word names the office when the title has one of its own: a title with no
qualifier ("Coach Ana Ruiz") may still be "the England coach", and words that only say when or how someone holds
it ("the new minister", "the outgoing coach") name no other office.
"""

from __future__ import annotations

from quizapp.draft.lexicon import NATIONALITIES, word_set

_PASSING = word_set(
    """
    new former then current outgoing incoming acting interim embattled beleaguered veteran young old local top
    senior same late previous retiring sitting long-serving longtime newly recently appointed elected
    """
)
"""Words before a role noun that say when or how the office is held, not which office it is."""
_GLUE = word_set("the a an of for and to")


def other_portfolio(modifiers: list[str], role_noun: str, title_words: set[str]) -> bool:
    """Whether a description's lowercase modifiers (`modifiers`, before `role_noun`) name another portfolio than a
    title whose lowercased words are `title_words`: "foreign" before "secretary" against {"health", "secretary"}."""
    portfolio = {w for w in modifiers if w.islower() and w not in NATIONALITIES and w not in _PASSING}
    if not portfolio or portfolio <= title_words:
        return False
    own = title_words - {role_noun} - _GLUE - _PASSING - set(NATIONALITIES)
    return bool(own)
