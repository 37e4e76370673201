"""Doubts that the text itself settles: the candidate a doubt module held back is kept sure when a rule of
news prose says the words can only be theirs (issue 10: the right candidate left unsure).

Each fixture is written in our own words (tests/draft/fixtures/patterns) and shows the rule and its limit: the
case the doubt was made for stays unsure.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_name_that_holds_a_post_may_say_i_though_its_surname_is_a_place_word() -> None:
    """'Ann Street, the ferry line's head of operations, said: "I ..."': the people model reads the name as a
    body (a street), but only a person holds a post; the paragraphs her quotation runs on over are hers too."""
    extraction = pattern("a_person_named_like_a_place_holds_a_post")
    said = sure_speakers(extraction)
    assert said["I am truly sorry"] == "Ann Street"
    assert "I want to thank" in next(q.text for q in extraction.quotations if q.text.startswith("I am truly"))
    assert said["I was never asked"] is None  # a pilot's words relayed by a body: never the body's


def test_a_new_voice_answered_at_once_keeps_the_pronoun_from_an_earlier_paragraphs_voice() -> None:
    """A speaker of no known gender introduced with "said", then at once in the same paragraph a quotation with
    "she said": the pronoun is the new voice's, though a woman spoke in the paragraph before (last_speaker.py)."""
    extraction = pattern("a_new_voice_answered_at_once")
    said = sure_speakers(extraction)
    assert said["Our families have stood"] == "Tamsin Kerrow-Bligh"
    # a sentence of the writer's between the new voice and "she said": the judge may still be meant
    assert said["We never closed for"] is None


def test_the_person_a_report_quotes_is_the_speaker_not_a_relayer() -> None:
    """ "a report quoting Oliver Fenwick as saying that "..."": the one named after "quoting" is whose words they
    are, so the relaying doubt (listeners.py) is not for them; a speaker who quotes someone else stays unsure."""
    said = sure_speakers(pattern("a_report_quoting_the_speaker"))
    assert said["the bridge will carry"] == "Oliver Fenwick"
    assert said["sound in every span"] is None  # Fenwick relays his engineers' words


def test_a_name_behind_its_long_title_is_the_subject_of_its_own_short_verb_phrase() -> None:
    """ "Former Upper Tarn chief minister and Harbour Party leader Omar Qasimi also took to social media to say,
    "..."": the words before the name are all its title, and the name reaches "say" through a short phrase of
    its own, so it is the speaker (titled_subjects.py). A clause between the name and a later speech verb
    ("said on Saturday that ..., a day after the premier's deputy told") keeps the doubt."""
    said = sure_speakers(pattern("a_long_title_then_the_speakers_own_verb"))
    assert said["A news conference with"] == "Omar Qasimi"
    assert said["within the week, with"] is None


def test_a_clause_about_the_listener_closes_before_the_speech_verbs_that() -> None:
    """ "Judge Marian Oakes told Colin Redfern, who had worked at the course for 19 years, that he had "...": the
    ", that" takes up "told" again, so the words are the judge's, not in the clause about Redfern (said_before.py).
    Words inside a relative clause that runs on to them stay unsure."""
    said = sure_speakers(pattern("a_listeners_clause_then_that"))
    assert said["sold the trust of"] == "Marian Oakes"
    assert said["a string of small"] is None


def test_the_same_pronoun_under_its_own_reporting_verb_reports_its_own_words() -> None:
    """ "He wrote a letter to Strand in which he urged her to show "...": the "he" inside what "He wrote" reports
    is the writer again, so the words are not someone else's reported speech (listeners.py). A different
    pronoun inside a report ("Mensah said she told him "..."") stays unsure."""
    said = sure_speakers(pattern("the_same_pronoun_reports_its_own_words"))
    assert said["some patience with people"] == "David Pillai"
    assert said["the clinics are not"] is None


def test_the_only_person_of_the_pronouns_gender_is_whom_it_means_though_no_subject() -> None:
    """ "The delay was criticised by councillor Ann Reid on Friday. / "...," she said.": Reid is named after
    "by", not as a subject, but she is the only woman named since the paragraph before, so "she" can mean
    nobody else (antecedent_rivals.py). With a second woman named there, the doubt stays."""
    said = sure_speakers(pattern("the_only_one_the_pronoun_can_mean"))
    assert said["We were promised weeks,"] == "Ann Reid"
    assert said["Nobody has told us"] is None


def test_a_firms_name_owning_the_role_of_the_person_named_is_no_rival_subject() -> None:
    """ "Marlow Brothers' retail analyst, Ruth Kane, said ... / "...," she said.": the capitalised words open the
    sentence only as the owner of a role whose holder is named after the comma, so they are not an unrecognised
    subject "she" may mean (antecedent_rivals.py). An owner with no named role after it stays a rival."""
    said = sure_speakers(pattern("a_firms_analyst_named_in_apposition"))
    assert said["The shoppers just are"] == "Ruth Kane"
    assert said["The small shops go"] is None


def test_a_quotation_paragraph_with_he_said_goes_to_the_voice_the_paragraph_before_ended_on() -> None:
    """ "The council leader had set an impossible timetable, the project's chief engineer, Ikenna Obiora, said.
    / "...," he said.": the new paragraph's words are the voice just brought in, not the council leader the
    chain walks back to (paragraph_voice.py). Two voices in that sentence ("Brandt said ..., but auditor Sam Ojo
    said ...") leave the pronoun unsure."""
    said = sure_speakers(pattern("a_quotation_paragraph_after_a_new_voice"))
    assert said["They never stopped, even"] == "Oliver Fenwick"
    assert said["We are on schedule,"] == "Ikenna Obiora"
    assert said["Nobody has shown me"] is None
