"""Words a document says (issue 10): `"...," the statement said`, `A letter from Helen Grant read: "..."`.

Written in our own words after real reports that quote statements and letters: the said-clause's
subject is the document, so no sieve found a speaker. The words are the author's when the article
names one (documents.py); when the nearest issuer is a group nobody names, or no author is given,
they stay with nobody rather than going to the last company that issued a statement.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import pattern, shown, sure_speakers


def test_the_statement_speaks_for_the_author_named_before_it() -> None:
    said = sure_speakers(pattern("words_of_a_document"))
    assert said["We know how much"] == "Northsound Ferries"


def test_a_letter_from_a_named_person_is_hers_over_every_paragraph() -> None:
    extraction = pattern("words_of_a_document")
    second_paragraph = next(q for q in extraction.quotations if "We ask the company" in q.text)
    assert second_paragraph.text.startswith("Families here cannot plan")
    assert shown(extraction, second_paragraph.sure_speaker) == "Helen Grant"


def test_a_document_of_an_unnamed_group_or_of_nobody_named_keeps_no_speaker() -> None:
    said = sure_speakers(pattern("words_of_a_document"))
    assert said["Our members learned of"] is None  # the unions' statement, not the company's before it
    assert said["Nobody asked the people"] is None  # an open letter nobody signed


def test_a_statement_from_a_named_body_is_that_bodys_after_the_quotation() -> None:
    said = sure_speakers(pattern("words_of_a_document"))
    assert said["Crews will be offered"] == "Northsound Ferries"


def test_a_statement_from_someone_the_article_does_not_name_keeps_no_speaker() -> None:
    said = sure_speakers(pattern("words_of_a_document"))
    assert said["We will be at"] is None  # not the company that issued the last statement named


def test_a_name_inside_a_clause_before_said_in_a_statement_is_not_its_issuer() -> None:
    article = (
        "Driver charged after bridge crash\n\n"
        "Police, who arrested Ana Ruiz, said in a statement that the driver had been charged.\n\n"
        '"The investigation is continuing," the statement said.\n'
    )
    extraction = extract(article)
    assert [q.sure_speaker for q in extraction.quotations] == [None]  # the police's words, not Ruiz's


def test_a_statement_keeps_its_issuer_past_many_letters_issued_in_between() -> None:
    letters = "".join(f"Resident number {n} wrote in a letter to the council on the same day.\n\n" for n in range(400))
    article = (
        "Ferry fares rise\n\n"
        "Northsound Ferries said in a statement on Monday that fares would rise.\n\n"
        + letters
        + '"Fares will rise by a tenth from May," the statement said.\n'
    )
    extraction = extract(article)
    said = [shown(extraction, quotation.sure_speaker) for quotation in extraction.quotations]
    assert said == ["Northsound Ferries"]  # the statement's issuer, found among statements, not behind each letter


def test_a_letters_clause_at_the_end_of_a_long_paragraph_names_its_signer() -> None:
    narration = "The school has stood on Hill Road since the war and its roof leaks in the rain. " * 300
    article = (
        "Hill Road school to close\n\n"
        "Head teacher Ann Bell met parents on Friday.\n\n"
        + narration
        + 'The letter, signed by Ann Bell, said: "The school will close at Easter."\n'
    )
    extraction = extract(article)
    said = [shown(extraction, quotation.sure_speaker) for quotation in extraction.quotations]
    assert said == ["Ann Bell"]  # the clause is searched near its colon, not along the paragraph


def test_an_author_named_before_an_aside_issues_the_document_by_any_issuing_verb() -> None:
    """`X, in a message on Sunday, posted ...`: the aside rule knew fewer issuing verbs than the `X posted in a
    message` rule (two lists in one module); both read one list now."""
    said = sure_speakers(pattern("document_posted_after_an_aside"))
    assert said["We let down families"] == "Mairi Dunlop"
