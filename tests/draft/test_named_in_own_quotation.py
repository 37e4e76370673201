"""A woman named inside the speaker's own quotation does not take the speaker's next "she added" (issue 10).

"“Councillor Ana Ruiz is her own woman ...,” Brook told the Gazette. “...,” she added." goes on with Brook:
Ruiz is someone Brook speaks of, in a paragraph where Brook is the only person named outside the quotations.
The pronoun was left unsure as if Ruiz might speak next (real news: a senator quoted on a colleague, then "he
added"). A woman named in another speaker's words ("Ann Hale kept the petition going," said Tom Reid) may still
be whom the next "she said" means. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_name_in_the_speakers_own_quotation_is_no_rival() -> None:
    assert sure_speakers(pattern("named_in_own_quotation"))["We should all be"] == "Nadia Brook"


def test_a_name_in_someone_elses_quotation_still_is() -> None:
    assert sure_speakers(pattern("named_in_own_quotation"))["We owe her a"] is None
