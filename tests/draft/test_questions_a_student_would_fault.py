"""Defects a student would point at in drafted questions, each seen in two or more real news articles (tune sets
1-5, read question by question); every text here is our own words.

- A wire dateline written as the Indian and Chinese agencies write it ("Pune [India], May 2 : ",
  "OSLO, May 2 (Tanjug) -- ", "OSLO (Tanjug) - ") or a capital city with its country ("OSLO, Norway — ") stayed at
  the head of a cloze: it says where the story was filed, not what happened.
- "Where did this happen?" cut "in PLACE" out of a sentence where the place qualified the next noun ("banned in
  Leeds public schools" became "banned public schools"), where another place was listed with it ("declared in
  Leeds, on the coast, and York": York stays shown, a second answer), or where the place was read with the day
  after it ("in Ashby Hall Sunday afternoon" answered "Ashby Hall Sunday"); a dotted region ("Truro, N.S.") lost
  its last letters (".S." left in the prompt, "Truro, N" accepted).
"""

from __future__ import annotations

from quizapp.bank.models import ShortAnswer
from quizapp.draft import draft_article
from quizapp.draft.extraction import extract
from quizapp.draft.facts import find_places
from quizapp.draft.standalone import standalone_edits


def test_wire_datelines_of_every_shape_are_left_out_of_the_sentence_shown() -> None:
    for text, shown in (
        ("Pune [India], May 2 : The city council voted 9 to 2 for the new tram line.", "The city council"),
        ("Pune [India], May 2 (ANI): The city council voted 9 to 2 for the new tram line.", "The city council"),
        ("OSLO, May 2 (Tanjug) -- Two ferries collided on Sunday in the outer harbour.", "Two ferries"),
        ("OSLO (Tanjug) - Two ferries collided on Sunday in the outer harbour.", "Two ferries"),
        ("OSLO, Norway — Two ferries collided on Sunday in the outer harbour.", "Two ferries"),
    ):
        edits = standalone_edits(extract(text), 0, len(text))
        assert edits is not None and len(edits) == 1, (text, edits)
        assert text[edits[0].end :].startswith(shown), (text, edits)


def test_a_name_in_brackets_after_a_person_is_no_dateline() -> None:
    text = "Tom Hale (Labour) said the vote on the tram line would be held in May."
    assert standalone_edits(extract(text), 0, len(text)) == []


def _where_prompts(text: str) -> list[str]:
    return [
        drafted.question.prompt
        for drafted in draft_article(text).questions
        if isinstance(drafted.question, ShortAnswer) and drafted.question.prompt.startswith("Where")
    ]


def test_a_place_that_qualifies_the_next_noun_is_not_cut_out() -> None:
    prompts = _where_prompts(
        "Phones to be banned in schools\n\n"
        "Mobile phones will be banned in Wessex public secondary schools from the first day of the autumn term.\n\n"
        "The ban was announced by the education minister after a year of complaints from teachers.\n"
    )
    assert not any("banned public" in prompt for prompt in prompts), prompts


def test_a_place_listed_with_another_is_not_asked_where() -> None:
    prompts = _where_prompts(
        "Floods force families from homes\n\n"
        "A state of emergency was declared in Burnholm, on the north coast, and Westerby, where 120 homes were "
        "emptied after a month of rain fell in one day.\n\n"
        "Rescue teams worked through the night to reach people stranded on the roofs of their houses.\n"
    )
    assert not any("Westerby" in prompt for prompt in prompts), prompts


def test_a_day_after_a_place_is_not_part_of_it() -> None:
    text = "The graduates gathered in Ashby Hall Sunday afternoon for the ceremony that closed their final year."
    places = find_places(text, 0, len(text), [])
    assert [place.text for place in places] == ["Ashby Hall"]
    prompts = _where_prompts(
        "Medical school graduates honoured\n\n"
        "The graduates of the medical school gathered in Ashby Hall Sunday afternoon for the ceremony that closed "
        "their final year.\n\n"
        "The dean thanked the families of the students for years of support.\n"
    )
    assert all("gathered afternoon" not in prompt for prompt in prompts), prompts


def test_a_dotted_region_after_a_place_is_kept_whole() -> None:
    text = "The company hopes to launch a test rocket later this year in Truro, N.S., and a larger one next year."
    (place,) = find_places(text, 0, len(text), [])
    assert place.alternatives == ("Truro, N.S.",)
    prompts = _where_prompts(
        "Rocket firm plans first launch\n\n"
        "The company hopes to launch a test rocket later this year in Truro, N.S., followed by a larger one next "
        "year.\n\n"
        "Its chief executive said the launch site was almost finished and the licences were in hand.\n"
    )
    assert not any(".S." in prompt for prompt in prompts), prompts
