"""A document whose issuer the article never names speaks as itself: `"...," the lawsuit says` -> "the lawsuit".

Written in our own words after real reports that quote a filing, a website, a campaign email or a press release
without saying who wrote it. The words were nobody's; they are the document's, as "the club said" keeps the club,
and the label is one a student can read. A court filing speaks as itself even when the plaintiff is named, since it
speaks of the plaintiff in the third person. A name's possessive before the issuing verb ("Ruiz's campaign said in a
statement") issues the body's document, not the person's. A matching question with such an answer asks for each
quotation's "speaker or source", not "the person who said it".
"""

from __future__ import annotations

from quizapp.bank.models import Matching
from quizapp.draft import draft_article
from quizapp.draft.extraction import extract

from .speakers import sure_speakers

_UNISSUED = (
    "Families sue stadium owners\n\n"
    "Three families went to court on Monday over the collapse of a stand at Harbour Park in March.\n\n"
    '"The owners were warned about the roof again and again," the lawsuit says.\n\n'
    '"Every seat in the east stand is closed until further notice," the website explains.\n\n'
    '"Please do not travel to the ground this weekend," the email read.\n'
)


def test_a_document_nobody_is_said_to_have_issued_speaks_as_itself() -> None:
    said = sure_speakers(extract(_UNISSUED))
    assert said["The owners were warned"] == "the lawsuit"
    assert said["Every seat in the"] == "the website"
    assert said["Please do not travel"] == "the email"


def test_a_document_of_a_kind_the_article_says_someone_issued_keeps_no_speaker() -> None:
    article = (
        "Club apologises\n\n"
        "The club said in a statement on Sunday that it was sorry for the delays.\n\n"
        '"Lessons will be learned," the statement said.\n'
    )
    assert sure_speakers(extract(article))["Lessons will be learned,"] is None  # the club's, maybe: not sure


def test_a_document_of_a_body_the_article_named_is_that_organisations() -> None:
    article = (
        "Club apologises\n\n"
        "Harbour City Football Club said on Saturday it had sacked its manager.\n\n"
        "The club said in a statement on Sunday that it was sorry for the delays.\n\n"
        '"Lessons will be learned," the statement said.\n'
    )
    assert sure_speakers(extract(article))["Lessons will be learned,"] == "Harbour City Football Club"


def test_a_document_opening_the_next_paragraph_is_not_the_words_before() -> None:
    article = (
        "Families sue\n\n"
        'Tom Hale sent his supporters a short note: "We will win this fight together."\n\n'
        'The lawsuit says the owners "ignored every warning about the roof."\n'
    )
    assert sure_speakers(extract(article))["We will win this"] != "the lawsuit"


def test_a_filing_speaks_as_itself_though_its_plaintiff_is_named() -> None:
    article = (
        "Ex-aide sues\n\n"
        "Tom Hale, a former aide, filed a lawsuit on Friday. Hale's lawsuit seeks damages.\n\n"
        '"The plaintiff was dismissed without cause," the lawsuit says.\n'
    )
    assert sure_speakers(extract(article))["The plaintiff was dismissed"] == "the lawsuit"


def test_a_possessive_before_said_in_a_statement_issues_the_bodys_statement() -> None:
    article = (
        "Poll row\n\n"
        "Ana Ruiz is running for mayor. Ruiz spoke at a rally on Monday.\n\n"
        "Ruiz's campaign said in a statement on Tuesday that the poll was flawed.\n\n"
        '"We are confident of winning," the statement said.\n\n'
        "Tom Hale sent out a fundraising email on Friday.\n\n"
        '"Every dollar counts," the email read.\n'
    )
    said = sure_speakers(extract(article))
    assert said["We are confident of"] == "Ruiz's campaign"  # the campaign's, never Ruiz's own
    assert said["Every dollar counts,"] == "Tom Hale"  # "sent out a fundraising email": Hale issued it


def test_a_matching_question_with_a_document_among_its_answers_asks_for_speaker_or_source() -> None:
    article = (
        "Families sue stadium owners over stand collapse\n\n"
        "Three families went to court on Monday over the collapse of a stand at Harbour Park in March.\n\n"
        '"The owners were warned about the roof again and again and chose to do nothing," the lawsuit says.\n\n'
        'Police said the inquiry into the collapse was "still open and moving forward at a steady pace."\n\n'
        "Ana Ruiz, the league's chief executive, said the league would wait. "
        '"We cannot comment on a case that is now before the judges," she said.\n\n'
        '"Every seat in the east stand will stay closed until engineers have checked it," the website explains.\n\n'
        "Tom Hale, who was hurt in the collapse, said he still had pain. "
        '"I go to every home game and I never thought the roof could fall," he said.\n'
    )
    matching = [d.question for d in draft_article(article).questions if isinstance(d.question, Matching)]
    assert matching
    assert all(question.prompt == "Match each quotation to its speaker or source." for question in matching)


def test_a_document_issued_under_a_possessive_has_its_issuer() -> None:
    article = (
        "Port figures\n\n"
        "Ana Ruiz published her yearly report on Monday.\n\n"
        '"Traffic through the port fell by a tenth last year," the report said.\n'
    )
    assert sure_speakers(extract(article))["Traffic through the port"] == "Ana Ruiz"  # never "the report" alone
