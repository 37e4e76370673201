"""A site's note on the article ("Editor's note: ...", a correction) is not the story, and no question asks it;
an abbreviation before a name ("Sen.", "St.") is never a blank of its own.

Some sites close every story on one subject with the same editor's note, and a correction writes out again the
claim it corrects ("An earlier version of this story said that ..."): a cloze or true/false statement on either
taught the site's standing line, or the very error. The fixture is written for this test.
"""

from __future__ import annotations

from quizapp.draft import draft_article
from quizapp.draft.author_notes import is_note_on_the_article
from quizapp.draft.extraction import extract
from quizapp.draft.quoted_names import quoted_name_questions
from quizapp.draft.wording import question_wording

_ARTICLE = """Harbour board votes to raise ferry fares.

The harbour board voted on Monday to raise the island ferry fare by 12 percent from April.

Nora Pell, the chair of the ferry users' group, said families crossing every week would pay 300 dollars more a year.

"I have written to Sen. Ada Quist, and I hope the senator will ask the board to think again," Pell said.

Tom Vale, the captain of the morning boat, said 40 passengers had signed a letter against the rise.

Editor's note: Tom Vale is a columnist for this paper and has written 18 columns on the ferry since 2014.

CORRECTION:

An earlier version of this story said the board voted on Friday to raise the fare by 15 percent.
"""


def _wordings() -> list[str]:
    return [question_wording(drafted.question) for drafted in draft_article(_ARTICLE).questions]


def test_no_question_asks_the_editors_note_or_the_correction() -> None:
    wordings = " ".join(_wordings())
    assert "columns" not in wordings and "columnist" not in wordings
    assert "earlier version" not in wordings and "15 percent" not in wordings


def test_the_story_is_still_asked() -> None:
    assert any("12" in wording or "300" in wording or "40" in wording for wording in _wordings())


def test_a_label_alone_opens_the_note_in_the_paragraph_after_it() -> None:
    assert is_note_on_the_article("Editor’s Note: The following is an excerpt.")
    assert is_note_on_the_article("An earlier version of this story ...", before="CORRECTION:")
    assert not is_note_on_the_article("An earlier version of this story ...", before="CORRECTION: It said so.")
    assert not is_note_on_the_article("The editor noted that the fare rose.")


_QUOTED_TITLE = """Ferry fares to rise.

Nora Pell, the chair of the ferry users' group, spoke after the vote on Monday.

"The only one who listened to us was Sen. Quist, and nobody else at all," Pell said.

Sen. Ada Quist has represented the island since 2012, and Sen. Quist did not comment.
"""


def test_an_abbreviation_before_a_name_is_no_blank() -> None:
    texts = [drafted.question.text for drafted in quoted_name_questions(extract(_QUOTED_TITLE), set(), "", 5)]
    assert not any("{{Sen}}" in text for text in texts)
    assert any("Sen. {{Quist|" in text for text in texts)  # the name after it is the blank
