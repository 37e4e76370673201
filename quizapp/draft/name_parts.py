"""The parts of a name news writes around it: stacked honorifics and ranks before it, particles inside it.

A name in the news often comes with more than one word of rank before it ("Mr Justice Kiplagat Rotich",
"Det Insp Wanjiru Kamau", "Local MP Sir Anthony Reeve"), and British style writes those words without a
full stop ("Dame Harriet", "Insp Kamau"). Each of these words says "a person follows" and none is part of
the name a question should show. A surname may open with a particle ("van der Berg", "de la Fuente",
"Ó Murchú", "bin Hamad"); written alone later, and capitalised when it opens a sentence ("Van der Berg
added"), it is the same person's surname, never a new person.
"""

from __future__ import annotations

from quizapp.draft.lexicon import HONORIFICS, OCCUPATIONS, ORGANIZATION_WORDS, TITLE_CONNECTORS, TITLE_WORDS
from quizapp.draft.person import Mention, Person, merge_person_into

BARE_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "cr", "cllr", "coun", "amb", "sir", "dame", "det", "insp", "supt", "sgt", "prof",
     "dsp", "asp", "csp", "acp", "dcp", "igp"}
)  # fmt: skip
"""Honorifics British style writes without a full stop ("Coun Tony Priddle", "Amb Macharia Kamau"), and the
police ranks Nigerian, Indian and Kenyan papers write as capitals ("DSP Wasiu Abiodun": deputy superintendent of
police): each still says a person's name follows, and none is part of it."""

SURNAME_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "bint", "ibn", "al",
     "el", "dos", "das", "ter", "ten", "ó", "ní", "nic", "ua", "mac"}
)  # fmt: skip
"""Words that open a surname of more than one word ("van der Berg", "Ó Murchú", "bin Hamad")."""
JOINED_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul"})
"""The forms of the Arabic article a surname joins by a hyphen ("al-Nuaimi", "El-Sayed", "ash-Shami"): read by
without_joined_article here and by the people finder's pattern for such a surname inside a name."""


def without_joined_article(last: str | None) -> str | None:
    """ "al-Nuaimi" -> "Nuaimi": an Arabic surname's article joined by a hyphen, which a story may drop when it names
    the person again ("Saif al-Nuaimi ... said Nuaimi"); None when the surname opens with no such article."""
    if last is None or "-" not in last:
        return None
    article, _, rest = last.partition("-")
    return rest if article.lower() in JOINED_ARTICLES and rest[:1].isupper() else None


NAME_PARTICLES = SURNAME_PARTICLES | TITLE_CONNECTORS
"""The lowercase words a written name or title may hold ("Minister for the Economy", "Lotte van der Berg"): what
a label or a caption's subject may be made of besides capitalised words."""

_OCCUPATION_SUFFIXES = ("ologist", "ographer", "onomist", "ician")
"""Endings only agent nouns of a profession have ("oceanographer", "paediatrician", "astronomist"): capitalised
before a name, they are the person's occupation as surely as the listed ones."""


GENERATION_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
"""What follows a surname to tell a son from his father ("Ana Ruiz Jr."): part of the name, never the surname a
later "Ruiz said" uses."""


def surname(tokens: list[str]) -> str:
    """The surname of a name's words: the last word, or the one before a generation's suffix ("Osei-Tutu III")."""
    if len(tokens) > 2 and tokens[-1] in GENERATION_SUFFIXES:
        return tokens[-2]
    return tokens[-1]


def is_honorific(token: str) -> bool:
    return token.rstrip(".").lower() in HONORIFICS


def without_stacked_titles(tokens: list[str]) -> list[str]:
    """ "Justice Kiplagat Rotich" after "Mr", "Insp Wanjiru Kamau" after "Det", "Sir Anthony Reeve" after "MP":
    the honorifics and title words left before the name, dropped; the last word is always kept."""
    index = 0
    while index < len(tokens) - 1 and (is_honorific(tokens[index]) or tokens[index] in TITLE_WORDS):
        index += 1
    return tokens[index:]


_RANK_ROLES = {
    "gov": "governor", "sen": "senator", "rep": "representative", "cllr": "councillor", "cr": "councillor",
    "insp": "inspector", "det": "detective", "supt": "superintendent", "sgt": "sergeant", "prof": "professor",
    "capt": "captain", "gen": "general", "col": "colonel", "lt": "lieutenant", "adm": "admiral",
    "maj": "major", "brig": "brigadier", "cmdr": "commander", "cpl": "corporal", "pvt": "private",
    "coun": "councillor", "amb": "ambassador", "dsp": "deputy superintendent", "asp": "assistant superintendent",
    "csp": "chief superintendent", "acp": "assistant commissioner", "dcp": "deputy commissioner",
    "igp": "inspector general",
}  # fmt: skip
"""Abbreviated ranks and the role they stand for: "Gov. Ana Ruiz" is the person "the governor" means later."""


def rank_role(words: list[str]) -> str | None:
    """The role abbreviated ranks before a name stand for ("Det Insp" -> "detective inspector"; "Mr Justice",
    a judge of the High Court, -> "judge"), or None when they name no role ("Mr", "Dame")."""
    if "Justice" in words:
        return "judge"
    roles = [_RANK_ROLES[word.rstrip(".").lower()] for word in words if word.rstrip(".").lower() in _RANK_ROLES]
    return " ".join(roles) or None


def name_before_affiliation(tokens: list[str]) -> list[str]:
    """ "Oliver White of NASA's Ames Research Center" -> "Oliver White": a plain name, then where they work."""
    for index, token in enumerate(tokens):
        if token in {"of", "for", "at"} and index >= 2:
            before = tokens[:index]
            if not any(t in TITLE_WORDS or t.rstrip(".") in ORGANIZATION_WORDS for t in before):
                return before
            return tokens
    return tokens


def is_occupation(word: str) -> bool:
    """A word naming what someone does for a living ("Coxswain", "Oceanographer"), by list or by its ending."""
    lowered = word.lower()
    return lowered in OCCUPATIONS or (lowered.isalpha() and lowered.endswith(_OCCUPATION_SUFFIXES))


def particle_surname(tokens: list[str]) -> list[str]:
    """The surname of a full name whose surname opens with a particle ("Marguerite van der Berg" -> "van der
    Berg"), or [] when it has none."""
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower() in SURNAME_PARTICLES:
            return tokens[index:]
    return []


def merge_particle_surnames(people: list[Person], mentions: list[Mention]) -> list[Mention]:
    """ "Van der Berg" (or "de la Fuente" after a title) and "Marguerite van der Berg" are one person when only
    one full name of the article ends with that surname: the surname's person is merged into the full name's
    (removed from `people`); its mentions, moved."""
    full_names = [(p, [t.lower() for t in particle_surname(p.name.split())]) for p in people if p.kind == "person"]
    for single in [p for p in people if p.kind == "person"]:
        words = [word.lower() for word in single.name.split()]
        if len(words) < 2 or words[0] not in SURNAME_PARTICLES:
            continue
        fuller = [person for person, surname in full_names if surname == words and person is not single]
        if len(fuller) != 1 or fuller[0] not in people:
            continue
        mentions = merge_person_into(fuller[0], single, people, mentions)
    return mentions
