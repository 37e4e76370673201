"""Issue 10, item 4: questions a student would fault, left after stop 31 on PolNeAR train banks (questions2).

Each group is mended at its mechanism; the sentences below are written in our own words:
- a false statement swapping a man for a woman (or back) where a noun of the sentence tells the gender ("those
  men", "the first woman to", "Hale and his wife"): the noun gives the swap away as a pronoun does;
- a month swapped inside a range so that it runs backwards ("between November and early October"): a range's
  bound stays on its side of the other, as "at least 14" stays a lower bound;
- a sentence whose mid-sentence "it" has nothing before it to stand for ("Two in three said it made no
  difference"), while "Acme said it ..." and an "it" pointing forward ("it was hard to say whether") stay;
- a deed named only by "it", "this" or "that" ("Ana Ruiz did it to win time", "if they can do that, ..."): did
  what?
- a headline opening on a number ("12 Things to Know Now.") read as the story's first sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.draft.article import parse_article
from quizapp.draft.extraction import extract
from quizapp.draft.standalone import standalone_edits

from .false_statements import false_statements


def test_a_gendered_noun_in_the_sentence_keeps_a_person_swap_to_the_same_gender() -> None:
    statements = false_statements(
        "Ana Ruiz said on Monday that she would visit the harbour with 30 officials. "
        "Tom Hale said he would meet her there on Friday. "
        "Dan Pike, who runs the ferry, said he would come on Tuesday. "
        "If Tom Hale wins 40 seats, voters will for once see one of those men as a leader."
    )
    assert not any("Ana Ruiz wins" in statement for statement in statements), statements
    assert not any("Ruiz wins" in statement and "those men" in statement for statement in statements), statements


def test_a_swapped_month_keeps_a_range_in_order() -> None:
    statements = false_statements(
        "The ferry runs between June and early October in most years. "
        "The harbour board met in November to set the fares. "
        "The board first met in February to plan the new pier."
    )
    ranges = [statement for statement in statements if "between" in statement]
    assert not any("November and" in statement for statement in ranges), ranges
    assert all("and early October" in statement for statement in ranges), ranges


def test_a_mid_sentence_it_needs_something_before_it_to_stand_for() -> None:
    text = (
        "The harbour poll, paid for by Acme, asked 900 people about the new fares. "
        "Two in three said it made no difference to them. "
        "Acme said it would add 4 ferries in Denby. "
        "Few voters said it was hard to say whether 12 more would help. "
        "While it ranks high on such lists, Denby was not among the 10 busiest ports."
    )
    readable = _readable_alone(text)
    assert not readable("Two in three")
    assert readable("Acme said it")  # Acme is a name "it" stands for
    assert readable("Few voters said it was hard")  # the "it" points on, to "whether ..."
    assert readable("While it ranks")  # named just after: Denby


def test_a_title_case_headline_opening_on_a_number_is_the_headline() -> None:
    article = parse_article(
        "12 Things to Know Now.\n\nThe harbour board meets on Monday to set 4 new fares for the ferry."
    )
    assert article.headline == "12 Things to Know Now"
    assert article.body_start == 1  # the story opens on the paragraph after it


def test_a_deed_named_only_by_it_or_that_is_not_asked() -> None:
    text = (
        "Ana Ruiz did it in part to win 3 more weeks for the harbour board. "
        "If the board can do that, it will open 2 piers in May. "
        "Tom Hale hoped to finish 4 piers, but his crew could not do so by June. "
        "The crew did this job in 9 days."
    )
    readable = _readable_alone(text)
    assert not readable("Ana Ruiz did it")
    assert not readable("If the board")
    assert readable("Tom Hale hoped")  # "do so" points within the sentence, to finishing the piers
    assert readable("The crew did this job")  # "this" opens a noun


def _readable_alone(text: str) -> Callable[[str], bool]:
    """Whether the sentence of `text` opening with given words can be asked alone (`standalone_edits`)."""
    extraction = extract(text)

    def readable(opening: str) -> bool:
        start = text.index(opening)
        return standalone_edits(extraction, start, text.index(".", start) + 1) is not None

    return readable
