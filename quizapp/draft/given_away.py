"""Clozes another question of the same draft answers: the blank's words shown whole elsewhere.

Each question kind checks that its own answer is not visible in what it shows (`shown_fact.visible_elsewhere`),
and the fill-up questions skip quotations another question shows; but two fact questions on two sentences
may still share a phrase. A true/false saying "the health minister on Thursday announced ..." beside a cloze
"a call with the health minister on {{Thursday}}" gives the cloze away to a student who meets both in one
session. The cloze goes, not the other: its blank is the one answered. Of two clozes answering each other
("paid for {{four}} weeks" said twice, once in the reporter's words and once in the speaker's), the later
goes and the earlier, no longer shown whole anywhere, stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.bank.models import Cloze
from quizapp.draft.candidate import DraftedQuestion
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.whole_words import WholePhrases
from quizapp.draft.wording import question_wording

CONTEXT_WORDS = 3
"""Words before the blank shown with the answer: enough to say it is the same phrase of the article, not the
same number or day met elsewhere ("3 percent" of another sentence answers nothing)."""
_BLANK = lazy_compile(r"\{\{([^|}]*)[^}]*\}\}")


def given_away(questions: Sequence[DraftedQuestion], read: dict[int, WholePhrases] | None = None) -> set[int]:
    """The positions of the clozes whose blank, with the words before it, another question kept shows. `read`
    keeps each question's wording (by the question's identity) for the next call of the same draft."""
    kept = {} if read is None else read
    wordings = []
    for drafted in questions:  # each read once for all the blanks asked of it
        wording = kept.get(id(drafted.question))
        if wording is None:
            wording = kept[id(drafted.question)] = WholePhrases(
                _BLANK.sub(r"\1", question_wording(drafted.question, choices=True))
            )
        wordings.append(wording)
    answered: set[int] = set()
    for index in reversed(range(len(questions))):  # the later of two clozes on one phrase goes
        question = questions[index].question
        if not isinstance(question, Cloze):
            continue
        for blank in _BLANK.finditer(question.text):
            before = _BLANK.sub(r"\1", question.text[: blank.start()]).split()[-CONTEXT_WORDS:]
            if len(before) < CONTEXT_WORDS:
                continue  # the blank opens the sentence: its words alone could be anywhere
            phrase = " ".join(before).lstrip('“"') + (" " if not before[-1].endswith(("$", "£", "€")) else "")
            phrase += blank.group(1)
            shown = (wording for other, wording in enumerate(wordings) if other != index and other not in answered)
            if any(wording.contains(phrase) for wording in shown):
                answered.add(index)
                break
    return answered
