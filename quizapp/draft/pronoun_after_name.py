"""A name whose sentence is followed by a he or she who speaks is a person's; one followed by "It said" is a body's.

"Kofi Mensah met drivers on Monday. Speaking afterwards, he said: ..." makes a person of a name opening its
sentence, no one else being there for the pronoun to mean; "Tavi has pulled her tour. ... she explains"
makes one of a single word; "Kelvara announced in July it would close the plant. It said ..." makes a body
of one. These tests read the sentences after the name, not the words around it, and the openers they need
are read once per text, so they are apart from the speech-verb and role evidence (evidence.py,
roles_around_names.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB
from quizapp.draft.name_candidates import NameCandidate
from quizapp.draft.name_modifiers import qualifies_the_noun_after

_OWN_PRONOUN = lazy_compile(r"\b(?:her|his)\b")
_OWN_PRONOUN_LETTERS = lazy_compile(r"h(?:er|is)")
"""Where _OWN_PRONOUN may match: a literal start is scanned for fast, where a leading \\b is tried at every offset."""
_NAME_THEN_VERB = lazy_compile(r"\s+(?:(?:has|have|had)\s+)?(?:" + SPEECH_VERB + r")\b")
_IT_SAYS = lazy_compile(r"\s*It\s+(?:(?:has|had|also)\s+)?(?:" + SPEECH_VERB + r")\b")
_FIRST_TOKEN = lazy_compile(r"\s*(\S+)")
_NAME_SOON = lazy_compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[A-Z]")
_OPENING_WORD = lazy_compile(r"\s*([A-Z][\w'’-]+)\s+[a-z]")
_NO_VERB_AFTER_A_NAME = (
    "and|or|of|in|on|at|to|for|from|with|by|into|onto|about|after|before|through|around|across|over|under|against"
    "|a|an|the|his|her|their|its|my|our|your|him|them|me|us|this|that|these|those"
)
_LOWERCASE_VERB = lazy_compile(rf" (?!(?:{_NO_VERB_AFTER_A_NAME})\b)[a-z]+\b")
"""The word after a sentence-opening name, as its verb would be: not a connector of a longer name, nor an article,
a possessive, an object pronoun or a preposition, which follow a sentence's opening participle or adverb
("Throughout his remarks", "Making her way", "Dismayed by", "Himself a former ...") and never a name."""
PRONOUN_SPEAKS = lazy_compile(
    r"\s*(?:[\"“‘][^\"“”‘’\n]{1,400}[\"”’]\s*,?\s*|(?:[A-Z][^,.;:!?\"“”‘’\n]{0,40}?,\s+|(?:But|And|Later|Then|On\s+\w+day)\s+))?"
    r"(?P<pronoun>[Hh]e|[Ss]he)\s+(?:(?:[a-z]+\s+){0,2}?(?:" + SPEECH_VERB + r")\b|[^.!?\"“”‘’\n]{0,60}:\s*[\"“‘])"
)
"""A sentence whose speaker is a he/she: `He said`, `Speaking afterwards, she added`, `"...," he said`,
`He was blunt: "..."`."""
_OPENING_HE_SHE = lazy_compile(r"\s*(?:He|She)\s+[a-z]")
CHARACTERIZING_VERBS = frozenset(
    {"called", "calls", "described", "describes", "branded", "brands", "labelled", "dubbed"}
)
"""Verbs that put a speaker's words on something ("called the plan "a slap in the face""), when a quotation
follows in their sentence."""
_QUOTE_MARK = lazy_compile(r"[\"“‘]")


class PronounAfterName:
    """Mixed into the people finder: a he, she or it that speaks after a name says what the name is."""

    text: str
    sentence_starts: list[int]
    body_start: int
    _openings: dict[str, list[tuple[int, int]]] | None = None
    """Where each capitalised word opens a sentence of the body before a lowercase word, and where that sentence
    ends: read once per text, for all the one-word names."""
    _mononyms: dict[str, bool] | None = None
    """`_mononym`'s answer for each word asked: it depends on the word alone, and a name is written many times."""
    _it_says_openers: frozenset[str] | None = None

    def _mononym(self, candidate: NameCandidate) -> bool:
        """Whether a single word is someone known by one name ("Tavi has pulled her tour. Taking to Facebook, she
        explains ..."): somewhere in the body it opens a sentence that says "her" or "his" of it, and a he or she
        speaks next. A body or a place is "its"; a word that is only capitalised never takes "her"."""
        word = candidate.tokens[0]
        if candidate.possessive or word.isupper() or len(word) < 3:
            return False
        if self._mononyms is None:
            self._mononyms = {}
        known = self._mononyms.get(word)
        if known is None:
            known = self._mononyms[word] = any(
                self._pronoun_speaks_next(NameCandidate(start, start + len(word), [word], False))
                for start in self._openings_with_her_or_his(word)
            )
        return known

    def _speaks_then_it_says(self, candidate: NameCandidate) -> bool:
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

    def _openings_with_her_or_his(self, word: str) -> Iterator[int]:
        """Where `word` opens a sentence of the body before a lowercase word, that sentence saying "her" or "his".
        The openings of every word are found in one pass; the costlier tests run only for the words asked (the
        one-word names, not every "Police" or "Shares" that opens a sentence)."""
        if self._openings is None:
            self._openings = self._sentence_openings()
        for start, end in self._openings.get(word, ()):
            after = start + len(word)
            if qualifies_the_noun_after(self.text, after) or _NAME_SOON.match(self.text, after):
                continue  # "Harwick manager Owen Hale praised his side": a team's word before its man
            if _says_her_or_his(self.text, after, end) and _first_her_or_his_is_the_openers(self.text, after, end):
                yield start

    def _sentence_openings(self) -> dict[str, list[tuple[int, int]]]:
        """Each capitalised word opening a sentence of the body before a lowercase word: where it stands, and
        where its sentence ends."""
        openings: dict[str, list[tuple[int, int]]] = {}
        starts = self.sentence_starts
        for index, start in enumerate(starts):
            opening = _OPENING_WORD.match(self.text, start)
            if opening is None or opening.start(1) < self.body_start:
                continue
            end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
            openings.setdefault(opening.group(1), []).append((opening.start(1), end))
        return openings

    def _pronoun_speaks_next(self, candidate: NameCandidate) -> bool:
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


_ANOTHER_OWNER = lazy_compile(
    r"\b(?:[Hh]e|[Ss]he)\b|(?<!\bto )(?<!\bon )(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bfrom )(?<!\bwith )(?<!\bby )"
    r"\b[A-Z][a-z][\w'’-]*"
)
"""Someone else the "her" or "his" may be of: a he or she, or a capitalised word not after a preposition ("Florida is
a swing state, and Clinton aimed her speech at it"; "Michigan did what others do, he told the court in his filing")."""


def _first_her_or_his_is_the_openers(text: str, start: int, end: int) -> bool:
    """Whether no one else stands between the opening word and the first "her" or "his" of its sentence: the
    "her" of "Tavi has pulled her tour" is Tavi's; that of "Florida is a swing state, and Clinton aimed her speech"
    is Clinton's, and says nothing of Florida."""
    first = _OWN_PRONOUN.search(text, start, end)
    return first is not None and _ANOTHER_OWNER.search(text, start, first.start()) is None


def _says_her_or_his(text: str, start: int, end: int) -> bool:
    """Whether "her" or "his" stands as a word in text[start:end] (as `_OWN_PRONOUN.search` there would say)."""
    return any(_OWN_PRONOUN.match(text, at.start(), end) for at in _OWN_PRONOUN_LETTERS.finditer(text, start, end))
