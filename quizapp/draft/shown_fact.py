"""A fact's sentence as a question shows it, and the checks every fact question makes on what it shows.

Shared by the question kinds on facts (cloze and "where?" in `fact_questions`, true/false in
`true_false`): each shows the sentence made readable alone (`standalone`), must not leave its
answer visible anywhere the student reads, and cites the same verbatim excerpt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.bank.models import QuestionBase
from quizapp.draft.author_notes import is_note_on_the_article
from quizapp.draft.candidate import DraftedQuestion
from quizapp.draft.extraction import Extraction
from quizapp.draft.facts import Element, Fact
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import HONORIFICS, TITLE_WORDS, word_set
from quizapp.draft.standalone import Edit, render
from quizapp.draft.whole_words import WholePhrases
from quizapp.draft.wording import excerpt

_REFERENCE = lazy_compile(r"\b(?:the|these|those|both)\s+$", re.IGNORECASE)
_WORD_BEFORE = lazy_compile(r"([\w.'’-]+)[ ]$")
_CAPITAL_AFTER = lazy_compile(
    r"[ ](?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b)[A-Z][a-z]"
)
"""A capitalised word right after: the name goes on ("{{Mansfield}} Plumbing"); a weekday or month is the date
after a place ("in Ashby Hall Sunday"), as American papers write it."""
_NAME_ENDING_IN_S = lazy_compile(r"['’]s(?![\w'’])(?![ ]+[a-z])")
"""A place written with its "'s" and nothing after it ("at Hallam's.", "St Agnes's, where"): the "'s" is part of
the name, not a possessive, which a noun follows ("Hallam's main square")."""
_DIGITS_BESIDE = lazy_compile(r"[ ]\d")
_NAME_OF_BEFORE_AT = lazy_compile(r"[A-Z][\w'’-]+[ ]of[ ][A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)*[ ]at[ ]$")
"""The campus closing an institution's name: "the University of Hallam at {{Denby}}" is one name, and the
place blanked asks which campus, not where anything happened."""
_FRACTION_AFTER = lazy_compile(r"-(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b")
"""The denominator of a fraction written with a hyphen: "two-thirds" is one number, not a count of thirds."""
_SLASH_BESIDE = lazy_compile(r"/\d")
"""A number written with a slash and another ("9/11", "24/7", "3/4"): one name, date or ratio, not a count."""
_QUALITY_AFTER = lazy_compile(r"-[a-z]+ed\b")
"""A number made an adjective in "-ed" ("one-eyed", "two-faced", "one-sided"): a quality, not a count to learn."""
_A_THING_OR = lazy_compile(r"\b(?:a|an)[ ]+[a-z]+[ ]+or[ ]+$", re.IGNORECASE)
"""The vague count "a thing or two", "a day or two", "break a mold or two": the number is the idiom's."""
_NAME_WORD_BEFORE = lazy_compile(r"([A-Z][a-z]+)[ ]$")
"""A capitalised word right before a number, mid-sentence: "Sharknado 3", "Apollo 11", "Windows 10" are one name."""
_NOT_A_NAME_BEFORE_A_NUMBER = word_set(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec no nos number page chapter section article room grade year level category class week "
    "day game round stage phase part act vol route"
)
"""Words that number a thing ("Chapter 3", "Game 7") or date it ("May 3"): the number after them is its own."""


@dataclass(frozen=True)
class ShownFact:
    """A fact as questions show it: its sentence made readable alone, and what the ordering item shows of it."""

    fact: Fact
    edits: list[Edit]
    in_ordering: str
    """The ordering question's item for this sentence ("" when it has none): visible to the student too."""
    topics: frozenset[str]
    """The article's topic places (`fact_questions._topic_places`), never asked for."""

    def text(self, extraction: Extraction, start: int, end: int) -> str:
        return render(extraction.text, start, end, self.edits)

    def hides(self, element: Element) -> bool:
        """Whether the element is in a part the question leaves out (a dateline): it cannot be asked."""
        return any(edit.start <= element.start < edit.end for edit in self.edits)


def in_a_note_on_the_article(extraction: Extraction, offset: int) -> bool:
    """Whether `offset` is in a note of the site on the article ("Editor's note: ...", a correction), which no
    question asks as the story's fact (`author_notes.is_note_on_the_article`)."""
    article = extraction.article
    index = article.paragraph_index(offset)
    before = article.paragraph_text(article.paragraphs[index - 1]) if index > 0 else ""
    return is_note_on_the_article(article.paragraph_text(article.paragraphs[index]), before)


def sentence_of(extraction: Extraction, start: int, end: int) -> str:
    return extraction.text[start:end].strip()


def source_of(extraction: Extraction, start: int, end: int) -> str:
    """The verbatim excerpt for `source`: the same span the review screen highlights."""
    span = excerpt(extraction.text, start, end)
    return extraction.text[span[0] : span[1]]


def all_names(extraction: Extraction, element: Element) -> list[str]:
    """Every way the answer could be written, to check none is left visible."""
    names = [element.text, *element.alternatives]
    if element.kind == "person":
        person = extraction.person(element.value)
        if person is not None:
            names += [*person.aliases, person.name]
            names += [person.last] if person.last else []
    return [name for name in names if len(name) > 1 or name.isdigit()]  # "7" counts; a stray initial does not


def name_start(extraction: Extraction, element: Element) -> int:
    """Where the name itself starts in a person's element: after a title or role written before it
    ("Mayor {{Ada Quist}}", "Water Board Chief Executive {{Miriam Okafor}}", "Judge {{Sean Burke}}").

    News prose puts a person's title, employer and rank before the name; blanked with it, the
    answer asks the student to recall the whole string word for word, and the title, which the
    sentence could show, becomes part of what is hidden. The name is the longest of the person's
    names that ends the element, when nothing before it is a word of the name ("Ada" of
    "Ada Quist" is not a title). Only the bare names are tried, never an alias written with its
    title ("Advocate Tom Reyes", read as one name, would leave "Crown" alone outside the blank).
    """
    if element.kind != "person" or (person := extraction.person(element.value)) is None:
        return element.start
    surface = extraction.text[element.start : element.end]
    forms = {person.name, person.shown, person.last or ""}
    for form in sorted((form for form in forms if form and len(form) < len(surface)), key=len, reverse=True):
        if surface.endswith(" " + form):
            before = set(surface[: -len(form)].split())
            name_words = {word for name in (person.name, person.shown) for word in name.split()}
            return element.end - len(form) if not before & name_words else element.start
    return element.start


def visible_elsewhere(extraction: Extraction, element: Element, shown: str) -> bool:
    """Whether `shown` writes the answer by any of its names (`contains_phrase`), the text lowercased once for all."""
    read = WholePhrases(shown)
    return any(read.contains(name) for name in all_names(extraction, element))


def inside_a_name(text: str, element: Element) -> bool:
    """Whether a person or place is only part of a longer capitalised name ("Irish {{Rail}} trains",
    "{{Mansfield}} Plumbing"): blanking or swapping a piece of a name asks nothing about the story.
    A title before a name ("Coach", "President") does not make it longer. A weekday is part of a name when a
    capitalised word comes before it ("Super {{Tuesday}}", "Black Friday"): "Super Monday" is no false statement
    a student can judge, only a misspelt name."""
    if element.kind not in {"person", "place", "day"}:
        return False
    before = _WORD_BEFORE.search(text, max(0, element.start - 40), element.start)
    if (
        before is not None
        and before.group(1)[0].isupper()
        and not _opens_sentence(text, before.start(1))
        and before.group(1).rstrip(".").lower() not in TITLE_WORDS
        and before.group(1).rstrip(".").lower() not in HONORIFICS
        and not (element.kind == "day" and before.group(1).endswith(("'s", "’s")))  # "New York's April 19 vote"
    ):
        return True
    if element.kind == "day":
        return False  # "on Tuesday March 1": a date after a weekday leaves it a weekday
    if element.kind == "place" and _NAME_ENDING_IN_S.match(text, element.end) is not None:
        return True  # "at {{Hallam}}'s": the mill is Hallam's
    if element.kind == "place" and _NAME_OF_BEFORE_AT.search(text, max(0, element.start - 80), element.start):
        return True
    return _CAPITAL_AFTER.match(text, element.end) is not None


def _opens_sentence(text: str, position: int) -> bool:
    ahead = text[max(0, position - 3) : position].rstrip(" \t“\"‘'(")
    return not ahead or ahead[-1] in ".!?:\n—–-"


def is_reference(text: str, element: Element) -> bool:
    """ "the two sides", "the three attended": a number pointing back at something, not a count to learn."""
    return element.kind == "number" and _REFERENCE.search(text, max(0, element.start - 8), element.start) is not None


def part_of_a_number(text: str, element: Element) -> bool:
    """ "the '86 World Cup", "a two-thirds majority", "0800 555 0199": a year written short, a fraction's numerator,
    a group of a telephone number. Blanked, each asks for part of what the article says, and the student either
    guesses it from the set phrase or cannot know which part is meant."""
    if element.kind != "number":
        return False
    short_year = (
        text[element.start - 1 : element.start] in ("'", "’")
        and not text[element.start - 2 : element.start - 1].isalpha()
    )
    if short_year or _FRACTION_AFTER.match(text, element.end) is not None or _a_code(text, element):
        return True
    return _in_a_name_or_idiom(text, element)


def _in_a_name_or_idiom(text: str, element: Element) -> bool:
    """ "9/11", "Sharknado 3", "a one-eyed man", "a thing or two": a number that is part of a name or a set
    phrase. Blanked, the student recalls the phrase, not a fact of the story; swapped, it reads as a misspelling."""
    surface = text[element.start : element.end]
    slashed = text[element.start - 1 : element.start] == "/" and text[element.start - 2 : element.start - 1].isdigit()
    if slashed or _SLASH_BESIDE.match(text, element.end):
        return True
    if _QUALITY_AFTER.match(text, element.end):
        return True
    if surface.lower() in {"two", "2"} and _A_THING_OR.search(text, max(0, element.start - 30), element.start):
        return True
    if not surface.isdigit():
        return False
    before = _NAME_WORD_BEFORE.search(text, max(0, element.start - 20), element.start)
    return (
        before is not None
        and before.group(1).lower() not in _NOT_A_NAME_BEFORE_A_NUMBER
        and not _opens_sentence(text, before.start(1))
        and text[max(0, before.start(1) - 2) : before.start(1)].rstrip()[-1:] not in {"”", "’"}
    )  # '... the world.” Fully 250 companies': a quotation closed, a sentence opened


def _a_code(text: str, element: Element) -> bool:
    """ "0800 555 0199", "call 020 7946 0000": a number with a leading zero, or one group of digits beside another,
    is a telephone number or a code, read as one string, not a count to learn."""
    surface = text[element.start : element.end]
    leading_zero = len(surface) > 1 and surface[0] == "0" and surface[1].isdigit()
    before = text[max(0, element.start - 2) : element.start]
    return (
        leading_zero
        or _DIGITS_BESIDE.match(text, element.end) is not None
        or (len(before) == 2 and before[0].isdigit() and before[1] == " ")
    )


def drafted_fact(
    extraction: Extraction, question: QuestionBase, fact_start: int, fact_end: int, key: str
) -> DraftedQuestion:
    span = excerpt(extraction.text, fact_start, fact_end)
    paragraph = extraction.article.paragraph_index(fact_start) + 1
    return DraftedQuestion(question, span, paragraph, (fact_start, key))
