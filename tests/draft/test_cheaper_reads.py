"""The second speed pass reads an article as before (issue 10, speed): what a teacher would see if not.

Each case is one a shortcut of that pass could get wrong: a speaker's name found in a quotation
with one search for all their names, time cues found from their opening words, a quotation's
words read only as far as the term rules look.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.offered_people import names_speaker
from quizapp.draft.person import Person
from quizapp.draft.time_cues import CueIndex, find_cues


def test_a_quotation_names_its_speaker_by_any_name_in_any_case_but_never_inside_a_longer_word() -> None:
    speaker = Person(id="p1", kind="person", name="Ann Lee", first="Ann", last="Lee", aliases=["Dr Lee"])

    assert names_speaker("Ask ann lee, she knows.", speaker)
    assert names_speaker("That is what DR LEE told us", speaker)
    assert names_speaker("Lee was right", speaker)
    assert not names_speaker("The leeway was small and Annie agreed", speaker)
    assert not names_speaker("Ann went home", speaker)  # "Ann" alone is not one of her names here


def test_relative_and_period_cues_are_those_the_full_scan_finds_even_when_one_cue_word_sits_inside_another() -> None:
    text = (
        "Workers left days just before the vote. The holidays after the storm were quiet. "
        "Adjust the plan this next week, said the mayor, and last year it rained for weeks after the fair. "
        "Shortly after that the road reopened, and moments before the match this month the lights failed."
    )
    index = CueIndex(text)

    assert index.find(0, len(text)) == find_cues(text, 0, len(text))
    assert {cue.kind for cue in index.find(0, len(text))} >= {"around", "period"}


def test_a_quoted_run_of_capitalised_words_is_a_title_up_to_six_words_and_a_quotation_beyond() -> None:
    text = (
        "Town Keeps Its Hall\n\n"
        'Residents marched behind a banner reading "Keep Our Town Hall Open Now" on Saturday.\n\n'
        'Later they carried one reading "Keep Our Town Hall Open For Everyone Forever" to the council.\n'
    )
    terms = {term["text"]: term["why"] for term in extract(text).to_json()["terms"]}

    assert terms.get("Keep Our Town Hall Open Now") == "a title"
    assert "Keep Our Town Hall Open For Everyone Forever" not in terms
