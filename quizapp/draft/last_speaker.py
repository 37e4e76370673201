"""Facts of news prose that settle doubts the pronoun sieve would otherwise raise.

The speaker who was just introduced is whom the next "he said" means. A news article introduces each voice
with its name and a speech verb ("said Supt Ian Ward of the county police", "Ward told reporters") and then
carries that voice with a pronoun; a person named before that voice, and not after it, is not whom the
pronoun means, even when only that earlier person's gender is known, unless that person was a voice too
(writers let the pronoun's gender carry the reader back past a woman's words to a man's). So a person of no
known gender who speaks in the sentence before the pronoun's keeps the pronoun, unless someone of its gender
is named after them or spoke before them. Nor does the pronoun go back to an earlier paragraph's voice when the
new voice's sentence is answered at once, in its own paragraph or by the next paragraph's opening words, by the
pronoun's words ("The trust's chair, Kim Lee, said the charity was recovering. "We will get through this," she
said."): a writer who meant the earlier voice would not put the new one between, with nothing after it.

A role after "as" is what someone is ("as a coach"), unless it speaks ("as a spokesman said"). A role noun
that English also uses as an adjective is no person when a plain noun follows it: "a great yield", "an
international airport", "an official statement" name nobody whom "he" could mean, while "a great of the
game" or "a veteran journalist" do.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, SPEAKS_NEXT, SPEECH_VERB, SPEECH_VERBS
from quizapp.draft.person import Mention
from quizapp.draft.pronoun_rivals import unquoted
from quizapp.draft.sentences import Sentence

_SPEAKS_BEFORE = lazy_compile(r"[,\"”’]\s*(?:" + SPEECH_VERB + r")(?<!ing)\s+(?:[A-Z][\w'’.-]*\s+){0,4}$")
"""An inverted speech verb just before the name, past its titles: "..., said Supt Ian Ward" ("adding Ward ..."
reports what Ward did)."""
_CLAUSE_ENDS = lazy_compile(r"\s*(?:[,.;]|\s(?:of|from|at|in)\b)")
"""After an inverted speaker's name: the clause ends, or says where they work ("said Ian Ward of the police")."""
_APPOSED_VERB = lazy_compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})?(?:\s*\([^()]{1,20}\))?"
    r"(?:(?:\s*,[^,.;:!?\"“”()]{1,100}){1,2},)?\s+(?:[a-z]+\s+){0,2}?(?P<verb>" + SPEECH_VERB + r")\b(?!\s+to\b)"
)
"""After a name, its speech verb past where the person is from or their party ("of Leeds", "(D-Ohio)") and an
apposition of one or two parts closed by a comma: "Jo Park of Leeds, a pollster who works with Acme, a lobby, said".
A list of names ("Jo Park, Tom Reid and Ann Lee said") has no closing comma, and is no apposition."""
_AS = lazy_compile(r"\bas\s+$")
_OWN_SPEECH = lazy_compile(r"(?:\s*,)?\s+(?:who\s+)?(?:[a-z]+\s+){0,3}?(?:" + SPEECH_VERB + r")\b")
"""A role's own speech verb after "as" ("as a spokesman said"): unlike lexicon.SPEAKS_NEXT, a verb followed by "to"
counts ("as a spokesman promised to"), since any verb of its own makes the role a clause's subject, not a capacity."""
_ADJECTIVE_ROLES = frozenset({"great", "international", "forward", "official", "veteran", "legend"})
_NO_NOUNS = frozenset(
    {"of", "who", "whom", "whose", "from", "in", "at", "on", "with", "and", "or", "but", "to", "for", "has", "had",
     "have", "is", "was", "will", "would", "the", "a", "an"}
)  # fmt: skip
"""Words after a role noun that leave it a noun: "a great of the game", "a veteran who said"."""
_LAST_WORD = lazy_compile(r"[\w'’-]+$")
_NEXT_WORD = lazy_compile(r"\s+([a-z][\w'’-]*)")


def speaks_there(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is the subject of a speech verb: the voice its sentence brings in, past
    where they are from or their party and an apposition of up to two parts ("Rep. Sam Levin (Mich.), a delegate
    backing Reid, said", "Jo Park of Leeds, a pollster who works with Acme, a lobby group, said")."""
    if SPEAKS_NEXT.match(text, end) is not None or _APPOSED_VERB.match(text, end) is not None:
        return True
    inverted = _SPEAKS_BEFORE.search(text, max(0, start - 80), start)
    return inverted is not None and _CLAUSE_ENDS.match(text, end) is not None


def may_be_meant_instead(text: str, rival: Mention, chosen: Mention, *, later_sentence: bool) -> bool:
    """Whether `rival`, of the pronoun's gender, may be whom a pronoun resolved to `chosen` means: not when
    `chosen` is the voice its sentence brought in, the pronoun is in a later sentence, and `rival`, named
    before `chosen` or inside the description between `chosen` and their speech verb ("Jo Park, an early backer of
    Reid, said"), is no voice of its own there (only someone spoken of)."""
    if rival.start > chosen.start and later_sentence:  # the verb after the description is the candidate's own
        described = _APPOSED_VERB.match(text, chosen.end)
        return described is None or rival.end > described.start("verb")
    if rival.start > chosen.start or not later_sentence or speaks_there(text, rival.start, rival.end):
        return True  # a rival who is a voice too: "Smith said A. Taylor said B. "C," he said" may go back to him
    return not speaks_there(text, chosen.start, chosen.end)


_A_WORD = lazy_compile(r"[^\W\d_]")


def answered_at_once(
    text: str, sentences: list[Sentence], chosen_sentence: int, pronoun_sentence: int, chosen: Mention, position: int
) -> bool:
    """Whether `chosen` is the voice its sentence brings in and the pronoun at `position` follows that sentence at
    once, in the same paragraph or opening the next, with no word of the writer's between them (only the quotation
    it attributes)."""
    if pronoun_sentence <= chosen_sentence:
        return False
    if sentences[pronoun_sentence].paragraph - sentences[chosen_sentence].paragraph not in {0, 1}:
        return False  # its own paragraph, or the next one opening with the words: `X said .... ¶ "...," he said`
    if _A_WORD.search(unquoted(text[sentences[chosen_sentence].end : position])) is not None:
        return False
    return speaks_there(text, chosen.start, chosen.end)


def held_as(text: str, start: int, end: int) -> bool:
    """Whether the role phrase at text[start:end] is a capacity ("won it as a player and as a coach"), not a
    person: "as" before it, and no speech verb of its own after it ("as a spokesman said": a conjunction)."""
    return _AS.search(text, 0, start) is not None and _OWN_SPEECH.match(text, end) is None


def modifies_a_noun(text: str, end: int) -> bool:
    """Whether the role phrase ending at `end` is an adjective before a noun ("a great yield"), not a person."""
    last = _LAST_WORD.search(text, 0, end)
    if last is None or last.group(0).lower() not in _ADJECTIVE_ROLES:
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and not any(
        following.group(1) in words for words in (ROLE_NOUNS, SPEECH_VERBS, _NO_NOUNS)
    )
