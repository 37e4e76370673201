"""The person a sentence opens on, as the he/she of the next sentence, over another named later in it.

"Mr. Omar Petrakis is a baker who believes that Mr. Ivo Brandt has priced shops out. "...," he said": two men
are named as subjects before the "he", but the sentence is about the one it opens on; the other comes up only
in what is said of him (centering: the next sentence goes on with the first sentence's subject). The pronoun
sieve's doubt "the pronoun could mean any of 2 people named before it" is settled for that shape alone:

- the candidate opens its sentence, with only capitalised words (a title, a first name) before it, and is
  not a possessive ("Clinton's rival, Sen. Sanders, ...": the sentence is about the rival);
- its gender is known and is the pronoun's (a "name" of no known gender may be no name at all: "Walking
  into the office, the senator ...");
- its sentence is the pronoun's or the one just before it;
- the other person is named only after it, never with a speech verb of their own ("..., and Ivo
  Brandt said ...": a second voice, whom the words may be) nor after "by" or an auxiliary ("Achebe was
  described as "fearless" by Oduya", "Anders stayed, as did Haas": one who spoke or acted as well).

On PolNeAR's train split (issue 10) this settled 11 quotations, every one right on reading the article
(three of them against the corpus's automatic coreference, which named someone else).
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB
from quizapp.draft.person import Mention, Person

_SAYS_AFTER = lazy_compile(r"[\s,]*(?:[A-Za-z.'’-]+\s+){0,2}?(?:" + SPEECH_VERB + r")\b")
"""A speech verb within two words after a name ("Ivo Brandt later said"): that person speaks too."""
_AGENT_BEFORE = lazy_compile(r"\b(?:by|did|does|do|has|had)\s+(?:[\w.'’-]+\s+){0,4}\Z")
"""A name after "by" ("was described as "fearless" by shop steward Karl Oduya"), the one who spoke or acted in a
passive about the candidate, or after an auxiliary ("as did Councillor Piet Haas"), a subject put after its
verb: someone doing what the candidate did, who may be the pronoun's person as well."""


def leads_over_later_rival(
    text: str,
    sentence_start: int,
    chosen: Mention,
    person: Person,
    others: list[Mention],
) -> bool:
    """Whether `chosen`, the pronoun's candidate (of its gender or of none known), opens its sentence and
    every mention in `others` (the other person who could be meant, as named from the candidate's sentence on)
    follows it, neither speaking nor after "by". A candidate of no known gender never does."""
    if chosen.possessive or person.gender is None:
        return False
    before = text[sentence_start : chosen.start].split()  # "Former Rep. Ann Reid": a title; not "In March, Reid"
    if not all(word[:1].isupper() and word.rstrip(".").isalpha() for word in before):
        return False
    return all(
        mention.start > chosen.end
        and _SAYS_AFTER.match(text, mention.end) is None
        and _AGENT_BEFORE.search(text, max(0, mention.start - 80), mention.start) is None
        for mention in others
    )
