"""Another voice in the writer's sentence before a quotation: the sentence's subject may not be the speaker.

The before-sieve gives words set into the writer's sentence to the subject of its speech or reaction verb
("Reid praised the "tireless work""). News packs a second person into the same sentence in four ways that
hand the words to them instead, and then the subject is a wrong answer key:
- a passive with its agent: "Reid was praised by Okoye for her "tireless work"", "Reid, described by Okoye as
  "a loyal servant", ...": the agent speaks, the subject is spoken of;
- a clause of the other person's own speech after the subject: "Reid said Okoye had told him it was "finished""
  (when an adverbial clause holds the words, "Reid resigned after Okoye said the club was "finished"", they are
  Okoye's by adverbial_clauses.py before this rule is asked);
- a clause of an unnamed voice's own, running on to the words: "Reid lay pleading with the officers as the man
  beside him shouted at him to "be quiet"";
- a noun of speech with someone else named: "Reid sued Okoye over claims that he was "a cheat"", "Reid denied
  Okoye's allegations that ...": whose claims is not said by the grammar alone.
The after-sieve has the mirror case: words set right after another voice's speech verb and then closed by a
said-clause ("... and Okoye replied "No, never," Reid added."), as when a spokesperson's quotation relays what two
others said to each other and its inner marks are typed as outer ones. The said-clause's subject relays the
words; the one whose verb opens them said them. So too when the words sit in a clause with its own speech verb
and the said-clause after them goes on to the sentence's next words ("When a fisherman shouted, "...," Dunne
joked, "..."", "Cruz said he would "...," and Reid vowed to "...""): the said-clause is the next words'.
Precision first: the speaker found stays as the candidate, marked unsure with the reason, so no question
uses it; it is never swapped for the other person, whom the grammar does not make certain either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.draft.disowned_words import main_clause_participle, verdict_on_claim
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB, SPEECH_VERBS
from quizapp.draft.person import Mention
from quizapp.draft.quotation import Quotation
from quizapp.draft.reported import REACTION_VERBS

_AGENT_BEFORE = lazy_compile(r"\b[a-z]+(?:ed|en)\s+by\s+(?:[a-z][\w'’-]*\s+){0,3}$")
"""A past participle and "by" right before a name ("praised by", "described by the club's owner")."""
_SPEECH_NOUN_OF_SOMEONE = lazy_compile(
    r"\b(?:claims?|allegations?|accusations?|remarks?|comments?|suggestions?|assertions?|charges?|insults?)"
    r"\s+(?:that|by|from|of)\b"
)
"""A noun of speech whose speaker the sentence may name elsewhere ("over claims that", "remarks by")."""
_OWN_VERB_NEXT = lazy_compile(
    r"\s+(?:(?:also|later|then|had|has|have|would|once)\s+)?(?:"
    + SPEECH_VERB
    + "|"
    + "|".join(sorted(REACTION_VERBS, key=len, reverse=True))
    + r")\b(?!\s+to\b)"
)
_CAPITALISED_THEN_VERB = lazy_compile(
    r"\b(?:and|but|while|whereas|after|before|when|as|since|until|because|although|though|then)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’-]*[a-z](?=" + _OWN_VERB_NEXT.pattern + ")"
)
"""A clause of its own opening with a capitalised name the people model may not have found ("..., and
Harbourside's coach Ivo Brandt accused"), then its own speech or reaction verb: another voice all the same. Without
the conjunction the name may be the speaker's employer ("Ruiz of Harbour Capital Markets said")."""
_PREPOSITION_BEFORE = lazy_compile(r"\b(?:to|of|for|with|by|from|at|about|against|toward|towards)\s+(?:the\s+)?$")
"""A name after a preposition is no subject ("a letter to Okoye"); "after" and "before" may open a clause."""
_JOINED_SUBJECT = lazy_compile(r"\s+(?:and|&)\s+(?:[\w'’.-]+\s+){0,4}")
"""Between two names, "and" and a few describing words: "Ruiz and harbour captain Okoye, who both ..."."""
"""The other person's own speech or reaction verb right after their name ("after Teague said"), with no comma
between: "Reid, speaking after Okoye, said" is Reid's said-clause around a name in a phrase, not Okoye's."""


_UNNAMED_CLAUSE_VOICE = lazy_compile(
    r"\b(?:as|while|when|whereas|until)\s+(?:the|a|an|one|another|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
    r"[a-z][\w'’-]*\s+[^,;:.!?\"“”]{0,60}?\b(?:" + SPEECH_VERB + r")\b[^,;:.!?\"“”]*$"
)
"""A clause of its own with an unnamed subject that speaks, running on to the words with no comma: "Reid lay
pleading with the officers as the man beside him shouted at him to "be quiet"". Its subject speaks them."""

_VOICE_OPENS_THE_WORDS = lazy_compile(
    r"(?:^|[\s,;(–—-])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:" + SPEECH_VERB + r")\s*[,:]?\s*$"
)
"""A capitalised name and its speech verb right before the opening mark: `Okoye replied "`."""


def voice_before_said_after_unsure(
    text: str, found: list[Quotation], mentions_between: Callable[[int, int], list[Mention]]
) -> list[Quotation]:
    """`found` with each sure speaker of a said-clause after the words made unsure when someone else's speech verb
    opens the words in the same sentence: `Okoye replied "No, never," Reid added.`"""
    result = list(found)
    for index, quotation in enumerate(result):
        if not quotation.sure or quotation.rule != "after":
            continue
        start = max(quotation.sentence.start, quotation.quote.open_at - 80)
        opening = _VOICE_OPENS_THE_WORDS.search(text, start, quotation.quote.open_at)
        if opening is None:
            if _clause_of_the_next_words(text, found, index, mentions_between):
                result[index] = _unsure(quotation, _NEXT_WORDS_DOUBT)
            continue
        named = mentions_between(opening.start("name"), opening.end("name"))
        if named and all(mention.person == quotation.speaker for mention in named):
            continue  # `Reid replied "...," Reid's aide added` is not this; the speaker's own verb opening them
        result[index] = _unsure(
            quotation, "someone else's speech verb opens the words: the said-clause after them may only relay them"
        )
    return result


def _unsure(quotation: Quotation, doubt: str) -> Quotation:
    return Quotation(
        quotation.quote, quotation.text, quotation.speaker, quotation.sentence, quotation.rule, False, doubt
    )


_NEXT_WORDS_DOUBT = "the words are set in another voice's clause, and the said-clause after them opens the next words"
_WORDS = lazy_compile(r"[\w'’-]+")
_CLAUSE_ENDS = lazy_compile(r"[.!?;\n]")


def _clause_of_the_next_words(
    text: str, found: list[Quotation], index: int, mentions_between: Callable[[int, int], list[Mention]]
) -> bool:
    """`When a voice in the crowd shouted "Reid!", Okoye joked, "Come on up."`: words set in a clause with a speech
    verb of its own, followed by a said-clause whose one verb goes on to other words of the same sentence. The
    said-clause is those next words' (`Okoye joked, "..."`, `Okoye vowed to "..."`), not the words before it;
    unless all the names before the words are the speaker (`Reid said the plan "...," she added, "..."`).
    Interrupted words with no speech verb before them (`The plan "...," Reid said, "..."`) are left alone."""
    quotation = found[index]
    later = found[index + 1] if index + 1 < len(found) else None
    if later is None or later.sentence.start != quotation.sentence.start:
        return False
    between = text[quotation.quote.close_at : later.quote.open_at]
    if len(between) > 120 or _CLAUSE_ENDS.search(between):
        return False
    verbs = [word for word in _WORDS.findall(between) if word in SPEECH_VERBS]
    if len(verbs) != 1 or verbs[0].endswith("ing"):
        return False  # `Reid added, saying it should be "..."`: the next words have a verb of their own
    earlier = found[index - 1] if index > 0 else None
    start = quotation.sentence.start
    if earlier is not None and earlier.sentence.start == start:
        start = max(start, earlier.quote.close_at)
    if SPEECH_VERBS.isdisjoint(_WORDS.findall(text[start : quotation.quote.open_at])):
        return False
    named = mentions_between(start, quotation.quote.open_at)
    return not (named and all(mention.person == quotation.speaker for mention in named))


def other_voices_unsure(
    text: str,
    found: list[Quotation],
    mentions_between: Callable[[int, int], list[Mention]],
) -> list[Quotation]:
    """`found` with each sure speaker found before the words made unsure when another voice is in the sentence."""
    result = list(found)
    for index, quotation in enumerate(result):
        if not quotation.sure or quotation.rule != "before":
            continue
        mentions = mentions_between(quotation.sentence.start, quotation.quote.open_at)
        doubt = _other_voice(text, quotation, mentions)
        if doubt is not None:
            result[index] = Quotation(
                quotation.quote, quotation.text, quotation.speaker, quotation.sentence, quotation.rule, False, doubt
            )
    return result


_POSSESSIVE_BEFORE = lazy_compile(r"['’]s?\s+(?:[a-z-]+\s+){0,3}$")
"""A possessive and a few describing words, between a name and its noun of speech: "Ruiz's repeated (claims)"."""


def _owned_by(text: str, noun: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a noun of speech is the speaker's own: "Ruiz's claims that", "the claims of Ruiz that"."""
    return any(
        _POSSESSIVE_BEFORE.fullmatch(text, end, noun.start())
        or (
            start >= noun.end()
            and not noun.group(0).endswith("that")
            and text[noun.end() : start].strip() in {"", "the"}
        )
        for start, end in spans
    )


_OPENS_WITH_VERB = lazy_compile(r"[\"“]\s*(?:was|is|were|are|had|has|would|will)\b")
"""A quotation opening with a finite verb: "was inappropriate", "had no place in the debate"."""


def _judged(text: str, noun: re.Match[str], open_at: int) -> bool:
    """Whether a noun of speech and its owner ("the comment by Dr. Song") are the subject of the quoted words'
    own verb ("was inappropriate"), or a claim and its content the subject of a verb right before them ("the claim
    that the port is shut is "..."", disowned_words.py): the words are then the speaker's verdict, not the claim."""
    if noun.group(0).endswith("that") and verdict_on_claim(text, noun.start(), open_at):
        return True
    between = text[noun.end() : open_at]
    return (
        noun.group(0).endswith(("by", "from"))
        and len(between) <= 60
        and not any(mark in between for mark in ',;:"“”')
        and _OPENS_WITH_VERB.match(text, open_at) is not None
    )


def _other_voice(text: str, quotation: Quotation, mentions: list[Mention]) -> str | None:
    """Why someone else named before the words, after the speaker's first mention, may be their speaker."""
    spans = [(mention.start, mention.end) for mention in mentions if mention.person == quotation.speaker]
    if not spans:
        return None  # found through a pronoun or a role: other sieves weigh the people around it
    own = [start for start, _end in spans]
    others = [
        mention
        for mention in mentions
        if mention.person != quotation.speaker
        and not any(mention.start <= end and start <= mention.end + 2 for start, end in spans)
    ]  # "the neighbouring Minister of Foreign Affairs Tomasz Wierzba": a title inside the speaker's own name
    for mention in others:
        if _AGENT_BEFORE.search(text, max(quotation.sentence.start, mention.start - 60), mention.start):
            return "another person is the agent of a passive before the words: they may be the speaker"
        if (
            mention.start > own[0]
            and not mention.possessive
            and not _PREPOSITION_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            and _OWN_VERB_NEXT.match(text, mention.end, quotation.quote.open_at)
        ):
            return "another person speaks in a clause of their own before the words: the words may be theirs"
    for name in _CAPITALISED_THEN_VERB.finditer(text, spans[0][1], quotation.quote.open_at):
        if not any(start <= name.start() < end + 1 for start, end in spans):
            return "someone else, named after the speaker, speaks before the words: the words may be theirs"
    if _UNNAMED_CLAUSE_VOICE.search(text, spans[0][1], quotation.quote.open_at):
        return "someone unnamed speaks in a clause of their own before the words: the words may be theirs"
    for mention in others:
        if any(_JOINED_SUBJECT.fullmatch(text, mention.end, start) for start in own):
            return "the speaker is named together with someone else: the words are both of theirs"
    if others and any(
        not _owned_by(text, noun, spans)
        and not _judged(text, noun, quotation.quote.open_at)
        and not main_clause_participle(text, noun.end(), quotation.quote.open_at)  # "claims that ..., calling it"
        for noun in _SPEECH_NOUN_OF_SOMEONE.finditer(text, own[0], quotation.quote.open_at)
    ):
        return "the words are someone's claims or remarks, and another person is named: whose is not certain"
    return None
