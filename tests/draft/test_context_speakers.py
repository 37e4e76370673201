"""Quotations with no said-clause of their own, whose speaker the narrative gave them just before.

News sets up a voice and then quotes it bare: a paragraph of reported speech ("Delacourt added that ..."), a
source ("According to Okafor, ..."), someone "asked about" something or giving "an update", an interview,
and the quotation paragraph after it, perhaps past a subheading or a line of page furniture. The words are
the voice's; when the set-up names nobody who could have said them, they stay with nobody.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_lone_quotation_after_reported_speech_is_the_reporting_subjects() -> None:
    said = sure_speakers(pattern("lone_quotation_after_reported_speech"))
    assert said["We have listened to"] == "Maria Delacourt"  # "..., said that the route would ..."
    assert said["Nobody should have to"] == "Maria Delacourt"  # "Delacourt added that ..."
    assert said["I have been asking"] == "Ben Okafor"  # "told reporters the plan was overdue"
    assert said["Three households on my"] == "Ben Okafor"  # "According to Okafor, ..."


def test_a_lone_quotation_after_an_update_or_a_question_is_the_answer() -> None:
    said = sure_speakers(pattern("lone_quotation_after_an_update_or_a_question"))
    assert said["We created enough chances"] == "Tomas Verhoeven"  # "spoke to Radio Kestrel"
    assert said["I am not worried"] == "Tomas Verhoeven"
    assert said["The scan was clear,"] == "Ella Marsh"  # "gave an update on her injured ankle"
    assert said["We will look at"] == "Tomas Verhoeven"  # "was asked about the transfer window"


def test_a_lone_quotation_after_an_interview_is_the_interviewees() -> None:
    said = sure_speakers(pattern("lone_quotation_after_an_interview"))
    assert said["The new shelves sit"] == "Priya Nandakumar"


def test_speech_runs_past_a_subheading_or_page_furniture() -> None:
    said = sure_speakers(pattern("lone_quotation_past_a_subheading"))
    assert said["Two of the back"] == "Kerry Ashdown"  # past "Team news"
    assert said["Nobody else is carrying"] == "Kerry Ashdown"  # past "Fitness update"
    assert said["The young goalkeeper stays"] == "Kerry Ashdown"  # past "Hide Ad"
    assert said["It would be silly"] == "Glen Pardew-Lowe"  # the new voice, past "Selection"


def test_a_set_up_that_names_no_voice_gives_the_words_to_nobody() -> None:
    said = sure_speakers(pattern("lone_quotation_set_up_by_nobody"))
    assert said["The scan was clear"] is None  # a club's update: not sure whose words
    assert said["It has been a"] is None  # "according to a report": a document
    assert said["I wanted to play"] is None  # "asked by the coach to": an instruction, not a question
    assert said["It looks like a"] is None  # supporters in a poll: nobody named
    assert said.get("Sold out,") is None  # a sign after a subheading: nobody's speech


def test_a_title_pasted_as_the_first_line_is_said_by_whoever_says_it_in_the_story() -> None:
    said = sure_speakers(pattern("title_line_quotation_said_again"))
    assert said["We will not be"] == "Janet Orme"  # the story quotes the same words with her said-clause
    never = sure_speakers(pattern("title_line_quotation_never_said_again"))
    assert never["Nothing left to give"] is None  # the story never says the words: nobody, not its first voice
