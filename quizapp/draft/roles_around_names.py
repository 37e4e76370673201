"""A role next to a name makes a person of it: "spokeswoman Ana Ruiz", "Ana Ruiz, the mayor,", "the mayor, Ana Ruiz".

Mixed into the people finder. A role before the name, in apposition after it, in a relative clause ("Tariq
bin Hamad, who was a defender for the club") or in title case after its comma ("J.M.S. Brito, Deputy
Chairman of Aitken Spence PLC") says who the name is; a place after a preposition ("in Istanbul,
representatives from ...") or the next item of a list ("Ana Ruiz, and her deputy Tom Park,") does not.
Reading the role is apart from the speech-verb evidence (evidence.py) because the finder also keeps the
role it reads, as the person's.
"""

from __future__ import annotations

import re

from quizapp.draft.agent_nouns import agent_role_before
from quizapp.draft.first_names import is_census_first_name
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import (
    ABBREVIATIONS,
    NAME_STOPWORDS,
    OCCUPATIONS,
    ORGANIZATION_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    word_set,
)
from quizapp.draft.name_candidates import NameCandidate
from quizapp.draft.name_parts import is_occupation
from quizapp.draft.subject_positions import PREPOSITIONS, SubjectPosition

_NOT_IN_ROLE = word_set("that after before when while and but or been being was were is are has had have who which")
_VERBS = word_set("is was are were be been being has had have will would could should may might can did does do")
"""Words of a clause, never of a role phrase: a role is a noun phrase, and a verb among its words says a clause
was read as one ("Iowa, the candidate repeated his promise", "Reid said Democratic candidate Ana Ruiz")."""
ROLE_CUTS = PREPOSITIONS | _NOT_IN_ROLE | SPEECH_VERBS | _VERBS
"""Words a role never runs across: built once, not once per word looked up."""
_ROLE_PREFIX_SKIPPED = frozenset(
    {"the", "a", "an", "and", "said", "says", "told", "by", "with", "to", "of", "for", "including"}
)
"""Words that may open the phrase before a role and are no part of it ("players, including former England
captain Gary Lineker": his role is "former England captain")."""
_DETERMINERS = word_set("the a an his her their its our my your")
"""Words that open a noun phrase: a role before a name starts at the last of them ("keep the writer")."""
_COORDINATORS = frozenset({"and", "or", "but", "nor", "including", "plus"})
"""Words that open the next item of a list, not an apposition: "Mohammed Idris, and his counterpart at Works,"
names a second person, whose role is not the first one's."""
_ROLE_BEFORE = lazy_compile(r"(?:^|[\s(])((?:[A-Za-z][\w'’-]*\s+){0,4}?)(" + "|".join(ROLE_NOUNS) + r")\s+$")
_ABBREVIATION_STOP = (
    "|".join(rf"(?<=\b(?i:{abbreviation}))\." for abbreviation in sorted(ABBREVIATIONS))
    + r"|(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\."
)
"""A full stop that ends no phrase, as it ends no sentence (`ABBREVIATIONS`: "a spokesman for Mrs. Clinton", "an
aide to Sen. Ruiz"), or an initialism's ("a former U.S. envoy"). A role read up to it was cut there and shown as "a
spokesman for Mrs"."""
_ROLE_CHARACTER = rf"(?:[^,.;:]|{_ABBREVIATION_STOP})"
_APPOSITION_AFTER = lazy_compile(
    rf"^,\s+((?:an?|the)\s+{_ROLE_CHARACTER}{{2,90}}?|[\w'’]+(?:['’]s|s['’])\s+{_ROLE_CHARACTER}{{2,90}}?"
    rf"|[a-z][\w-]*(?:\s+[^,.;:\s]+){{0,14}}(?=,))\s*(?=[,;:]|(?!{_ABBREVIATION_STOP})\.)"
)
_RELATIVE_ROLE = lazy_compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+((?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + "|".join(ROLE_NOUNS)
    + r"))\b"
)
"""`Tariq bin Hamad, who was a defender for the club`: a relative clause that says what one person is (a team
or a body takes "who were"), as good a sign of a person as an apposition."""
_TITLE_APPOSITION = lazy_compile(
    r",\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|for|on|at)){0,10}?)(?=\s*[,.;:]|\s+(?!(?:of|and|the|for|on|at)\b)[a-z]|\s*$)"
)
"""A role in title case set off after a name: ", Deputy Chairman and Managing Director of Aitken Spence PLC"."""
_SHORT_APPOSITION = 10
"""Words of a bare apposition whose role noun may stand anywhere ("deputy head of the school"); a longer one must
open with its role ("chairman of the cultural centre at ... in ..."), or it is a clause ("while reacting to ...")."""
_ENDS_APPOSITION = lazy_compile(r"\s*(?:[,.;:]|[a-z]+)")
_COMMA_BEFORE = lazy_compile(
    r"\b((?:the|a|an|his|her|their|its)\s+[^,.;:\"“”]{2,60}?|[A-Z][\w-]*(?:['’]s|s['’])\s+[^,.;:\"“”]{2,40}?),\s*$",
    re.IGNORECASE,
)
"""`the mayor, Ana Ruiz`: a role set off by a comma just before the name."""
_VERB_THEN_ARTICLE = lazy_compile(r"^.*\b(?:[a-z]+ed|said|says|told|cited)\s+((?:the|a|an|his|her|their|its)\s.*)$")
"""A clause's verb, then the article opening the role set off before a name: "quoted the coxswain"."""

_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}"
_PLURAL_ROLE_LIST = lazy_compile(
    rf"\b([a-z][a-z-]*?)(?:s|es)(,?)\s+((?:{_LISTED_NAME},\s+)*{_LISTED_NAME},?\s+and\s+)?$"
)
"""A plural role, then the names of a list up to the candidate's: "analysts Ann Cole, Ben Dorr and " before "Cy
Earl"; with no names between them, the candidate opens the list ("senators Ann Cole and Ben Dorr")."""
_LIST_GOES_ON = lazy_compile(rf",?\s+and\s+{_LISTED_NAME}|,\s+{_LISTED_NAME}")
_LISTED_NAMES = lazy_compile(_LISTED_NAME)


def listed_after_plural_role(before: str, name: list[str], after: str) -> str | None:
    """The role a plural role noun gives each name of the list after it ("military analysts, Ana Ruiz and Tom
    Park", "Republican senators Ann Cole, Ben Dorr and Cy Earl"): the singular noun, when the list goes on past a
    first name, no name of it has a body's or a place's word ("pollsters, Acme Polling and Vale College" are
    bodies), and one of them opens on a census first name."""
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    if last != "and" and not last.rstrip(",").endswith("s"):
        return None  # the cheap test first: the search below tries every position of the window
    match = _PLURAL_ROLE_LIST.search(before)
    if match is None:
        return None
    noun = next(
        (stem for stem in (match.group(1), match.group(1) + "e") if stem in ROLE_NOUNS or is_occupation(stem)), None
    )
    if noun is None:
        return None
    following = _LIST_GOES_ON.match(after)
    if match.group(3) is None and following is None:
        return None  # "analysts Ana Ruiz said": one name after a plural is no list
    listed = [found.group(0).split() for found in _LISTED_NAMES.finditer(match.group(3) or "")]
    if following is not None:
        listed.append(_LISTED_NAMES.search(following.group(0)).group(0).split())  # type: ignore[union-attr]
    listed.append(name)
    if any(word.rstrip(".") in ORGANIZATION_WORDS or word in TITLE_WORDS for words in listed for word in words):
        return None
    return noun if any(is_census_first_name(words[0]) for words in listed) else None


def _last_word(before: str) -> str:
    """The word `before` ends with when whitespace follows it: the only place a role before a name can be.

    A cheap test that lets the anchored searches run only where they can match: a search for a
    pattern ending in `$` tries every position of its window, and names are many.
    """
    words = before.rsplit(None, 1)
    if not before[-1:].isspace() or not words:
        return ""
    return words[-1].rsplit("(", 1)[-1]


def _after_the_verb(phrase: str) -> str:
    """The role without the clause before it: "A local paper quoted the coxswain" -> "the coxswain"."""
    verb = _VERB_THEN_ARTICLE.match(phrase)
    return verb.group(1) if verb else phrase


def _ends_with_role(words: list[str]) -> bool:
    """Whether a phrase ends with a role noun, or with one and what it is of: "the mayor", "the school's chair
    of governors", "its head of finance"."""
    if words and (words[-1] in ROLE_NOUNS or is_occupation(words[-1])):  # "the coxswain, Dervla Quane"
        return True
    of = len(words) - 1 - words[::-1].index("of") if "of" in words else -1
    return of > 0 and len(words) - of <= 4 and words[of - 1] in ROLE_NOUNS


class RoleAroundName(SubjectPosition):
    """Mixed into the people finder: the role said next to a candidate name, if any."""

    def _role_around(self, candidate: NameCandidate) -> str | None:
        """A role next to the name: "spokeswoman Ana Ruiz", "Ana Ruiz, the mayor," or "the mayor, Ana Ruiz,"."""
        before = self.text[max(0, candidate.start - 80) : candidate.start]
        before = before[before.rfind("\n") + 1 :]
        if before[-1:].isspace() and 2 <= len(candidate.tokens) <= 3:  # a name of a list after a plural role
            listed = listed_after_plural_role(before, candidate.tokens, self.text[candidate.end : candidate.end + 60])
            if listed is not None:
                return listed
        if before[-1:].isspace():  # a role right before the name, its words on the name's line
            match = _ROLE_BEFORE.search(before) if _last_word(before) in ROLE_NOUNS else None
            if match:
                words = (match.group(1) + match.group(2)).split()
                cut = [i for i, word in enumerate(words[:-1]) if word.lower() in ROLE_CUTS]
                words = words[cut[-1] + 1 :] if cut else words  # "objecting that junior minister": the role only
                opens = [i for i, word in enumerate(words[:-1]) if i and word.lower() in _DETERMINERS]
                words = words[opens[-1] :] if opens else words  # "would take his little brother": from "his"
                while words and (words[0].lower() in _ROLE_PREFIX_SKIPPED or words[0] in NAME_STOPWORDS):
                    words.pop(0)
                return " ".join(words) or None
            if len(candidate.tokens) in {2, 3} and before[-1:] == " " and (agent := agent_role_before(before)):
                return agent  # "Goal shooter Tamsin Achebe": an agent noun heading the phrase the name ends
            if len(candidate.tokens) in {2, 3} and (occupation := _last_word(before)) in OCCUPATIONS:
                return occupation  # "and guitarist Earl Slick": a listed occupation, whatever stands before it
        if self.text.startswith(",", candidate.end):  # a role in apposition after the name, or a relative clause
            role = self._role_after(candidate)
            if role is not None:
                return role
        comma_before = _COMMA_BEFORE.search(before) if before.rstrip().endswith(",") else None
        if comma_before is None:
            return None
        follows = _ENDS_APPOSITION.match(self.text[candidate.end : candidate.end + 20])
        ends_apposition = follows is not None and (
            not follows.group(0).strip()[0].isalpha() or follows.group(0).strip() in SPEECH_VERBS
        )
        if comma_before and ends_apposition and _ends_with_role(comma_before.group(1).lower().split()):
            return _after_the_verb(comma_before.group(1).strip())
        return None

    def _role_after(self, candidate: NameCandidate) -> str | None:
        """ "Ana Ruiz, the mayor," or "Tariq bin Hamad, who was a defender for the club": the role after the
        comma that follows a name."""
        after = self.text[candidate.end : candidate.end + 110]
        apposition = _APPOSITION_AFTER.match(after)
        bare = apposition is not None and apposition.group(1)[0].islower() and apposition.group(1).split()[0] != "the"
        if (
            apposition is not None
            and (bare or self._after_place_preposition(candidate.start))
            and self._after_preposition(candidate.start)
        ):
            apposition = None  # "in Istanbul, representatives from ..." is a place, not a person's role
        written = apposition.group(1).split() if apposition else []
        appositive = [word.lower() for word in written]
        if appositive and appositive[0] in _COORDINATORS:
            return None  # "Ana Ruiz, and her deputy Tom Park,": the next person of a list, never her role
        if appositive and appositive[-1] in SPEECH_VERBS and self._after_preposition(candidate.start):
            return None  # "gas supplies to Europe, the minister said:": a place, then a said-clause
        if any(_is_role_word(word) for word in appositive):
            if bare:
                return " ".join(written) if _role_heads_bare_apposition(written) else None
            role_words = _role_of_apposition(written)
            return " ".join(written[:role_words]) if role_words else None
        relative = _RELATIVE_ROLE.match(after) if len(candidate.tokens) > 1 and after.startswith(", who") else None
        if relative:
            return relative.group(1)
        titled = _TITLE_APPOSITION.match(after) if len(candidate.tokens) > 1 else None
        if titled and _is_capitalised_role(titled.group(1).split()) and not self._after_preposition(candidate.start):
            return titled.group(1)  # "J.M.S. Brito, Deputy Chairman and Managing Director of Aitken Spence PLC"
        return None


def _is_capitalised_role(words: list[str]) -> bool:
    """Whether title-case words after a name's comma are a role: a title opens them, and they end with a role
    noun ("Managing Director") or the body the role is of ("... of Aitken Spence PLC"), never with a name
    ("Secretary of State Ana Ruiz" after a place is another person)."""
    last = words[-1].rstrip(".")
    return words[0] in TITLE_WORDS and (last.lower() in ROLE_NOUNS or last in ORGANIZATION_WORDS)


_OF_WHAT = frozenset({"of", "for", "at", "in", "from", "with", "to", "on"})


def _is_role_word(word: str) -> bool:
    """Whether a lowercase word is a role noun, perhaps possessive ("the club's spokesman", "the players' captain").
    Only the possessive's ending is cut: stripping every "s" and apostrophe off both ends made "spokesperson",
    "senator" or "boss" no role at all."""
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word in ROLE_NOUNS


def _is_written_role(word: str) -> bool:
    """Whether a word as written is a role: a lowercase role noun, or a title ("Secretary"); "International" or
    "Great" capitalised are words of a body's name."""
    return _is_role_word(word.lower()) and (word[:1].islower() or word.rstrip(".,") in TITLE_WORDS)


def _role_of_apposition(words: list[str]) -> int:
    """How many words of an apposition opening with a determiner or a possessive are a role (0 when it is not shaped
    as one). A role is a noun phrase: no verb before its role noun nor right after it ("the candidate is likely"),
    and no past tense taking an object after it ("Iowa, the candidate repeated his promise", "the governor ordered
    such a quarantine"): a clause read as an apposition, its role noun the clause's subject and the name before it
    no one's. A participle after the noun is still a role ("the executive arrested and charged with fraud"), and a
    said-clause whose comma the writer left out is cut off ("the party's spokesman said in a statement"). `words` are
    as written: a capitalised word is a name's ("United States"), never a verb."""
    lowered = [word.lower() for word in words]
    verbs = [word.lower() if word[:1].islower() else "" for word in words]
    roles = [index for index, word in enumerate(lowered) if _is_role_word(word)]
    if not roles or any(word in _VERBS for word in verbs[: roles[0]]):
        return 0
    for index in roles:
        following = verbs[index + 1 : index + 3]
        if following and (following[0] in _VERBS or (len(following) > 1 and _takes_an_object(*following))):
            return 0
    clause = next((index for index, word in enumerate(verbs) if word in _RELATIVES), len(words))
    said = next((index for index, word in enumerate(verbs[:clause]) if word in SPEECH_VERBS), len(words))
    return said if said > roles[0] else 0


_RELATIVES = word_set("who whom whose which that")
_OBJECT_OPENERS = word_set("the a an his her their its our such this these those")


def _takes_an_object(word: str, after: str) -> bool:
    """A past tense and the opening of its object: "repeated his", "ordered such", "earned 51"."""
    return word.endswith("ed") and (after in _OBJECT_OPENERS or after[:1].isdigit())


def _role_heads_bare_apposition(words: list[str]) -> bool:
    """Whether a bare apposition ("deputy head of the school") ends in its role noun or what the role is of.

    `words` are as written: a capitalised role noun that is no title is part of a body's name ("director of the
    International Energy Office" ends with what the director is of), a title is a role ("former Secretary of State").

    "Rest, fluids and a phone call to your doctor come first": the role noun is followed by a verb, so
    the words are a sentence, and "Rest" no one's name.
    """
    last_role = max((index for index, word in enumerate(words) if _is_written_role(word)), default=-1)
    if last_role < 0:
        return False
    if len(words) > _SHORT_APPOSITION and "and" in words[1:-1]:
        joined = words.index("and", 1)  # "a campaign consultant and the host of a radio show": two roles, each short
        first, second = words[:joined], words[joined + 1 :]
        if (
            first[0] in _DETERMINERS  # "a consultant and ...", never "while an ally and ...": a clause's opening
            and len(first) <= _SHORT_APPOSITION >= len(second)
            and any(map(_is_written_role, first))
            and any(_is_written_role(word) or is_occupation(word.lower()) for word in second)
        ):
            return _role_heads_bare_apposition(first)
    if len(words) > _SHORT_APPOSITION and not (_is_written_role(words[0]) or _is_written_role(words[1])):
        return False  # a long one is a role only when it opens with it: "chairman of the ... at ... in ..."
    return last_role == len(words) - 1 or words[last_role + 1] in _OF_WHAT
