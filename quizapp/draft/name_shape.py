"""What the words of a capitalised run say on their own, worked out once per distinct run of an article.

A news story names the same few people and bodies again and again ("Ana Ruiz", "Mr. Ruiz", "Norvik
Motors"), and the people finder asks the same questions of each run of capitalised words wherever it
stands: does it open with an honorific, where does a title before it end ("Kenyan President Uhuru
Kenyatta"), is it an organization, a group, a known first name and a surname? The answers depend on
the words alone, never on the text around them, so they are kept here per tuple of words: the finder
reads them for each repeat and spends its time only on what the context adds (a role before the name,
a speech verb after it). What the context decides stays in the finder and evidence.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from quizapp.draft.lexicon import HONORIFICS, NAME_STOPWORDS, ORGANIZATION_WORDS, ROLE_NOUNS, TITLE_WORDS
from quizapp.draft.name_parts import BARE_HONORIFICS, rank_role, without_stacked_titles
from quizapp.draft.name_words import country_alone, first_name_and_surname, names_a_group, nationality_and_noun
from quizapp.draft.titles import holds_an_office, names_an_office, split_last_title, split_of, split_title

Words = tuple[str, ...]

_OFFICES_ADDRESSED = frozenset(
    (office,)
    for office in ("President", "Chairman", "Chairwoman", "Chairperson", "Minister", "Secretary", "Premier",
                   "Governor", "Commissioner", "Ambassador", "Senator", "Speaker", "Vice-President")
)  # fmt: skip
"""Offices an honorific addresses in speech ("we want to assure Mr. President"): no surname, so no person's name."""


class NameShape(NamedTuple):
    """The facts of a run's words that hold wherever the run stands (a tuple: made at each new run, never changed)."""

    honorific: str | None
    """The honorific's gender key ("mr", "dr") when the run opens with one and a name may follow."""
    honorific_name: Words | None
    """After the honorific (and ranks stacked after it), the name; None when it is no person's."""
    rank_role: str | None
    """The role the ranks after the honorific stand for ("Gov." -> "governor")."""
    group: bool
    """A plural group ("Tory MPs"): never one person."""
    title: Words
    rest: Words
    """The leading title words (to the last one when the first split leaves an organization) and the rest."""
    rest_only_roles: bool
    """Every word after the title is a role noun ("General Manager"), or the words name an office ("US Secretary of
    State", `names_an_office`), or they end with two title words ("Norvale Chief Executive"): a title without a
    name."""
    rest_country_alone: bool
    """After the title only a country ("Former England"), which the title qualifies."""
    titled_name: Words | None
    """After the title, the name a person goes by (without what follows "of"); None when it is no person's."""
    titled_role: str
    titled_country: str | None
    """The title as the person's role ("President of Kenya") and what followed its "of"."""
    organization: bool
    """A word of the run names an organization ("Council", "Ministry")."""
    organization_but_first_name: bool
    """A known first name, then a surname or a middle name that is an organization word ("Tom Park", "Ann Hall Reid":
    a family name given as a middle one): a person, when a role says so."""
    nationality_and_noun: bool
    first_name_and_surname: bool
    capitals_alone: bool
    """One word of capitals only, dotted or not ("PAC", "GOP", "D.C.", "C.L."): an acronym, a place's abbreviation
    or initials, never the whole of a person's name, whatever role stands around it ("House Majority PAC")."""


def capitals_alone(words: Words | list[str]) -> bool:
    """Whether the run is one word of capital letters (and dots) only: "PAC", "AFT", "D.C.", "C."."""
    if len(words) != 1:
        return False
    letters = words[0].replace(".", "")
    return letters.isalpha() and letters.isupper() and (len(letters) >= 2 or words[0].endswith("."))


def is_organization(tokens: Words | list[str]) -> bool:
    """Whether a word of the name says it is an organization or a place ("Norvik Motors", "Ashby Council")."""
    return any(token.rstrip(".") in ORGANIZATION_WORDS for token in tokens)


def short_enough_for_a_body(tokens: list[str]) -> bool:
    """Five words at most, not counting the "of" and "the" of a ministry's name ("Ministry of Ports of the
    Western Isles"); a run with a role's noun in it counts them all ("Managing Director of Acme PLC")."""
    if len(tokens) <= 5:
        return True
    return sum(token[:1].isupper() for token in tokens) <= 5 and not any(t.lower() in ROLE_NOUNS for t in tokens)


@lru_cache(maxsize=16384)
def name_shape(words: Words) -> NameShape:
    """The shape of the run `words` (at least one word), from the words alone; asked once per distinct run."""
    tokens = list(words)
    head = tokens[0].rstrip(".").lower()
    honorific = None
    honorific_name: Words | None = None
    honorific_rank_role = None
    if head in HONORIFICS and len(tokens) > 1 and (tokens[0].endswith(".") or head in BARE_HONORIFICS):
        honorific = head
        unstacked = without_stacked_titles(tokens[1:])
        name, _affiliation = split_of(unstacked)
        if name and not (len(name) > 1 and is_organization(name)) and tuple(name) not in _OFFICES_ADDRESSED:
            # "Ms Park" is a person; "Mr President", "Mr Speaker" address an office, whoever holds it
            honorific_name = tuple(name)
        honorific_rank_role = rank_role(tokens[: len(tokens) - len(unstacked)])
    title, rest = split_title(tokens)
    if not title or is_organization(rest) or any(token in TITLE_WORDS for token in rest[:-1]):
        # "Interim Capitol Police Chief Andrew Staubitz", "Foreign Affairs Principal Secretary Amb Macharia Kamau":
        # the title goes on to its last title word
        last_title, last_rest = split_last_title(tokens)
        if last_title:
            title, rest = last_title, last_rest
    titled_name: Words | None = None
    titled_role = ""
    titled_country = None
    if title and rest:
        unstacked = without_stacked_titles(rest)
        name, affiliation = split_of(unstacked)
        if (
            name
            and not is_organization(name)
            and name[0] not in NAME_STOPWORDS
            and not capitals_alone(name)
            # one word is a surname only after an office: "Former Gov. Palin", never "Executive Order"
            and (len(name) > 1 or len(unstacked) < len(rest) or holds_an_office(title))
        ):
            titled_name = tuple(name)
            titled_role = " ".join(title) + (f" of {' '.join(affiliation)}" if affiliation else "")
            titled_country = " ".join(affiliation) or None
    first_and_surname = first_name_and_surname(tokens)
    return NameShape(
        honorific=honorific,
        honorific_name=honorific_name,
        rank_role=honorific_rank_role,
        group=tokens[-1][-1:] == "s" and names_a_group(tokens),
        title=tuple(title),
        rest=tuple(rest),
        rest_only_roles=(bool(rest) and all(token.lower() in ROLE_NOUNS for token in rest))
        or names_an_office(tokens)
        or (len(tokens) > 2 and tokens[-1] in TITLE_WORDS and tokens[-2] in TITLE_WORDS),
        rest_country_alone=country_alone(rest),
        titled_name=titled_name,
        titled_role=titled_role,
        titled_country=titled_country,
        organization=is_organization(tokens),
        organization_but_first_name=first_and_surname and not is_organization([tokens[0], *tokens[2:-1]]),
        nationality_and_noun=len(tokens) == 2 and nationality_and_noun(tokens),
        first_name_and_surname=first_and_surname,
        capitals_alone=capitals_alone(tokens),
    )
