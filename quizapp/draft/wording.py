"""Small text helpers for drafted questions: ids, shortened quotations, verbatim excerpts.

Ids are derived from what a question asks (the quotation, the blanked sentence), never from
its position: drafting the same article again gives the same ids, so students keep their
progress on every question that did not change.
"""

from __future__ import annotations

import unicodedata

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.sentences import stop_ends_no_sentence
from quizapp.draft.whole_words import contains_whole_phrase

MAX_ID_LENGTH = 80
_WORDS = lazy_compile(r"[\w'’]+")
_SLUG_PARTS = lazy_compile(r"[A-Za-z0-9']+")


def slug(text: str, words: int = 6) -> str:
    """'Russia is also in favor of…' -> 'russia-is-also-in-favor-of' (ASCII, for ids)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = _SLUG_PARTS.findall(ascii_text)[:words]  # only the words kept are lowercased: ids read whole sentences
    return "-".join(bare for part in parts if (bare := part.lower().replace("'", ""))) or "x"


def question_id(prefix: str, *parts: str) -> str:
    joined = "-".join(part for part in (prefix, *parts) if part)
    return joined[:MAX_ID_LENGTH].rstrip("-")


def shorten(text: str, max_words: int) -> str:
    """The first `max_words` words, with an ellipsis when cut."""
    words = text.split()
    if len(words) <= max_words:
        return text.strip()
    return " ".join(words[:max_words]).rstrip(",;:—–-") + "…"


_SENTENCE_PUNCTUATION = ",.;:"
_ELLIPSES = ("…", "...")


def quotation_shown(text: str, max_words: int) -> str:
    """A quotation as a question shows it, without the marks: at most `max_words` words.

    The comma or full stop inside a closing quote belongs to the reporting sentence
    ("...this crisis," a reference to...), so it is dropped; ? and ! are the speaker's and stay.
    An ellipsis marks a shortened quotation: ours when we cut, the reporter's when they did.
    A long quotation is cut at the end of its first sentence when that keeps at least half
    the words, so the student reads a whole thought; one only a word or two too long is kept whole.
    """
    words = text.split()
    if len(words) <= max_words + max(2, max_words // 5):  # cutting two words off saves nothing
        shown = text.strip()
        if shown.endswith(_ELLIPSES):
            return shown
        return shown.rstrip(_SENTENCE_PUNCTUATION).rstrip() or shown
    kept = words[:max_words]
    for index in range(len(kept) - 1, max_words // 2 - 1, -1):
        word = kept[index]
        if word.endswith(("?", "!")):
            return " ".join(kept[: index + 1]) + " …"
        if _ends_sentence(word) and (index + 1 == len(words) or words[index + 1][:1].isupper()):
            return " ".join(kept[: index + 1])[:-1] + "…"
    return " ".join(kept).rstrip(_SENTENCE_PUNCTUATION + "—–-") + "…"


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that ends a sentence: not "Mr.", "U.S." or the initial in "Vladimir V. Putin"."""
    bare = word.rstrip(".").strip("\"“”'‘’()")
    return word.endswith(".") and not word.endswith(_ELLIPSES) and bool(bare) and not stop_ends_no_sentence(bare)


def excerpt(text: str, start: int, end: int, max_chars: int = 300) -> tuple[int, int]:
    """A verbatim span of at most `max_chars` starting at `start`, cut at a word boundary."""
    end = min(end, len(text))
    if end - start <= max_chars:
        return start, end
    cut = text.rfind(" ", start, start + max_chars)
    return start, cut if cut > start else start + max_chars


def words_of(text: str) -> set[str]:
    return {word.lower() for word in _WORDS.findall(text)}


def similar(first: str, second: str, threshold: float = 0.8) -> bool:
    """Whether two texts share most of their words: near-duplicate questions."""
    return similar_words(words_of(first), words_of(second), threshold)


def similar_words(first: set[str], second: set[str], threshold: float = 0.8) -> bool:
    """`similar` for texts whose words (`words_of`) are read already: a draft compares each question with many."""
    if not first or not second:
        return False
    sizes = len(first), len(second)
    if min(sizes) / max(sizes) < threshold:
        return False  # the shared words are at most the smaller set, the union at least the larger: never similar
    shared = len(first & second)
    return shared / (sizes[0] + sizes[1] - shared) >= threshold  # the union's size, without making it


class WordSets:
    """Word sets (`words_of`) kept to ask whether a new one is `similar_words` to any: a draft asks it of each
    question against every earlier one of its kind. The sets are kept by size, and only those whose size is
    within the threshold's ratio of the new one's are compared: two in three of the others could never be alike."""

    __slots__ = ("_by_size", "threshold")

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._by_size: dict[int, list[set[str]]] = {}

    def add(self, words: set[str]) -> None:
        self._by_size.setdefault(len(words), []).append(words)

    def any_similar(self, words: set[str]) -> bool:
        """Whether any set kept is `similar_words` to `words`."""
        size = len(words)
        for other_size in range(int(size * self.threshold) - 1, int(size / self.threshold) + 2):  # one more each side
            for earlier in self._by_size.get(other_size, ()):
                if similar_words(earlier, words, self.threshold):
                    return True
        return False


def contains_phrase(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` as whole words, ignoring case (no pattern compiled: whole_words.py)."""
    return contains_whole_phrase(text, phrase)


def question_wording(question: object, *, choices: bool = False) -> str:
    """What a question shows of the article: its prompt, text, items and pairs, and with `choices` its choices
    too (what a student reads beside the question, for a later question that must not answer it)."""
    fields = ("prompt", "text", "items", "pairs", "choices") if choices else ("prompt", "text", "items", "pairs")
    return " ".join(str(getattr(question, name, "")) for name in fields)


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
