"""Key-word clozes on the article's own narrative sentences, for drafts still short of the article's length.

A science report with one quoted researcher, or a feud between two politicians whose every
quotation names the other, has few facts with a place, number or date and no quotation to
ask "who said this?" about, so it gave one question from three hundred words. Its narrative
sentences still say what happened: "the team spotted waves of activity in the newborn
{{retinas}} of mice". This module blanks the key word of such a sentence, chosen by the rule
that chooses it in quotations (`quoted_words.key_word`: a content word after a determiner or
preposition, never a capitalised word, a name's piece, a function word or the article's topic
word), and shows the sentence as the article wrote it.

A sentence is used only when it reads alone and asks something no other question shows:
- no quotation longer than a term of three words (a quotation is asked by the who-said kinds),
  and never a blank inside a quoted term;
- no he, she, it, they, this or these pointing back to an earlier sentence (`POINTING_BACK`):
  out of the article, "they found that the waves travel" says nothing;
- a whole sentence with its full stop (not a heading or caption), of a readable length;
- not the source of another question, and one cloze per paragraph while other paragraphs
  have one to give, so the draft spreads over the article instead of quizzing one passage.
They are drafted last and only up to one question per `WORDS_PER_QUESTION` words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from quizapp.bank.models import QuestionBase
from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.lexicon import word_set
from quizapp.draft.quoted_words import WORDS_PER_QUESTION, WordCounts, key_word
from quizapp.draft.sentences import Sentence
from quizapp.draft.standalone import render, standalone_edits
from quizapp.draft.wording import capitalized, excerpt, question_id, slug

MAX_SENTENCE_CLOZES = 4
MAX_SENTENCES_READ = 150
"""Sentences looked at: a long article is drafted in linear time, from its first ones (a few thousand words)."""
MIN_WORDS, MAX_WORDS = 8, 40
_QUOTATION_MARKS = re.compile(r"[“”\"]|(?<![A-Za-z])['‘]|['’](?![A-Za-z])")
"""Marks of quoted words (an apostrophe between letters, "don't", is not one)."""
_SHORT_QUOTED = re.compile(r"(?<![A-Za-z])[“\"‘']\S+(?:[ ]\S+){0,2}?[”\"’'](?![A-Za-z])")
"""A term in quotation marks, up to three words (“visual meaning”, ‘good’): the sentence is the article's own."""
_UNSAFE = re.compile(r"[{}|\[\]]")
_ENDS_SENTENCE = re.compile(r"[.!?]\s*$")
_DEMONSTRATIVE = re.compile(
    r"\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth|[Ss]uch)\b(?!\s+(?:year|week|month|morning|afternoon|evening|summer|"
    r"winter|spring|autumn|season|weekend)\b)"
)
"""Words that point to something named before the sentence ("these waves"), a time ("this week") aside."""
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Ii]t|[Ii]ts|[Tt]hey|[Tt]hem|[Tt]heir)\b")
_PERSONAL = word_set("he she him his her")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_NOT_A_NOUN_PHRASE = word_set(
    "a an the be is was are were when while after before as if because though although since until once yet so "
    "and but or then still even also just only now however meanwhile remarkably of in on at to for by with from"
)
"""Words that can open a sentence without naming anyone a pronoun could stand for."""


def sentence_clozes(extraction: Extraction, earlier: Iterable[DraftedQuestion]) -> list[DraftedQuestion]:
    """Key-word clozes on narrative sentences that read alone, as many as the article's length still asks."""
    earlier = list(earlier)
    enough = (len(earlier) + MAX_SENTENCE_CLOZES) * WORDS_PER_QUESTION  # a longer text asks no more
    wanted = min(MAX_SENTENCE_CLOZES, math.ceil(extraction.words_up_to(enough) / WORDS_PER_QUESTION) - len(earlier))
    if wanted <= 0:
        return []
    asked = [drafted.source_span for drafted in earlier]
    used_paragraphs = {drafted.paragraph - 1 for drafted in earlier if drafted.question.kind == "cloze"}
    used_words = {_blanked_word(drafted.question) for drafted in earlier} - {""}
    counts = WordCounts(extraction.lowered())
    drafted: list[DraftedQuestion] = []
    for spread in (True, False):  # one per paragraph first; a second sentence of a paragraph only if still short
        for sentence in extraction.sentences[:MAX_SENTENCES_READ]:
            if len(drafted) >= wanted:
                return drafted
            if (spread and sentence.paragraph in used_paragraphs) or any(_overlap(sentence, span) for span in asked):
                continue
            question = _cloze(extraction, sentence, counts, used_words)
            if question is not None:
                drafted.append(question)
                used_paragraphs.add(sentence.paragraph)
                asked.append((sentence.start, sentence.end))
    return drafted


def _overlap(sentence: Sentence, span: tuple[int, int]) -> bool:
    return sentence.start < span[1] and span[0] < sentence.end


def _points_back(extraction: Extraction, start: int, end: int) -> bool:
    """Whether text[start:end] leans on an earlier sentence: "these waves"; "it", "they" or "their" before any
    noun they could stand for ("Remarkably, they found"); "he", "she" or "her" before any person it names
    ("Neighbours describe her as ..."), unless its opening phrase points on to the person right after it
    ("In his letter, Arkwright told ..."). "Inspectors praised pupils for their behaviour" reads alone."""
    sentence = extraction.text[start:end]
    if _DEMONSTRATIVE.search(sentence):
        return True
    for pronoun in _PRONOUN.finditer(sentence):
        if pronoun.group(0).lower() in _PERSONAL:
            if not _named_before(extraction, start, start + pronoun.start()) and not _points_on(
                extraction, start, pronoun.end(), end
            ):
                return True
            continue
        before = _WORD.findall(sentence[: pronoun.start()])
        if not any(word.lower() not in _NOT_A_NOUN_PHRASE and not word.endswith("ly") for word in before):
            return True
    return False


def _named_before(extraction: Extraction, start: int, position: int) -> bool:
    return any(not mention.in_quote for mention in extraction.mentions_between(start, position))


def _points_on(extraction: Extraction, start: int, after_pronoun: int, end: int) -> bool:
    """ "In his letter, Arkwright ...": the pronoun's opening phrase ends at a comma with a person right after."""
    comma = extraction.text.find(", ", after_pronoun, end)
    if comma < 0 or "," in extraction.text[start:after_pronoun]:
        return False
    named = extraction.mentions_between(comma + 2, comma + 3)
    return bool(named) and (person := extraction.person(named[0].person)) is not None and person.kind == "person"


def _blanked_word(question: QuestionBase) -> str:
    found = re.search(r"\{\{([^|}]+)", str(getattr(question, "text", "")))
    return found.group(1).lower() if found else ""


def _cloze(
    extraction: Extraction, sentence: Sentence, counts: WordCounts, used_words: set[str]
) -> DraftedQuestion | None:
    text = extraction.text
    start, end = sentence.start, sentence.end
    while end > start and text[end - 1].isspace():
        end -= 1
    shown = text[start:end]
    if not MIN_WORDS <= len(shown.split()) <= MAX_WORDS or not _ENDS_SENTENCE.search(shown):
        return None
    terms = [(start + term.start(), start + term.end()) for term in _SHORT_QUOTED.finditer(shown)]
    if (
        _UNSAFE.search(shown)
        or _QUOTATION_MARKS.search(_SHORT_QUOTED.sub("", shown))
        or _points_back(extraction, start, end)
    ):
        return None  # quoted words longer than a term: a quotation, asked by the who-said kinds
    edits = standalone_edits(extraction, start, end)
    if edits is None:
        return None
    key = key_word(text, start, end, counts, used_words)
    if key is None or any(term_start <= key[0] < term_end for term_start, term_end in terms):
        return None  # a blank inside the quoted term would ask someone's words without saying whose
    word_start, word_end = key
    word = text[word_start:word_end]
    used_words.add(word.lower())
    blanked = render(text, start, word_start, edits) + "{{" + word + "}}" + render(text, word_end, end, edits)
    span = excerpt(text, start, end)
    question = make_question(
        "cloze",
        id=question_id("fill-word", slug(word, 2), slug(text[start:word_start] + text[word_end:end], 5)),
        prompt="Fill in the blank in this sentence of the article.",
        text=capitalized(blanked.strip()),
        explanation=f"The article says: “{shown}”",
        source=text[span[0] : span[1]],
        tags=("facts",),
    )
    paragraph = extraction.article.paragraph_index(start) + 1
    return DraftedQuestion(question, span, paragraph, (start, f"sentence-word:{word.lower()}"))
