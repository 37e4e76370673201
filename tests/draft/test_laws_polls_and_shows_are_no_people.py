"""A law, a poll, a report or a programme named in capitals is no one: "the Harbour Protection Act", "the Coastal
Poll", "The Dana Whitlock Show". Read as people, they were offered as who-said choices and swapped into true/false
statements ("the Harbour Protection Act said ..."); the words that end such names sit with the organisation words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

_TEXT = (
    "Harbour Law Passes After Long Fight.\n\n"
    "Mayor Ana Ruiz has been a firm defender of the Harbour Protection Act, while Mr. Vale has fought it for a year. "
    "The Harbour Protection Act passed on Tuesday by 61 votes to 40.\n\n"
    "\u201cThis law keeps the bay open to the boats that have always used it,\u201d Ruiz said.\n\n"
    "Support for the plan stands at 58 percent, according to the Coastal Poll, an annual survey of voters.\n\n"
    "Vale said on Wednesday\u2019s \u201cDana Whitlock Show\u201d that the vote was a mistake.\n\n"
    "\u201cWe will be watching how the money is spent,\u201d said Tom Vale, who led the campaign against it."
)


def test_a_law_a_poll_a_report_and_a_show_are_no_people() -> None:
    people = {person["name"] for person in extract(_TEXT).to_json()["people"] if person["kind"] == "person"}

    assert people == {"Ana Ruiz", "Tom Vale"}  # the source "according to the Coastal Poll" was taken for a person
