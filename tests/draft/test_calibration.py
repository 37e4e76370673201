"""The calibration table (tests/draft/calibration.py) sorts each found speaker into its sieve and kind of doubt,
and judges it against gold the way the corpus scoring does: what the lead reads to decide which doubts cost
recall for nothing and which sure sieves need one."""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .calibration import add_article, lines, reason_class, second_cue

_ARTICLE = """Harbour ferries to run later

Ferries across the harbour will run until midnight from next month.

"Evening crossings are what people asked us for," said Mara Lindqvist, who runs the ferry service.

Tomas Brandt, who chairs the residents' group, was less pleased. "Nobody asked about the noise," Brandt said.
"""


def test_doubts_of_one_kind_are_one_class_whatever_names_they_carry() -> None:
    first = reason_class("“Reid” is the surname of more than one person in the article")
    second = reason_class("“Okoye” is the surname of more than one person in the article")
    assert first == second == "“…” is the surname of more than one person in the article"
    assert reason_class("the pronoun could mean any of 3 people named before it") == reason_class(
        "the pronoun could mean any of 4 people named before it"
    )
    assert reason_class(None) == "sure"


def test_each_speaker_is_judged_right_wrong_or_nobodys_by_the_gold() -> None:
    extraction = extract(_ARTICLE)
    gold = {
        "quotes": [
            {"fragment": "Evening crossings are", "speaker": "Mara Lindqvist", "how": "after"},
            {"fragment": "Nobody asked about", "speaker": "Mara Lindqvist", "how": "after"},
        ],
        "people": [],
    }
    table: dict = {}
    add_article(table, "ferries", extraction, gold)
    counts = table[("after", "sure")]
    assert (counts.outcomes["right"], counts.outcomes["wrong"]) == (1, 1)  # the second gold speaker is wrong on purpose
    assert counts.articles == {"ferries"}
    assert any(line.split()[:3] == ["after", "1", "1"] for line in lines(table))


def test_a_weak_sieves_speaker_is_backed_by_the_same_speaker_next_to_it() -> None:
    extraction = extract(
        "Dock strike ends\n\nThe strike at the docks ended on Friday.\n\n"
        '"We got most of what we asked for," said Ilse Marant, who led the union side.\n\n'
        '"Now the work starts again."\n'
    )
    continued = next(i for i, q in enumerate(extraction.quotations) if q.text.startswith("Now"))
    assert extraction.quotations[continued].rule == "continued"
    assert second_cue(extraction, continued) == "same speaker, said-clause, next to it"
