"""Questions on what people said beyond their quoted words: reported speech, and numbers they gave.

Many articles quote one person, or report speech without quotation marks ("Mr Neale said he
welcomed the observation", "Nothing was found, said Gerome."), and drafted a single question
or none. Two question kinds use that material, each quoting the article's own sentence:

- "Who is missing?": a sentence of reported speech with its speaker blanked, the article's
  other people as wrong options. Asked only when the speaker is the subject of the speech verb
  right beside it, so the answer key is what the sentence says, not a guess.
- a cloze on a number inside a quotation ("Only {{13}} players trained today"), the sentence of the
  quotation that holds it, readable alone, one per paragraph of the quotation (a statement running
  over paragraphs holds several). The prompt names a sure speaker ("these words of the manager"); a
  quotation whose speaker is not sure is asked as "words quoted in the article", naming no one, so
  the answer key never rests on a guessed speaker.

Neither uses a sentence or quotation another question already asks: a cloze that names the
speaker would answer a "who said this?" on the same words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.counted import counted_beside, counted_one_by_one, end_of_a_range
from quizapp.draft.extraction import Extraction
from quizapp.draft.facts import Element, find_numbers
from quizapp.draft.lexicon import SPEECH_VERBS, word_set
from quizapp.draft.named_speaker import other_names
from quizapp.draft.offered_people import enough_people, named_like_a_person, other_people, speakers_first
from quizapp.draft.person import Mention, Person
from quizapp.draft.sentences import Sentence, split_sentences
from quizapp.draft.shown_fact import all_names, is_reference, part_of_a_number
from quizapp.draft.spans import Spans
from quizapp.draft.spelled_numbers import whole_spelled_number
from quizapp.draft.standalone import render, standalone_edits
from quizapp.draft.wording import capitalized, contains_phrase, excerpt, question_id, question_wording, slug

MAX_REPORTED = 5
MAX_QUOTED_NUMBERS = 3
_QUOTED_PROMPT = "Fill in the blank in these words quoted in the article."
"""For words whose speaker is not sure: the number is the article's whoever said it, and no one is named."""
MAX_QUOTED_PHRASE_WORDS = 6
"""A quoted phrase inside reported speech ("was "deeply concerning""): longer, it is a quotation of its own."""
MIN_WORDS, MAX_WORDS = 7, 45
BLANK = "_____"
_VERB_AFTER_NAME = re.compile(r"[ ]+(?:also[ ]+|later[ ]+|then[ ]+)?([a-z]+)\b")
_VERB_BEFORE_NAME = re.compile(r",[ ]+([a-z]+)[ ]+(?:[A-Z][\w.’'-]*[ ]+)*$")
_VERB_AFTER_APPOSITION = re.compile(r",[ ]+[^,;:“”\"]{1,80},[ ]+(?:also[ ]+)?([a-z]+)\b")
_NOT_VERBS = frozenset({"and", "or", "of", "who", "whose", "which", "the", "a", "an", "in", "on", "at", "to", "for"})
_COMMON_VERBS = word_set(
    "is was are were has had have will would can could may might must shall should did does do made took gave went "
    "led lay beat won lost met left came stood began brought built bought caught chose drew drove fell felt fought "
    "found got grew held kept knew let paid put ran read rose sat saw sent set shot sold spent spoke stole struck "
    "swore taught thought threw told wore wrote also then later"
)
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*\s*$")
_TITLES_ONLY = re.compile(r"(?:[A-Z(][\w().’'-]*[ ]+)*")
"""What may come before the subject of a said-clause at the start of a sentence: capitalised title words."""
_ROLE_WORDS = re.compile(r"(?:[A-Z][\w’'-]*[ ]+){0,4}((?:[a-z][\w’'-]*[ ]+){1,3})(?:[A-Z(][\w().’'-]*[ ]+)*")
"""A role in lowercase words before the name, as news prose introduces people: "Fire chief Rosa Imrie said",
"Harbour master Gwen Talbot told", "Director of football David Holdsworth spoke", "Senior Nepali Congress leader
Ramchandra Paudel has"."""
_NOT_ROLE_OPENERS = word_set("His Her Their Its Our My Your This That These Those")
_OPENING_PHRASE = re.compile(r"[A-Z][^,;:“”\"‘’()\[\]]{2,80},[ ]+")
"""An opening phrase of time, place or manner ending at a comma: "Earlier in the day, ", "Speaking in Rome, "."""
_PRONOUN_WORD = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|it|its|He|She|His|Her|They|Their|It|Its)\b")
_NOT_ROLE_WORDS = word_set("the a an and or but to for in on at with by from as that than")
_END_AFTER_NAME = re.compile(r"[ ]*\.[\"”’']?\s*$")
_VERB_THEN_END = re.compile(r"[ ]+([a-z]+)[ ]*\.[\"”’']?\s*$")
_UNSAFE = re.compile(r"[{}|]")
_REPORTING_VERBS = SPEECH_VERBS - {"asked", "asks", "wrote", "writes", "tweeted", "tweets", "posted", "posts"}
"""Verbs whose subject is the one who said the sentence's claim ("asked" and "wrote" may introduce a question
or a title)."""


def said_questions(extraction: Extraction, earlier: Iterable[DraftedQuestion]) -> list[DraftedQuestion]:
    """Reported-speech and quoted-number questions on what the `earlier` questions do not ask or show."""
    earlier = list(earlier)
    taken = {drafted.answer_key[0] for drafted in earlier}
    shown = " ".join(question_wording(drafted.question) for drafted in earlier)
    return _reported_speech(extraction, taken) + _quoted_numbers(extraction, taken, shown)


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
        and named_like_a_person(person)
    ]


def _speaker(extraction: Extraction, start: int, end: int) -> tuple[Mention, Person] | None:
    """The person whose speech the sentence reports: "NAME said ..." opening it, or "..., said NAME." ending it."""
    text = extraction.text
    found = _people_mentions(extraction, start, end)
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


def _subject(extraction: Extraction, start: int, end: int) -> tuple[Mention, Person] | None:
    """The person a sentence opens on as its subject ("Bricker, 29, was given life ..."), titles aside."""
    text = extraction.text
    found = _people_mentions(extraction, start, end)
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
    speech: list[tuple[Sentence, Mention, Person, bool]] = []
    subjects: list[tuple[Sentence, Mention, Person, bool]] = []
    for sentence in extraction.sentences:
        if len(speech) >= 3 * MAX_REPORTED:
            break  # enough to choose from, however long the article: drafting stays linear and quick
        if sentence.start in taken or not _only_quoted_phrases(extraction, quoted, sentence, taken):
            continue
        shown_text = text[sentence.start : sentence.end].strip()
        if not MIN_WORDS <= len(shown_text.split()) <= MAX_WORDS or _UNSAFE.search(shown_text):
            continue
        if not _ENDS_SENTENCE.search(shown_text):
            continue  # a caption or a heading
        if (found := _speaker(extraction, sentence.start, sentence.end)) is not None:
            speech.append((sentence, *found, True))
        elif (found := _subject(extraction, sentence.start, sentence.end)) is not None:
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
    for sentence, mention, speaker, is_speech in _who_is_missing(extraction, taken):
        if len(drafted) >= MAX_REPORTED:
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
        if any(contains_phrase(rest, name) for name in _names(speaker)):
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


def mid_sentence(speaker: Person) -> str:
    """ "The manager" as it reads inside a sentence: "the manager"; a name stays as it is."""
    shown = speaker.shown
    if speaker.kind != "person" and shown.startswith(("The ", "A ", "An ")):
        return shown[0].lower() + shown[1:]
    return shown


def _names(person: Person) -> list[str]:
    names = [*person.aliases, person.name, person.shown]
    names += [person.last] if person.last else []
    return [name for name in names if len(name) > 2]


def _source(extraction: Extraction, start: int, end: int) -> str:
    span = excerpt(extraction.text, start, end)
    return extraction.text[span[0] : span[1]]


def _quoted_numbers(extraction: Extraction, taken: set[int], shown: str) -> list[DraftedQuestion]:
    text = extraction.text
    lowered = extraction.lowered()
    drafted: list[DraftedQuestion] = []
    for quotation in extraction.quotations:
        if len(drafted) >= MAX_QUOTED_NUMBERS:
            break
        speaker = extraction.person(quotation.sure_speaker)  # None: asked as words quoted, naming no one
        if quotation.quote.open_at in taken or " ".join(quotation.text.split()[:6]) in shown:
            continue  # a who-said question shows these words: a cloze naming the speaker would answer it
        asked_in: set[int] = set()  # the paragraphs of the quotation a cloze was drafted in
        for segment_start, segment_end in quotation.quote.segments:
            paragraph = extraction.article.paragraph_index(segment_start)
            for sentence in split_sentences(text, segment_start, segment_end, [], paragraph):
                if len(drafted) >= MAX_QUOTED_NUMBERS or paragraph in asked_in:
                    break
                question = _number_cloze(extraction, speaker, sentence.start, sentence.end, lowered)
                if question is not None:
                    drafted.append(question)
                    asked_in.add(paragraph)
    return drafted


def _number_cloze(
    extraction: Extraction, speaker: Person | None, start: int, end: int, lowered: str
) -> DraftedQuestion | None:
    """A cloze on the first number of the quoted sentence text[start:end] that is a count, readable alone."""
    text = extraction.text
    while start < end and text[start] in '“"‘ ':
        start += 1  # a quotation running over paragraphs opens each of them with a mark
    while end > start and text[end - 1] in ",;: ":
        end -= 1  # "... all season," Brook said: the comma belongs to the reporting sentence
    words = text[start:end].split()
    if not MIN_WORDS - 2 <= len(words) <= MAX_WORDS or _UNSAFE.search(text[start:end]):
        return None
    if standalone_edits(extraction, start, end) is None or re.search(r"\b(?:he|she|He|She)\b", text[start:end]):
        return None  # "He is going to miss three months": who is he, out of the quotation?
    for found in find_numbers(text, start, end, lowered):
        if (number := whole_spelled_number(text, found)) is None:
            continue  # "twenty-first": an ordinal, no number to blank
        if number.value == "1" or is_reference(text, number) or part_of_a_number(text, number):
            continue
        shown = f"{text[start : number.start]} {text[number.end : end]}"
        before, after = text[start : number.start], text[number.end : end]
        if end_of_a_range(before, after) or counted_beside(after, number.value):
            continue  # "{{two}} or three chances": the other end gives it away, and no one number was said
        if counted_one_by_one(after, number.value):
            continue  # "{{two}} incidents, one was a red, one was a yellow": counted out beside the blank
        if any(contains_phrase(shown, name) for name in all_names(extraction, number)):
            continue  # the same number twice: the blank is answered beside it
        return _drafted_number(extraction, speaker, number, start, end)
    return None


def _drafted_number(
    extraction: Extraction, speaker: Person | None, number: Element, start: int, end: int
) -> DraftedQuestion:
    text = extraction.text
    surface = text[number.start : number.end]
    alternatives = [alt for alt in number.alternatives if alt != surface and not _UNSAFE.search(alt)]
    blank = "{{" + "|".join([surface, *alternatives[:4]]) + "}}"
    sentence = text[start:end].strip()
    question = make_question(
        "cloze",
        id=question_id("fill-quoted", slug(surface, 3), slug(text[start : number.start] + text[number.end : end], 5)),
        prompt=f"Fill in the blank in these words of {mid_sentence(speaker)}." if speaker else _QUOTED_PROMPT,
        text="“" + capitalized((text[start : number.start] + blank + text[number.end : end]).strip()) + "”",
        explanation=f"{speaker.shown} said: “{sentence}”" if speaker else f"The article quotes: “{sentence}”",
        source=_source(extraction, start, end),
        tags=("facts",),
    )
    span = excerpt(text, start, end)
    paragraph = extraction.article.paragraph_index(start) + 1
    return DraftedQuestion(question, span, paragraph, (start, f"quoted:{number.value}"))
