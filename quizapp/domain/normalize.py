"""Deciding whether typed text is the right answer, forgiving what a teacher would forgive.

A student who types "the nile", "Nile!", "NILE" or "Nîle" knows the answer to "Which river
flows through Cairo?"; so does one who types "fourteen" for 14, "one hundred and fifteen" for
115, or "Mediteranean" for "Mediterranean". Grading compares *normalised* texts, and accepts
one small typo in long answers. It never forgives a typo in anything holding a digit: "1968" is
not "1969".

Number words are read by text2num (English and the other languages it knows: a bank's
`language`), imported only when an answer holds an English number word or the bank is in
another language it reads: most answers never pay for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

ARTICLES = frozenset({"the", "a", "an"})
"""Leading articles dropped before comparing: 'the Nile' and 'Nile' are the same answer."""

_ENGLISH_NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|twent|fort|eigh|"
    r"hundred|thousand|million|billion|first|second)"
)
"""Where an English answer may hold a number word (cardinal or ordinal): only then is text2num loaded."""
NUMBER_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "nl", "da", "it"})
"""Languages whose number words text2num reads; other banks compare number words as words."""

_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)
"""Letters that Unicode does not split into a base letter and an accent, mapped by hand."""

_APOSTROPHES = re.compile(r"['’ʼ`´]")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_DECIMAL_MARK = "\uf8ff"
"""A private-use character that stands in for a decimal point while punctuation is removed."""

TYPO_MIN_LETTERS = 6
"""Answers of at least this many letters forgive one typo (a swap counts as one)."""
TWO_TYPOS_MIN_LETTERS = 12
"""Answers of at least this many letters forgive two."""


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _is_punctuation_or_symbol(char: str) -> bool:
    return unicodedata.category(char)[0] in "PSZC" and char != _DECIMAL_MARK


def _numbers_as_digits(text: str, language: str | None) -> str:
    """'forty two' -> '42', 'one hundred and fifteen' -> '115', 'a hundred' -> 'a 100', 'quatorze' -> '14'
    (in French); other words unchanged."""
    code = (language or "en").split("-")[0].split("_")[0].casefold()
    if code not in NUMBER_LANGUAGES or (code == "en" and not _ENGLISH_NUMBER_WORD.search(text)):
        return text
    from text_to_num import alpha2digit  # 10 ms to import: only when needed

    digits: str = alpha2digit(text, code, threshold=0)
    return digits


def normalize_answer(text: str, language: str | None = None) -> str:
    """The form in which two answers are compared: lower case, no accents, no punctuation,
    single spaces, number words as digits, no leading article.

    'The  Café-Olé!' and 'cafe ole' both become 'cafe ole'; 'Forty-two' becomes '42';
    'a hundred' becomes '100'; '1,000' becomes '1000'; '3.5' keeps its decimal point.
    `language` is the bank's (None: English), for its number words.
    """
    text = _strip_accents(text.casefold()).translate(_LETTERS_WITHOUT_DECOMPOSITION)
    text = _APOSTROPHES.sub("", text)
    text = _THOUSANDS_COMMA.sub("", text)
    text = _DECIMAL_POINT.sub(_DECIMAL_MARK, text)
    text = "".join(" " if _is_punctuation_or_symbol(char) else char for char in text)
    words = _numbers_as_digits(" ".join(text.split()), language).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words).replace(_DECIMAL_MARK, ".")


def typo_allowance(normalized: str) -> int:
    """How many typos an answer forgives: none with a digit or under six letters, one from six, two from twelve."""
    if any(char.isdigit() for char in normalized):
        return 0
    letters = sum(1 for char in normalized if char.isalpha())
    if letters >= TWO_TYPOS_MIN_LETTERS:
        return 2
    if letters >= TYPO_MIN_LETTERS:
        return 1
    return 0


def edit_distance(first: str, second: str, limit: int) -> int:
    """Damerau–Levenshtein distance (optimal string alignment: insert, delete, replace, swap
    two neighbours), or `limit + 1` as soon as it is known to exceed `limit`.

    Only a band of width `limit` around the diagonal is computed, so a pasted essay compared
    with a short answer costs no more than the answer's length.
    """
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    too_far = limit + 1
    rows, cols = len(first), len(second)
    before_previous: list[int] = []
    previous = [min(col, too_far) for col in range(cols + 1)]
    for row in range(1, rows + 1):
        current = [too_far] * (cols + 1)
        current[0] = min(row, too_far)
        for col in range(max(1, row - limit), min(cols, row + limit) + 1):
            cost = 0 if first[row - 1] == second[col - 1] else 1
            best = min(previous[col] + 1, current[col - 1] + 1, previous[col - 1] + cost)
            if row > 1 and col > 1 and first[row - 1] == second[col - 2] and first[row - 2] == second[col - 1]:
                best = min(best, before_previous[col - 2] + 1)
            current[col] = min(best, too_far)
        if min(current) > limit:
            return too_far
        before_previous, previous = previous, current
    return previous[cols]


@dataclass(frozen=True)
class AnswerMatch:
    """Which accepted answer the typed text matched, and whether only with a typo forgiven."""

    accepted: str
    with_typo: bool

    @property
    def note(self) -> str:
        return f"accepted with a typo: the spelling is {self.accepted}" if self.with_typo else ""


def match_answer(given: str, accepted: Iterable[str], language: str | None = None) -> AnswerMatch | None:
    """The accepted answer that `given` is (normalised equal first, else within a typo), or None.

    An accepted answer that normalises to nothing (a teacher's '?!') is compared literally,
    ignoring case and surrounding spaces, so it stays answerable.
    """
    answers = list(accepted)
    literal = given.strip().casefold()
    normalized = normalize_answer(given, language)
    normalized_answers = [normalize_answer(answer, language) for answer in answers]
    for answer, normal in zip(answers, normalized_answers, strict=True):
        if answer.strip().casefold() == literal or (normal and normal == normalized):
            return AnswerMatch(answer, with_typo=False)
    if not normalized or any(char.isdigit() for char in normalized):
        return None  # a number is right or wrong, never nearly right
    for answer, normal in zip(answers, normalized_answers, strict=True):
        allowance = typo_allowance(normal)
        if allowance and edit_distance(normalized, normal, allowance) <= allowance:
            return AnswerMatch(answer, with_typo=True)
    return None
