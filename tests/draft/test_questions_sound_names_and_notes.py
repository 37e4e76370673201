"""Issue 10, item 4: questions a student can answer from the question alone (stop 31, questions engineer).

Thirty PolNeAR train articles (seed 31) and the corpus tune half were drafted and every question read as a
student meets it. The unsound ones of these groups are mended at their mechanism; the sentences below are
written in our own words:
- a number blanked or swapped inside a name or a set phrase: "the 9/{{11}} attacks", a film's "Part {{3}}"
  sequel title, "a {{one}}-sided game", "learn a thing or {{two}}";
- the wire credits run onto the last paragraph ("(Reporting by ...; Editing by ...)") asked as a fact, and a
  wire agency's tag after the date alone ("Mar 3 (Reuters) - ") shown with the sentence;
- a subheading in capitals run onto the sentence after it ("FOUR MORE MISS THE CUT Ana Ruiz ...");
- "Except 40% went to ..." opening a sentence: it finishes the sentence before; "Even so, ..." answers it, and
  "That was the first time I met ..." looks back at it;
- a title's plural ("Sens.", "Reps.") read as a sentence's end, cutting the question at "teamed up with Sens.";
- a false statement swapping a person into a country's place ("the borders with Tom Hale"): a one-word "person"
  the article never calls he or she may be a country or a body;
- a list's bullet or an interview's "Q:" shown at the sentence's start;
- a number swapped after "a" or "an" that no longer fits it ("a 80% majority", "an 4-point lead");
- a speaker known only as "the Republican presidential candidate" matched beside "Donald Trump", or offered as
  the answer among named people: a definite role points back at someone, often one of the named options;
- a role read from a clause opening after a name ("Ana Ruiz, that's not going to happen");
- a role read from a clause: "Who is the replace Justice?" ("plans to replace Justice Ana Ruiz"), "Who is the
  editor I was talking to?", "Who is the Whig party faced a dilemma?".
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.fact_numbers import find_numbers
from quizapp.draft.fact_questions import fact_questions
from quizapp.draft.person import Person
from quizapp.draft.role_questions import role_questions
from quizapp.draft.sentences import split_sentences
from quizapp.draft.shown_fact import ShownFact, part_of_a_number
from quizapp.draft.standalone import standalone_edits
from quizapp.draft.true_false import SwapIndex, true_false_question
from quizapp.draft.who_said import may_be_someone_named
from quizapp.draft.wording import question_wording

from .false_statements import false_statements


def _counts(text: str) -> list[str]:
    return [number.text for number in find_numbers(text, 0, len(text)) if not part_of_a_number(text, number)]


def test_a_number_inside_a_name_or_a_set_phrase_is_no_count() -> None:
    for sentence, kept in (
        ("The council recalled the 9/11 attacks at the memorial on Friday.", []),
        ("Fans queued for hours to see Hailstorm 3 at the Odeon with 40 friends.", ["40"]),
        ("The final was a one-sided game in front of 12,000 people.", ["12,000"]),
        ("Every trainee will learn a thing or two from the 14 mentors.", ["14"]),
        ("Game 7 drew 45 thousand people to the ground.", ["7", "45"]),  # a word that numbers a game
        ("Some 14 candidates stood for the 3 seats.", ["14", "3"]),  # a sentence's first word is no name
    ):
        assert _counts(sentence) == kept, sentence


def test_wire_credits_are_no_fact_and_a_dated_wire_tag_is_left_out() -> None:
    text = (
        "Mar 3 (Reuters) - The harbour board voted 9 to 2 on Tuesday to close the old quay in Denby. "
        "The quay had served 40 fishing boats since 1950. (Reporting by Ana Ruiz in Denby; Editing by Tom Hale.)"
    )
    extraction = extract(text)
    edits = standalone_edits(extraction, 0, text.index(" The quay"))
    assert edits is not None and len(edits) == 1 and text[edits[0].end :].startswith("The harbour board"), edits
    shown = [question_wording(drafted.question, choices=True) for drafted in fact_questions(extraction)]
    assert not any("Reporting by" in question or "Reuters" in question for question in shown), shown


def test_a_subheading_in_capitals_is_left_out_and_except_opens_no_question() -> None:
    text = "FOUR MORE MISS THE CUT Ana Ruiz and Tom Hale failed to reach the final on Sunday in Denby."
    edits = standalone_edits(extract(text), 0, len(text))
    assert edits is not None and len(edits) == 1 and text[edits[0].end :].startswith("Ana Ruiz"), edits
    for sentence, alone in (
        ("Except 40 percent of the money went to buy back shares.", False),
        ("Even so, Ana Ruiz and Tom Hale are also wrong about the 3 cranes.", False),
        ("That was the first time I met Ana Ruiz in Denby.", False),
        ("This is the first time that 40 boats sailed from Denby.", True),  # it looks on, not back
    ):
        assert (standalone_edits(extract(sentence), 0, len(sentence)) is not None) == alone, sentence


def test_a_role_is_never_read_from_a_verb_or_a_clause() -> None:
    text = (
        "The mayor plans to replace Justice Ana Ruiz with a judge of her own. "
        "The editor I was talking to, Tom Hale, laughed at the idea. "
        "In 1990, having lost the vote to Councillor Mia Holt, the Green party faced a hard choice. "
        "Omar Said, the harbour master, welcomed the plan. "
        "It was announced according to election lawyer Petra Holm on Monday."
    )
    prompts = [drafted.question.prompt for drafted in role_questions(extract(text), [])]
    assert not any("replace" in prompt or "talking" in prompt or "faced" in prompt for prompt in prompts), prompts
    assert "Who is the harbour master, according to the article?" in prompts, prompts


def test_a_plural_title_ends_no_sentence() -> None:
    text = "The mayor teamed up with Sens. Ana Ruiz and Tom Hale on the harbour plan. It passed on Monday."
    sentences = [text[sentence.start : sentence.end].strip() for sentence in split_sentences(text, 0, len(text), [], 0)]
    assert sentences[0].endswith("harbour plan."), sentences


def test_a_one_word_person_of_no_gender_is_never_swapped_in_or_out() -> None:
    text = (
        "Ana Ruiz said on Monday that she would visit the port. "
        "Tom Hale said he would meet her there with 30 officials. "
        "Talks along the border with Kelvania worried the harbour minister on Friday. "
        "Kelvania, which was once a friend of the port, then turned against it."
    )
    statements = false_statements(text)
    assert statements, statements
    assert not any("border with" in statement and "with Kelvania" not in statement for statement in statements), (
        statements
    )


def test_a_bullet_or_an_interview_mark_is_left_out_of_the_sentence_shown() -> None:
    for text, shown in (
        ("~ Ana Ruiz is selling the harbour paper to 3 new owners.", "Ana Ruiz"),
        ("-Tom Hale won 84 percent of the young voters in Denby.", "Tom Hale"),
        ("Q: Harbour workers are anxious about the 40 new cranes.", "Harbour workers"),
    ):
        edits = standalone_edits(extract(text), 0, len(text))
        assert edits is not None and len(edits) == 1 and text[edits[0].end :].startswith(shown), (text, edits)


def test_a_speaker_known_only_as_the_role_of_a_person_is_never_offered_beside_named_people() -> None:
    extraction = extract(
        "Senate candidate Ana Ruiz toured the harbour on Monday. Tom Hale, the harbour director, met her there. "
        "The group of fishermen said little, and the judge said less."
    )
    assert may_be_someone_named(extraction, Person(id="r1", kind="role", name="the candidate"))  # Ana Ruiz?
    assert may_be_someone_named(extraction, Person(id="r2", kind="role", name="the harbour director"))  # Tom Hale?
    assert not may_be_someone_named(extraction, Person(id="r3", kind="role", name="the judge"))  # no judge named
    assert not may_be_someone_named(extraction, Person(id="r4", kind="role", name="the group"))  # a body
    assert not may_be_someone_named(extraction, Person(id="r5", kind="role", name="a candidate"))  # someone else


def test_a_contracted_clause_after_a_name_is_no_role() -> None:
    text = (
        "The board will pick a new chair like Ana Ruiz, that’s not going to happen. "
        "Tom Hale, the harbour master, agreed."
    )
    prompts = [drafted.question.prompt for drafted in role_questions(extract(text), [])]
    assert not any("that’s" in prompt for prompt in prompts), prompts


def test_a_swapped_number_keeps_the_a_or_an_before_it_right() -> None:
    text = (
        "The harbour board signed an 11-year lease with the ferry company on Monday. "
        "The ferry company held a 4-year lease and then a 7-year lease before 2019."
    )
    extraction = extract(text)
    swaps = SwapIndex(extraction)
    fact = extraction.facts[0]
    edits = standalone_edits(extraction, fact.start, fact.end)
    assert edits is not None
    drafted = true_false_question(swaps, ShownFact(fact, edits, "", frozenset()), False)
    statement = drafted.question.prompt if drafted is not None else ""
    assert "an 4" not in statement and "an 7" not in statement, statement  # "an 4-year lease" gives the swap away
