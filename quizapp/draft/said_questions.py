"""Questions on what people said beyond their quoted words: reported speech, and numbers they gave.

Many articles quote one person, or report speech without quotation marks ("Mr Neale said he
welcomed the observation", "Nothing was found, said Gerome."), and drafted a single question
or none. Two question kinds use that material, each quoting the article's own sentence:

- "Who is missing?": a sentence of reported speech with its speaker blanked, the article's
  other people as wrong options. Asked only when the speaker is the subject of the speech verb
  right beside it, so the answer key is what the sentence says, not a guess.
- a cloze on a number inside a quotation ("Only {{13}} players trained today"), drafted by
  `quoted_numbers` (its own module: when a number is one to ask, and how the prompt names the
  speaker).

Neither uses a sentence or quotation another question already asks: a cloze that names the
speaker would answer a "who said this?" on the same words.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

from quizapp.draft.candidate import DraftedQuestion, length_scaled, make_question
from quizapp.draft.embedded_posts import post_paragraphs
from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS, word_set
from quizapp.draft.named_speaker import other_names
from quizapp.draft.offered_people import (
    enough_people,
    named_after_another,
    named_like_a_person,
    other_people,
    speakers_first,
)
from quizapp.draft.person import Mention, Person
from quizapp.draft.quoted_numbers import quoted_number_questions
from quizapp.draft.sentences import Sentence
from quizapp.draft.shown_fact import in_a_note_on_the_article
from quizapp.draft.spans import Spans
from quizapp.draft.standalone import render, standalone_edits
from quizapp.draft.whole_words import WholePhrases
from quizapp.draft.wording import capitalized, excerpt, question_id, question_wording, slug

MAX_REPORTED = 5
"""The "who is missing?" questions of an article of up to `LIMITS_WORDS` words; a longer one asks more
(`length_scaled`): a 2,000-word story names and quotes more people, as many to ask about per word."""
MAX_QUOTED_PHRASE_WORDS = 6
"""A quoted phrase inside reported speech ("was "deeply concerning""): longer, it is a quotation of its own."""
MIN_WORDS, MAX_WORDS = 7, 45
BLANK = "_____"
_VERB_AFTER_NAME = lazy_compile(r"[ ]+(?:also[ ]+|later[ ]+|then[ ]+)?([a-z]+)\b")
_VERB_BEFORE_NAME = lazy_compile(r",[ ]+([a-z]+)[ ]+(?:[A-Z][\w.’'-]*[ ]+)*$")
_VERB_AFTER_APPOSITION = lazy_compile(r",[ ]+[^,;:“”\"]{1,80},[ ]+(?:also[ ]+)?([a-z]+)\b")
_NOT_VERBS = frozenset({"and", "or", "of", "who", "whose", "which", "the", "a", "an", "in", "on", "at", "to", "for"})
_COMMON_VERBS = word_set(
    "is was are were has had have will would can could may might must shall should did does do made took gave went "
    "led lay beat won lost met left came stood began brought built bought caught chose drew drove fell felt fought "
    "found got grew held kept knew let paid put ran read rose sat saw sent set shot sold spent spoke stole struck "
    "swore taught thought threw told wore wrote also then later"
)
_ENDS_SENTENCE = lazy_compile(r"[.!?][\"”’')\]]*\s*$")
_TITLES_ONLY = lazy_compile(r"(?:[A-Z(][\w().’'-]*[ ]+)*")
"""What may come before the subject of a said-clause at the start of a sentence: capitalised title words."""
_ROLE_WORDS = lazy_compile(r"(?:[A-Z][\w’'-]*[ ]+){0,4}((?:[a-z][\w’'-]*[ ]+){1,3})(?:[A-Z(][\w().’'-]*[ ]+)*")
"""A role in lowercase words before the name, as news prose introduces people: "Fire chief Rosa Imrie said",
"Harbour master Gwen Talbot told", "Director of football David Holdsworth spoke", "Senior Nepali Congress leader
Ramchandra Paudel has"."""
_NOT_ROLE_OPENERS = word_set("His Her Their Its Our My Your This That These Those")
_OPENING_PHRASE = lazy_compile(r"[A-Z][^,;:“”\"‘’()\[\]]{2,80},[ ]+")
"""An opening phrase of time, place or manner ending at a comma: "Earlier in the day, ", "Speaking in Rome, "."""
_PRONOUN_WORD = lazy_compile(r"\b(?:he|she|him|her|his|hers|they|them|their|it|its|He|She|His|Her|They|Their|It|Its)\b")
_NOT_ROLE_WORDS = word_set("the a an and or but to for in on at with by from as that than")
_END_AFTER_NAME = lazy_compile(r"[ ]*\.[\"”’']?\s*$")
_VERB_THEN_END = lazy_compile(r"[ ]+([a-z]+)[ ]*\.[\"”’']?\s*$")
_UNSAFE = lazy_compile(r"[{}|]")
_REPORTING_VERBS = SPEECH_VERBS - {"asked", "asks", "wrote", "writes", "tweeted", "tweets", "posted", "posts"}
"""Verbs whose subject is the one who said the sentence's claim ("asked" and "wrote" may introduce a question
or a title)."""


def said_questions(extraction: Extraction, earlier: Iterable[DraftedQuestion]) -> list[DraftedQuestion]:
    """Reported-speech and quoted-number questions on what the `earlier` questions do not ask or show."""
    earlier = list(earlier)
    taken = {drafted.answer_key[0] for drafted in earlier}
    shown = " ".join(question_wording(drafted.question) for drafted in earlier)
    return _reported_speech(extraction, taken) + quoted_number_questions(extraction, taken, shown)


def _quoted(extraction: Extraction) -> Spans:
    return Spans((q.quote.open_at, q.quote.close_at) for q in extraction.quotations)


def _people_mentions(extraction: Extraction, start: int, end: int) -> list[tuple[Mention, Person]]:
    return [
        (mention, person)
        for mention in extraction.mentions_between(start, end)
        if not mention.in_quote
        and not mention.guessed
        and (person := extraction.person(mention.person)) is not None
        and person.kind == "person"
        and extraction.once("named like a person", person.id, functools.partial(named_like_a_person, person))
        and not extraction.once(
            "named after another", person.id, functools.partial(named_after_another, extraction, person)
        )
    ]


def _speaker(
    extraction: Extraction, start: int, end: int, found: list[tuple[Mention, Person]]
) -> tuple[Mention, Person] | None:
    """The person whose speech the sentence reports: "NAME said ..." opening it, or "..., said NAME." ending it;
    `found` is the sentence's people (`_people_mentions`)."""
    text = extraction.text
    if not found:
        return None
    first, person = found[0]
    verb = _VERB_AFTER_NAME.match(text, first.end, end) or _VERB_AFTER_APPOSITION.match(text, first.end, end)
    if (
        _only_a_role_before(text, start, first.start)
        and not first.possessive
        and verb
        and verb.group(1) in _REPORTING_VERBS
    ):
        return first, person  # "Andrew Haines, chief executive of the CAA, said that ..."
    for mention, person in found:
        inverted = _VERB_BEFORE_NAME.search(text, max(start, mention.start - 20), mention.start)
        if inverted and inverted.group(1) in _REPORTING_VERBS and text[mention.end : mention.end + 1] == ",":
            return mention, person  # "The catch, said Chief Andrew Staubitz, was that ..."
    last, person = found[-1]
    before = _VERB_BEFORE_NAME.search(text, max(start, last.start - 20), last.start)
    if before and before.group(1) in _REPORTING_VERBS and _END_AFTER_NAME.match(text, last.end, end):
        return last, person  # "..., said Gerome."
    after = _VERB_THEN_END.match(text, last.end, end)
    if after and after.group(1) in _REPORTING_VERBS and text[max(start, last.start - 2) : last.start] == ", ":
        return last, person  # "..., Cuevas said."
    return None


def _subject(
    extraction: Extraction, start: int, end: int, found: list[tuple[Mention, Person]]
) -> tuple[Mention, Person] | None:
    """The person a sentence opens on as its subject ("Bricker, 29, was given life ..."), titles aside; `found` is
    the sentence's people (`_people_mentions`)."""
    text = extraction.text
    if not found or found[0][0].possessive or not _only_a_role_before(text, start, found[0][0].start):
        return None
    mention = found[0][0]
    verb = _VERB_AFTER_NAME.match(text, mention.end, end) or _VERB_AFTER_APPOSITION.match(text, mention.end, end)
    return found[0] if verb and looks_like_a_verb(verb.group(1)) else None


def _only_a_role_before(text: str, start: int, name_start: int) -> bool:
    """Whether only the person's title or role comes before their name at the start of the sentence: capitalised
    title words, or a role in a few lowercase words none of which is a verb ("Police arrested John Reid" is no
    role) nor follows a possessive ("Her father John Reid": whose father, out of the article?). An opening phrase
    closed by a comma may come first ("Earlier in the day, Finance Minister X said"): the name after it opens
    the main clause, so it is its subject."""
    opening = _OPENING_PHRASE.match(text, start, name_start)
    if opening is not None and not _PRONOUN_WORD.search(opening.group(0)):
        start = opening.end()
    if _TITLES_ONLY.fullmatch(text, start, name_start):
        return True
    role = _ROLE_WORDS.fullmatch(text, start, name_start)
    if role is None or text[start:name_start].split()[0] in _NOT_ROLE_OPENERS:
        return False
    words = role.group(1).split()
    if any(word in _NOT_ROLE_WORDS for word in words):
        return False  # "Full hospitals mean the NHS": an article or a joining word inside is a clause, not a role
    return not any(looks_like_a_verb(word) for word in words if word != "of")


def looks_like_a_verb(word: str) -> bool:
    """ "declined", "says", "was": what follows a subject; "management" or "keeper" after a name is a noun."""
    if word in _NOT_VERBS:
        return False
    return word in _COMMON_VERBS or word in SPEECH_VERBS or word.endswith("ed") or word.endswith(("es", "ts", "ns"))


def _who_is_missing(extraction: Extraction, taken: set[int]) -> list[tuple[Sentence, Mention, Person, bool]]:
    """Sentences to ask "who is missing?" on, reported speech first: (sentence, mention, person, is speech)."""
    text = extraction.text
    quoted = _quoted(extraction)
    posts = extraction.once("post paragraphs", None, lambda: post_paragraphs(text, extraction.sentences))
    speech: list[tuple[Sentence, Mention, Person, bool]] = []
    subjects: list[tuple[Sentence, Mention, Person, bool]] = []
    most = length_scaled(MAX_REPORTED, extraction)
    for sentence in extraction.sentences:
        if len(speech) >= 3 * most:
            break  # enough to choose from, however long the article: drafting stays linear and quick
        if sentence.start in taken or not _only_quoted_phrases(extraction, quoted, sentence, taken):
            continue
        shown_text = text[sentence.start : sentence.end].strip()
        if not MIN_WORDS <= len(shown_text.split()) <= MAX_WORDS or _UNSAFE.search(shown_text):
            continue
        if not _ENDS_SENTENCE.search(shown_text):
            continue  # a caption or a heading
        if in_a_note_on_the_article(extraction, sentence.start):
            continue  # "Editor's note: NAME regularly ...": the site's standing line, not the story
        if sentence.paragraph in posts:
            continue  # "... https://t.co/Ab12 — Ana Ruiz (@anaruiz) July 23, 2016.": a pasted post, not the story
        people = _people_mentions(extraction, sentence.start, sentence.end)  # read once for both
        if (found := _speaker(extraction, sentence.start, sentence.end, people)) is not None:
            speech.append((sentence, *found, True))
        elif (found := _subject(extraction, sentence.start, sentence.end, people)) is not None:
            subjects.append((sentence, *found, False))
    return speech + subjects


def _only_quoted_phrases(extraction: Extraction, quoted: Spans, sentence: Sentence, taken: set[int]) -> bool:
    """Whether the sentence quotes nothing, or only short phrases no other question asks about.

    News prose reports speech with a few of the speaker's words in quotation marks ("Morrison said
    the attack was "deeply concerning""): the sentence still says who spoke, in its own words, so
    its subject is as sure an answer key as in a sentence without marks. A longer quotation is the
    who-said kinds' to ask, and one they ask already would be answered by this sentence.
    """
    first = bisect.bisect_right(quoted.starts, sentence.start) - 1  # quotations are apart: their ends are sorted
    last = bisect.bisect_left(quoted.starts, sentence.end) - 1
    for open_at, close_at in quoted.spans[max(first, 0) : last + 1]:
        if close_at <= sentence.start:
            continue
        if open_at in taken or open_at < sentence.start or close_at > sentence.end:
            return False
        if len(extraction.text[open_at:close_at].split()) > MAX_QUOTED_PHRASE_WORDS:
            return False
    return True


def _reported_speech(extraction: Extraction, taken: set[int]) -> list[DraftedQuestion]:
    text = extraction.text
    drafted: list[DraftedQuestion] = []
    per_speaker: dict[str, int] = {}
    most = length_scaled(MAX_REPORTED, extraction)
    for sentence, mention, speaker, is_speech in _who_is_missing(extraction, taken):
        if len(drafted) >= most:
            break
        shown_text = text[sentence.start : sentence.end].strip()
        end = sentence.end
        if per_speaker.get(speaker.id, 0) >= 2:
            continue
        edits = standalone_edits(extraction, sentence.start, sentence.end)
        if edits is None or any(edit.start <= mention.start < edit.end for edit in edits):
            continue
        before = render(text, sentence.start, mention.start, edits)
        after = render(text, mention.end, sentence.end, edits)
        rest = f"{before} {after}"
        rest_read = WholePhrases(rest)  # lowercased once for all the speaker's names
        if any(rest_read.contains(name) for name in _names(speaker)):
            continue  # the speaker named again in the sentence answers the question
        candidates = other_people(extraction, {speaker.id}, "person", named_in=rest)
        others = [p.shown for p in (speakers_first(extraction, candidates) if is_speech else candidates)]
        others = [name for name in others if name != speaker.shown][:3]
        statement = (before + BLANK + after).strip()
        kind = "who-reported" if is_speech else "who-did"
        if enough_people(speaker.shown, *others):
            offered: dict[str, object] = {"choices": (speaker.shown, *others)}
        else:  # a one- or two-person story: choices would answer themselves or be a coin toss; the name is typed
            offered = {"alternatives": other_names(speaker)}
            kind += "-typed"
        question = make_question(
            "multiple_choice" if "choices" in offered else "short_answer",
            id=question_id(kind, slug(text[sentence.start : mention.start] + text[mention.end : end], 7)),
            prompt=f"Who is missing from this sentence of the article? “{capitalized(statement)}”",
            answer=speaker.shown,
            **offered,
            explanation=f"The article says: “{shown_text}”",
            source=_source(extraction, sentence.start, sentence.end),
            tags=("who-said" if is_speech else "people",),
        )
        span = excerpt(text, sentence.start, sentence.end)
        paragraph = extraction.article.paragraph_index(sentence.start) + 1
        drafted.append(DraftedQuestion(question, span, paragraph, (sentence.start, f"reported:{speaker.id}")))
        per_speaker[speaker.id] = per_speaker.get(speaker.id, 0) + 1
    return drafted


def _names(person: Person) -> list[str]:
    names = [*person.aliases, person.name, person.shown]
    names += [person.last] if person.last else []
    return [name for name in names if len(name) > 2]


def _source(extraction: Extraction, start: int, end: int) -> str:
    span = excerpt(extraction.text, start, end)
    return extraction.text[span[0] : span[1]]
