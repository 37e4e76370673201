"""The role written right before a person's name: "said harbour master Gwen Talbot", "Water Board Chair Ola Berg".

News prose introduces most people by putting what they are in front of their name, with no comma:
"responding officer Sgt. Ana Ruiz said", "Finance Minister Tom Reyes told", "Lib Dem leader Jo Paske".
`role_questions` asked only the comma forms ("Ana Ruiz, the harbour master,"), so a story whose people
were all introduced this way gave no "who is ...?" question, and thin drafts stayed thin. The role before
the name is as plainly what the article says the person is, when it is read strictly:

- only the words right before the name in its sentence: lowercase role words ("senior study author") and
  capitalised title words ("Interim Harbour Police Chief"), never a joining word, a verb, a possessive or
  a pronoun; "of" and "the" only inside a title the people model read with the name ("Leader of the
  Opposition Ana Ruiz"); a rank or honorific just before the name ("Sgt.", "Dr") is left out;
- what comes before the role is the sentence's start, a mark, a joining word or a speech verb, so the role
  is whole: "Kelbridge Trust's CEO" is not "CEO", "Unite regional officer" is not "regional officer", and "Ports
  Authority chief executive" after "Ferries and" is half a name; at a sentence's start the role opens on a
  title, a nationality or an acronym; a role opening on "-ing" follows a speech verb ("said managing
  director"), never a preposition ("after meeting union leader");
- two words at least: "Councillor" or "Manager" alone names one of many in most stories;
- its head noun names an office or a job one person holds (chief, leader, minister, curator, author),
  never a kinship or a crowd word ("mother", "fan", "resident", "counterpart": whose, or which of many?);
- the role is one person's in the article: no other person is given the same role, a bare "minister"
  beside another minister is no role at all, and the role is never written before someone else's name
  nor with "a", "another" or "one" in front of it.
"""

from __future__ import annotations

import bisect
import re

from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import HONORIFICS, NATIONALITIES, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, word_set
from quizapp.draft.person import Mention, Person
from quizapp.draft.whole_words import contains_whole_phrase

MAX_ROLE_WORDS = 6
MAX_TRIES = 12
"""Roles checked against the whole article, per draft: a long article is not read once per person."""
_WORD_BEFORE = lazy_compile(r"([A-Za-zÀ-ÖØ-öø-ÿ][\w'’.-]*)[ ]+$")
_NOT_ROLE_WORDS = word_set(
    "the a an and or but nor to for in on at with by from as that than of after before when while where if so then "
    "also said says told like about against between including his her their its our my your this these those via "
    "under over into upon per not no yet because since until whom who which whose what how why both all every "
    "each other another some any many most more one two three new just only even alongside amid among towards "
    "toward during without within through across behind beside near around outside inside beyond"
)
_HELD_BY_ONE = (ROLE_NOUNS | {word.lower() for word in TITLE_WORDS}) - word_set(
    """
    mother father parent sister brother daughter son wife husband relative friend neighbour neighbor victim
    witness passenger patient customer shopper fan supporter great legend member resident student pupil
    employee worker volunteer source insider bystander eyewitness protester tenant commuter motorist trader
    vendor campaigner survivor player international veteran forward striker midfielder defender winger
    goalkeeper keeper counterpart champion finalist candidate expert analyst lawmaker legislator aide agent
    official lady lord acting interim former senior vice assistant minority majority deputy defense defence
    health interior finance treasury education home trade economy energy commerce labor labour agriculture
    transport transportation crown field supreme chief-elect
    """
)
"""Head nouns of a role one person holds in a story. Kinship and crowd words need an owner or name one of many;
title adjectives ("Acting", "Finance") are no head."""
_CONNECTORS = word_set("of for the")
_JOINING = word_set("and & of for")
_BEFORE_ANOTHER = lazy_compile(r"\b(?:a|an|another|one|each|every|other|fellow)\s+$", re.IGNORECASE)
_NAMED_AFTER = lazy_compile(r"[ ]+(?:(?:Mr|Mrs|Ms|Dr|Sgt|Cllr|Cr|Prof|Det|Insp|Lt|Capt|Rev)\.?[ ]+)?(?=[A-Z])")
"""Where a name would start right after a role: past a rank or honorific."""


class RolesBeforeNames:
    """The roles written before people's names in one article, read once (`role` asks for one of them)."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self._starts = [sentence.start for sentence in extraction.sentences]
        self._runs: dict[str, list[list[str]]] | None = None
        self.tries = 0
        self.whole = False
        """Whether the last run read opens where a role can open (`_opens_cleanly`)."""

    def role(self, mention: Mention, person: Person) -> str | None:
        """The role written right before the full name at `mention`, when plainly this person's alone."""
        if self.tries >= MAX_TRIES:
            return None  # each try reads the article for the role: a long one is not read again and again
        run = self.run(mention, person)
        if run is None or not self.whole or len(run) < 2 or not _shaped_like_a_role(run):
            return None  # "CEO" alone, or "Unite National officer" read from "National": not all the article says
        head = _head(run)
        if head is None or head.lower() not in _HELD_BY_ONE:
            return None
        self.tries += 1
        if not self._held_by_one(person, run, head):
            return None
        return (
            " ".join(run)
            if _written_for_no_one_else(self.extraction, person, " ".join(run).lower(), head, len(run) == 1)
            else None
        )

    def run(self, mention: Mention, person: Person) -> list[str] | None:
        """The words of the role before the name at `mention` (the title inside the mention, then the words
        before it in the sentence), without a rank or honorific next to the name; None when there is none, or
        when it holds a word no role has (an abbreviation with full stops, a possessive)."""
        text = self.extraction.text
        surface = text[mention.start : mention.end]
        if mention.possessive or mention.in_quote or person.kind != "person" or " " not in surface:
            return None
        names = sorted({person.name, person.shown}, key=len, reverse=True)
        full = next((name for name in names if surface.endswith(name)), None)
        if full is None or " " not in full:
            return None
        inside = surface[: len(surface) - len(full)].split()
        sentence_start = self._starts[max(0, bisect.bisect_right(self._starts, mention.start) - 1)]
        sentence_start = min(sentence_start, mention.start)
        before: list[str] = []
        position = mention.start
        while len(before) <= MAX_ROLE_WORDS:
            found = _WORD_BEFORE.search(text, max(sentence_start, position - 40), position)
            if found is None or found.group(1).lower() in _NOT_ROLE_WORDS or not _role_word(found.group(1)):
                break
            before.insert(0, found.group(1))
            position = found.start(1)
        run = before + inside
        while run and run[-1].rstrip(".").lower() in HONORIFICS:
            run.pop()  # "responding officer Sgt. Ana Ruiz": the rank is part of how she is named
        if not run or len(run) > MAX_ROLE_WORDS or any("." in word or "'" in word or "’" in word for word in run):
            return None
        self.whole = _opens_cleanly(text, sentence_start, position, before) and not _a_verb_after_to(
            text[sentence_start:position], run
        )
        return run

    def _held_by_one(self, person: Person, run: list[str], head: str) -> bool:
        """Whether no one else of the article is given the role: see the module's docstring."""
        role = " ".join(run).lower()
        for other in self.extraction.people:
            if other.id != person.id and other.kind == "role" and contains_whole_phrase(other.name, head):
                return False  # "the manager" speaking unnamed beside "manager Ana Ruiz": perhaps one person
        for other_id, other_runs in self._all_runs().items():
            if other_id == person.id:
                continue
            for other_run in other_runs:
                other_head = _head(other_run)
                same_head = other_head is not None and other_head.lower() == head.lower()
                if " ".join(other_run).lower() == role or (same_head and (len(run) == 1 or len(other_run) == 1)):
                    return False  # two councillors, or "minister Ana Ruiz" beside "Finance Minister Tom Reyes"
        return True

    def _all_runs(self) -> dict[str, list[list[str]]]:
        if self._runs is None:
            self._runs = {}
            for mention in self.extraction.mentions:
                person = self.extraction.person(mention.person)
                if person is not None and (run := self.run(mention, person)) is not None:
                    self._runs.setdefault(person.id, []).append(run)
        return self._runs


def _opens_cleanly(text: str, sentence_start: int, position: int, before: list[str]) -> bool:
    """Whether the role read before a name is all of it: what precedes it is the sentence's start, a mark, a
    joining word or a speech verb, not a word the reading stopped at ("Kelbridge Trust's CEO", "(KHA) Board Chair")
    nor a capitalised word mid-sentence, which is inside a name ("Air New Zealand chief executive"),
    and a role opening the sentence opens on a title ("Unite National officer" is not "National officer")."""
    preceding = text[sentence_start:position].rstrip()
    if not preceding.strip(" “\"‘'(—–-"):
        return not before or _title_like(before[0])
    if preceding[-1] in ',;:—–“"‘(':
        return True
    words = preceding.split()
    last = words[-1].lower()
    if len(words) > 1 and words[-1][:1].isupper() and before and before[0][:1].isupper():
        return False  # "Air New Zealand chief executive": a capitalised "New" mid-sentence is inside a name
    if last in _JOINING and len(words) > 1 and words[-2][:1].isupper() and before and before[0][:1].isupper():
        return False  # "Public and Commercial Services union general secretary": one name, "and" inside it
    if before and before[0].endswith("ing"):
        return last in SPEECH_VERBS  # "said managing director Ana Ruiz"; not "after meeting mayor Ana Ruiz"
    if last in {"and", "&"} and _shared_by_the_role_before(words[:-1]):
        return False  # "Former prosecutor and City Mayor Ana Ruiz": "former" is the mayor's too
    return last in _NOT_ROLE_WORDS or last in SPEECH_VERBS


_SHARED_MODIFIERS = word_set("former ex then late current onetime one-time retired outgoing longtime long-time")


def _shared_by_the_role_before(words: list[str]) -> bool:
    """Whether the words before "and" are a role of the same person whose modifier or owner may be the second
    role's too: "Former prosecutor and City Mayor Ana Ruiz" was mayor once, and "the City Mayor" alone says she is;
    "Kelbridge's current and long-time lawyer" is whose lawyer? Read back from "and" over the first role's words
    (lowercase, titles, honorifics, the place before a title), stopping at anything else: "Rep. Tom Hale and state
    Speaker Ana Ruiz" ends the first run on a name, and "labor leader and civil rights activist" shares nothing."""
    if not words or not (words[-1].islower() or words[-1].rstrip(".") in TITLE_WORDS or _honorific(words[-1])):
        return False
    for word in reversed(words[-MAX_ROLE_WORDS:]):
        if word.lower() in _SHARED_MODIFIERS or word.endswith(("'s", "’s")):
            return True
        if word.lower() in _NOT_ROLE_WORDS or not (_role_word(word) or _honorific(word)):
            return False
    return False


def _honorific(word: str) -> bool:
    return word.endswith(".") and word.rstrip(".").lower() in HONORIFICS


def _a_verb_after_to(preceding: str, run: list[str]) -> bool:
    """Whether the run opens on a verb after "to", then a capitalised title: "plans to replace Justice Ana Ruiz",
    "to remember President Tom Hale", "to criticize former KKK leader Tom Hale". A lowercase word before a title
    opens a role only when it is a role word itself ("to former Minister", "to deputy Chief"); "according to
    election lawyer" has no capital after it, and stays a role."""
    words = preceding.split()
    if not words or words[-1].lower() != "to" or len(run) < 2 or not run[0].islower():
        return False
    if not any(word[:1].isupper() for word in run[1:]):
        return False
    return not (run[0] in _HELD_BY_ONE or run[0] in NATIONALITIES or run[0] in _TITLE_OPENERS)


_TITLE_OPENERS = word_set("former acting interim senior deputy vice assistant chief then top late retired")


def _shaped_like_a_role(run: list[str]) -> bool:
    """Lowercase words, then capitalised ones, then lowercase ones ("former Harbour Board chair"), never back and
    forth ("London alongside British Foreign Secretary" is a place and a preposition read on)."""
    shape = "".join("c" if word[0].isupper() else "l" for word in run if word not in _CONNECTORS)
    return re.fullmatch(r"l*c*l*", shape) is not None


def _role_word(word: str) -> bool:
    if word.endswith(("'s", "’s", ".")) and word.rstrip(".").lower() not in HONORIFICS:
        return False  # "Kinsey's attorney" is the opening-role form; a full stop ends a sentence
    if word[0].isupper():
        return True
    lowered = word.lower()
    return not (lowered.endswith(("ed", "ly")) or lowered in {"is", "was", "are", "were", "has", "had"})


def _title_like(word: str) -> bool:
    """A capitalised word that may open a role at a sentence's start: a title, a nationality, an acronym."""
    return word in TITLE_WORDS or word.lower() in NATIONALITIES or (word.isupper() and len(word) > 1)


def _head(run: list[str]) -> str | None:
    """The noun a role is: its last word, or the word before "of"/"for" ("Leader of the Opposition")."""
    for index, word in enumerate(run):
        if word in {"of", "for"}:
            return run[index - 1] if index else None
    return run[-1]


def _written_for_no_one_else(extraction: Extraction, person: Person, role: str, head: str, bare: bool) -> bool:
    """Whether every other place the article writes the role is a back-reference ("the harbour master said"):
    never "a harbour master", nor the role before another name; a bare role's plural ("councillors") says
    there are several."""
    text = extraction.text
    lowered = extraction.lowered()
    names = {person.name, person.shown, *person.aliases} - {""}
    position = lowered.find(role)
    while position >= 0:
        end = position + len(role)
        whole = (position == 0 or not lowered[position - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole:
            if _BEFORE_ANOTHER.search(text, max(0, position - 12), position):
                return False
            after = _NAMED_AFTER.match(text, end)
            if after is not None and not any(text.startswith(name, after.end()) for name in names):
                return False  # the role before someone else's name
        position = lowered.find(role, position + 1)
    if bare:
        plural = head.lower() + ("es" if head.lower().endswith(("s", "sh", "ch")) else "s")
        if re.search(rf"\b{re.escape(plural)}\b", lowered):
            return False
    return True
