"""A statement quoted over several paragraphs keeps its issuer (issue 10, point 2): `X, in a statement on
Tuesday, stated ...` then `The statement read, "...` over three paragraphs; and an issuer named only after the
words, pointing back at the same statement (`The ministry said in the statement`).

Written in our own words after real government and council reports. Before, the issuer set off by an aside
(`X, in a statement ..., stated`) and the comma after `The statement read` were not read, so every paragraph
of the statement went to nobody.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import pattern, shown, sure_speakers


def test_a_statement_read_after_a_comma_is_its_issuers_over_every_paragraph() -> None:
    extraction = pattern("statement_over_paragraphs")
    statement = next(q for q in extraction.quotations if "No such payment" in q.text)
    assert statement.text.startswith("A post on Sunday")  # the continuation paragraphs are one quotation
    assert shown(extraction, statement.sure_speaker) == "Ada Okafor"


def test_the_statement_ends_where_another_speakers_cue_begins() -> None:
    said = sure_speakers(pattern("statement_over_paragraphs"))
    assert said["Then the council should"] == "Tom Hale"


def test_an_issuer_named_after_the_words_for_the_same_statement_is_its_author() -> None:
    said = sure_speakers(pattern("statement_over_paragraphs"))
    assert said["Fees will rise by"] == "Harbour Ministry"  # not Okafor, whose statement was paragraphs before


def test_a_document_named_after_with_an_indefinite_article_is_another_document() -> None:
    said = sure_speakers(pattern("statement_over_paragraphs"))
    assert said["Crews will keep their"] is None  # "issued a notice" is a new notice, not the one quoted


def _speakers_of(article: str) -> list[str | None]:
    extraction = extract(article)
    return [shown(extraction, quotation.sure_speaker) for quotation in extraction.quotations]


def test_a_statement_from_a_body_or_a_role_is_theirs() -> None:
    lede = "Harbour Rovers dismissed their coach, Nina Vale, on Sunday after six defeats.\n\n"
    assert _speakers_of(lede + 'A statement from the club said: "We thank Nina for four good years."\n') == ["the club"]
    assert _speakers_of(lede + '"No one was hurt at the ground," a statement from police said.\n') == ["police"]
    assert _speakers_of(lede + 'A statement from Vale\'s lawyer said: "She will consider her options."\n') == [
        "Vale's lawyer"  # the lawyer wrote it, not Vale, named in the possessive
    ]


def test_a_letter_read_after_its_writer_wrote_to_someone_is_the_writers() -> None:
    article = (
        "Hill Road school to close\n\n"
        "Head teacher Ann Bell wrote to parents on Friday. The letter read: "
        '"The school will close at Easter.\n\n"Staff will help every family find a new place."\n\n'
        'Parent Tom Reid said: "We are devastated."\n'
    )
    assert _speakers_of(article) == ["Ann Bell", "Tom Reid"]
