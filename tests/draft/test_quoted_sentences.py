"""Issue 10, item 4: a cloze on quoted words shows a sentence someone said, never a piece of one nor a title.

Read on PolNeAR train drafts, clozes on partial quotations ("“Condemns the use of ...”", capitalised from the
middle of the article's sentence) and on titles in quotation marks (a show's, a film's, a letter's signature)
were unsound nearly every time. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.quoted_names import quoted_name_questions
from quizapp.draft.quoted_numbers import quoted_number_questions
from quizapp.draft.quoted_sentences import a_said_sentence, written_as_a_title
from quizapp.draft.wording import question_wording

STORY = (
    "Kelbridge harbour trust votes on fees\n\n"
    "Trust chair Ana Ruiz said the vote was close. "
    'The trust\'s motion "condemns the closing of the Marlow Pier to small boats for twelve months."\n\n'
    'Ruiz appeared on "The Morning Hour with Tom Hale Live" to defend the fees.\n\n'
    'Ruiz said: "We lost nine boats to Portwell last winter. The Marlow Pier must stay open."\n\n'
    "Tom Hale later said Portwell was cheaper for most fishermen.\n"
)


def _clozes() -> list[str]:
    extraction = extract(STORY)
    asked = quoted_number_questions(extraction, set(), "") + quoted_name_questions(extraction, set(), "", 5)
    return [question_wording(drafted.question) for drafted in asked]


def test_partial_quotations_and_titles_are_not_asked_whole_sentences_are() -> None:
    clozes = " ".join(_clozes())
    assert "Condemns" not in clozes  # a piece of the trust's sentence, capitalised into a fragment
    assert "Morning Hour" not in clozes  # the name of a show, never said
    assert "{{nine|9}}" in clozes  # her own whole sentence


def test_what_reads_as_said() -> None:
    def said(words: str) -> bool:
        return a_said_sentence(words, 0, len(words))

    assert said("We lost nine boats last winter.")
    assert said("we will keep the pier open")  # a partial quotation opening on its own subject is a clause
    assert not said("for twelve months running, the worst harbour on the coast")
    assert not said("The Morning Hour with Tom Hale Live")
    line = "Ana Ruiz, Kelbridge Harbour Trust."
    assert written_as_a_title(line, 0, len(line))
    assert not written_as_a_title("Ana Ruiz chairs the Kelbridge Harbour Trust.", 0, 44)
