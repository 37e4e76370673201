"""Who-said-what questions: matching quotations to speakers, and "who said this?" multiple choice.

Wrong options are other people of the same article, so a student must have read it; a
quotation that names its own speaker would give the answer away and is not asked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import partial

from quizapp.bank.models import QuestionBase
from quizapp.draft.candidate import DraftedQuestion, length_scaled, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, word_set
from quizapp.draft.offered_people import (
    MIN_PEOPLE_OFFERED,
    enough_people,
    may_be_one_person,
    names_speaker,
    other_people,
    speakers_first,
)
from quizapp.draft.person import Person, in_name_case
from quizapp.draft.quotation import Quotation
from quizapp.draft.speaker_wording import attribution_sentence
from quizapp.draft.wording import capitalized, excerpt, question_id, quotation_shown, slug

MAX_PAIRS = 6
MAX_MATCHING = 3
MAX_WHO_SAID = 8
MAX_PER_SPEAKER = 3
MIN_QUOTATION_WORDS = 5
MIN_FOR_MATCHING = 4
PROMPT_WORDS = 30
PAIR_WORDS = 14
EXPLANATION_CHARS = 300
TAG = "who-said"

_SUFFIX = lazy_compile(r"[IVXLC]+|Jr\.?|Sr\.?")
_TRAILING_FUNCTION_WORDS = word_set(
    "the a an of to with on in at for from by and or but that this these those his her its their our my your is are was"
)


Attributed = tuple[Quotation, Person]
"""A quotation and its speaker."""


def usable_quotations(extraction: Extraction, *, sure: bool = True) -> list[tuple[Quotation, Person]]:
    """Attributed quotations worth asking about: long enough, not naming their speaker, one per paragraph.

    Only sure speakers by default; `sure=False` gives the unsure ones instead, for the review. Chosen once per
    draft (`Extraction.usable_kept`).
    """
    return extraction.usable_kept(sure, _choose_usable)


def _choose_usable(extraction: Extraction, sure: bool) -> list[tuple[Quotation, Person]]:
    usable = []
    seen: set[tuple[int, str]] = set()
    for quotation in extraction.quotations:
        if quotation.sure != sure:
            continue
        speaker = extraction.person(quotation.speaker)
        # split at most into the five pieces that say "long enough": a long quotation is not cut into all its words
        if speaker is None or len(quotation.text.split(None, MIN_QUOTATION_WORDS - 1)) < MIN_QUOTATION_WORDS:
            continue
        key = (quotation.sentence.paragraph, speaker.id)
        if key in seen or names_speaker(quotation.text, speaker):
            continue
        seen.add(key)
        usable.append((quotation, speaker))
    return usable


def may_be_someone_named(extraction: Extraction, person: Person) -> bool:
    """Whether a speaker known only as "the ROLE" may be one of the article's named people: a definite description
    with a person's job ("the Republican presidential candidate", "the minority leader") points back at someone,
    and the article writes that job beside a named person ("candidate Ana Ruiz", "Ana Ruiz, the designer,"). Offered
    beside named people, it may be one of them ("Donald Trump" and "the Republican presidential candidate" in one
    matching question); so does the epithet a story gives its leading figures (`_EPITHETS`: "the candidate" of a
    story about one). A body ("the group"), "a spokesman", or a job no named person holds ("the judge" of a story
    that never names one) is someone else."""
    words = person.shown.split()
    if person.kind != "role" or len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in ROLE_NOUNS:
        return False
    head = words[-1].lower()
    return head in _EPITHETS or head in extraction.once(
        "words beside full names", None, partial(_words_beside_full_names, extraction)
    )


def _words_beside_full_names(extraction: Extraction) -> frozenset[str]:
    """The lowercase words written within `NEAR_A_NAME` characters of a named person's full name, in its sentence:
    read once per draft from the mentions, so asking it of every role speaker costs no scan of the text."""
    lowered = extraction.lowered()
    people = {person.id for person in extraction.people if person.kind == "person"}
    words: set[str] = set()
    for mention in extraction.mentions:
        written = extraction.text[mention.start : mention.end]
        if mention.person not in people or " " not in written or not written[:1].isupper():
            continue
        before = _SENTENCE_BREAK.split(lowered[max(0, mention.start - NEAR_A_NAME) : mention.start])[-1]
        after = _SENTENCE_BREAK.split(lowered[mention.end : mention.end + NEAR_A_NAME])[0]
        words.update(f"{before} {after}".replace(",", " ").split())
    return frozenset(words)


NEAR_A_NAME = 40
"""Characters either side of a named person's full name read for a job written beside it, in its sentence."""
_EPITHETS = word_set(
    "candidate nominee front-runner frontrunner senator governor president leader congressman congresswoman lawmaker "
    "mogul billionaire businessman businesswoman speaker secretary"
)
"""Jobs news prose names its leading figures by, for variety ("the Republican presidential candidate said" of the
candidate it is about, "the minority leader told reporters"): "the" with one of them means someone named."""
_SENTENCE_BREAK = lazy_compile(r"[.!?\n]")


def source_of_quotation(extraction: Extraction, quotation: Quotation) -> tuple[str, tuple[int, int]]:
    """The quotation's sentence as a question's source, and its span in the article's text."""
    start, end = excerpt(extraction.text, quotation.sentence.start, quotation.sentence.end)
    return extraction.text[start:end].strip(), (start, end)


def too_few_people(extraction: Extraction, usable: list[Attributed] | None = None) -> bool:
    """Whether the article's story has too few people for "who said this?" (two, or one): its quotations are
    asked by matching them all, or by "which of these did NAME say?" (`quoted_words`)."""
    speakers = {speaker.shown for _quotation, speaker in (usable_quotations(extraction) if usable is None else usable)}
    if enough_people(*speakers):  # the speakers alone are enough: the article's other people need not be read
        return False
    return not enough_people(*speakers, *(person.shown for person in other_people(extraction, set(), "person")))


def _split(usable: list[Attributed], few_people: bool = False) -> tuple[list[Attributed], list[Attributed]]:
    """Quotations for matching questions, and the others for "who said this?": never the same quotation twice.

    Asking one quotation in both forms lets either question answer the other, and a teacher
    reviewing the draft deletes one of each pair. Alternate quotations go to each form, so
    both mix the article's speakers; fewer than four quotations are all asked one by one.
    A story of two people (`few_people`) gives every quotation to matching: "who said this?"
    between two names is a coin toss, three quotations to match to them are not.
    """
    if few_people:
        return (usable, []) if len({speaker.id for _quotation, speaker in usable}) >= 2 else ([], usable)
    if len(usable) < MIN_FOR_MATCHING:
        return [], usable
    for parity in (0, 1):
        matching = usable[parity::2]
        if len({speaker.id for _quotation, speaker in matching}) >= 2:
            return matching, usable[1 - parity :: 2]
    return [], usable


def quotation_questions(extraction: Extraction) -> list[DraftedQuestion]:
    """Matching questions, then "who said this?" on the quotations they leave out."""
    usable = usable_quotations(extraction)
    matched, one_by_one = _split(usable, too_few_people(extraction, usable))
    return matching_questions(extraction, matched) + who_said_questions(extraction, one_by_one)


def unsure_questions(extraction: Extraction) -> list[DraftedQuestion]:
    """ "Who said this?" on quotations whose speaker is a guess, marked so the teacher checks the speaker."""
    unsure = usable_quotations(extraction, sure=False)
    reasons = {quotation.quote.open_at: quotation.doubt or "the speaker is a guess" for quotation, _ in unsure}
    return [
        replace(drafted, unsure=reasons.get(drafted.answer_key[0], "the speaker is a guess"))
        for drafted in who_said_questions(extraction, unsure)
    ]


def who_said_questions(extraction: Extraction, one_by_one: list[Attributed]) -> list[DraftedQuestion]:
    drafted: list[DraftedQuestion] = []
    per_speaker: Counter[str] = Counter()
    most, most_per_speaker = length_scaled(MAX_WHO_SAID, extraction), length_scaled(MAX_PER_SPEAKER, extraction)
    for quotation, speaker in one_by_one:
        if (
            len(drafted) >= most
            or per_speaker[speaker.id] >= most_per_speaker
            or may_be_someone_named(extraction, speaker)
        ):
            continue
        others = [
            p.shown
            for p in speakers_first(extraction, other_people(extraction, {speaker.id}, speaker.kind, quotation.text))
            if p.shown != speaker.shown
        ][:3]
        if not enough_people(speaker.shown, *others):
            continue
        prompt = f"Who said this? “{quotation_shown(quotation.text, PROMPT_WORDS)}”"
        source, span = source_of_quotation(extraction, quotation)
        question = make_question(
            "multiple_choice",
            id=question_id("who-said", slug(quotation.text, 7)),
            prompt=prompt,
            choices=(speaker.shown, *others),
            answer=speaker.shown,
            explanation=attribution_sentence(speaker),
            source=source,
            tags=(TAG,),
        )
        per_speaker[speaker.id] += 1
        drafted.append(_drafted(question, span, extraction, quotation, speaker))
    return drafted


def matching_questions(extraction: Extraction, matched: list[Attributed]) -> list[DraftedQuestion]:
    chunks: list[list[tuple[Quotation, Person]]] = []
    for item in matched:
        if not chunks or len(chunks[-1]) >= MAX_PAIRS:
            chunks.append([])
        chunks[-1].append(item)
    if len(chunks) > 1 and len(chunks[-1]) < 3:
        chunks.pop()  # too few left for a question of their own
    drafted = []
    for chunk in chunks[: length_scaled(MAX_MATCHING, extraction)]:
        chunk = [(quotation, speaker) for quotation, speaker in chunk if not may_be_someone_named(extraction, speaker)]
        speakers = {speaker.id for _q, speaker in chunk}
        if len(speakers) < 2:
            continue
        people = list({speaker.id: speaker for _q, speaker in chunk}.values())
        if any(may_be_one_person(a, b) for i, a in enumerate(people) for b in people[i + 1 :]):
            continue  # "A theatre representative" and "the representative": one person, matched twice
        lefts: list[str] = []
        pairs: list[tuple[str, Person]] = []
        for quotation, speaker in chunk:
            left = f"“{quotation_shown(quotation.text, PAIR_WORDS)}”"
            if left in lefts:
                continue
            lefts.append(left)
            pairs.append((left, speaker))
        if len(pairs) < 2:
            continue
        rights = {speaker.shown for _left, speaker in pairs}
        quoted_text = " ".join(quotation.text for quotation, _speaker in chunk)
        distractors = [
            p.shown for p in other_people(extraction, speakers, "person", named_in=quoted_text) if p.shown not in rights
        ][:2]
        if len(pairs) < MIN_PEOPLE_OFFERED and not enough_people(*rights, *distractors):
            continue  # two quotations between two people: the second pair follows from the first
        first_quotation, first_speaker = chunk[0]
        source, span = source_of_quotation(extraction, first_quotation)
        question = make_question(
            "matching",
            id=question_id("who-said-what", slug(first_quotation.text, 6)),
            prompt=_matching_prompt([speaker for _left, speaker in pairs]),
            pairs=tuple({"left": left, "right": speaker.shown} for left, speaker in pairs),
            distractors=tuple(distractors),
            explanation=matching_explanation(
                [(quotation.text, speaker) for quotation, speaker in chunk], extraction.people
            ),
            source=source,
            tags=(TAG,),
        )
        drafted.append(_drafted(question, span, extraction, first_quotation, first_speaker, kind="matching"))
    return drafted


def short_name(person: Person, people: list[Person]) -> str:
    """The surname when no other person of the article shares it ("Putin"), else the display name."""
    if person.kind != "person" or not person.last or _SUFFIX.fullmatch(person.last):
        return person.shown  # "Leo XIV" is not "XIV", "Martin Luther King Jr." is not "Jr."
    namesakes = [other for other in people if other.kind == "person" and other.last == person.last]
    return in_name_case(person.last, person.name) if len(namesakes) == 1 else person.shown


def matching_explanation(pairs: list[tuple[str, Person]], people: list[Person]) -> str:
    """One short sentence per speaker naming the first words of each of their quotations.

    The app shuffles the quotations, so "the first three" would be wrong on screen; the opening
    words are what the student sees. Fewer words per quotation until it fits in
    EXPLANATION_CHARS, and as a last resort only how many each said.
    """
    by_speaker: dict[str, list[str]] = {}
    speakers: dict[str, Person] = {}
    for text, speaker in pairs:
        by_speaker.setdefault(speaker.id, []).append(text)
        speakers[speaker.id] = speaker
    for words in (5, 4, 3, 2):
        sentences = []
        for speaker_id, texts in by_speaker.items():
            openings = [f"“{_opening(text, words)}”" for text in texts]
            sentences.append(capitalized(f"{short_name(speakers[speaker_id], people)} said {_listed(openings)}."))
        explanation = " ".join(sentences)
        if len(explanation) <= EXPLANATION_CHARS:
            return explanation
    counts = [
        f"{short_name(speakers[speaker_id], people)} {_count_words(len(texts))}"
        for speaker_id, texts in by_speaker.items()
    ]
    return f"Of these quotations, {_listed(counts)}."


def _opening(text: str, words: int) -> str:
    """The first `words` words of a quotation, with an ellipsis when there is more."""
    all_words = text.split()
    if len(all_words) <= words + 1:
        return quotation_shown(text, words + 1)
    opening = all_words[:words]
    while len(opening) > 2 and opening[-1].lower() in _TRAILING_FUNCTION_WORDS:
        opening.pop()  # "ready to work with the…" reads as a cut in mid-phrase: "ready to work…"
    return " ".join(opening).rstrip(",;:.—–-") + "…"


def _listed(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _count_words(count: int) -> str:
    names = {1: "said one", 2: "said two", 3: "said three", 4: "said four", 5: "said five", 6: "said six"}
    return names.get(count, f"said {count}")


def _drafted(
    question: QuestionBase,
    span: tuple[int, int],
    extraction: Extraction,
    quotation: Quotation,
    speaker: Person,
    kind: str = "",
) -> DraftedQuestion:
    paragraph = extraction.article.paragraph_index(span[0]) + 1
    return DraftedQuestion(question, span, paragraph, (quotation.quote.open_at, f"{kind}{speaker.id}"))


def _matching_prompt(speakers: list[Person]) -> str:
    """The matching question's instruction: "the person who said it" only when every answer is a person; a body, a
    role's group or a document among them ("the crowd", "the lawsuit") is no person."""
    if all(speaker.kind == "person" for speaker in speakers):
        return "Match each quotation to the person who said it."
    return "Match each quotation to its speaker or source."
