"""True/false questions on facts: the sentence as the article has it, or with one element swapped.

A swap takes another element of the same sort from the same article, which is what makes a
false statement plausible, and keeps it false: "at least 14" never becomes "at least three",
a number never changes what it counts, a person is swapped for someone the sentence's pronouns
still fit, and the swapped-in name is written the way the original was.
"""

from __future__ import annotations

import functools
import re

from quizapp.draft.article import MONTHS
from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.demonyms import is_nationality
from quizapp.draft.extraction import Extraction
from quizapp.draft.fact_numbers import number_unit
from quizapp.draft.facts import Element, Fact
from quizapp.draft.genders import GENDERED_NOUNS
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import (
    HONORIFICS,
    NAME_STOPWORDS,
    OCCUPATIONS,
    PARTIES_AND_FAITHS,
    ROLE_NOUNS,
    TITLE_WORDS,
    WEEKDAYS,
)
from quizapp.draft.person import Person
from quizapp.draft.shown_fact import (
    ShownFact,
    drafted_fact,
    inside_a_name,
    is_reference,
    part_of_a_number,
    sentence_of,
    source_of,
    visible_elsewhere,
)
from quizapp.draft.spelled_numbers import within_a_longer_number
from quizapp.draft.wording import capitalized, question_id, slug

SWAP_ORDER = ("number", "person", "day")
"""Numbers first: "at least 20" for "at least 14" is plainly false. Places are never swapped: "a press
conference in Africa" for "in Lagos" is still true, and the article does not say which place holds which."""
_AFTER_A_ROLE = lazy_compile(
    r"\b(?!(?:and|or|but|with|to|by|for|from|of|against|than|between|on|at|in|as|that|while|"
    r"when|after|before|said|says|told|tells|asked|beat|met|named|called)\b)[a-z][a-z-]+[ ]+$"
)
"""A lowercase word right before a name that is no function word or verb: a role ("investigator",
"former"). "lead mission investigator Barack Obama" is false for the wrong reason: the role gives it away."""
_LOWER_BOUND = lazy_compile(
    r"\b(?:at least|more than|over|above|upwards of|no fewer than|no less than|in excess of)\s+$", re.IGNORECASE
)
_UPPER_BOUND = lazy_compile(r"\b(?:at most|up to|fewer than|less than|under|below|no more than)\s+$", re.IGNORECASE)
_SINCE = lazy_compile(r"\bsince\s+$", re.IGNORECASE)
_WHICH_AFTER = lazy_compile(r",?[ ]+which\b")
"""A "person" the sentence goes on to call "which" is a place or a body the people model took for one ("South
Carolina, which holds its primary"): swapped for a real person it reads "Donald Trump, which holds its primary"."""


_NO_UNIT = ("", "")


@functools.lru_cache(maxsize=4096)
def _sort_of(kind: str, value: str) -> str:
    """Finer than the kind: a weekday swaps for a weekday, a year for a year, an age for a similar number.

    Read from an element's kind and lowercased value alone, and kept: an article names the same values often
    ("Monday", "2024"), and every element is sorted when indexed and again when a swap is sought.
    """
    if kind == "day":
        if value in WEEKDAYS:
            return "weekday"
        if " " in value:
            return "date"  # "september 9": a whole date swaps for a whole date
        return "year" if value.isdigit() else "month"
    return kind


class SwapIndex:
    """The article's fact elements grouped by what may replace what, built once per draft.

    A swap must be of the same sort (a weekday for a weekday) and, for a number, count the same
    thing ("23.2 cents" never becomes "23.2 %"): those make the group, so finding a swap looks
    at one group instead of every fact of the article, which kept drafting linear.
    """

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self._groups: dict[tuple[str, str, tuple[str, str]], list[Element]] = {}
        seen: set[tuple[tuple[str, str, tuple[str, str]], str]] = set()
        for fact in extraction.facts:
            for element in fact.elements:
                value = element.value.lower()
                key = self._key(element)
                if (key, value) not in seen:
                    seen.add((key, value))
                    self._groups.setdefault(key, []).append(element)

    def _key(self, element: Element) -> tuple[str, str, tuple[str, str]]:
        unit = number_unit(self.extraction.text, element) if element.kind == "number" else _NO_UNIT
        return element.kind, _sort_of(element.kind, element.value.lower()), unit

    def others(self, element: Element) -> list[Element]:
        """Comparable elements elsewhere in the article, each value once, in order of appearance."""
        value = element.value.lower()
        return [
            other
            for other in self._groups.get(self._key(element), [])
            if other.value.lower() != value and self._comparable(element, other)
        ]

    def _comparable(self, element: Element, other: Element) -> bool:
        if element.kind == "person":
            first, second = self.extraction.person(element.value), self.extraction.person(other.value)
            return _same_gender(first, second) and _a_named_person(first) and _a_named_person(second)
        if element.kind != "number":
            return True
        try:
            ratio = float(other.value) / float(element.value)
        except (ValueError, ZeroDivisionError):
            return False
        return 0.2 <= ratio <= 5  # "14 civilians" may become 20, not 1,200; an age stays an age


def _same_gender(first: Person | None, second: Person | None) -> bool:
    """ "Ms. Lind said she..." swapped to a man reads false for the wrong reason: the pronoun gives it away."""
    if first is None or second is None:
        return False
    return first.gender is None or second.gender is None or first.gender == second.gender


def _a_named_person(person: Person | None) -> bool:
    """Whether the article names the person with a first name and a surname, or says he or she: a one-word "person"
    of no gender ("Turkey, which was a friend of ...") may be a country or a body, and "the borders with Biden" for
    "the borders with Turkey" is false for the wrong reason, a person where a place belongs."""
    return person is not None and (" " in person.name or person.gender is not None)


_MALE_PRONOUN = lazy_compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
_FEMALE_PRONOUN = lazy_compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


def _singular_and_plural(noun: str) -> tuple[str, str]:
    """ "wife" -> ("wife", "wives"), "chairman" -> ("chairman", "chairmen"), "lady" -> ("lady", "ladies")."""
    if noun.endswith("man"):
        return noun, noun[:-3] + "men"
    if noun.endswith("fe"):
        return noun, noun[:-2] + "ves"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun, noun[:-1] + "ies"
    if noun.endswith("s"):
        return noun, noun + "es"
    return noun, noun + "s"


_GENDERED_NOUN = lazy_compile(
    r"(?<!-)\b(?:"
    + "|".join(sorted({form for noun in GENDERED_NOUNS for form in _singular_and_plural(noun)}))
    + r")\b",
    re.IGNORECASE,
)
"""A noun that says a man or a woman: "the three men on stage", "Tom Hale and his wife", "his daughter Ana"; a
"two-man race" says nothing of who runs it."""


def _pronouns_fit(extraction: Extraction, sentence: str, after: str, element: Element, other: Element) -> bool:
    """Whether the pronouns after a person in its sentence fit the person swapped in: "Cr Lowe ... used his
    casting vote" swapped to "Cr Reyes" reads false for the wrong reason when she is a woman, the "his"
    gives it away. `_same_gender` compares the two people when both genders are known; here the sentence
    says which it needs, and a person whose gender the article never tells is not swapped in under it.

    A gendered noun in the sentence ("those men", "Hale and his wife", "her son Tom") tells a gender as a pronoun
    does, though not always whose: the swapped-in person must then be of the gender the article gives the
    person swapped out, both known."""
    if element.kind != "person" or (swapped := extraction.person(other.value)) is None:
        return True
    said = {"male"} if _MALE_PRONOUN.search(after) else set()
    said |= {"female"} if _FEMALE_PRONOUN.search(after) else set()
    if said and swapped.gender not in said:
        return False
    if _GENDERED_NOUN.search(sentence):
        original = extraction.person(element.value)
        return original is not None and original.gender is not None and swapped.gender == original.gender
    return True


_RANGE_WORD = r"(?:[A-Z][a-z]+\.?(?:[ ]+\d{1,2}\b)?|\d{4}\b)"
_RANGE_QUALIFIER = r"(?:(?:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)[- ]+)?"
_RANGE_OPENS_BEFORE = lazy_compile(rf"\b(?:between|from)\s+{_RANGE_QUALIFIER}$", re.IGNORECASE)
_RANGE_CLOSES_AFTER = lazy_compile(
    rf"(?:,?[ ]+\d{{4}})?\s+(?:and|to|through|until|till|into|-|–)\s+{_RANGE_QUALIFIER}({_RANGE_WORD})"
)
_RANGE_CLOSES_BEFORE = lazy_compile(
    rf"\b(?:between|from)\s+{_RANGE_QUALIFIER}({_RANGE_WORD})(?:,?[ ]+\d{{4}})?"
    rf"\s+(?:and|to|through|until|till|into|-|–)\s+{_RANGE_QUALIFIER}$",
    re.IGNORECASE,
)
"""A range of days, months or years, "between September and early October", "from 2012 to 2014": the swapped
bound must stay on its side of the other, or the range runs backwards ("between November and early October")."""


def _day_order(value: str) -> tuple[bool, int] | None:
    """Where a day element falls, for comparing the two ends of a range: (whether it is a year, its order)."""
    words = value.lower().replace(".", "").split()
    if len(words) == 1 and words[0].isdigit():
        return True, int(words[0])
    if not words or words[0] not in MONTHS:
        return None
    day = int(words[1]) if len(words) > 1 and words[1].isdigit() and len(words[1]) <= 2 else 0
    return False, MONTHS[words[0]] * 100 + day


def _keeps_the_range(text: str, element: Element, other: Element) -> bool:
    """Whether a swapped day keeps a range in order: the first bound stays before the second."""
    swapped = _day_order(other.value)
    if _RANGE_OPENS_BEFORE.search(text, max(0, element.start - 40), element.start):
        closing = _RANGE_CLOSES_AFTER.match(text, element.end)
        bound = _day_order(closing.group(1)) if closing else None
        if bound is not None:
            return swapped is not None and swapped[0] == bound[0] and swapped[1] < bound[1]
    opening = _RANGE_CLOSES_BEFORE.search(text, max(0, element.start - 80), element.start)
    if opening is not None:
        bound = _day_order(opening.group(1))
        if bound is not None:
            return swapped is not None and swapped[0] == bound[0] and swapped[1] > bound[1]
    return True


def _stays_false(text: str, element: Element, other: Element) -> bool:
    """Whether swapping keeps a bound false: "at least 14" may become "at least 20", never "at least 3";
    "fallen every year since 2019" may become "since 1978", never "since 2021"; a range's bound stays on its side
    of the other (`_keeps_the_range`)."""
    if element.kind == "day" and not _keeps_the_range(text, element, other):
        return False
    try:
        value, swapped = float(element.value), float(other.value)
    except ValueError:
        return True
    if element.kind == "day":
        return not _SINCE.search(text, max(0, element.start - 8), element.start) or swapped < value
    if element.kind != "number":
        return True
    if _LOWER_BOUND.search(text, max(0, element.start - 20), element.start):
        return swapped > value
    if _UPPER_BOUND.search(text, max(0, element.start - 20), element.start):
        return swapped < value
    return True


_ARTICLE_BEFORE = lazy_compile(r"\b([Aa]n?)[ ]+$")
_VOWEL_SOUND = lazy_compile(r"(?:8|1[18](?![\d.])|1[18],\d{3}(?!\d)|[aeiouAEIOU])")
"""How a number or word opens when said: "an 8", "an 11-point lead", "an eighteen-year"; "a 1,800" is "a one"."""


def _article_fits(text: str, element: Element, written: str) -> bool:
    """Whether "a" or "an" before the element still fits what is swapped in: "a 69% majority" swapped to "a 80%
    majority", or "an 11-point lead" to "an 4-point lead", is false for the wrong reason, the grammar gives it away."""
    before = _ARTICLE_BEFORE.search(text, max(0, element.start - 4), element.start)
    if before is None:
        return True
    return (before.group(1).lower() == "an") == (_VOWEL_SOUND.match(written) is not None)


_APPOSED = lazy_compile(r"\b([a-z][a-z-]+),[ ]+$")
_APPOSED_NOUNS = ROLE_NOUNS | OCCUPATIONS | GENDERED_NOUNS


def _apposed_to_a_role(text: str, element: Element) -> bool:
    """Whether the person is named in apposition to a role or kin noun just before: "Nevada's governor, Brian
    Sandoval," or "Farook and his wife, Tashfeen Malik,". The noun says who the name is, so another person swapped in
    ("Nevada's governor, Donald Trump") is false for the wrong reason: the student knows he is no governor."""
    before = _APPOSED.search(text, max(0, element.start - 30), element.start)
    return before is not None and before.group(1).lower() in _APPOSED_NOUNS


_PARTY_TAG_AFTER = lazy_compile(r"[ ]*\((?:D|R|I)-[A-Z][\w.]*")


def _qualified_title(text: str, element: Element) -> bool:
    """Whether a capitalised word qualifies the title before the name, or a party's or people's word the name:
    "Florida Sen. Marco Rubio", "Republican Sen. Ted Cruz", "Republican Donald Trump". Swapped for someone of another
    state or party ("Florida Sen. Bernie Sanders") the statement is false for the wrong reason. A sentence's opening
    word ("When Mr. Ruiz came") qualifies nothing."""
    if _PARTY_TAG_AFTER.match(text, element.end):
        return True  # "Joe Manchin (D-WV)": his party and state, which another senator swapped in does not share
    surface = text[element.start : element.end].split()
    before = text[max(0, element.start - 40) : element.start].split()
    if surface and _titled(surface[0]):
        words = before
    elif before and _titled(before[-1]):
        words = before[:-1]
    else:
        return bool(before) and (before[-1] in PARTIES_AND_FAITHS or is_nationality(before[-1]))
    return bool(words) and words[-1][:1].isupper() and words[-1] not in NAME_STOPWORDS and words[-1][-1] not in ".,:;"


def _pronouns_for(text: str, fact: Fact, element: Element) -> str:
    """The words of the sentence whose pronouns must fit the person swapped for `element`: those after it, and, when
    no one is named before it, those before it too ("If the breakup of his marriage was not enough, Tom Hale ...":
    the "his" is his, and a woman swapped in reads false for the wrong reason)."""
    first = not any(other.kind == "person" and other.start < element.start for other in fact.elements)
    return (text[fact.start : element.start] + " " if first else "") + text[element.end : fact.end]


def _after_a_role(text: str, element: Element) -> bool:
    before = _AFTER_A_ROLE.search(text, max(0, element.start - 30), element.start)
    return before is not None and not before.group(0).rstrip().endswith("ed")  # "convicted Boston" is a verb


def true_false_question(swaps: SwapIndex, shown: ShownFact, is_true: bool) -> DraftedQuestion | None:
    """A statement from the sentence, true as the article has it or false with one element swapped.

    The caller alternates `is_true`, starting with false: a draft whose statements are all true
    teaches students to answer "true" without reading.
    """
    extraction = swaps.extraction
    text = extraction.text
    fact = shown.fact
    sentence = sentence_of(extraction, fact.start, fact.end)
    statement_true = shown.text(extraction, fact.start, fact.end).strip()
    for kind in SWAP_ORDER:
        for element in fact.of_kind(kind):
            if kind == "number" and (element.value == "1" or is_reference(text, element)):
                continue  # "one civilian died" swapped for "two civilian died" reads wrong whatever the truth
            if within_a_longer_number(text, element) or part_of_a_number(text, element):
                continue  # "twenty" of "twenty-one", "three" of "three-quarters": swapped alone, half a number changes
            if shown.hides(element) or inside_a_name(text, element):
                continue  # a dateline is not shown; half a name swapped ("Irish Dublin") reads wrong
            if kind == "person" and (_after_a_role(text, element) or _WHICH_AFTER.match(text, element.end)):
                continue
            if kind == "person" and (_apposed_to_a_role(text, element) or _qualified_title(text, element)):
                continue  # "Nevada's governor, Brian Sandoval,", "Florida Sen. Marco Rubio": the words beside say who
            if kind == "day" and text.startswith(" (", element.end):
                continue  # "on Thursday (April 13)": the date beside it tells a swapped weekday
            if visible_elsewhere(extraction, element, shown.in_ordering):
                continue  # the ordering item shows the sentence as it is
            if kind == "person" and visible_elsewhere(
                extraction,
                element,
                shown.text(extraction, fact.start, element.start) + " " + shown.text(extraction, element.end, fact.end),
            ):
                continue  # "Ana Ruiz leads the team, but Ruiz said ...": one name swapped, the other tells it
            replacement = next(
                (
                    written
                    for other in swaps.others(element)
                    if other.value != "1"
                    and not visible_elsewhere(extraction, other, statement_true)
                    and _stays_false(text, element, other)
                    and _pronouns_fit(
                        extraction, text[fact.start : fact.end], _pronouns_for(text, fact, element), element, other
                    )
                    and (written := _replacement(extraction, element, other)) is not None
                    and _article_fits(text, element, written)
                ),
                None,
            )
            if replacement is None:
                continue
            surface = text[element.start : element.end]
            if surface.startswith("The "):
                surface = "t" + surface[1:]  # quoted mid-sentence in the explanation
            statement = (
                statement_true
                if is_true
                else (
                    shown.text(extraction, fact.start, element.start)
                    + replacement
                    + shown.text(extraction, element.end, fact.end)
                ).strip()
            )
            explanation = (
                f"True: the article says “{sentence}”"
                if is_true
                else f"False: the article says {surface}, not {replacement}: “{sentence}”"
            )
            question = make_question(
                "true_false",
                id=question_id("true-or-false", slug(sentence, 7)),
                prompt=capitalized(statement),
                answer=is_true,
                explanation=explanation,
                source=source_of(extraction, fact.start, fact.end),
                tags=("facts",),
            )
            return drafted_fact(extraction, question, fact.start, fact.end, f"tf:{element.value}")
    return None


def _surface(extraction: Extraction, element: Element) -> str:
    if element.kind == "person":
        person = extraction.person(element.value)
        return person.shown if person else extraction.text[element.start : element.end]
    return extraction.text[element.start : element.end]


def _replacement(extraction: Extraction, element: Element, swap: Element) -> str | None:
    """The swapped-in value, written the way the original was (a number word for a number word, "Mr. Putin"
    for "Mr. Trump"): a name in another style than the rest of the sentence gives the swap away. None when the
    swapped-in person cannot be written so (`_written_like`)."""
    original = extraction.text[element.start : element.end]
    if element.kind == "person":
        person, other = extraction.person(element.value), extraction.person(swap.value)
        if person is not None and other is not None:
            return _written_like(original, person, other)
    if element.kind == "number":
        swapped = _surface(extraction, swap)
        written = [swapped, *swap.alternatives]
        same_form = [value for value in written if value.replace("-", "").isalpha() == original.isalpha()]
        return same_form[0] if same_form else swapped
    return _surface(extraction, swap)


def _titled(word: str) -> bool:
    """Whether a name's first word is a title or an honorific ("Sen.", "Gen.", "Mrs.", "Governor")."""
    return word in TITLE_WORDS or word.rstrip(".").lower() in HONORIFICS


def _written_like(original: str, person: Person, other: Person) -> str | None:
    """`other`'s name in the form `original` names `person`: same leading honorific or title, or surname alone.

    A title opening the original is kept only as the article gives it to `other`: "Sen. Ted Cruz (R-Texas)"
    swapped for a bare "Ana Ruiz (R-Texas)", or "retired Gen. Tom Hale" for "Retired Ana Ruiz", reads wrong and
    gives the swap away, and a title the article never gave her would be false for a second reason. With no such
    form of `other`'s name, None: another person is tried, or the sentence is left to another question."""
    words = original.split()
    names = [alias for alias in other.aliases if alias[:1].isupper()]
    same_lead = [alias for alias in names if alias.split()[0] == words[0] and len(alias.split()) == len(words)]
    if len(words) > 1 and same_lead:
        return same_lead[0]
    if words[0].rstrip(".").lower() in HONORIFICS and len(words) == 2:
        honorific = [alias for alias in names if len(alias.split()) == 2 and alias.split()[0].rstrip(".").lower()
                     in HONORIFICS]  # fmt: skip
        if honorific:
            return honorific[0]
    if len(words) > 1 and _titled(words[0]):
        titled = [alias for alias in names if alias.split()[0] == words[0]]
        if not titled:
            return None
        return f"{words[0]} {other.last}" if len(words) == 2 and other.last else titled[0]
    if original == person.last and other.last:
        return other.last
    return other.shown
