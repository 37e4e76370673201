"""Which capitalised words around a name are not part of it: verbs opening a sentence, groups, countries.

The people finder takes runs of capitalised words for names. A run is often more than a name, or
not a name at all: a sentence may open with a verb ("Thanking Leo Grant, the caretaker, ..."), a
run may be a group ("Opposition MLAs"), a nationality adjective and a noun ("Irish Rail"), or a
title followed only by the country it qualifies ("Former England"). Each of these became a
person and then a wrong speaker; these rules say so once, for every place a name is found.
"""

from __future__ import annotations

import functools

from quizapp.draft.first_names import gender_of_first_name, is_census_first_name, is_common_first_name
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import GROUP_NOUNS, HONORIFICS, NATIONALITIES, ORGANIZATION_NOUNS, WEEKDAYS, word_set
from quizapp.draft.person import Mention, Person, merge_person_into

_NON_SPACE = lazy_compile(r"\S+")
_DOTTED_INITIALS = lazy_compile(r"(?:[A-Z]\.){2,4}")
"""Several initials written together ("J.M.S. Brito", "A.J. Ruiz"): a name's first part, no sentence's end."""
_PLURAL_ACRONYM = lazy_compile(r"[A-Z]{2,}s")
"""MPs, MLAs, MEPs, TDs: members of a body, a group however it is spelled."""
_COUNTRIES = frozenset(NATIONALITIES.values())
_OUTLET_NOUNS = ORGANIZATION_NOUNS | word_set(
    """
    newspaper paper daily tabloid weekly broadcaster magazine website channel station network outlet publication
    retailer supermarket chain brand label band startup charity
    """
)


def cut_run(run: str, start: int) -> list[tuple[list[str], list[int]]]:
    """The words of a run of capitalised words found at `start`, with their offsets, cut after a word whose
    full stop ends a sentence ("Mr. Putin. Last week": "Mr. Putin", then "Last week") or after a dash, and
    without a weekday, which news sets between a subject and its verb ("the BJP Friday said")."""
    runs = []
    tokens: list[str] = []
    offsets: list[int] = []
    for word in _NON_SPACE.finditer(run):
        token = word.group(0)
        if token.rstrip(".-").lower() in WEEKDAYS:  # "the BJP Friday said", "Ruiz Monday": a day is in no name
            if tokens:
                runs.append((tokens, offsets))
            tokens, offsets = [], []
            continue
        offsets.append(start + word.start())
        end = token[-1]
        tokens.append(token.rstrip("-") if end == "-" else token)  # "Foundation-- Valley": a dash ends it
        if (end == "." or end == "-") and not is_initial_or_honorific(token):
            runs.append((tokens, offsets))
            tokens, offsets = [], []
    if tokens:
        runs.append((tokens, offsets))
    return runs


def is_initial_or_honorific(token: str) -> bool:
    """ "V.", "J.M.S.", "Mr.", "Dr": a full stop after it does not end the sentence."""
    bare = token.rstrip(".")
    return len(bare) == 1 or bare.lower() in HONORIFICS or _DOTTED_INITIALS.fullmatch(token) is not None


def opening_verb(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run text[start:end] opens its sentence with a verb's -ing form ("Thanking Leo
    Grant, the caretaker,") rather than a name; a known first name never is one, and before a colon the run is
    a heading about someone ("Remembering Leo Okoye:"), left whole for the colon rules to see."""
    word = text[start:end].split(None, 1)[0]
    if len(word) < 6 or not word.endswith("ing") or not word.isalpha() or is_common_first_name(word):
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t\"“‘'")
    return (not before or before[-1] in ".!?\n") and not text.startswith(":", end)


def names_a_group(tokens: list[str]) -> bool:
    """ "Tory MPs", "Opposition MLAs", "Local Residents": a plural group, never one person."""
    last = tokens[-1]
    if last[-1:] == "s" and last[:2].isupper() and _PLURAL_ACRONYM.fullmatch(last):
        return True
    return last.lower() in GROUP_NOUNS


def nationality_and_noun(tokens: list[str]) -> bool:
    """ "Irish Rail", "British Airways": a nationality adjective is no first name, so two such words are a
    company or a body, not a person."""
    return len(tokens) == 2 and tokens[0].lower() in NATIONALITIES


_PEOPLES_ADJECTIVES = frozenset(NATIONALITIES) | word_set("asian african arab latino hispanic caribbean")


def qualified_nationality(tokens: list[str]) -> bool:
    """ "Central Asian", "Deep Southern"-like runs: a word that is no common first name, then a people's adjective
    ("Asian", "Russian"), which describes a region's people or things, never a person's name. "Mark Cuban" and
    "David French" and "Bryan English" keep their first names (of the hand lists or the census's)."""
    if len(tokens) != 2 or tokens[1].lower() not in _PEOPLES_ADJECTIVES:
        return False
    return not (is_common_first_name(tokens[0]) or is_census_first_name(tokens[0]))


def country_alone(tokens: list[str]) -> bool:
    """ "Former England", "Ex-Wales": what follows a title is only a country, which the title qualifies."""
    return len(tokens) == 1 and tokens[0] in _COUNTRIES


def first_name_and_surname(tokens: list[str]) -> bool:
    """ "Grace Hollins": a common first name (first_names.py) and one or two capitalised words more."""
    return len(tokens) in {2, 3} and is_common_first_name(tokens[0]) and tokens[-1][:1].isupper()


def contradicts(person: Person, gender: str) -> bool:
    """Whether what is known of a person's gender (an honorific, a pronoun, a first name) says it is not
    `gender`: then "Ms Slater" is not "Bill Slater", whatever the shared surname."""
    known = person.gender or gender_of_first_name(person.first or "")
    return person.kind == "person" and known is not None and known != gender


def may_bear(person: Person, gender: str) -> bool:
    """Whether a person named in full may bear an honorific of `gender` ("Mrs. Reid" beside Tom and Ann Reid):
    none of their signs, their first name included, says otherwise."""
    return person.kind == "person" and person.first is not None and not contradicts(person, gender)


def after_organization_noun(text: str, start: int) -> bool:
    """ "the evening paper Harbour Nightly", "the charity Kell Trust": a name right after a noun for an
    organization is that organization's, whatever its words."""
    if start < 2 or text[start - 1] not in " \t":
        return False
    before = text[max(0, start - 20) : start].rsplit(None, 1)
    return bool(before) and before[-1] in _OUTLET_NOUNS


def merge_first_names(people: list[Person], mentions: list[Mention]) -> list[Mention]:
    """ "Jayna's father David" and "David Murray" are one person when only one full name starts with David:
    the lone first name's person is merged into the full name's (removed from `people`); the mentions, moved."""
    for single in [p for p in people if p.kind == "person" and len(p.name.split()) == 1]:
        fuller = [p for p in people if p.kind == "person" and p is not single and p.first == single.name]
        if len(fuller) != 1:
            continue
        mentions = merge_person_into(fuller[0], single, people, mentions)
    return mentions


def spelled_alike(known: str | None, word: str) -> bool:
    """Whether `word` is the known surname spelled with a letter doubled or undoubled ("Matthews" for "Mathews"):
    a story that misspells a name once means the same person, not a new one."""
    if known is None or known == word:
        return False
    return undoubled(known) == undoubled(word)


_DOUBLED = lazy_compile(r"(\w)\1")


@functools.lru_cache(maxsize=4096)
def undoubled(word: str) -> str:
    """The word lowercased with each doubled letter single: asked of every known surname per unknown word, so kept."""
    return _DOUBLED.sub(r"\1", word.lower())
