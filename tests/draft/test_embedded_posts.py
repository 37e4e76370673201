"""A post pasted from social media into the story, with its link and signature ("... pic.twitter.com/Ab12 — Ana
Ruiz (@anaruiz) May 3, 2016."), is no sentence of the story to ask: read on PolNeAR train drafts, clozes on the
poster's name were byline clozes and true/false swaps of it read "— Tom Hale (@anaruiz)". A name after "#" or "@"
is a tag or a handle, never a blank. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.drafting import draft_article
from quizapp.draft.embedded_posts import after_a_tag_mark, in_an_embedded_post
from quizapp.draft.extraction import extract
from quizapp.draft.quoted_names import quoted_name_questions
from quizapp.draft.wording import question_wording

STORY = (
    "Harbour fees anger Kelbridge fishermen\n\n"
    "Kelbridge council voted on Monday to raise harbour fees by 12 percent from May.\n\n"
    "Council leader Ana Ruiz said the harbour had lost 3 million dollars in two years.\n\n"
    "Fishermen posted their anger online within hours.\n\n"
    "Twelve percent more for a berth in Kelbridge? Not this year. pic.twitter.com/Ab12Cd — Tom Hale (@tomhale) "
    "May 3, 2016.\n\n"
    "Tom Hale, who has fished from Kelbridge for 30 years, said he would move his boat to Portwell.\n\n"
    'Mia Holt, a skipper, said: "We will take the fight to #Kelbridge council in June."\n\n'
    "The council will meet the fishermen in Portwell on Thursday.\n"
)


def test_no_question_is_asked_on_a_pasted_post_or_a_tag() -> None:
    wordings = [question_wording(drafted.question) for drafted in draft_article(STORY).questions]
    assert wordings
    assert not any("@tomhale" in wording or "pic.twitter" in wording for wording in wordings)
    extraction = extract(STORY)
    post = extraction.text.index("Twelve percent more")
    assert extraction.facts and not any(fact.start <= post < fact.end for fact in extraction.facts)
    names = [question_wording(drafted.question) for drafted in quoted_name_questions(extraction, set(), "", 9)]
    assert not any("#{{" in wording for wording in names)


def test_what_marks_a_post_and_a_tag() -> None:
    line = "Not this year. pic.twitter.com/Ab12Cd — Tom Hale (@tomhale) May 3, 2016."
    assert in_an_embedded_post(line, 0, len(line))
    signed = "Not this year — Tom Hale (@tomhale) May 3, 2016."
    assert in_an_embedded_post(signed, 0, len(signed))
    plain = "Tom Hale said on May 3, 2016 that he would move."
    assert not in_an_embedded_post(plain, 0, len(plain))
    assert after_a_tag_mark("to #Kelbridge council", 4) and not after_a_tag_mark("to Kelbridge council", 3)
