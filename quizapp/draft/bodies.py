"""Bodies that speak unnamed: `"...," the club said`, `said the ministry`, `"...," police said`, `the jury said`.

News lets an organisation speak through its kind ("the company said", "the foreign ministry added") and
police through the bare word ("police said", "Police said in a statement"). When the article has named
the organisation, the people model links "the company" to it (organization_descriptors.py) and the mention sieve
gives it the words. When it has not (or the link is unsure), the words are still the body's: the
speaker is kept as the article writes it ("the club", "police"), as an unnamed role is, and never
moved to a person named nearby. The phrase is a speaker only when it stands where a said-clause's
subject stands: right before the speech verb, or right after "said" and ending the clause.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ORGANIZATION_NOUNS, SPEECH_VERB, alternation, word_set
from quizapp.draft.manner_verbs import MANNER_VERBS_AFTER_QUOTE
from quizapp.draft.organization_descriptors import fits_organization
from quizapp.draft.person import Person

BODY_NOUNS = ORGANIZATION_NOUNS | word_set(
    "jury panel tribunal regulator watchdog embassy federation association band brand retailer insurer lender"
    " broadcaster newspaper publisher trust force service organisation organization institute foundation museum"
    " airport festival operator family theatre theater gallery library college orchestra league campaign crowd"
    " audience"
)
"""Nouns for a body that speaks as one: an organisation's kind, a venue that issues statements ("the theatre
said", "the gallery said"), a candidate's campaign ("the Ruiz campaign said"), the bodies of a courtroom, and a
crowd that chants as one ("the crowd chanted")."""
_SAME_BODY = {"firm": "company", "carmaker": "company", "automaker": "company", "panel": "jury"}
"""Nouns a story uses in turn for one body: "the company said" and later "the firm added" are one speaker, so
a who-said question never offers both as different answers."""

_BODY_NOUN = alternation(sorted(BODY_NOUNS, key=len, reverse=True))
_ADVERB = r"(?:also|later|then|again|earlier|previously|has|had|have|would|will)"
_MODIFIER = r"(?!(?:the|a|an|of|for|who|which|that|and|or|to|in|at|by)\b)(?![\w-]+\s+(?:said|says)\b)[\w-]+"
"""A word describing the body, no word that starts another phrase or clause ("the man who ran the club")."""
FAMILY_PHRASE = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w-]*['’]s)\s+(?:(?:own|whole|immediate|close)\s+)?family"
"""A family that speaks as one, "his family" as often as "the family": `her immediate family`, `Ana's family`."""
_BODY_PHRASE = lazy_compile(
    rf"(?:(?:[Tt]he|[A-Z][\w-]*['’]s)\s+(?:{_MODIFIER}\s+){{0,3}}?(?:{_BODY_NOUN})|{FAMILY_PHRASE}"
    rf"|(?:[A-Z][\w.-]*\s+){{0,2}}?[Pp]olice)(?![\w'’-])"
)
"""`the club`, `the foreign ministry`, `the traditional French brand`, `Ruiz's office` (a name's possessive says
whose), `police`, `Kenya Police`: a definite body, or police by the bare word (capitalised words before it name
the force)."""
_CLAUSE_GOES_ON = lazy_compile(
    rf"\s*(?:[,.;:!?\"”]|$)|\s+(?:in|on|via|after|when|while|as)\b"
    rf"|\s+(?:{_ADVERB}\s+)?(?:{SPEECH_VERB}|{alternation(sorted(MANNER_VERBS_AFTER_QUOTE))})\b"
)
"""What may follow a body that is the said-clause's subject: the clause's end, a phrase of time or means
("in a statement"), or the speech verb (perhaps after an adverb), or a verb of manner (`"...," the crowd chanted`:
the sieves read those only after the words). Anything else ("police officers", "the
club's captain") makes the body part of a longer noun phrase naming someone else."""


def body_at(text: str, position: int, end: int) -> str | None:
    """The body phrase starting at `position` (before `end`) when it is a whole speaker, or None."""
    match = _BODY_PHRASE.match(text, position, end)
    if match is None or _CLAUSE_GOES_ON.match(text, match.end(), end) is None:
        return None
    return match.group(0)


_UP_TO_VERB = lazy_compile(r"[\s,]*(?:(?:also|later|then|on\s+\w+|\w+day)[\s,]+)?")
"""Between a body and the verb it is the subject of: nothing, an adverb or a day ("the club on Monday issued")."""


def body_subject_at(text: str, position: int, verb_at: int) -> str | None:
    """The body phrase at `position` when it is the subject of the verb at `verb_at` (any verb: "issued", "sent
    out"), or None: "Ruiz's campaign sent out an email", "the Rovers campaign on Monday issued"."""
    match = _BODY_PHRASE.match(text, position, verb_at)
    if match is None or _UP_TO_VERB.fullmatch(text, match.end(), verb_at) is None:
        return None
    return match.group(0)


_OWN_VERB = lazy_compile(
    r"\b(?:[a-z]{2,}ed|took|sent|put|issued|made|gave|hit|struck|went|came|wrote|ran|sought|fought|began|held)\b"
)
"""A past verb of any kind ("released", "sent out", "took the step of"): the first one after a body phrase."""
_LEADING = lazy_compile(r"[^,;:\"“”]{1,80},\s+")
"""A phrase leading into the main clause ("In responding Friday, "), set off by its comma."""


def body_before_participle(text: str, start: int, participle_at: int) -> str | None:
    """The body phrase that is the subject of a sentence's own verb when a participle of saying hangs on that
    clause: "The club released a statement on Friday saying ...", "In reply, Ruiz's campaign took the step of
    criticising the board, accusing ...". Only a body opening the clause (at `start`, or after one leading phrase)
    and with a past verb of its own right after it (`body_subject_at`)."""
    for opening in (start, _LEADING.match(text, start, participle_at)):
        at = opening if isinstance(opening, int) else opening.end() if opening is not None else None
        if at is None:
            continue
        verb = _OWN_VERB.search(text, at, participle_at)
        if verb is not None and (phrase := body_subject_at(text, at, verb.start())) is not None:
            return phrase
    return None


def body_head(phrase: str) -> str | None:
    """The kind of body a bare body phrase names ("the firm" -> "company"), or None for any other phrase: a
    qualified one ("the foreign ministry") names its own body."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in BODY_NOUNS:
        return None
    return _SAME_BODY.get(words[1], words[1])


def same_body(phrase: str, known: str) -> bool:
    """Whether two body phrases, one of them bare, stand for one body: "the ministry" and "the foreign
    ministry", "the firm" and "the company" (the same kind of body, by their last words)."""
    if not (names_a_body(phrase) and names_a_body(known)):
        return False
    if body_head(phrase) is None and body_head(known) is None:
        return False  # "the health ministry" and "the foreign ministry" are two
    heads = [phrase.lower().split()[-1], known.lower().split()[-1]]
    return len({_SAME_BODY.get(head, head) for head in heads}) == 1


def names_a_body(phrase: str) -> bool:
    """Whether a phrase ends on a body's noun ("the ministry", "the foreign ministry"), the least two phrases
    need to be one body: a role speaker's phrase is checked with this before it is compared with every other."""
    return phrase.lower().split()[-1] in BODY_NOUNS


_NEVER_NAMED = word_set("jury panel tribunal crowd audience")
"""Bodies of a courtroom or a gathering: the article never names them as an organisation, so "the jury" or "the
crowd" is never one."""


def organisations_for(phrase: str, people: list[Person]) -> list[Person]:
    """The organisations of the article that a definite body phrase may stand for ("the brand" for a company it
    names, "police" for "Victoria Police"). Then the words may be any one's, and "the service" offered beside
    them in a question would be a second right answer, so the body is left unsure. It is not linked to one of
    them either: organisations are known only once they speak, and a word taken alone from a heading ("Police")
    may be one. A phrase opening with a name's possessive ("Vale's office") says whose body it is: none."""
    words = phrase.split()
    noun = words[-1].lower()
    definite = words[0].lower() == "the" or noun == "police"
    if not definite or noun in _NEVER_NAMED or body_at(phrase, 0, len(phrase)) is None:
        return []
    return [person for person in people if person.kind == "organization" and fits_organization(noun, person)]
