"""A speech verb inside an adverbial clause has that clause's subject as its speaker.

"While Reid said the plan was "a muddle", the council voted it through", "hours after Okoye said she was
"hopeful"", "when Grant called the ruling "a farce"": the name right before the speech verb is its subject, though
a subordinator ("while", "after", "when") opens the clause it stands in. The rule that a name in a clause set into
the sentence is never the speaker (clause_subjects.py) is about a name whose own clause has another verb ("After
Grant left, Reid said:"); here the clause's verb is the speech verb itself. A clause of reported speech ("Reid said
that Grant told ...") is not one of these: its words are relayed, and stay the rule's of relayed.py. A clause of
result is one ("The row grew so heated that Ruiz said, "..."", "such a row that Grant called it "..."): its "that"
follows a "so" or "such" in a clause with no speech verb of its own, and the name after it speaks, not a name in
the clause before.
"""

from __future__ import annotations

from quizapp.draft.dated_verbs import past_time_phrase
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS, word_set
from quizapp.draft.person import Mention

ADVERBIAL_SUBORDINATORS = word_set(
    "after before while when whenever although though because since once until as if whereas where which whom"
)
"""Words opening a clause of time, cause, contrast or place, or a relative clause whose subject is named after it
("the plan, which Reid called "a muddle""): the name after them is that clause's subject. Not "that", "whether",
"what", "who": a clause of reported words or a question, or one whose subject is the relative pronoun itself."""
_CLAUSE_MARKS = ",;(—–"
_CLAUSE_WORDS = frozenset({"that", "whether", "what", "who", "which", "when", "where"})
_WORD = lazy_compile(r"[\w'’-]+")


def opens_adverbial_clause(text: str, start: int, mention: Mention) -> bool:
    """Whether `mention` is the subject of a clause an adverbial subordinator opens: the words from the last clause
    mark (or `start`) to the name hold one of them, and no "that" or "whether" after it. A "who" right before the
    name opens a relative clause whose object it is ("Grant, who Reid called "a menace""): the name is its subject."""
    clause_start = max(start, *(text.rfind(mark, start, mention.start) + 1 for mark in _CLAUSE_MARKS))
    words = [word.lower() for word in _WORD.findall(text, clause_start, mention.start)]
    if words and words[-1] in {"who", "whom"}:
        return True
    last = max((index for index, word in enumerate(words) if word in ADVERBIAL_SUBORDINATORS), default=-1)
    if last >= 0 and not any(word in {"that", "whether", "what", "who"} for word in words[last:]):
        return True
    return _opens_a_result(words)


def _opens_a_result(words: list[str]) -> bool:
    """Whether the words before a name end in a clause of result: "so" or "such", then a "that" after which only
    the name's title or role may stand ("so heated over the bill that Governor"), and no speech verb before the
    "that" ("told so many people that" reports what they were told)."""
    that = max((index for index, word in enumerate(words) if word == "that"), default=-1)
    before = words[:that]
    return (
        that > 0
        and any(word in {"so", "such"} for word in before)
        and not any(word in SPEECH_VERBS for word in before)
        and not any(word in _CLAUSE_WORDS for word in words[that + 1 :])
        and len(words) - that <= 6
    )


_ADVERBS = word_set("also later then again once earlier previously repeatedly has had have would just reportedly")
_CLAUSE_END = lazy_compile(r"[,;:—–()]")
_PARTY_AND_STATE = lazy_compile(r"\s*\([A-Z]-[A-Z][\w.]*\)")
"""A member of Congress's party and state after the name: " (D-Nev.)", " (R-Ky.)": part of the name's phrase."""
_INTRODUCES = lazy_compile(r"\s*[,:]\s*$")
"""A comma or colon ending a said-clause, right before the quotation it introduces: no clause of its own."""


def verb_right_after(text: str, name_end: int, verb_start: int) -> bool:
    """Whether the verb follows the name at once, past two adverbs or auxiliaries at most ("Reid has also said"),
    a day ("Reid on Friday called", dated_verbs.py) and a party and state ("Reid (D-Nev.) told")."""
    if (party := _PARTY_AND_STATE.match(text, name_end, verb_start)) is not None:
        name_end = party.end()
    name_end = past_time_phrase(text, name_end, verb_start)
    between = text[name_end:verb_start]
    words = _WORD.findall(between)
    return len(words) <= 2 and all(word.lower() in _ADVERBS for word in words) and not _CLAUSE_END.search(between)


def clause_ends_between(text: str, start: int, end: int) -> bool:
    """Whether a clause mark stands in text[start:end]: past it the words may be the main clause's. The comma or
    colon that introduces a quotation at `end` ("to which Grant replied: "..."") is the verb's own, and none."""
    if (introduces := _INTRODUCES.search(text, start, end)) is not None:
        end = introduces.start()
    return _CLAUSE_END.search(text, start, end) is not None
