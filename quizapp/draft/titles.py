"""Titles before names: where "Kenyan President Uhuru Kenyatta" stops being a title and starts being a name.

Newswire stacks qualifiers before a name ("Microsoft Chief Financial Officer Amy Hood", "US
President Donald Trump"); a question must show the name alone, and the title tells who the
person is ("the Kenyan president" later in the text).
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NATIONALITIES, ORGANIZATION_WORDS, ROLE_NOUNS, TITLE_CONNECTORS, TITLE_WORDS
from quizapp.draft.name_parts import GENERATION_SUFFIXES, is_occupation
from quizapp.draft.name_words import country_alone

_TITLE_AFTER_CONNECTOR = frozenset(
    {"State", "Defense", "Defence", "Justice", "Health", "Interior", "Foreign", "Affairs", "Finance", "Education",
     "Commerce", "Homeland", "Security", "Energy", "Transportation", "Labor", "Agriculture", "Treasury", "Staff",
     "Police", "Economy", "Environment", "Culture", "Trade", "Housing", "Schools", "Parks", "Opposition", "House",
     "Senate", "Board", "Assembly", "Commons", "Lords", "Exchequer"}
)  # fmt: skip


_PORTFOLIOS = frozenset(
    {"Defense", "Defence", "Health", "Interior", "Finance", "Treasury", "Education", "Home", "Trade", "Economy",
     "Energy", "Commerce", "Labor", "Labour", "Agriculture", "Transport", "Transportation"}
)  # fmt: skip
"""Title words that name a department, not its holder: they qualify a title ("Defence Secretary Ben Lowe") and
never stand alone before a name ("the Treasury Benches", "the Flood Defence Act" name no one)."""


_QUALIFIERS = frozenset(
    {"Former", "Acting", "Interim", "Vice", "Deputy", "Assistant", "Senior", "Executive", "Foreign", "Head",
     "Majority", "Minority", "Field", "Supreme", "Crown"}
)  # fmt: skip
"""Title words that qualify an office and hold none alone: "Vice President", "Deputy Mayor", "Former Senator".
Before one capitalised word they say nothing of a person ("Executive Order", "Foreign Relations", "Former Mexican")."""


def holds_an_office(title: list[str] | tuple[str, ...]) -> bool:
    """Whether the title words hold an office by a word of their own (President, Senator, Judge, Pope), not only
    qualifiers (`_QUALIFIERS`), departments (`_PORTFOLIOS`) or role nouns inside a longer capitalised phrase ("Make
    America Great", "EU Member", "Living Legend", "Peterson Institute for International"): only such a title makes
    the single word after it a surname ("President Obama", "Judge Curiel")."""
    return any(word in TITLE_WORDS and word not in _QUALIFIERS and word not in _PORTFOLIOS for word in title)


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """ "Prime Minister of Britain Keir Starmer" -> the leading title words, and the rest."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in TITLE_WORDS:
            index += 1
        elif token in TITLE_CONNECTORS and index > 0 and (after := _title_word_after(tokens, index + 1)):
            index = after  # "Secretary of State", "Leader of the Opposition", "Speaker of the House"
        else:
            break
    if all(token in _PORTFOLIOS for token in tokens[:index]):
        return [], tokens
    return tokens[:index], tokens[index:]


def _title_word_after(tokens: list[str], index: int) -> int:
    """Where a title continues after a connector ("of [the] Opposition", "of Foreign Affairs"): the index past
    its words, or 0."""
    if index < len(tokens) - 1 and tokens[index] == "the":
        index += 1
    if index < len(tokens) and (tokens[index] in TITLE_WORDS or tokens[index] in _TITLE_AFTER_CONNECTOR):
        index += 1
        while index < len(tokens) - 1 and (tokens[index] in TITLE_WORDS or tokens[index] in _TITLE_AFTER_CONNECTOR):
            index += 1  # "of Foreign Affairs": a second word too, while one is left for the name
        return index
    return 0


def split_last_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """ "Microsoft Chief Financial Officer Amy Hood": whatever precedes the last title word is its qualifier."""
    for index in range(len(tokens) - 2, -1, -1):
        lowered = tokens[index].lower()
        if tokens[index] in _PORTFOLIOS:
            continue
        if tokens[index] in TITLE_WORDS or lowered in ROLE_NOUNS or (index == 0 and is_occupation(lowered)):
            through = index + 1  # "US Secretary of State John Kerry": the title runs on through its connector
            while through < len(tokens) - 2 and tokens[through] in _TITLE_AFTER_CONNECTOR:
                through += 1  # "Minister of Foreign Affairs Ana Ruiz": the title's last words are not her name
            while through < len(tokens) and tokens[through] in TITLE_CONNECTORS:  # "... of State for Health"
                if not (after := _title_word_after(tokens, through + 1)):
                    break
                through = after
            name = tokens[through:]
            if all(token in _TITLE_AFTER_CONNECTOR for token in name):
                return [], tokens  # "Ministry of Foreign Affairs": a department's last word, not a name
            if index == 0 and len(name) < 2:
                return [], tokens  # "Prosecutor James Okafor" splits; "General Motors" is not a title and a name
            named = split_of(name)[0] if index > 0 else name  # "CBC Chairman G.K. Butterfield of North Carolina"
            if (
                named
                and sum(_a_name_word(token) for token in named) <= 3
                and not any(t in TITLE_WORDS or t.rstrip(".") in ORGANIZATION_WORDS for t in named)
            ):
                return tokens[:through], name
            return [], tokens
    return [], tokens


_INITIAL = lazy_compile(r"[A-Z]\.")


def _a_name_word(token: str) -> bool:
    """Whether a capitalised word counts toward a name's length: an initial or a "Jr." adds none ("Lionel T. Brack
    Jr." is a name of two words, as long as "Lionel Brack"), so a long title before it still leaves it a name."""
    return token[0].isupper() and _INITIAL.fullmatch(token) is None and token not in GENERATION_SUFFIXES


def split_of(tokens: list[str]) -> tuple[list[str], list[str]]:
    """ "Ana Ruiz of Norvik" -> the name, and what follows the connector: "Judge Ana Ruiz of the Southern District
    of Fenland" is of "Southern District of Fenland", the connectors inside it kept."""
    for index, token in enumerate(tokens):
        if token in TITLE_CONNECTORS:
            affiliation = tokens[index + 1 :]
            while affiliation and affiliation[0] in TITLE_CONNECTORS:
                affiliation = affiliation[1:]
            while affiliation and affiliation[-1] in TITLE_CONNECTORS:
                affiliation = affiliation[:-1]
            return tokens[:index], affiliation
    return tokens, []


_FORMER_BEFORE = lazy_compile(r"(?:\b(?:[Ff]ormer|[Tt]he late)\s+(?:[A-Z][\w.'’-]*\s+){0,3}|\b[Ee]x-)$")
"""A word before a title, perhaps across the capitalised words that qualify it, that says the office is no longer
held ("former Nigerian President ...", "ex-President ...")."""


def title_as_held(text: str, start: int, title: str) -> str:
    """The title a run starting at `start` gives, with the "former" written before the run: a former president is
    not whom a later "the president" stands for, and only the word before the title says so."""
    return f"former {title}" if _FORMER_BEFORE.search(text, max(0, start - 60), start) else title


def names_an_office(tokens: list[str]) -> bool:
    """ "US Secretary of State", "Kenyan President", "Bank of England Governor": what qualifies an office (a
    country, its adjective, an acronym, a body), then a title and only the words a title goes on with. The
    office, whoever holds it: never an organization that speaks, nor a person's name ("Martin Bishop" is one:
    a name, not a qualifier, stands before the title word)."""
    for index, token in enumerate(tokens):
        if token in TITLE_WORDS and token not in _PORTFOLIOS:
            before, after = tokens[:index], tokens[index + 1 :]
            return _qualifies_an_office(before) and all(map(_goes_on_a_title, after))
    return False


def ends_with_a_members_title(tokens: list[str]) -> bool:
    """ "Harbour Party MLA": an abbreviated member's title ends the words, so they name a member, never a body."""
    return len(tokens) > 1 and tokens[-1] in TITLE_WORDS and tokens[-1].isupper() and len(tokens[-1]) <= 4


def _qualifies_an_office(words: list[str]) -> bool:
    """A country, its adjective or an acronym ("US", "Kenyan"), or a body's name ("Bank of Tarn": every word
    after the body's noun is its name)."""
    if not words:
        return False
    for index, token in enumerate(words):
        bare = token.rstrip(".")
        if bare in ORGANIZATION_WORDS:
            return all(word[:1].isupper() or word in TITLE_CONNECTORS for word in words[index + 1 :])
        if not (
            token.lower() in NATIONALITIES
            or country_alone([token])
            or (bare.replace(".", "").isupper() and len(bare) > 1)
            or token in TITLE_CONNECTORS
        ):
            return False
    return True


def _goes_on_a_title(token: str) -> bool:
    return token in TITLE_WORDS or token in TITLE_CONNECTORS or token in _TITLE_AFTER_CONNECTOR
