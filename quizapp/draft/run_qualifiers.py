"""Words of one capitalised run that qualify the name after them instead of being part of it.

News packs a name's owner or place into the same run of capitals as the name: "Sky's Mark Rowe" (the
broadcaster's man), "the Greens' Ann Cole" (a plural owner), "Alabama Sen. Jo Pace", "Raipur DSP Arvind
Kale", and after a role's "of", a body with no possessive at all: "steward of the GMB Ann Cole", "warden of
the Penwick Trust Ann Cole". Read as
one name, the person is shown as "Alabama Sen. Jo Pace", the place becomes a first name ("U.S."), and a
later "Pace said" or "Kale said" may not find them. Cut where the run changes hands, the owner becomes a piece of
its own, and the name after it is judged as any name is: an honorific or rank opening it ("Sen. Jo Pace") is
evidence of a person as it is at the start of a run. The place before a rank is where the rank is held, never a
name: left as a piece, "Former Florida" (a title and a word) was read as a person, "Pennsylvania Gov." before
"and party chair Ed Rendell" too, and each took the words of the senator or governor named beside it. An
ordinal between the place and the rank ("Air Force 1st Lt. Ann Cole", "Army 2nd Lt. Jo Pace") breaks the run of
capitals, so the service stood alone right after "said" and took the lieutenant's words: a run ending before an
ordinal and a rank is no name either (the people finder asks `held_before_an_ordinal_rank`).
"""

from __future__ import annotations

from quizapp.draft.first_names import is_census_first_name, is_common_first_name
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import HONORIFICS, ORGANIZATION_WORDS, TITLE_WORDS
from quizapp.draft.name_parts import BARE_HONORIFICS

_CAPITALS_RANKS = frozenset({"dsp", "asp", "csp", "acp", "dcp", "igp"})
"""Police ranks written in capitals ("DSP"); any other honorific in capitals ("DR Congo", "MS Society") is not one."""

Piece = tuple[list[str], list[int]]

_ORDINAL_RANK = lazy_compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(\S+)")
"""An ordinal and the word after it, right after a run: " 1st Lt.", " 2nd Lt."."""


def _opens_a_name(token: str) -> bool:
    """Whether the word is an honorific or abbreviated rank that says a person's name follows it."""
    bare = token.rstrip(".").lower()
    if bare not in HONORIFICS or not (token.endswith(".") or bare in BARE_HONORIFICS):
        return False
    return not token.rstrip(".").isupper() or bare in _CAPITALS_RANKS


def _qualifies(token: str) -> bool:
    """A plain word (a place, an owner) that may stand before a rank; never a title or another honorific,
    which stack with it ("Det Insp", "Local MP Sir Anthony") and are cut by the rules for titles."""
    return token not in TITLE_WORDS and not _opens_a_name(token) and token[:1].isupper()


def _possessive(token: str) -> bool:
    return token.endswith(("'s", "’s")) and len(token) > 2


def _owner_before(tokens: list[str], index: int) -> bool:
    """ "Sky's | Mark Rowe", "Mr. Ruiz's | Twitter": an owner's possessive inside a run, with what is owned after
    it. A name never holds a possessive inside it, but a body's may when a body's word follows the possessive
    ("McDonald's Corp.", "Macy's Inc."): that run is one name."""
    return _possessive(tokens[index]) and (
        index < len(tokens) - 2 or tokens[index + 1].rstrip(".") not in ORGANIZATION_WORDS
    )


def _plural_owner(tokens: list[str], index: int) -> bool:
    """ "The Greens' Ann Cole": a plural's possessive before words with no organization's or title's word among
    them. "The Builders' Association", "Farmers' Union General Secretary ...", "Veterans' Affairs Secretary ...":
    the owner is part of a body's name or of a title."""
    token = tokens[index]
    return (
        token.endswith(("s'", "s’"))
        and len(token) > 3
        and not any(word.rstrip(".") in ORGANIZATION_WORDS or word in TITLE_WORDS for word in tokens[index + 1 :])
    )


_PARTY_MEMBERS = frozenset({"Republican", "Democrat", "Libertarian", "Tory"})
"""Nouns of a party's member, which news sets before the member's name as a role: "House Republican Tom Massey"."""


def _body_before_a_name(tokens: list[str]) -> int | None:
    """Where a full name starts after a body that has no possessive: a short acronym ("GMB Ann Cole") or words
    ending in an organization's word ("Penwick Trust Ann Cole") or a party's member ("House Republican Ann
    Cole"), then a common first name and one surname ending the run. A first name alone says a person follows; a
    bank or company named after its founder ("Lloyds Bank", "Cole Motors") never has the first name after the
    body's word."""
    if (member_name := _party_member_before_a_name(tokens)) is not None:
        return member_name
    if len(tokens) < 3 or not is_common_first_name(tokens[-2]):
        return None
    body, surname = tokens[:-2], tokens[-1]
    if not surname[:1].isupper() or surname.rstrip(".") in ORGANIZATION_WORDS or surname in TITLE_WORDS:
        return None
    acronym = len(body) == 1 and 3 <= len(body[0]) <= 5 and body[0].isalpha() and body[0].isupper()
    named_body = len(body) >= 2 and body[-1] in ORGANIZATION_WORDS and body[-1] not in TITLE_WORDS
    member = body[-1] in _PARTY_MEMBERS  # "House Republican | Tom Massey", "Democrat | Ella Cummins"
    return len(body) if acronym or named_body or member else None


def _party_member_before_a_name(tokens: list[str]) -> int | None:
    """Where a name starts after a party's member ("Republican | Christine Todd Whitman", "Democrat | Hillary
    Clinton"): a first name of the census lists, then one or two more words ending the run, none a body's or a
    title's. A party's member is a person, never a body named after one, so any census first name says a name
    follows, where a body's word needs a common one."""
    for index, token in enumerate(tokens[:-2]):
        if token in _PARTY_MEMBERS:
            name = tokens[index + 1 :]
            if len(name) <= 3 and is_census_first_name(name[0]) and _surname_words(name[1:]):
                return index + 1
    return None


def _surname_words(words: list[str]) -> bool:
    return all(
        word[:1].isupper() and word.rstrip(".") not in ORGANIZATION_WORDS and word not in TITLE_WORDS for word in words
    )


ADJECTIVE_ENDINGS = ("-based", "-born", "-led", "-owned", "-headquartered", "-listed", "-registered")
"""A capitalised word so ended describes what follows it ("Harbour-based Kelvara", "Lisbon-born Ana Ruiz"): the
place or owner it names is not part of the name after it, and with it the run is no one's name."""


def _after_describing_word(tokens: list[str], offsets: list[int]) -> int:
    """How many opening words describe the name after them: through the last word with an adjective's ending, when
    a capitalised word follows it ("North American-based | Kelvara"); 0 when none does."""
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index].lower().endswith(ADJECTIVE_ENDINGS) and tokens[index + 1][:1].isupper():
            return index + 1
    return 0


def cut_qualifiers(tokens: list[str], offsets: list[int]) -> list[Piece]:
    """The run's words cut after each owner's possessive ("Sky's | Mark Rowe", "Mr. Ruiz's | Twitter",
    "Greens' | Ann Cole"), and after a body that ends the run's words before a full name ("GMB | Ann Cole"); the
    words before a rank that follows a plain word are dropped ("Alabama Sen. Jo Pace" is "Sen. Jo Pace"), and with
    them the rank when it ends the run ("Ohio Gov." in "former Ohio Gov. and party chair Jo Pace").

    One pass from left to right: a run of thousands of possessives ("Ann's Ann's ...") is cut in time
    linear in its length, with no recursion to run out of."""
    pieces: list[Piece] = []
    start = _after_describing_word(tokens, offsets)  # "Harbour-based | Kelvara": no piece of its own
    while (
        owner := next(
            (
                i
                for i in range(start, len(tokens) - 1)
                if _owner_before(tokens, i) or (i < len(tokens) - 2 and _plural_owner(tokens, i))
            ),
            None,
        )
    ) is not None:
        pieces.append((tokens[start : owner + 1], offsets[start : owner + 1]))
        start = owner + 1
    if (body := _body_before_a_name(tokens[start:])) is not None:
        cut = start + body
        return [*pieces, (tokens[start:cut], offsets[start:cut]), (tokens[cut:], offsets[cut:])]
    for index in range(start + 1, len(tokens)):
        if _opens_a_name(tokens[index]) and _qualifies(tokens[index - 1]):
            # "Alabama | Sen. Jo Pace": the place is where the rank is held, no one's name; a rank ending the run
            # ("former Ohio Gov. and party chair Jo Pace") has its holder's name further on
            return [*pieces, (tokens[index:], offsets[index:])] if index < len(tokens) - 1 else pieces
    return [*pieces, (tokens[start:], offsets[start:])]


def held_before_an_ordinal_rank(text: str, end: int) -> bool:
    """Whether the run of capitals ending at `end` is where a rank with an ordinal is held ("Air Force" in "Air
    Force 1st Lt. Ann Cole"): the service or place before a rank, as in one run, is no one's name."""
    match = _ORDINAL_RANK.match(text, end)
    return match is not None and _opens_a_name(match.group(1))
