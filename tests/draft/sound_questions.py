"""What the question floors count: drafted questions a student would call sound, by a measure that
reads no article.

Fifty real articles were read question by question (issue 10, point 4). One kind was unsound
almost every time, whatever the article: a cloze whose blank is a common lowercase word ("worried
{{residents}}", "the {{ministers}} have been threatening"), guessed from the words around it or
not knowable at all (1 of 63 sound). The drafter no longer writes them; the floors and the
benchmark count questions without them, so a draft padded with such clozes again would not
count as denser. A blank that is a number written out ("{{twelve|12}} owls") is a fact, and
counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.bank.models import Cloze, QuestionBase
from quizapp.draft.lexicon import NUMBER_WORDS

_BLANK = re.compile(r"\{\{([^|}]+)")


def a_common_word(blank: str) -> bool:
    """A lowercase word that is not a number written out (the drafter's own list, lexicon.NUMBER_WORDS): what the
    student would have to guess."""
    return blank[:1].islower() and not any(part in NUMBER_WORDS for part in re.split(r"[- ]", blank))


def sound_by_kind(question: QuestionBase) -> bool:
    """False for a cloze blanking a common word; True for every other question."""
    if isinstance(question, Cloze):
        return not any(a_common_word(blank) for blank in _BLANK.findall(question.text))
    return True


def sound_count(questions: Iterable[QuestionBase]) -> int:
    """How many of `questions` are sound by kind."""
    return sum(1 for question in questions if sound_by_kind(question))
