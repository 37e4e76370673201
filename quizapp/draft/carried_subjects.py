"""A he/she opening the main clause is the subject of a speech verb further along that clause.

News prose often names its speaker by a pronoun at the head of the main clause and reaches the speech verb
only after other verbs: "Eight years ago, he backed Obama over Clinton and said, "..."", "She sounded a note
of regret, saying, "..."", "He went on to call the plan "...", "he began by saying", "she's said it at every
stop: "..."". The said-clause sieve (said_before.py) reads a pronoun only right before the verb, so these
quotations had no candidate at all, though English leaves the verb no subject but the pronoun.

The pronoun is taken only when the verb is joined to it the ways a verb takes its clause's subject: after "and",
"but" or "then", as a participle after a comma (perhaps past a short phrase: ", at one point saying") or after
"by"/"of"/"before"/"after"/"while", as an infinitive after the subject's own "went on to" or "was quick to" (never
"asked her to say", which is hers), after the pronoun's own auxiliaries ("she's said", "he had long said"), or as
what a writing of theirs says ("she released a statement saying"). It must open its clause: after the sentence's
start, a conjunction, or a leading phrase's comma; never inside a clause set into another ("when he arrived, the
judge said").
Any other subject between it and the verb (a name in subject position, another pronoun, a noun right
before the verb: "he cited a report that said") leaves the verb to that clause, and nobody is found here; so does
a denial between them ("she refused to say the words "...""): the words were not said. A clause that ends on the
colon introducing the words is the pronoun's too when a leading phrase comes before it, with no speech verb at all
("Asked which county he liked best, he demurred:", "Back home, she returned to her old lines:"), unless it tells of
words the pronoun's person received ("she got a call from the minister:"), which colons.py reads as nobody's.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import word_set
from quizapp.draft.quoted_spans import QUOTED_SPAN

_WORD = lazy_compile(r"[\w'’-]+|[,;:—–]")
_PRONOUN = frozenset({"he", "she"})
_RIVALS = frozenset({"he", "she", "they", "we", "i", "you"})
"""Subject pronouns that, between the pronoun and the verb, may be the verb's own subject."""
_OPENERS = frozenset({"and", "but", "so", "yet", "then", "still", "now", "later", "also", "instead", "again", "even"})
"""Words a main clause may open with before its subject: "And he ...", "But then she ..."."""
_BOUNDARIES = frozenset({",", ";", "—", "–"})
_ADVERBS = word_set(
    """
    also then later again just only simply once often repeatedly long never even still quickly promptly already
    previously earlier recently publicly privately flatly further has had have would will 's ’s 'd ’d
    """
)
"""Words between a link and the verb, or between the pronoun and the verb: "and then also said", "he's long said"."""
_JOINS = frozenset({"and", "but", "then"})
_BEFORE_PARTICIPLE = frozenset({",", "by", "of", "before", "after", "while", "when", "without", "in"})
_PHRASE_BEFORE_PARTICIPLE = frozenset({"at", "in", "on"})
"""A short phrase of time or manner between the comma and the participle: ", at one point calling", ", in turn
saying": the comma still hangs the participle on the clause before it."""
_OWN_INTENT = word_set(
    """
    on back began begins started starts continued continues decided decides chose tried sought wanted wants seemed
    seems appeared appears quick hastened went moved rushed paused stopped twitter facebook podium microphone floor
    """
)
"""The word before "to say": the subject's own going on to speak ("went on to", "was quick to", "took to Twitter
to"), never someone else asked or urged to ("asked voters to say")."""
_ISSUED = frozenset({"released", "issued", "posted", "sent", "wrote", "published", "out", "tweeted", "emailed"})
_OWN_WRITINGS = word_set("statement letter message memo email e-mail tweet post note release")
"""A writing the pronoun's person put out, the participle after it its words: "she released a statement saying"."""
_NEGATIONS = frozenset({"not", "never", "refused", "declined", "failed", "refuses", "declines", "fails", "cannot"})
"""Words that deny the saying: "she refused to say the words "..."": nobody said them."""
_RECEIVED = word_set("faces face faced received receives got gets heard hears asked told")
"""Verbs of a clause given the words that follow ("she got a text:", "he was asked:"), not saying them."""
_THING_RELATIVES = frozenset({"that", "which"})
"""The relative right before a later speech verb in a pronoun's report: "a platform that calls for", "schools that
reminded him of": a thing's clause inside the report, never a speaker of its own ("the report calls it" may be)."""
_ARTICLES = frozenset({"a", "an", "the"})
"""An article before a later speech verb makes it a noun of saying: "she said in an interview afterward, that ..."."""
_CONTRACTED = lazy_compile(r"(?i)^(he|she)(?:'|’)(?:s|d)$")


def carried_pronoun(text: str, start: int, verb_start: int, verb_end: int, rivals: Sequence[int]) -> int | None:
    """Where the he/she that is the subject of the speech verb at `verb_start` stands in text[start:verb_start],
    when it opens the main clause and reaches the verb through its own verbs; None otherwise. `rivals` are the
    starts of names in subject position in that stretch: one after the pronoun is the verb's subject instead."""
    opening = _lone_opening_pronoun(text, start, verb_start, rivals)
    if opening is None:
        return None
    position, after = opening
    return position if _linked(text, after, verb_start, verb_end) else None


def reporting_pronoun(text: str, start: int, report_end: int, verb_start: int, rivals: Sequence[int]) -> int | None:
    """Where the he/she opening the main clause of text[start:verb_start] stands when its own speech verb, ending at
    `report_end`, follows it at once ("He said in a statement that he wants a platform that calls for "..."") and the
    later speech verb at `verb_start` is inside what that verb reports, in a relative clause of a thing ("that calls
    for") or a noun after an article ("in an interview"), with no other subject, name or denial between: the words
    are in the pronoun's report, as they are a named subject's ("Reid said ... a platform that calls for"). Not "he
    said the report calls it "..."": the report's."""
    opening = _lone_opening_pronoun(text, start, verb_start, rivals)
    if opening is None:
        return None
    position, after = opening
    own = [word.group(0).lower() for word in _WORD.finditer(text, position, report_end)][1:]
    if not own or not all(word in _ADVERBS for word in own[:-1]) or any(_denied(word) for word in after):
        return None
    before_verb = _WORD.findall(text, report_end, verb_start)[-1:]
    return position if before_verb and before_verb[0].lower() in _THING_RELATIVES | _ARTICLES else None


def colon_pronoun(text: str, start: int, colon: int, rivals: Sequence[int]) -> int | None:
    """Where the he/she opening the main clause of text[start:colon] stands, the clause ending on the colon that
    introduces the words ("Asked about it, he demurred:", "Back home, she returned to her old lines:"), when no other
    subject follows it, nothing denies the saying, and the clause is not about words received ("got a letter:")."""
    opening = _lone_opening_pronoun(text, start, colon, rivals)
    if opening is None:
        return None
    position, after = opening
    if any(_denied(word) or word in _RECEIVED for word in after):
        return None
    return position


def _lone_opening_pronoun(text: str, start: int, end: int, rivals: Sequence[int]) -> tuple[int, list[str]] | None:
    """Where the he/she opening the main clause of text[start:end] stands (quotations masked), and the lowercased
    words after it, when no other subject follows it: not "she and other Democrats" (two subjects, the words of
    either or both), no other subject pronoun ("he said they had ... and added": theirs, perhaps), no name in
    subject position after it ("he said Reid had lied and added": Reid may add)."""
    masked = QUOTED_SPAN.sub(lambda quoted: " " * len(quoted.group(0)), text[start:end])
    tokens = [(start + word.start(), word.group(0)) for word in _WORD.finditer(masked)]
    at = _opening_pronoun(tokens)
    if at is None:
        return None
    position, word = tokens[at]
    pronoun = _CONTRACTED.sub(r"\1", word).lower()
    after = [w.lower() for _, w in tokens[at + 1 :]]
    if (
        (after and after[0] in {"and", "or"})
        or any(_CONTRACTED.sub(r"\1", w) in _RIVALS - {pronoun} for w in after)
        or any(rival > position for rival in rivals)
    ):
        return None
    return position, after


def _denied(word: str) -> bool:
    """A lowercased word that denies the saying: "she refused to say the words "..."", "he didn't call it"."""
    return word in _NEGATIONS or word.endswith(("n't", "n’t"))


def _opening_pronoun(tokens: list[tuple[int, str]]) -> int | None:
    """The index of the first he/she that opens a clause (sentence start, or a boundary, then only openers)."""
    clause_words: list[str] = []
    for index, (_position, word) in enumerate(tokens):
        lowered = _CONTRACTED.sub(r"\1", word).lower()
        if word in _BOUNDARIES:
            clause_words = []
            continue
        if lowered in _PRONOUN and all(w.lower() in _OPENERS for w in clause_words):
            return index
        clause_words.append(word)
    return None


def _linked(text: str, after: list[str], verb_start: int, verb_end: int) -> bool:
    """Whether the speech verb takes the pronoun's clause as its own: joined to the pronoun's verbs, a participle
    of them, an infinitive after a verb of theirs, or the pronoun's own verb after its auxiliaries. `after` are
    the lowercased words between the pronoun and the verb."""
    words = list(after)
    if any(_denied(word) for word in words):
        return False  # "she refused to say the words", "he didn't call it": words not said
    while words and words[-1] in _ADVERBS:
        words.pop()
    participle = text[verb_start:verb_end].lower().endswith("ing")
    if participle and "," in words:
        comma = len(words) - 1 - words[::-1].index(",")
        if 1 < len(words) - comma - 1 <= 3 and words[comma + 1] in _PHRASE_BEFORE_PARTICIPLE:
            words = words[: comma + 1]  # ", at one point calling", ", in turn saying": the participle's own phrase
    if not words:
        return True  # "she's said", "he has long said": the pronoun's own verb
    last = words[-1]
    if last in _JOINS:
        return True
    if participle and last in _BEFORE_PARTICIPLE:
        return len(words) > 1 or last != ","
    if participle and last in _OWN_WRITINGS and len(words) >= 3 and words[-2] in {"a", "an"}:
        return words[-3] in _ISSUED  # "released a statement saying": the statement is the pronoun's own
    if last == "to" and len(words) > 1:
        return words[-2] in _OWN_INTENT  # "went on to say"; never "asked voters to say", "urged Reid to say"
    return False
