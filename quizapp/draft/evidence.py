"""Evidence that capitalised words are a person: a speech verb next to them, a role around them.

Mixed into the people finder. "Ana Ruiz said", "said Chairman of the Board, Ron Terwilliger",
"spokeswoman Ana Ruiz" and "Ana Ruiz, the mayor," make a person of a name; "in Istanbul,
representatives from ..." does not. Where a name stands (after a preposition, "with French
President Macron") also says whether it can be a sentence's subject.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quizapp.draft.agent_nouns import agent_role_before
from quizapp.draft.document_asides import speaks_after_document_aside
from quizapp.draft.fronted import follows_fronted_phrase
from quizapp.draft.lexicon import (
    NAME_STOPWORDS,
    NATIONALITIES,
    OCCUPATIONS,
    ORGANIZATION_WORDS,
    ROLE_NOUNS,
    SPEECH_VERB,
    SPEECH_VERBS,
    TITLE_WORDS,
    heading_about,
    word_set,
)
from quizapp.draft.mention_reading import read_once
from quizapp.draft.name_modifiers import modifies_noun_after, qualifies_the_noun_after
from quizapp.draft.name_parts import is_occupation
from quizapp.draft.person import Mention
from quizapp.draft.relative_roles import completes_who_is
from quizapp.draft.reported_clauses import starts_reported_clause

_PREPOSITIONS = word_set(
    """
    with to of by for from at in about on against than between among toward towards into onto over under like
    alongside beside behind beyond without amid amongst unlike via
    """
)
"""Words after which a name is an object, never a clause's subject: "served alongside Mr Dunn" is about the server."""
_ARTICLES = frozenset({"the", "a", "an"})
_NOT_IN_ROLE = word_set("that after before when while and but or been being was were is are has had have who which")
_ROLE_CUTS = _PREPOSITIONS | _NOT_IN_ROLE
"""Words a role never runs across: built once, not once per word looked up."""
_ROLE_PREFIX_SKIPPED = frozenset(
    {"the", "a", "an", "and", "said", "says", "told", "by", "with", "to", "of", "for", "including"}
)
"""Words that may open the phrase before a role and are no part of it ("players, including former England
captain Gary Lineker": his role is "former England captain")."""
_COORDINATORS = frozenset({"and", "or", "but", "nor", "including", "plus"})
"""Words that open the next item of a list, not an apposition: "Mohammed Idris, and his counterpart at Works,"
names a second person, whose role is not the first one's."""
_ROLE_BEFORE = re.compile(r"(?:^|[\s(])((?:[A-Za-z][\w'’-]*\s+){0,4}?)(" + "|".join(ROLE_NOUNS) + r")\s+$")
_APPOSITION_AFTER = re.compile(
    r"^,\s+((?:an?|the)\s+[^,.;:]{2,90}?|[\w'’]+['’]s\s+[^,.;:]{2,90}?|[a-z][\w-]*(?:\s+[^,.;:\s]+){0,14}(?=,))\s*(?=[,.;:])"
)
_RELATIVE_ROLE = re.compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+((?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + "|".join(ROLE_NOUNS)
    + r"))\b"
)
"""`Tariq bin Hamad, who was a defender for the club`: a relative clause that says what one person is (a team
or a body takes "who were"), as good a sign of a person as an apposition."""

_TITLE_APPOSITION = re.compile(
    r",\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|for|on|at)){0,10}?)(?=\s*[,.;:]|\s+(?!(?:of|and|the|for|on|at)\b)[a-z]|\s*$)"
)
"""A role in title case set off after a name: ", Deputy Chairman and Managing Director of Aitken Spence PLC"."""
_CLAUSE_THEN_VERB = re.compile(
    r",\s+(?:who|whose|the|a|an|one\s+of)\b[^.;:!?\"“”]{3,160}?,\s*"
    r"(?:(?:later|also|then|again|earlier|previously|once|still|now|[a-z]+ly)\s+)?([a-z]+)"
)
"""A clause or apposition after a name, then the name's verb: "Ana Ruiz, who runs the bakery, told", and with
the adverb news puts before a verb, "Ana Ruiz, who runs the bakery, later told" (or "also said"), and
"Ana Ruiz, one of the traders who signed the letter, said"."""
_COLON_QUOTE = re.compile(r"[^.!?:;\"“”\n]{0,80}:\s*[\"“‘']")
"""A sentence-opening name, words, then a colon and a quotation: "Keys discussed the defeat: “...”"."""
_LOWER_WORD = re.compile(r"[a-z]+")
_ROLE_FOLLOWS = re.compile(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)(?:\s+[A-Z]|$)")
"""Lowercase words between a name and the next capitalised word: "Brightwell Foods finance director Ada"."""
_ACCORDING_OPENS = re.compile(r"(?:^|[.!?\n]\s*)According\s+to\s+(?:[\w'’.-]+\s+){0,4}$")
"""A sentence opening "According to" and the words of a title ("union leader"), up to a name."""
_AGE_APPOSITION = re.compile(r",\s*(?:aged\s+)?[1-9]\d?,")
_OWN_PRONOUN = re.compile(r"\b(?:her|his)\b")
_NAME_THEN_VERB = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:" + SPEECH_VERB + r")\b")
_IT_SAYS = re.compile(r"\s*It\s+(?:(?:has|had|also)\s+)?(?:" + SPEECH_VERB + r")\b")
_FIRST_TOKEN = re.compile(r"\s*(\S+)")
_NAME_SOON = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[A-Z]")
_OPENING_WORD = re.compile(r"\s*([A-Z][\w'’-]+)\s+[a-z]")
_SHORT_APPOSITION = 10
"""Words of a bare apposition whose role noun may stand anywhere ("deputy head of the school"); a longer one must
open with its role ("chairman of the cultural centre at ... in ..."), or it is a clause ("while reacting to ...")."""
_BODY_APPOSITION = re.compile(r",\s+of\s+the\s+((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}[A-Z][\w'’&.-]*)")
"""A body in apposition after a name: ", of the Riverside Residents Association" says whose member speaks."""
_LOWERCASE_VERB = re.compile(r" (?!and\b|or\b|of\b|in\b|on\b|at\b|to\b|for\b|from\b|with\b)[a-z]+\b")
"""The word after a sentence-opening name, as its verb would be: not a connector of a longer name."""
PRONOUN_SPEAKS = re.compile(
    r"\s*(?:[\"“‘][^\"“”‘’\n]{1,400}[\"”’]\s*,?\s*|(?:[A-Z][^,.;:!?\"“”‘’\n]{0,40}?,\s+|(?:But|And|Later|Then|On\s+\w+day)\s+))?"
    r"(?P<pronoun>[Hh]e|[Ss]he)\s+(?:(?:[a-z]+\s+){0,2}?(?:" + SPEECH_VERB + r")\b|[^.!?\"“”‘’\n]{0,60}:\s*[\"“‘])"
)
"""A sentence whose speaker is a he/she: `He said`, `Speaking afterwards, she added`, `"...," he said`,
`He was blunt: "..."`."""
_OPENING_HE_SHE = re.compile(r"\s*(?:He|She)\s+[a-z]")
CHARACTERIZING_VERBS = frozenset(
    {"called", "calls", "described", "describes", "branded", "brands", "labelled", "dubbed"}
)
"""Verbs that put a speaker's words on something ("called the plan "a slap in the face""), when a quotation
follows in their sentence."""
_QUOTE_MARK = re.compile(r"[\"“‘]")
_ENDS_APPOSITION = re.compile(r"\s*(?:[,.;:]|[a-z]+)")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|inside)\s+$")
_LETTERS = re.compile(r"[A-Za-z]+")
_SAID_DESCRIBED = re.compile(r"\b(?:said|says|added|according\s+to)\s+((?:[a-z][\w-]*\s+){1,3})$")
_COMMA_BEFORE = re.compile(
    r"\b((?:the|a|an|his|her|their|its)\s+[^,.;:\"“”]{2,60}?|[A-Z][\w-]*['’]s\s+[^,.;:\"“”]{2,40}?),\s*$", re.IGNORECASE
)
"""`the mayor, Ana Ruiz`: a role set off by a comma just before the name."""
_PREPOSITION_THEN_ROLE = re.compile(
    r"(?<![\w'’-])(?:"  # not the end of a compound: "stand-in coach Ian Ure" names no preposition's object
    + "|".join(sorted(_PREPOSITIONS, key=len, reverse=True))
    + r")\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\s+$"
)
"""A preposition, then a lowercase role before the name: "Speaking to reporter Jo Kemp, Sam Ure said:" names
the listener, whom the role does not make a subject (a title in capitals is skipped by `_after_preposition`)."""
_SAID_OWNER = re.compile(r"\b(?:said|says|added|told)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+$")
"""A speech verb, then an owner's possessive right before a name: "said Greenway Party’s" + "Dara Quinn"."""
_SAID_TITLE_COMMA = re.compile(r"\b(?:said|says|added|told)\s+([^.;:\"“”]{3,80}),\s*$")


def _last_word(before: str) -> str:
    """The word `before` ends with when whitespace follows it: the only place a role before a name can be.

    A cheap test that lets the anchored searches run only where they can match: a search for a
    pattern ending in `$` tries every position of its window, and names are many.
    """
    words = before.rsplit(None, 1)
    if not before[-1:].isspace() or not words:
        return ""
    return words[-1].rsplit("(", 1)[-1]


def _trailing_letters(text: str) -> str:
    """The run of ASCII letters `text` ends with ("" if none), read from the end: what
    `_LETTERS.findall(text)[-1]` gives when `text` ends with it, without scanning the window."""
    start = len(text)
    while start > 0 and text[start - 1] in _ASCII_LETTERS:
        start -= 1
    return text[start:]


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_LISTENER_VERBS = frozenset({"told", "tells", "tell"})
"""Speech verbs whose object is the listener, never an inverted speaker: "Wardle told BBC Radio Five Live"
says nothing of the station being a person."""
_VERB_THEN_ARTICLE = re.compile(r"^.*\b(?:[a-z]+ed|said|says|told|cited)\s+((?:the|a|an|his|her|their|its)\s.*)$")
"""A clause's verb, then the article opening the role set off before a name: "quoted the coxswain"."""


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


@dataclass
class _Candidate:
    start: int
    end: int
    tokens: list[str]
    possessive: bool


class NameEvidence:
    text: str
    sentence_starts: list[int]
    body_start: int
    _owners_opening: dict[str, list[int]] | None = None
    _it_says_openers: frozenset[str] | None = None

    def _speech_verb_adjacent(self, candidate: _Candidate) -> bool:
        if completes_who_is(self.text, candidate.start, candidate.tokens):
            return False  # "Ana Ruiz, who is also Health Secretary, told": the verb is hers (relative_roles.py)
        after = self.text[candidate.end : candidate.end + 40]
        first_after = _LOWER_WORD.search(after.split(".", 1)[0])
        if first_after and first_after.group(0) in SPEECH_VERBS and not candidate.possessive:
            return True
        clause = (
            _CLAUSE_THEN_VERB.match(self.text, candidate.end, candidate.end + 200)
            if self.text.startswith(",", candidate.end)
            else None
        )
        if clause and clause.group(1) in SPEECH_VERBS and not candidate.possessive:
            return True  # "Adhanom, who was in Juba with the minister, told reporters"
        if not candidate.possessive and speaks_after_document_aside(self.text, candidate.end):
            return True  # "The Harbour Board, in a statement, said"
        window = self.text[max(0, candidate.start - 90) : candidate.start]
        titled = _SAID_TITLE_COMMA.search(window) if window.rstrip().endswith(",") else None
        if titled and (
            titled.group(1).split()[0].lower() in {"his", "her", "their", "its"}
            or any(word in TITLE_WORDS or word.lower() in ROLE_NOUNS for word in titled.group(1).split())
        ):
            return True  # "said Chairman of the Board, Ron Terwilliger"
        before = self.text[max(0, candidate.start - 20) : candidate.start]
        verb_before = _trailing_letters(before.rstrip())
        if verb_before in SPEECH_VERBS and verb_before not in _LISTENER_VERBS:
            # "said Ana Ruiz"; never "said Rolls Royce had made" or "said Hollywood Heights residents are": the
            # name then opens the reported clause (its subject, or a word qualifying the subject), no speaker
            return not starts_reported_clause(self.text, candidate.end)
        if (
            len(candidate.tokens) >= 2
            and not candidate.possessive
            and _SAID_OWNER.search(self.text[max(0, candidate.start - 80) : candidate.start])
        ):
            return True  # "said Greenway Party’s Dara Quinn": the owner's person, after the verb
        if self._described_after_said(candidate):
            return True  # "said supporter Martin Diaz", "according to university entomologist Joseph Reyes"
        if len(candidate.tokens) >= 2 and not candidate.possessive and _AGE_APPOSITION.match(self.text, candidate.end):
            return True  # "Kofi Mensah, 52, met drivers": an age in apposition is said of a person
        if len(candidate.tokens) in {2, 3} and not candidate.possessive and self._member_of_a_body(candidate):
            return True  # "Tamsin Oduya, of the Riverside Residents Association, criticised": a body's member
        opens_sentence = not before.strip() or before.rstrip(" \t")[-1] in ".!?\n"
        role_follows = _ROLE_FOLLOWS.match(self.text, candidate.end)
        if role_follows and role_follows.group(1).split()[-1] in ROLE_NOUNS:
            return False  # "Arlo Power chief executive Kofi Mensah said:": "Arlo Power" qualifies a role
        if opens_sentence and not candidate.possessive and not heading_about(candidate.tokens):
            return bool(_COLON_QUOTE.match(self.text, candidate.end)) or self._pronoun_speaks_next(candidate)
        return False

    def _mononym(self, candidate: _Candidate) -> bool:
        """Whether a single word is someone known by one name ("Tavi has pulled her tour. Taking to Facebook, she
        explains ..."): somewhere in the body it opens a sentence that says "her" or "his" of it, and a he or she
        speaks next. A body or a place is "its"; a word that is only capitalised never takes "her"."""
        word = candidate.tokens[0]
        if candidate.possessive or word.isupper() or len(word) < 3:
            return False
        if self._owners_opening is None:
            self._owners_opening = self._sentence_openers_with_her_or_his()
        return any(
            self._pronoun_speaks_next(_Candidate(start, start + len(word), [word], False))
            for start in self._owners_opening.get(word, ())
        )

    def _speaks_then_it_says(self, candidate: _Candidate) -> bool:
        """Whether a single word is a body that speaks by its name and then as "it": the word opens a sentence
        with a speech verb ("Kelvara announced in July it would close the plant.") and the next sentence opens
        with "It" and a speech verb ("It said ..."). A person is "he" or "she"; only a body is "it" at once."""
        word = candidate.tokens[0]
        if candidate.possessive or len(word) < 3:
            return False
        if self._it_says_openers is None:
            self._it_says_openers = self._sentence_openers_before_it_says()
        return word in self._it_says_openers

    def _sentence_openers_before_it_says(self) -> frozenset[str]:
        """The words that open a sentence of the body with a speech verb when the next sentence opens "It said":
        read once for all the one-word names of the text, as a word's every occurrence read per name costs the
        square of a long text's length."""
        openers = set()
        starts = self.sentence_starts
        for index, start in enumerate(starts[:-1]):
            if not _IT_SAYS.match(self.text, starts[index + 1]):
                continue
            word = _FIRST_TOKEN.match(self.text, start)
            if word is None or word.start(1) < self.body_start:
                continue
            if _NAME_THEN_VERB.match(self.text, word.end(1)):
                openers.add(word.group(1))
        return frozenset(openers)

    def _sentence_openers_with_her_or_his(self) -> dict[str, list[int]]:
        """The capitalised words opening a sentence of the body before a lowercase word, where that sentence says
        "her" or "his", and where each stands: read once for all the one-word names of the text."""
        openers: dict[str, list[int]] = {}
        starts = self.sentence_starts
        for index, start in enumerate(starts):
            opening = _OPENING_WORD.match(self.text, start)
            if opening is None or opening.start(1) < self.body_start:
                continue
            if qualifies_the_noun_after(self.text, opening.end(1)) or _NAME_SOON.match(self.text, opening.end(1)):
                continue  # "Harwick manager Owen Hale praised his side": a team's word before its man
            end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
            if _OWN_PRONOUN.search(self.text, opening.end(1), end):
                openers.setdefault(opening.group(1), []).append(opening.start(1))
        return openers

    def _member_of_a_body(self, candidate: _Candidate) -> bool:
        """Whether ", of the <Body>" follows the name, the body's last word an organization's ("Association",
        "League", "Party"): a body is seldom said to be of another, its people are."""
        body = _BODY_APPOSITION.match(self.text, candidate.end)
        return body is not None and any(word.rstrip(".") in ORGANIZATION_WORDS for word in body.group(1).split())

    def _pronoun_speaks_next(self, candidate: _Candidate) -> bool:
        """ "Kofi Mensah met drivers on Monday. Speaking afterwards, he said: ...": a name opening its sentence,
        its verb after it, and a he/she that speaks opening the next sentence (or the said-clause of the
        quotation that opens it). The pronoun is the name's: no one else is there for it to mean."""
        verb = _LOWERCASE_VERB.match(self.text, candidate.end)
        if verb is None:
            return False
        index = bisect.bisect_right(self.sentence_starts, candidate.start)
        if verb.group(0).strip() in CHARACTERIZING_VERBS:  # "Kofi Mensah called the plan "a slap in the face"."
            end = self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)
            return _QUOTE_MARK.search(self.text, verb.end(), end) is not None
        for _hop in range(2):  # "He apologised to drivers." between the name and the pronoun that speaks
            if index >= len(self.sentence_starts):
                return False
            following = self.sentence_starts[index]
            if self.text.count("\n", candidate.end, following) > 2:
                return False  # a heading or a line of its own, then a new paragraph
            if PRONOUN_SPEAKS.match(self.text, following, following + 400):
                return True
            if not _OPENING_HE_SHE.match(self.text, following):
                return False
            index += 1
        return False

    def _described_after_said(self, candidate: _Candidate) -> bool:
        """A name of two words or more after "said" or "according to" and a few lowercase describing words."""
        if len(candidate.tokens) < 2 or not self.text[candidate.start - 1 : candidate.start].isspace():
            return False
        said = _SAID_DESCRIBED.search(self.text, max(0, candidate.start - 60), candidate.start)
        if said is None:
            return False
        return not any(word in _ROLE_CUTS for word in said.group(1).split())

    def _role_around(self, candidate: _Candidate) -> str | None:
        """A role next to the name: "spokeswoman Ana Ruiz", "Ana Ruiz, the mayor," or "the mayor, Ana Ruiz,"."""
        before = self.text[max(0, candidate.start - 80) : candidate.start]
        before = before[before.rfind("\n") + 1 :]
        if before[-1:].isspace():  # a role right before the name, its words on the name's line
            match = _ROLE_BEFORE.search(before) if _last_word(before) in ROLE_NOUNS else None
            if match:
                words = (match.group(1) + match.group(2)).split()
                cut = [i for i, word in enumerate(words[:-1]) if word.lower() in _ROLE_CUTS]
                words = words[cut[-1] + 1 :] if cut else words  # "objecting that junior minister": the role only
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

    def _role_after(self, candidate: _Candidate) -> str | None:
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
        appositive = apposition.group(1).lower().split() if apposition else []
        if appositive and appositive[0] in _COORDINATORS:
            return None  # "Ana Ruiz, and her deputy Tom Park,": the next person of a list, never her role
        if appositive and appositive[-1] in SPEECH_VERBS and self._after_preposition(candidate.start):
            return None  # "gas supplies to Europe, the minister said:": a place, then a said-clause
        if any(_is_role_word(word) for word in appositive) and (not bare or _role_heads_bare_apposition(appositive)):
            return apposition.group(1).strip() if apposition else None
        relative = _RELATIVE_ROLE.match(after) if len(candidate.tokens) > 1 and after.startswith(", who") else None
        if relative:
            return relative.group(1)
        titled = _TITLE_APPOSITION.match(after) if len(candidate.tokens) > 1 else None
        if titled and _is_capitalised_role(titled.group(1).split()) and not self._after_preposition(candidate.start):
            return titled.group(1)  # "J.M.S. Brito, Deputy Chairman and Managing Director of Aitken Spence PLC"
        return None

    def _after_preposition(self, position: int) -> bool:
        """ "with Macron", "from the Gazette", "with French President Macron": articles and qualifiers the name
        left out are skipped. A paragraph's first name follows no preposition ("... would go on.\n\nKerry said"),
        nor does a subject after a fronted phrase ("In 2014, Kerry said": fronted.py)."""
        words = _LETTERS.findall(self.text, max(0, self.text.rfind("\n", 0, position) + 1, position - 40), position)
        while len(words) > 1 and (
            words[-1] in TITLE_WORDS or words[-1].lower() in _ARTICLES or words[-1].lower() in NATIONALITIES
        ):
            words.pop()
        preposition = (bool(words) and words[-1].lower() in _PREPOSITIONS) or _PREPOSITION_THEN_ROLE.search(
            self.text, max(0, position - 60), position
        ) is not None
        return preposition and not follows_fronted_phrase(self.text, position)  # the dearer test only when it matters

    def _after_place_preposition(self, position: int) -> bool:
        return _PLACE_PREPOSITION_BEFORE.search(self.text[max(0, position - 12) : position]) is not None

    def after_preposition(self, position: int) -> bool:
        """Whether a name or role at `position` follows a preposition ("with the coach"): not a subject."""
        return self._after_preposition(position)

    @read_once
    def is_subject_position(self, mention: Mention) -> bool:
        """Whether a mention can be what its sentence is about: not a possessive, not after a preposition, save
        the source of a report ("According to Francis Atwoli, the strike will go on."), whose words follow."""
        if mention.possessive or modifies_noun_after(self.text, mention):
            return False  # "Reid's", "the former Reid campaign treasurer": whose, not who
        return not self._after_preposition(mention.start) or self.names_a_source(mention.start)

    def names_a_source(self, position: int) -> bool:
        """Whether the name at `position` follows a sentence-opening "According to" (and a title)."""
        return _ACCORDING_OPENS.search(self.text, max(0, position - 40), position) is not None


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


def _role_heads_bare_apposition(words: list[str]) -> bool:
    """Whether a bare apposition ("deputy head of the school") ends in its role noun or what the role is of.

    "Rest, fluids and a phone call to your doctor come first": the role noun is followed by a verb, so
    the words are a sentence, and "Rest" no one's name.
    """
    last_role = max(index for index, word in enumerate(words) if _is_role_word(word))
    if len(words) > _SHORT_APPOSITION and not (_is_role_word(words[0]) or _is_role_word(words[1])):
        return False  # a long one is a role only when it opens with it: "chairman of the ... at ... in ..."
    return last_role == len(words) - 1 or words[last_role + 1] in _OF_WHAT
