"""Issue 10, item 4: a "who is ...?" role must say who one person is, as the article wrote it whole.

Read on 30 PolNeAR train drafts, four shapes of apposition gave prompts that were false or had no one answer:
a role opening on "another" ("another former envoy": one of several), an adverb and its phrase read as a role
("particularly in the final round"), "a" with one capitalised word (a party others in the story share, or a town
cut at the comma of "a Kelbridge, Ont., baker"), and the second of two joined titles whose "former" or owner is
shared ("Former judge and Harbour Commissioner Ana Ruiz" is not the commissioner now). Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.role_questions import role_questions

STORY = (
    "Harbour fees to rise in Kelbridge\n\n"
    "Kelbridge will raise its harbour fees in May, the council said on Monday.\n\n"
    "Former judge and Harbour Commissioner Ana Ruiz opposed the rise at the meeting.\n\n"
    "Tom Hale, another former harbour pilot, said the rise was small.\n\n"
    "Mia Holt, a Kelbridge, Ont., baker who ships flour by boat, said she would pay it.\n\n"
    "Gus Varga, a Liberal, voted for the rise with Lena Park, a Conservative.\n\n"
    "The council asked Dan Reyes, particularly in the final round of talks, to speak for the pilots.\n\n"
    "Dan Reyes, chair of the pilots' union, said the fees were fair.\n\n"
    "Eva Stone, the council's treasurer, said the harbour lost money last year.\n"
)


def _prompts() -> list[str]:
    return [drafted.question.prompt for drafted in role_questions(extract(STORY), [])]


def test_roles_that_are_shared_cut_or_no_role_are_not_asked() -> None:
    prompts = " ".join(_prompts())
    assert "another" not in prompts  # one of several former pilots
    assert "particularly" not in prompts  # an adverb's phrase, not what Reyes is
    assert "Who is a Kelbridge," not in prompts and "Who is a Kelbridge" not in prompts  # the town, cut at its comma
    assert "a Liberal" not in prompts and "a Conservative" not in prompts  # a party, shared by many
    assert "Harbour Commissioner" not in prompts  # she was a judge once, and the "former" may be the title's too


def test_plain_roles_are_still_asked() -> None:
    prompts = _prompts()
    assert "Who is the chair of the pilots' union, according to the article?" in prompts
    assert "Who is the council's treasurer, according to the article?" in prompts
