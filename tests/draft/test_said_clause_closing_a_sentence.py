"""A said-clause closing a sentence of paraphrase names the speaker of the words quoted inside it (issue 10).

`The cut leaves commuters "stranded" for a small saving, said Orla Penhallow.`: the sentence is her report and
the words in marks are hers, though the said-clause does not follow the closing mark at once. On PolNeAR's train
split some forty such quotations had no candidate. A said-clause that goes on to report something else ("Ellery
said he would answer questions") does not close the sentence and names no speaker of the words before it
(trailing_said.py). The fixture is in our own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_said_clause_ending_the_sentence_names_the_speaker_of_words_inside_it() -> None:
    said = sure_speakers(pattern("said_clause_closing_a_sentence_of_paraphrase"))
    assert said["stranded twice a week"] == "Orla Penhallow"  # the verb, then the name and a clause
    assert said["We were never asked,"] == "Orla Penhallow"  # the name, then the verb
    assert said["exactly where they are"] == "Cormac Ellery"  # a role before the name, a listener after the verb


def test_a_said_clause_going_on_to_report_something_else_names_no_one() -> None:
    said = sure_speakers(pattern("said_clause_closing_a_sentence_of_paraphrase"))
    assert said.get("a betrayal of the") is None
