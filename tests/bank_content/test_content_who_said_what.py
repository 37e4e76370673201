"""Who said what: every direct quotation in the article is asked about, quoted word for word and
attributed to the right speaker, with wrong options drawn from people in the article.

The speakers below were read off the article by hand, quotation by quotation; the tests check
that this table covers every quotation the article contains, so a new or missed quotation fails
loudly instead of going unasked.
"""

from __future__ import annotations

import re

from quizapp.bank.models import Bank, Matching, MultipleChoice

CAST = frozenset({"Putin", "Trump", "Vance", "Peskov", "Zelensky", "Starmer", "Rubio"})
"""People in the article, as the bank names them: the only fair options for "who said it"."""

SPEAKER_BY_OPENING = {
    "ready to work with the Ukrainian side": "Putin",
    "very meaningful and quite frank": "Putin",
    "remove the root causes of this crisis": "Putin",
    "Russia is also in favor": "Putin",
    "We just need to identify": "Putin",
    "root causes": "Putin",
    "went very well": "Trump",
    "immediately start negotiations toward a Ceasefire": "Trump",
    "I am not happy with the Russian strikes": "Trump",
    "Vladimir, STOP!": "Trump",
    "Russia wants to do largescale TRADE": "Trump",
    "There is a tremendous opportunity": "Trump",
    "I'm not sure that Vladimir Putin": "Vance",
    "He's got a million men": "Vance",
    "We realize there's a bit of an impasse": "Vance",
    "Look, there are a lot of economic benefits": "Vance",
    "There's meticulous and perhaps": "Peskov",
    "if Russia failed to engage seriously": "Starmer",
}
"""The opening words of each quotation in the article, and who said or wrote it."""

ARTICLE_QUOTATION = re.compile(r"[\"“]([^\"”]+)[\"”]")
QUOTED_IN_QUESTION = re.compile(r"“([^”]+)”")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
DISTINCTIVE_WORDS = 6
"""A run of this many words of a quotation (or all of a shorter one) identifies it."""
MAX_PAIRS = 6


Words = tuple[str, ...]


def words(text: str) -> Words:
    """Lower-case words, with curly apostrophes straightened: quotation marks and punctuation drop out."""
    return tuple(WORD.findall(text.casefold().replace("’", "'").replace("‘", "'")))


def contains(outer: Words, inner: Words) -> bool:
    """Whether `inner` occurs as consecutive words of `outer`."""
    return f" {' '.join(inner)} " in f" {' '.join(outer)} "


def article_quotations(article: str) -> list[str]:
    return ARTICLE_QUOTATION.findall(article)


def speaker_of(quotation: str) -> str | None:
    for opening, speaker in SPEAKER_BY_OPENING.items():
        if words(quotation)[: len(words(opening))] == words(opening):
            return speaker
    return None


def who_said_what_questions(bank: Bank) -> list[Matching | MultipleChoice]:
    """Questions whose answer is a speaker: who-said-what matching and multiple choice."""
    return [
        question
        for question in bank.questions
        if "who-said-what" in question.tags and isinstance(question, Matching | MultipleChoice)
    ]


def attributions(bank: Bank) -> list[tuple[str, str, str]]:
    """(question id, quoted fragment, speaker the question says said it), for every quotation asked about."""
    found = []
    for question in who_said_what_questions(bank):
        if isinstance(question, Matching):
            for pair in question.pairs:
                found += [(question.id, fragment, pair.right) for fragment in QUOTED_IN_QUESTION.findall(pair.left)]
        else:
            found += [
                (question.id, fragment, question.answer) for fragment in QUOTED_IN_QUESTION.findall(question.prompt)
            ]
    return found


def test_who_said_what_options_are_people_from_the_article(article_bank: Bank) -> None:
    strangers = {}
    for question in who_said_what_questions(article_bank):
        options = question.options if isinstance(question, Matching) else question.choices
        if outside := set(options) - CAST:
            strangers[question.id] = sorted(outside)
    assert strangers == {}


def test_who_said_what_matching_is_small_and_has_a_wrong_speaker(article_bank: Bank) -> None:
    matchings = [question for question in who_said_what_questions(article_bank) if isinstance(question, Matching)]
    assert matchings, "who said what needs matching questions"
    assert [question.id for question in matchings if len(question.pairs) > MAX_PAIRS] == []
    assert [question.id for question in matchings if not question.distractors] == []


def test_every_who_said_what_quotation_is_in_curly_quotes(article_bank: Bank) -> None:
    """The attribution checks find quotations by their “ ” marks; one without them goes unchecked."""
    unmarked = []
    for question in who_said_what_questions(article_bank):
        if isinstance(question, Matching):
            unmarked += [
                f"{question.id}: {pair.left}" for pair in question.pairs if not QUOTED_IN_QUESTION.search(pair.left)
            ]
        elif not QUOTED_IN_QUESTION.search(question.prompt):
            unmarked.append(f"{question.id}: {question.prompt}")
    assert unmarked == []


def test_the_speaker_table_covers_every_quotation_in_the_article(article_text: str) -> None:
    quotations = article_quotations(article_text)
    assert len(quotations) >= 15, "the quotation pattern no longer finds the article's quotations"
    assert [quotation for quotation in quotations if speaker_of(quotation) is None] == []
    surnames = set(words(article_text))
    assert sorted(name for name in CAST if name.casefold() not in surnames) == []


def misattributions(bank: Bank, article: str) -> list[str]:
    """Quoted fragments that are not in the article's quotations, or are given to the wrong speaker."""
    quotations = article_quotations(article)
    wrong = []
    for question_id, fragment, speaker in attributions(bank):
        sources = [quotation for quotation in quotations if contains(words(quotation), words(fragment))]
        if not sources:
            wrong.append(f"{question_id}: “{fragment}” is not a quotation from the article")
        for quotation in sources:
            if speaker_of(quotation) != speaker:
                wrong.append(f"{question_id}: “{fragment}” is by {speaker_of(quotation)}, not {speaker}")
    return wrong


def unasked_quotations(bank: Bank, article: str) -> list[str]:
    """Quotations of the article that no question asks the speaker of (by a distinctive run of words)."""
    asked = [words(fragment) for _, fragment, _ in attributions(bank)]
    unasked = []
    for quotation in article_quotations(article):
        quoted = words(quotation)
        needed = min(DISTINCTIVE_WORDS, len(quoted))
        if not any(len(fragment) >= needed and contains(quoted, fragment) for fragment in asked):
            unasked.append(quotation)
    return unasked


def test_every_quoted_fragment_is_verbatim_and_rightly_attributed(article_bank: Bank, article_text: str) -> None:
    assert misattributions(article_bank, article_text) == []


def test_every_quotation_in_the_article_is_asked_about(article_bank: Bank, article_text: str) -> None:
    assert unasked_quotations(article_bank, article_text) == []


def _one_question_bank(prompt: str, choices: list[str], answer: str) -> Bank:
    question = {
        "kind": "multiple_choice",
        "id": "q",
        "prompt": prompt,
        "choices": choices,
        "answer": answer,
        "explanation": "x",
        "tags": ["who-said-what"],
    }
    return Bank.model_validate({"id": "checks", "title": "t", "questions": [question]})


def test_the_checks_catch_a_wrong_speaker_an_invented_quotation_and_gaps(article_text: str) -> None:
    """The checks above can fail: Peskov's words given to Putin, words nobody said, quotations never asked."""
    wrong_speaker = _one_question_bank("Who said “prolonged work ahead”?", ["Putin", "Peskov"], "Putin")
    invented = _one_question_bank("Who said “the talks are over”?", ["Putin", "Peskov"], "Peskov")
    assert misattributions(wrong_speaker, article_text) == ["q: “prolonged work ahead” is by Peskov, not Putin"]
    assert misattributions(invented, article_text) == ["q: “the talks are over” is not a quotation from the article"]
    assert "very meaningful and quite frank." in unasked_quotations(wrong_speaker, article_text)
