"""Questions on the words of the article's sure speakers, for articles that quote one person or few.

An article built on one speaker (a manager's injury update, a head teacher's reply to a report)
gave one question or none: "who said this?" needs someone else to choose from, and the facts
are few. Two kinds ask what the speaker said, each quoting the article's own words:

- "Which of these did NAME say?": one of the speaker's quotations against quotations of other
  sure speakers of the same article. Never an invented quotation, so every wrong choice is
  plainly someone else's words.
- a cloze on a key content word of one sentence of a sure speaker's quotation ("The tear to the
  {{hamstring}} is a serious one"): not a function word, number (`said_questions` asks those),
  name or piece of a name; the sentence must read alone (no he, she, it or they pointing back)
  and not be shown by another question, since the cloze names its speaker.

Both are drafted only up to the article's length (one question per WORDS_PER_QUESTION words
with what is drafted already): they fill thin drafts, and a rich draft keeps its own questions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from quizapp.bank.models import QuestionBase
from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.lexicon import SPEECH_VERBS, word_set
from quizapp.draft.person import Person
from quizapp.draft.quotation import Quotation
from quizapp.draft.said_questions import mid_sentence
from quizapp.draft.sentences import Sentence, split_sentences
from quizapp.draft.standalone import render, standalone_edits
from quizapp.draft.who_said import may_be_one_person, names_speaker, too_few_people
from quizapp.draft.wording import capitalized, excerpt, question_id, quotation_shown, slug

WORDS_PER_QUESTION = 65
"""The drafts aim a little above issue 10's one question per 80 words, as a teacher deletes a few."""
MAX_WHICH_SAID = 2
MAX_WORD_CLOZES = 4
MAX_QUOTATIONS = 40
"""Quotations looked at: a long article (a transcript) is drafted in linear time, from its first ones."""
MIN_WORDS, MAX_WORDS = 6, 32
CHOICE_WORDS = 16
MIN_KEY_LETTERS = 4
MAX_REPEATS = 3
_UNSAFE = re.compile(r"[{}|\[\]]")
_INNER_QUOTE = re.compile(r"[“”‘\"]|[.!?,]’|(?<![A-Za-z])'|'(?![A-Za-z])")
"""Marks of a quotation inside the quotation (an apostrophe sits between letters)."""
_MARKS = " “”\"‘’'"
POINTING_BACK = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers|[Tt]hey|[Tt]hem|[Tt]heir|[Ii]t|[Ii]ts|[Tt]hese|[Tt]hose|[Bb]oth|"
    r"[Tt]his(?=\s*[.,;:!?]|\s+(?:is|was|has|had|will|would)\b))\b"
)
"""Words whose meaning is in an earlier sentence: out of the article, "it is rare" says nothing."""
_WORD = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)*")
"""A word, one letter too: "a" is the determiner before many a key noun."""
_LOWER_WORD = re.compile(r"(?<![a-z])[a-z]+(?:-[a-z]+)*")
_DETERMINERS = word_set(
    "a an the our my your their his her its this that these those some any no every each more most less few many "
    "several last next first second final new own"
)
_NOUN_BEFORE = _DETERMINERS | word_set("of for about with from into on in at by s")
"""Words that often come right before a noun: the key word of a phrase is usually its noun ("s" is the
possessive's: "Malema's {{efforts}}")."""
_VAGUE_WORDS = word_set(
    """
    about above after again against along already also although always among another anyone anything around
    because been before behind being below between beyond both cannot could doing during each either enough
    even ever every everyone everything fairly first from further going gonna great happen happened having
    here however instead into just least less little lot lots maybe might more most much must myself never
    next none nothing often only other others otherwise ours ourselves over perhaps quite rather really right
    same seems should since some someone something sometimes still such sure than that their theirs them
    themselves then there these they thing things think thought those though through today together tomorrow
    too under until upon very want wanted well were what whatever when where whether which while whole whom
    whose will with within without would yesterday your yours yourself able actually certainly clearly
    definitely obviously probably simply truly absolutely basically course indeed already almost again
    make made makes making take taken takes took give given gives gave come comes came get gets got getting
    know knew known feel felt look looks looked keep kept says said tell told seem seemed need needed
    people time times year years week weeks today there's that's it's what's we're they're we've we'll
    certain various different whole good better best fine great important real simple hard high huge large
    small big sort kind part parts way ways bit end case point side level number numbers stuff area areas past future
    """
)
"""Words too common or too vague to be what a student should remember of a quotation."""
_NOT_KEY = _VAGUE_WORDS | _DETERMINERS
"""Never the blanked word: vague words, and determiners ("with {{this}} one" asks nothing)."""
_ADJECTIVES = word_set(
    "bad good new old big great real whole huge large small high hard certain different various important serious "
    "main key top full early late long short young own newborn overall latest recent former strong weak"
)
_ADJECTIVE_ENDINGS = ("al", "ive", "ful", "ous", "ic", "able", "ible", "less", "ish", "est")
_NEXT_LOWER_WORD = re.compile(r"[ ]([a-z]{3,})\b")
_PHRASE_END = re.compile(r"[.,;:!?”\"’)]")
_CARRIED = "of"
"""What an adjective passes on to its noun: a word before a noun that is not a determiner (so a verb in
"-ed" after "the local" is still not a key word)."""


def quoted_word_questions(extraction: Extraction, earlier: Iterable[DraftedQuestion]) -> list[DraftedQuestion]:
    """ "Which of these did NAME say?" and key-word clozes in sure quotations, as far as the article's length asks."""
    earlier = list(earlier)
    enough = (len(earlier) + MAX_WHICH_SAID + MAX_WORD_CLOZES) * WORDS_PER_QUESTION  # a longer text asks no more
    wanted = math.ceil(extraction.words_up_to(enough) / WORDS_PER_QUESTION) - len(earlier)
    few_people = too_few_people(extraction)
    if wanted <= 0 and not few_people:
        return []
    taken = {drafted.answer_key[0] for drafted in earlier}
    shown = " ".join(_wording(drafted.question) for drafted in earlier)
    which_wanted = MAX_WHICH_SAID if few_people else min(wanted, MAX_WHICH_SAID)
    which = _which_said(extraction, taken, shown, which_wanted)  # in place of a coin toss between two people
    shown += " " + " ".join(_wording(drafted.question) for drafted in which)
    taken |= {drafted.answer_key[0] for drafted in which}
    return which + _word_clozes(extraction, taken, shown, min(wanted - len(which), MAX_WORD_CLOZES))


def _wording(question: QuestionBase) -> str:
    return " ".join(str(getattr(question, name, "")) for name in ("prompt", "text", "items", "pairs", "choices"))


def _sure(extraction: Extraction) -> list[tuple[Quotation, Person]]:
    """The first MAX_QUOTATIONS quotations with a sure speaker: enough to choose from, however long the article."""
    sure = []
    for quotation in extraction.quotations:
        if (speaker := extraction.person(quotation.sure_speaker)) is not None:
            sure.append((quotation, speaker))
            if len(sure) >= MAX_QUOTATIONS:
                break
    return sure


def _which_said(extraction: Extraction, taken: set[int], shown: str, limit: int) -> list[DraftedQuestion]:
    """ "Which of these did NAME say?": a sentence the speaker said, sentences of other speakers as wrong choices."""
    said = [(piece, speaker) for quotation, speaker in _sure(extraction) for piece in _pieces(extraction, quotation)]
    drafted: list[DraftedQuestion] = []
    asked: set[str] = set()
    offered: set[str] = set()
    answers: set[str] = set()
    for (start, end), speaker in said:
        if len(drafted) >= limit:
            break
        answer = extraction.text[start:end]
        if speaker.id in asked or start in taken or " ".join(answer.split()[:6]) in shown or answer in offered:
            continue  # another question shows these words, perhaps with (or as not) their speaker's
        if names_speaker(answer, speaker) or POINTING_BACK.search(answer):
            continue
        others = [
            extraction.text[other_start:other_end]
            for (other_start, other_end), other_speaker in said
            if not may_be_one_person(other_speaker, speaker)
        ]
        others = [o for o in dict.fromkeys(others) if o not in answers and not names_speaker(o, speaker)][:3]
        if len(others) < 2:
            continue  # one wrong choice is a coin toss; "Malema should..." is plainly not Malema's
        choices = tuple(f"“{quotation_shown(choice, CHOICE_WORDS)}”" for choice in (answer, *others))
        role = f", {speaker.role}" if speaker.role and speaker.kind == "person" else ""  # a role speaker is its role
        question = make_question(
            "multiple_choice",
            id=question_id("which-said", slug(speaker.shown, 3), slug(answer, 6)),
            prompt=f"Which of these did {speaker.shown} say, according to the article?",
            choices=choices,
            answer=choices[0],
            explanation=f"The article attributes these words to {speaker.shown}{role}: “{answer}”",
            source=_source(extraction, start, end),
            tags=("who-said",),
        )
        span = excerpt(extraction.text, start, end)
        paragraph = extraction.article.paragraph_index(start) + 1
        drafted.append(DraftedQuestion(question, span, paragraph, (start, f"which:{speaker.id}")))
        asked.add(speaker.id)
        offered.update(others)
        answers.add(answer)
    return drafted


def _pieces(extraction: Extraction, quotation: Quotation) -> list[tuple[int, int]]:
    """The sentences of a quotation that can be a choice: whole, plain, and of a readable length."""
    if _INNER_QUOTE.search(quotation.text.strip(_MARKS)):
        return []  # a quotation inside it: its sentences may be pieces of someone else's words
    pieces = []
    for sentence in _quoted_sentences(extraction, quotation):
        start, end = _trimmed(extraction.text, sentence.start, sentence.end)
        piece = extraction.text[start:end]
        if MIN_WORDS <= len(piece.split()) <= MAX_WORDS and not _UNSAFE.search(piece):
            pieces.append((start, end))
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A quoted sentence without its quotation marks, and without the comma that belongs to "..., she said"."""
    while start < end and text[start] in "“\"‘' ":
        start += 1
    while end > start and text[end - 1] in ",;: ”\"’'":
        end -= 1
    return start, end


def _source(extraction: Extraction, start: int, end: int) -> str:
    span = excerpt(extraction.text, start, end)
    return extraction.text[span[0] : span[1]]


def _quoted_sentences(extraction: Extraction, quotation: Quotation) -> list[Sentence]:
    """The sentences of a quotation, paragraph by paragraph (a quotation may run over several)."""
    text = extraction.text
    sentences = []
    for start, end in quotation.quote.segments:
        paragraph = extraction.article.paragraph_index(start)
        sentences += split_sentences(text, start, end, [], paragraph)
    return sentences


def _word_clozes(extraction: Extraction, taken: set[int], shown: str, limit: int) -> list[DraftedQuestion]:
    """Key-word clozes, one per paragraph of quotation while other paragraphs give one, taking the speakers'
    quotations in turn."""
    drafted: list[DraftedQuestion] = []
    used_paragraphs: set[int] = set()
    used_words: set[str] = set()
    asked = set(taken)
    counts = WordCounts(extraction.lowered())
    sure = _sure(extraction)
    for spread in (True, False):
        for quotation, speaker in sure:
            if len(drafted) >= limit:
                return drafted  # enough: a long article costs two passes, not one per question
            for sentence in _quoted_sentences(extraction, quotation):
                if (spread and sentence.paragraph in used_paragraphs) or sentence.start in asked:
                    continue
                if len(drafted) >= limit:
                    break
                question = _word_cloze(extraction, speaker, sentence, shown, used_words, counts)
                if question is not None:
                    drafted.append(question)
                    used_paragraphs.add(sentence.paragraph)
                    asked.add(sentence.start)
    return drafted


def _word_cloze(
    extraction: Extraction, speaker: Person, sentence: Sentence, shown: str, used_words: set[str], counts: WordCounts
) -> DraftedQuestion | None:
    text = extraction.text
    start, end = _trimmed(text, sentence.start, sentence.end)
    words = text[start:end].split()
    if (
        not MIN_WORDS <= len(words) <= MAX_WORDS
        or _UNSAFE.search(text[start:end])
        or _INNER_QUOTE.search(text, start, end)
    ):
        return None
    edits = standalone_edits(extraction, start, end)
    if " ".join(words[:6]) in shown or edits is None:
        return None  # shown elsewhere with its speaker, or not a sentence to read alone
    if POINTING_BACK.search(text, start, end) or names_speaker(text[start:end], speaker):
        return None  # "it" or "she" out of context; "as Lindqvist says" in Lindqvist's words
    key = key_word(text, start, end, counts, used_words)
    if key is None:
        return None
    word_start, word_end = key
    word = text[word_start:word_end]
    used_words.add(word.lower())
    blanked = render(text, start, word_start, edits) + "{{" + word + "}}" + render(text, word_end, end, edits)
    sentence_text = text[start:end]
    question = make_question(
        "cloze",
        id=question_id("fill-said", slug(word, 2), slug(text[start:word_start] + text[word_end:end], 5)),
        prompt=f"Fill in the blank in these words of {mid_sentence(speaker)}.",
        text="“" + capitalized(blanked) + "”",
        explanation=f"{speaker.shown} said: “{sentence_text}”",
        source=_source(extraction, start, end),
        tags=("who-said",),
    )
    span = excerpt(text, start, end)
    paragraph = extraction.article.paragraph_index(start) + 1
    return DraftedQuestion(question, span, paragraph, (sentence.start, f"said-word:{word.lower()}"))


class WordCounts:
    """How often a word is in the article, counted for the few words asked and only as far as a rule needs:
    counting every word of a long article would cost more than the questions it serves."""

    def __init__(self, lowered: str) -> None:
        """`lowered`: the article's text lowercased (`Extraction.lowered`)."""
        self._lowered = lowered
        self._counts: dict[str, int] = {}

    def of(self, word: str) -> int:
        """The times `word` stands alone in the article, counted up to one more than MAX_REPEATS."""
        if word not in self._counts:
            lowered, count = self._lowered, 0
            at = lowered.find(word)
            while at >= 0 and count <= MAX_REPEATS:
                after = at + len(word)
                if not (at and lowered[at - 1].isalpha()) and not lowered[after : after + 1].isalpha():
                    count += 1
                at = lowered.find(word, at + 1)
            self._counts[word] = count
        return self._counts[word]


def key_word(text: str, start: int, end: int, counts: WordCounts, used: set[str]) -> tuple[int, int] | None:
    """The word of text[start:end] a student should remember: a content word, best a noun the article repeats."""
    best: tuple[float, int, int] | None = None
    previous = ""
    in_sentence = Counter(_LOWER_WORD.findall(text[start:end].lower()))
    for match in _WORD.finditer(text, start, end):
        word = match.group(0)
        bare = word.lower()
        before, previous = previous, bare
        if before in _NOUN_BEFORE and _describes_the_next_word(text, bare, match.end(), end):
            previous = _CARRIED
            continue  # "some bad {{news}}", "the newborn {{retinas}}": the noun is the key, not its adjective
        if word[0].isupper() or len(bare.replace("-", "")) < MIN_KEY_LETTERS or bare in used:
            continue  # a capital is a name, a title or the sentence's first word: none is a key word
        if bare in _NOT_KEY or bare in _ADJECTIVES or bare in SPEECH_VERBS or bare.endswith("ly"):
            continue
        if text.startswith(("'", "’"), match.end()) or in_sentence[bare] > 1:
            continue  # "don't" cut in two; a word twice in the sentence is answered beside its blank
        if _next_capitalized(text, match.end(), end):
            continue  # "the {{football}} Association": part of a name
        after_determiner = before in _NOUN_BEFORE
        if bare.endswith(("ing", "ed")) and before not in _DETERMINERS:
            continue  # "how I {{played}}", "on {{winning}}": a verb, guessed from the words around it
        in_article = counts.of(bare)
        if in_article > MAX_REPEATS:
            continue  # "{{players}}" in a football story: the article's topic word is guessed, not remembered
        score = 2.0 * after_determiner + 1.0 * (in_article > 1) + len(bare) / 10
        if after_determiner and (best is None or score > best[0]):
            best = (score, match.start(), match.end())
    return None if best is None else (best[1], best[2])


def _describes_the_next_word(text: str, bare: str, position: int, end: int) -> bool:
    """Whether `bare` describes the lowercase word after it: an adjective ("bad news", "local council"), or the
    first of two words ending a phrase ("a clear pattern."), whose last word is its noun."""
    following = _NEXT_LOWER_WORD.match(text, position, end)
    if following is None or following.group(1) in _NOT_KEY:
        return False
    if bare in _ADJECTIVES or bare.endswith((*_ADJECTIVE_ENDINGS, "ed")):
        return True  # "the walled {{garden}}": a participle before a noun describes it
    ends_the_phrase = _PHRASE_END.match(text, following.end(), end) is not None or following.end() == end
    return ends_the_phrase and not following.group(1).endswith("ed")  # "a clear {{pattern}}."


def _next_capitalized(text: str, position: int, end: int) -> bool:
    following = re.match(r"[ ]+([A-Z])", text[position:end])
    return following is not None
