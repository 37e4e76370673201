"""Someone unnamed who speaks between a named person and the "he said" after them.

News often brings in an unnamed voice just before its quotation: "Outside, a fisherman from the
northern coast said he had sold a boat. "...," he said." or "The plan was opposed by a local
shopkeeper, who said ...". The pronoun then means that voice, not the minister named a paragraph
earlier. The pronoun sieve already doubts listed roles ("a spokesman", "a resident"); most such voices
are plain nouns for a person no list holds ("fisherman", "shopkeeper", "successor"). What marks them is
the construction: an indefinite or possessive noun phrase for a person that is the subject of a speech
verb, or that opens a sentence. Measured on real articles nobody had tuned on, where it gave the words
of an unnamed fisherman to the minister named before him.

The said-before sieve asks the same of the speech verb's own subject (`unnamed_subject_before`): "Kasich had a good
night, when many commentators called him "..."", "Clinton, a top aide said, "..."": the words are the
commentators' or the aide's, never those of the person named earlier in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.draft.genders import role_gender
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, SPEECH_VERB, word_set
from quizapp.draft.pronoun_rivals import unquoted
from quizapp.draft.subject_positions import PREPOSITIONS

_DETERMINER = r"(?:\b[Aa]n?|\b[Oo]ne|\b[Aa]nother|\b[Hh]is|\b[Hh]er|\b[Tt]heir)"
"""Indefinite or possessive: "the retailer said" is mostly a company, "a retailer" is seldom anyone."""
_DETERMINER_SCANNED = (
    r"[AaOoHhTt](?<!\w.)(?:(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Aa])nother|(?<=[Hh])is|(?<=[Hh])er|(?<=[Tt])heir)"
)
"""`_DETERMINER` for a pattern that opens with it, written to open with the class of its first letters: the word
boundary is checked behind that letter, and each word's rest after the letter it opens with, in the same order. The
regular expression engine skips in C to the next of those letters; a pattern opening with a word boundary is tried
at every character, twice as slow over the stretch between a named person and the pronoun after them."""
_NOUN_PHRASE = (
    _DETERMINER_SCANNED + r"\s+(?:(?!(?:as|of|for|to|in|on|at|by|with)\s)[a-z][\w'’-]*\s+){0,3}?(?P<noun>[a-z][\w'’-]*)"
)
"""A noun phrase up to its head noun, no preposition among the words before it: "her record as secretary" is a
record, not a secretary."""
_SPEAKING = lazy_compile(
    _NOUN_PHRASE
    + r"(?P<gap>\s+(?:from|of|in|at|on|near|outside|with)\b[^,.;:!?\"“”]{0,50}?)?"  # "a fisherman from the coast"
    + r"(?:\s*,\s*who)?\s+(?:[a-z]+ly\s+)?(?:"
    + SPEECH_VERB
    + r")\b"
)
"""A person's noun phrase as the subject of a speech verb: "a fisherman ... said", "by a shopkeeper, who said".
A listed role counts here too: the pronoun sieve's own check passes over a role after "by" or a verb."""
_AS_BEFORE = lazy_compile(r"\bas\s+$")
"""Before a noun phrase that is what someone is held as ("listed as an attorney"), not a person of its own."""
_OPENED_PHRASE = r"(?P<phrase>" + _DETERMINER + r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})(?=\s*,\s*[a-z]|\s+[a-z])"
_OPENING = lazy_compile(r"(?:^|[.!?]\s+|\n\s*)" + _OPENED_PHRASE)
"""A noun phrase opening a sentence, not followed by a name ("Her successor, who was elected, paid", "One of the
men, a driver, thanked"): its words up to a comma, among which a person's noun is looked for."""
_OPENING_AFTER_MARK = lazy_compile(r"[.!?\n](?:(?<=[.!?])\s+|(?<=\n)\s*)" + _OPENED_PHRASE)
"""`_OPENING` past the stretch's start, where it can only open at a sentence's end or a line break: written to open
with the class of those characters (`_DETERMINER_SCANNED` says why)."""
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "men", "women")
_PERSON_NOUNS = word_set(
    """
    resident residents student students parent parents patient patients client witness neighbour neighbor friend
    child relative survivor passenger tourist victim widow widower successor predecessor colleague mourner
    """
)
_NOT_PERSONS = word_set(
    """
    after under over other another never ever whether together either neither rather later former further
    water matter number order letter winter summer paper newspaper power border corner quarter weather center
    centre register computer monitor sector factor error floor door color colour honour honor favour favor
    labour labor motor mirror answer partner member chapter charter poster trailer statement list checklist
    """
)
"""Words with a person's ending that name no one here (and "partner", "member": as often a firm or country)."""


def _person_of(noun: str, phrase: str, gender: str) -> bool:
    """Whether `noun` heads a phrase for a person whom a pronoun of `gender` may mean."""
    if not (
        noun in _PERSON_NOUNS or noun in ROLE_NOUNS or (noun.endswith(_AGENT_ENDINGS) and noun not in _NOT_PERSONS)
    ):
        return False
    said = role_gender(phrase) or (
        "female" if noun.endswith(("woman", "women")) else "male" if noun.endswith(("man", "men")) else None
    )
    return said in {None, gender}


def unnamed_speaker_between(text: str, start: int, end: int, gender: str) -> str | None:
    """An unnamed person of a gender that fits who speaks or opens a sentence in text[start:end], outside
    quotations, or None."""
    span = unquoted(text[start:end])
    for match in _SPEAKING.finditer(span):
        phrase = span[match.start() : match.end("noun")].strip()
        if match.group("gap") and _AS_BEFORE.search(span, 0, match.start()):
            continue  # "Joyce, who is listed as an attorney in Illinois, told": a capacity, and the verb is Joyce's
        if _person_of(match.group("noun"), phrase, gender):
            return phrase
    for match in _openings(span):
        phrase = match.group("phrase")
        words = phrase.split()
        heads = words[1:4] if len(words) > 1 and words[1] == "of" else words[1:3]  # "One of the men", "a local man"
        for index, noun in enumerate(heads, start=1):
            if noun.endswith("s") and words[0].lower() != "one":
                continue  # "Their players": many, not the "he" or "she" who speaks; "One of the men": one
            if noun not in ROLE_NOUNS and _person_of(noun, phrase, gender):  # listed roles: `_opening_role`
                return " ".join(words[: index + 1])
    return None


def _openings(span: str) -> Iterator[re.Match[str]]:
    """The matches of `_OPENING.finditer(span)`, in order: the one at the start, then `_OPENING_AFTER_MARK`'s from
    its end (where `_OPENING` failed at the start, the other pattern fails there too)."""
    first = _OPENING.match(span)
    if first is not None:
        yield first
    yield from _OPENING_AFTER_MARK.finditer(span, first.end() if first is not None else 0)


_SUBJECT_BEFORE_VERB = lazy_compile(
    r"(?:(?<![\w\s])|(?<=[^\w\s])\s+|\b(?P<before>[A-Za-z]+)\s+)"
    r"(?P<phrase>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]any|[Ss]ome|[Ss]everal|[Oo]ne|[Aa]nother)"
    r"(?P<named>\s+[A-Z][a-z][\w'’-]*(?=\s+[a-z]))?"
    r"(?:\s+[a-z][\w'’-]*){1,4}?(?P<relative>\s+who(?:\s+[A-Za-z][\w'’-]*){1,8}?)?)"
    r"\s+(?:(?:also|later|then|again|once|now|had|has|have|recently|repeatedly|previously|reportedly)\s+){0,2}$"
)
"""A determiner and up to four lowercase words right before the speech verb, perhaps with a relative clause of
"who" after them, nothing but an adverb or an auxiliary between: "many commentators (called)", ", a top aide (said)",
"the groups who wrote to her on Thursday (say)". One capitalised word may stand first, a name's that describes the
noun after it: "but the Ruiz campaign (rejected)", "a Grant spokesman (said)"."""
_OPENS_A_CLAUSE = word_set("but and yet so while whereas when as because though although after before since")
"""Words before a phrase with a name in it that open the clause it is the subject of: "but (the Ruiz campaign)".
After any other word such a phrase is an object as often ("explained (the Ruiz headline) by saying")."""
_NOT_IN_A_SUBJECT = word_set(
    """
    and but or nor that which who whom whose what when where while if as than so then because though although
    is was are were be been being said says told tells say tell asked added wrote called to not it
    he she they we you i him them us will would can could should may might must shall
    """
)
"""Words that end a noun phrase rather than stand in one: "the plan and said", "the motion that was said", "his
audience he will tell": a pronoun or a modal is a clause of its own after the phrase."""
_NOT_A_SUBJECT_BEFORE = word_set(
    """
    said says told tells say tell asked added wrote called is was are were be been being has have had and or nor
    """
)
"""Verbs before the phrase make it their object ("told the crowd (the man) said"); "and" may join it to a name before
it as one subject ("Vale and a spokeswoman said"): never the verb's subject alone."""


def unnamed_subject_before(text: str, start: int, verb_at: int) -> int | None:
    """Where an unnamed noun phrase starts that is the subject of the speech verb at `verb_at` (a determiner, a
    few lowercase words, then the verb: "many commentators called", "a top aide said"), or None. Never one after a
    preposition or a verb, of which it is the object ("at the rally said", "told the crowd"), nor one with a clause
    word or a verb inside ("the motion and said")."""
    match = _SUBJECT_BEFORE_VERB.search(text, start, verb_at)
    if match is None:
        return None
    before = match.group("before")
    if before is not None and (before.lower() in PREPOSITIONS or before.lower() in _NOT_A_SUBJECT_BEFORE):
        return None
    if match.group("named") is not None and before is not None and before.lower() not in _OPENS_A_CLAUSE:
        return None
    relative = match.group("relative")
    words = match.group("phrase")[: len(match.group("phrase")) - len(relative or "")].split()
    if any(word.lower() in _NOT_IN_A_SUBJECT for word in words[1:]):
        return None
    return match.start("phrase")
