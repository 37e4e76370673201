"""What a single quotation mark is doing: an apostrophe (don't, the players' bus, '90s), a closing mark typed
with a space, two single marks typed for one double mark, or the opening of a speech; and a double closing mark
that stands for an opening one after a said-clause's comma.

British stories quote speech in single marks, which are also apostrophes: `quote_marks.py` asks here, mark by
mark, and keeps the pairing of marks to itself (`single_marks.py` judges whole single-quoted phrases later).
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS, word_set
from quizapp.draft.unpaired import after_split_said_clause, said_clause_follows

BEFORE_OPENING = " \t\n([{—–-/\"“‘«'"
_SAID_COMMA = lazy_compile(r"\b([a-z]+)\s*,$")
_LATER_CLOSER = lazy_compile(r"[^\s\w][’']|\w[’'](?=[\s,.;:!?]|$)")
"""A single mark that can close a speech: after punctuation (",' she said"), or after a word and before a space."""
_NEXT_WORD = lazy_compile(r" ([a-z]+)\b")
_NOT_A_NOUN = word_set(
    """and or but nor as so then than before after when while because if though although he she they we it i you
    said says added told to in on at for with from of by is was were are be been has have had will would"""
)
"""Words that follow a closing mark, never the noun a plural possessive governs."""
_SINGLE_MARK = lazy_compile(r"(?<![^\W\d_])['’‘]|['’‘](?![^\W\d_])")
"""A single mark that is not an apostrophe between two letters (don't, O'Brien)."""
_SPLIT_QUOTATION = lazy_compile(r"[”\"],?\s+((?:[\w'’.-]+\s+){1,7}?[\w'’-]+)[.!?]$")
"""The said-clause of a split quotation, ending the text before its second part: `"...," he said.`"""


def doubled_single(text: str, position: int, end: int, before: str, double_open: bool) -> bool:
    """Whether two single marks at `position` stand for one double mark, as some newsrooms and keyboards type it
    (‘’I heard ...,’’ he said; ''Yes,'' she said; ‘‘We will ...,” he said): closing a double-quoted speech that
    is open, or opening one before a word the way a quotation opens."""
    pair = text[position : position + 2]
    if len(pair) < 2 or pair[0] not in "‘’'" or (pair[1] not in "’'" and pair != "‘‘"):
        return False
    if double_open:
        return True
    return before in BEFORE_OPENING and position + 2 < end and text[position + 2].isalnum()


def spaced_closer(text: str, position: int, end: int) -> bool:
    """A single mark typed with a space before it, after the speech's last punctuation, and then its said-clause:
    `... due to lack of rainfall, ' said Charles`, `..., ' she said`. An opening mark is never followed by a space,
    and the said-clause right after it shows whose words end there."""
    return text[position - 2 : position - 1] in {",", ".", "!", "?"} and said_clause_follows(text, position, end)


def introduced(text: str, position: int) -> bool:
    """Whether the mark at `position` follows a colon or a speech verb and a comma: `said: '...`, `said, '...`."""
    before = text[max(0, position - 80) : position].rstrip(" \t")
    said = _SAID_COMMA.search(before)
    return before.endswith(":") or (said is not None and said.group(1).lower() in SPEECH_VERBS)


def opens_like_speech(text: str, position: int, paragraph_start: int) -> bool:
    """Whether a single mark at `position` opens the way a speech does: its paragraph or a sentence, or after
    "said:" or "said, ". A scare quote or a title opens in mid-sentence."""
    if position == paragraph_start or introduced(text, position):
        return True
    return text[max(0, position - 3) : position].rstrip().endswith((".", "!", "?"))


def plural_possessive(text: str, position: int, end: int, speech_opened_at: int, paragraph_start: int) -> bool:
    """Whether the single mark at `position` is a plural possessive ("the bowlers' plans") inside a single-quoted
    speech: it follows an "s" and a noun follows it, the speech opened its paragraph or a sentence or followed
    "said:" the way a speech does (a scare quote does none of these), and the speech closes later or runs on."""
    following = _NEXT_WORD.match(text, position + 1, end)
    if text[position - 1 : position] != "s" or following is None or following.group(1) in _NOT_A_NOUN:
        return False  # "about the fans' and walked off": a closing mark, then the sentence goes on
    if not opens_like_speech(text, speech_opened_at, paragraph_start):
        return False
    # the speech closes later in its paragraph, or runs on with no other single mark
    later = _LATER_CLOSER.search(text, position + 1, end) is not None
    return later or _SINGLE_MARK.search(text, position + 1, end) is None


_ELIDED_WORD = lazy_compile(r"(?:t|em|til|cause|bout|tis|twas)\b(?![’'])")
"""Words whose first letters an apostrophe stands for: 'em, 'til, 'cause, 'bout, 'tis, and the Dutch article of a
name ("Sophie in 't Veld"); lowercase, and not closed by a mark of their own (a quoted 'em' is a word held up)."""


def elided(text: str, position: int) -> bool:
    """Whether the single mark at `position`, before a word, stands for what is left out rather than opening a
    quotation: a century ('90s, '25, and ‘08 as smart-quote software curls it after a space) or the first letters
    of a word cut short ('em, 'til, in 't Veld). Read as an opening mark, nothing closed it, and every double-quoted
    speech after it in its paragraph was taken for words quoted inside it."""
    return text[position + 1 : position + 3].isdigit() or _ELIDED_WORD.match(text, position + 1) is not None


_LATER_DOUBLE = lazy_compile('["”]')


def flipped_opener(text: str, position: int, end: int) -> bool:
    """Whether the closing-shaped double mark at `position` opens a speech: `she said,” We ...`. Typing the
    opening mark straight after a comma, with no space, makes smart-quote software curl it as a closer. It is
    read as an opening mark only after a speech verb and its comma or colon, before a space and a capital,
    with a double mark later in the paragraph to close it."""
    if text[position - 1 : position] not in {",", ":"} or not introduced(text, position):
        return False
    if not text.startswith(" ", position + 1) or not text[position + 2 : position + 3].isupper():
        return False
    return _LATER_DOUBLE.search(text, position + 1, end) is not None


def unclosed_speech(text: str, position: int, double: bool, after_close: int | None) -> bool:
    """Whether an opening mark that nothing closed, its words running to the end of their paragraph, opened a
    speech: the writer forgot the closing mark, or the text stops.

    So when it opened its paragraph, the way a quoted speech is laid out, or a sentence (`The coach was pleased.
    “We kept ...`: the sentence before sets up the words), or followed a speech verb ("Simon said, “..."), or
    resumed a split quotation after its said-clause (`"...," he said. "Nobody explained why.`).
    """
    before = text[max(0, position - 80) : position].rstrip(" \t")
    opens_sentence = double and before.endswith((".", "!", "?")) and text[position + 1 : position + 2].isupper()
    if not before or before.endswith("\n") or opens_sentence or introduced(text, position):
        return True
    split = _SPLIT_QUOTATION.search(before)
    if double and split is not None and any(word.lower() in SPEECH_VERBS for word in split.group(1).split()):
        return True
    # `"...," the coach said at the ground. "Virat ...`: the said-clause ends where this quotation opens
    return after_close is not None and after_split_said_clause(text, after_close, position + 1) == position
