"""Evidence that capitalised words are a person: a speech verb next to them.

Mixed into the people finder. "Ana Ruiz said", "said Chairman of the Board, Ron Terwilliger", "said
supporter Martin Diaz", "Ana Ruiz, who runs the bakery, told", "Kofi Mensah, 52,", "Ana Ruiz (D-Md.)" and a
census first name after a body's possessive ("The Post's Dana Okafor") make a person of a name. The finder's
other evidence has modules of its own: a role around the name (roles_around_names.py), a he or she who speaks
next (pronoun_after_name.py), and where the name stands (subject_positions.py).
"""

from __future__ import annotations

from quizapp.draft.dated_verbs import speaks_after_a_day
from quizapp.draft.document_asides import speaks_after_document_aside
from quizapp.draft.first_names import is_census_first_name
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import (
    ORGANIZATION_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    heading_about,
)
from quizapp.draft.name_candidates import NameCandidate
from quizapp.draft.pronoun_after_name import CHARACTERIZING_VERBS, PronounAfterName
from quizapp.draft.relative_roles import completes_who_is
from quizapp.draft.reported_clauses import starts_reported_clause
from quizapp.draft.roles_around_names import ROLE_CUTS, RoleAroundName

_CLAUSE_THEN_VERB = lazy_compile(
    r",\s+(?:who|whose|the|a|an|one\s+of|[A-Z]{2,4}\s+(?:for|of)|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s\b|s['’](?=\s)))"
    r"[^.;:!?\"“”]{3,160}?,\s*"
    r"(?:(?:later|also|then|again|earlier|previously|once|still|now|[a-z]+ly)\s+)?([a-z]+)"
)
"""A clause or apposition after a name, then the name's verb: "Ana Ruiz, who runs the bakery, told", and with
the adverb news puts before a verb, "Ana Ruiz, who runs the bakery, later told" (or "also said"), and
"Ana Ruiz, one of the traders who signed the letter, said", "Ana Ruiz, MP for Kelmouth, said", "Ana Ruiz, Kelmouth
Council's member for housing, said"."""
_SPOKE_TO = lazy_compile(r"(?:spoke|speaks)\s+(?:to|with)\b")
"""Speaking to someone, which a speaker does as surely as telling them: "Ana Ruiz spoke to reporters"."""
_COLON_QUOTE = lazy_compile(r"[^.!?:;\"“”\n]{0,80}:\s*[\"“‘']")
"""A sentence-opening name, words, then a colon and a quotation: "Keys discussed the defeat: “...”"."""
_LOWER_WORD = lazy_compile(r"[a-z]+")
_QUOTE_IN_SENTENCE = lazy_compile(r"[^.!?;:\"“”\n]{0,100}[\"“]")
"""The rest of a clause up to a quotation opening in it: "(called) the plan "", "(described) the bid as ""."""
_ROLE_FOLLOWS = lazy_compile(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)(?:\s+[A-Z]|$)")
"""Lowercase words between a name and the next capitalised word: "Brightwell Foods finance director Ada"."""
_AGE_APPOSITION = lazy_compile(r",\s*(?:aged\s+)?[1-9]\d?,")
_BODY_APPOSITION = lazy_compile(
    r",\s+of\s+the\s+((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}[A-Z][\w'’&.-]*)"
)
"""A body in apposition after a name: ", of the Riverside Residents Association" says whose member speaks."""
_SAID_DESCRIBED = lazy_compile(r"(?:s(?<=\bs)(?:aid|ays)|a(?<=\ba)(?:dded|ccording\s+to))\s+((?:[a-z][\w-]*\s+){1,3})$")
"""A speech verb ("said", "says", "added", "according to") at a word's start, then a few describing words up to a
name. Each first letter is written before its word boundary, as `alternation(..., word_start=True)` writes it: the
search skips to an "s" or an "a" instead of trying every position of the window."""
_SAID_OWNER = lazy_compile(r"\b(?:said|says|added|told)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+$")
"""A speech verb, then an owner's possessive right before a name: "said Greenway Party’s" + "Dara Quinn"."""
_BODY_OWNER = lazy_compile(r"(?:^|[^\w.&'’-])((?:[A-Z][\w.&-]*\s+){0,3}([A-Z][\w.&-]*))(?:['’]s|(?<=s)['’])\s+$")
"""A body's possessive right before a name: "The Post's" + "Dana Okafor", "MSNBC's" + "Ana Ruiz"."""
_PARTY_TAG = lazy_compile(r"\s*\((?:D|R|I)-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)")
"""A US lawmaker's party and state in brackets after the name: "(D-Md.)", "(R-Texas)", "(I-Vt.)"."""
_SAID_TITLE_COMMA = lazy_compile(r"\b(?:said|says|added|told)\s+([^.;:\"“”]{3,80}),\s*$")


def _trailing_letters(text: str) -> str:
    """The run of ASCII letters `text` ends with ("" if none), read from the end: what
    `re.findall("[A-Za-z]+", text)[-1]` gives when `text` ends with it, without scanning the window."""
    start = len(text)
    while start > 0 and text[start - 1] in _ASCII_LETTERS:
        start -= 1
    return text[start:]


def _ends_with_possessive(before: str) -> bool:
    """Whether `before` ends with a possessive "'s" and the space before a name: what `_SAID_OWNER` ends with,
    tested before that search, which tries each position of its window and finds nothing after most names."""
    return before[-1:].isspace() and before.rstrip().endswith(("'s", "’s"))


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_LISTENER_VERBS = frozenset({"told", "tells", "tell"})
"""Speech verbs whose object is the listener, never an inverted speaker: "Wardle told BBC Radio Five Live"
says nothing of the station being a person."""


class NameEvidence(RoleAroundName, PronounAfterName):
    """Mixed into the people finder: a speech verb next to a name, or a clause, an age or a body after it."""

    def _speech_verb_adjacent(self, candidate: NameCandidate) -> bool:
        if completes_who_is(self.text, candidate.start, candidate.tokens):
            return False  # "Ana Ruiz, who is also Health Secretary, told": the verb is hers (relative_roles.py)
        after = self.text[candidate.end : candidate.end + 40]
        first_after = _LOWER_WORD.search(after.split(".", 1)[0])
        if first_after and first_after.group(0) in SPEECH_VERBS and not candidate.possessive:
            return True
        if (
            first_after
            and first_after.start() == 1
            and first_after.group(0) in CHARACTERIZING_VERBS
            and not candidate.possessive
            and _QUOTE_IN_SENTENCE.match(self.text, candidate.end + first_after.end())
        ):
            return True  # "Ana Ruiz called the plan "a muddle"": her words put on something, in her sentence
        if first_after and not candidate.possessive and _SPOKE_TO.match(after, first_after.start()):
            return True  # "Ana Ruiz spoke to reporters"
        if first_after and not candidate.possessive and speaks_after_a_day(self.text, candidate.end):
            return True  # "Norvik Motors on Tuesday said" (dated_verbs.py)
        clause = (
            _CLAUSE_THEN_VERB.match(self.text, candidate.end, candidate.end + 200)
            if self.text.startswith(",", candidate.end)
            else None
        )
        if (
            clause
            and not candidate.possessive
            and (clause.group(1) in SPEECH_VERBS or _SPOKE_TO.match(self.text, clause.start(1)))
        ):
            return True  # "Adhanom, who was in Juba with the minister, told reporters" (or "spoke to reporters")
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
            and _ends_with_possessive(owner := self.text[max(0, candidate.start - 80) : candidate.start])
            and _SAID_OWNER.search(owner)
        ):
            return True  # "said Greenway Party’s Dara Quinn": the owner's person, after the verb
        if self._described_after_said(candidate):
            return True  # "said supporter Martin Diaz", "according to university entomologist Joseph Reyes"
        if (
            len(candidate.tokens) >= 2
            and not candidate.possessive
            and (_AGE_APPOSITION.match(self.text, candidate.end) or _PARTY_TAG.match(self.text, candidate.end))
        ):
            return True  # "Kofi Mensah, 52, met drivers", "Ana Ruiz (D-Md.)": an age or a party said of a person
        if len(candidate.tokens) in {2, 3} and not candidate.possessive and self._owned_by_a_body(candidate):
            return True  # "The Post's Dana Okafor puts it": a first name after a body's possessive
        if len(candidate.tokens) in {2, 3} and not candidate.possessive and self._member_of_a_body(candidate):
            return True  # "Tamsin Oduya, of the Riverside Residents Association, criticised": a body's member
        opens_sentence = not before.strip() or before.rstrip(" \t")[-1] in ".!?\n"
        role_follows = _ROLE_FOLLOWS.match(self.text, candidate.end)
        if role_follows and role_follows.group(1).split()[-1] in ROLE_NOUNS:
            return False  # "Arlo Power chief executive Kofi Mensah said:": "Arlo Power" qualifies a role
        if opens_sentence and not candidate.possessive and not heading_about(candidate.tokens):
            return bool(_COLON_QUOTE.match(self.text, candidate.end)) or self._pronoun_speaks_next(candidate)
        return False

    def _member_of_a_body(self, candidate: NameCandidate) -> bool:
        """Whether ", of the <Body>" follows the name, the body's last word an organization's ("Association",
        "League", "Party"): a body is seldom said to be of another, its people are."""
        body = _BODY_APPOSITION.match(self.text, candidate.end)
        return body is not None and any(word.rstrip(".") in ORGANIZATION_WORDS for word in body.group(1).split())

    def _owned_by_a_body(self, candidate: NameCandidate) -> bool:
        """Whether a body's possessive stands right before a name that opens with a census first name: "The Post's
        Dana Okafor", "MSNBC's Ana Ruiz" (a journalist or a member named by where they work). The body's last word
        is an organization's ("Post", "News") or capitals ("MSNBC"); a person's possessive ("Schweizer's Clinton
        Cash") and a first name that is no census one ("Ora TV") are no such evidence."""
        if not _ends_with_possessive(before := self.text[max(0, candidate.start - 50) : candidate.start]):
            return False
        owner = _BODY_OWNER.search(before)
        if owner is None:
            return False
        last = owner.group(2)
        body = last.rstrip(".") in ORGANIZATION_WORDS or (len(last) >= 2 and last.isalpha() and last.isupper())
        return body and is_census_first_name(candidate.tokens[0])

    def _described_after_said(self, candidate: NameCandidate) -> bool:
        """A name of two words or more after "said" or "according to" and a few lowercase describing words."""
        if len(candidate.tokens) < 2 or not self.text[candidate.start - 1 : candidate.start].isspace():
            return False
        said = _SAID_DESCRIBED.search(self.text, max(0, candidate.start - 60), candidate.start)
        if said is None:
            return False
        return not any(word in ROLE_CUTS for word in said.group(1).split())
