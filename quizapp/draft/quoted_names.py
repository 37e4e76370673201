"""A cloze on a name inside quoted words ("We were just too strong for {{Fleetwood}} in the end."), then in the
article's own sentences no other question asks.

An article built on one speaker (a manager after a match, a councillor after a fire) is mostly
quotation, and drafted one question per 150 words or fewer: "who said this?" has nobody else to
offer, and the speaker's words hold few numbers. What such words do hold are the story's names,
the opponent, the player praised, the body blamed: which of them the speaker spoke of is what a
reader of the article knows and a guesser does not. Unlike a common word ("the tear to his
{{hamstring}}", unsound nearly every time, see quoted_words.py), a name is not guessed from the
words around it.

Only what a teacher would keep is asked:
- the blank is a whole run of capitalised words, never part of a name or a product ("Office 365",
  "Covid-19", "Manchester {{City}}"), never a weekday, month, title, nationality word or "I";
- the name is a person's of the article, or the article writes it again elsewhere inside a
  sentence: a capital met once ("{{Question}} time") may be no name at all, and a name never met
  again is not one the article teaches; a name opening the sentence is asked only when it is a
  person's; no word of it is left in another name beside the blank ("the Home Secretary ... the
  {{Home Office}}");
- the sentence reads alone (no he or she, nothing pointing back: `standalone`) and no other form
  of the answer is left in it;
- the prompt names the speaker only when sure ("these words of the manager"), else "these words
  quoted in the article", so no answer key rests on a guessed speaker; a quotation another
  question shows or asks about is left alone (a cloze naming the speaker would answer it).

The article's own sentences that no other question asks are read the same way, more strictly: the
name must be a person's full name, a body of the article or a place its facts hold (never an
acronym), the sentence must need no edit to stand alone and carry no dateline ("PELLHAM (QN) —"
names the place the blank may be), and the prompt is any fact cloze's.

Drafted last, only as far as the article's length asks (one per `WORDS_PER_QUESTION`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.demonyms import is_nationality
from quizapp.draft.embedded_posts import after_a_tag_mark, in_an_embedded_post, post_paragraphs
from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import (
    ABBREVIATIONS,
    NAME_STOPWORDS,
    NATIONALITIES,
    ORGANIZATION_NOUNS,
    ORGANIZATION_WORDS,
    PARTIES_AND_FAITHS,
    ROLE_NOUNS,
    TITLE_WORDS,
    alternation,
    word_set,
)
from quizapp.draft.literal_patterns import search_around
from quizapp.draft.named_speaker import other_names, quoted_cloze_wording
from quizapp.draft.person import Person
from quizapp.draft.quoted_sentences import a_said_sentence, written_as_a_title
from quizapp.draft.shown_fact import in_a_note_on_the_article
from quizapp.draft.standalone import standalone_edits
from quizapp.draft.wording import capitalized, contains_phrase, excerpt, question_id, slug

MIN_WORDS, MAX_WORDS = 6, 40
MAX_QUOTATIONS, MAX_SENTENCES = 40, 200
"""Quotations and sentences looked at: a long article is drafted in linear time, from its first ones."""
_SHOUTED = lazy_compile(r"\b[A-Z]{4,}\b|\((?:AP|AFP|Reuters|PA|IANS|UPI)\)")
_ENDS_SENTENCE = lazy_compile(r"[.!?][\"”’')\]]*\s*$")
_RUN = lazy_compile(r"(?<![\w’'.-])[A-Z][\w’'&-]*(?:[ ](?:of[ ](?:the[ ])?)?(?!I\b)[A-Z][\w’'&-]*)*")
"""A run of capitalised words ("Worcestershire Royal Hospital", "Bank of England"); a full stop ends it."""
_POSSESSIVE = lazy_compile(r"(?:’s|'s|’|')$")
_NOT_NAMES = word_set(
    "I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December God Christmas Easter OK Mr Mrs Ms Dr Sir Madam Lord Lady"
)
_UNSAFE = lazy_compile(r"[{}|\[\]“”\"‘]")
_POINTING = lazy_compile(
    alternation(
        sorted(word_set("he she him her his they them their it its He She Him Her His They Their It Its")),
        word_start=True,
    )
    + r"\b"
)
"""Words whose meaning is in an earlier sentence: out of the article, "they beat us" says nothing."""


def quoted_name_questions(
    extraction: Extraction, taken: set[int], shown: str, limit: int, blanks: Iterable[str] = ()
) -> list[DraftedQuestion]:
    """Up to `limit` clozes on a name in quoted words, one per quotation, on quotations no other question asks
    (`taken`: where asked quotations open) or shows (`shown`: the words of the other questions), in words that
    hold no other cloze's answer (`blanks`): shown here, they would answer it."""
    answered = tuple(blank for blank in blanks if blank.strip())
    drafted: list[DraftedQuestion] = []
    used: set[str] = set()  # the names asked already, casefolded
    if limit <= 0:
        return drafted
    for quotation in extraction.quotations[:MAX_QUOTATIONS]:
        if len(drafted) >= limit:
            break
        if quotation.quote.open_at in taken or quotation.quote.nested:
            continue
        speaker = extraction.person(quotation.sure_speaker)
        for segment_start, segment_end in quotation.quote.segments:
            found = next(
                (
                    question
                    for sentence in extraction.segment_sentences(segment_start, segment_end)
                    if (
                        question := _name_cloze(
                            extraction, speaker, (sentence.start, sentence.end), shown, used, answered
                        )
                    )
                ),
                None,
            )
            if found is not None:
                drafted.append(found)
                shown += " " + found.question.explanation
                used.add(found.answer_key[1].removeprefix("quoted-name:"))
                break
    posts = extraction.once("post paragraphs", None, lambda: post_paragraphs(extraction.text, extraction.sentences))
    for sentence in extraction.sentences[:MAX_SENTENCES]:
        if len(drafted) >= limit:
            break
        if sentence.paragraph in posts:
            continue  # "... pic.twitter.com/Ab12 — Ana Ruiz (@anaruiz) July 23, 2016.": a pasted post, not the story
        if sentence.start in taken or not _ENDS_SENTENCE.search(extraction.text, sentence.start, sentence.end):
            continue  # another question asks this sentence; a heading or a lead-in is no statement
        if in_a_note_on_the_article(extraction, sentence.start):
            continue  # "Editor's note: NAME regularly ...": the site's line, not the story
        found = _name_cloze(extraction, None, (sentence.start, sentence.end), shown, used, answered, quoted=False)
        if found is not None:
            drafted.append(found)
            shown += " " + found.question.explanation
            used.add(found.answer_key[1].removeprefix("quoted-name:"))
    return drafted


def _name_cloze(
    extraction: Extraction,
    speaker: Person | None,
    bounds: tuple[int, int],
    shown: str,
    used: set[str],
    answered: tuple[str, ...],
    *,
    quoted: bool = True,
) -> DraftedQuestion | None:
    text = extraction.text
    start, end = bounds
    while start < end and (
        text[start] in '“"‘ ~•·▪►*'
        or text[start : start + 2] in {"Q:", "A:"}
        or (text[start] == "-" and text[start + 1 : start + 2].isupper())
    ):
        start += 2 if text[start + 1 : start + 2] == ":" else 1  # an opening mark, a bullet, an interview's "Q:"
    while end > start and text[end - 1] in ',;: ”"’':
        end -= 1
    sentence = text[start:end]
    if not MIN_WORDS <= len(sentence.split()) <= MAX_WORDS or _UNSAFE.search(sentence):
        return None
    if " ".join(sentence.split()[:6]) in shown or _POINTING.search(sentence):
        return None  # another question shows these words; "he" out of the article names no one
    if speaker is not None and contains_phrase(sentence, speaker.shown):
        return None
    if any(_shows(sentence, blank) for blank in answered):
        return None  # "running +163mins late" beside a cloze asking how late: it would answer that one
    if not quoted and _SHOUTED.search(sentence):
        return None  # "VINELAND, N.J. (AP) —": a dateline names the place the blank may be
    if in_an_embedded_post(text, start, end):
        return None  # "... https://t.co/Ab12 — Ana Ruiz (@anaruiz) July 23, 2016.": a pasted post and its signature
    if (quoted and not a_said_sentence(text, start, end)) or written_as_a_title(text, start, end):
        return None  # "condemns the use of Twitter": a piece of the article's sentence; "The Late Show ...": a title
    edits = standalone_edits(extraction, start, end)
    if edits is None or (edits and not quoted):
        return None  # the article's own sentence is shown as written: one needing an edit to stand alone is left
    runs = list(_RUN.finditer(sentence))
    for match in runs:
        name = _POSSESSIVE.sub("", match.group(0)).rstrip(".")
        name_start, name_end = start + match.start(), start + match.start() + len(name)
        person = _person_named(extraction, name)
        if after_a_tag_mark(text, name_start):
            continue  # "#{{Cologne}}", "@{{AnaRuiz}}": a tag or a handle, not a name
        if not _askable(text, name, name_start, name_end, match.start() == 0, person):
            continue
        if _first_name_only(extraction, name):
            continue  # "{{Peter}}" of Peter Smith: the article teaches the full name, a first name alone is a guess
        if person is None and not _named_elsewhere(text, name, start, end):
            continue  # "{{Question}} time": a capital the article never writes again may be no name at all
        if not quoted and not _known(extraction, name, person):
            continue  # in the article's own sentence, only a name its people or places hold: "the 2023 General
            # Elections" is written again, and is no name to learn
        others = {word for run in runs if run.group(0) != match.group(0) for word in run.group(0).split()}
        if others & (set(name.split()) - NAME_STOPWORDS):
            continue  # "the Home Secretary ... the {{Home Office}}": half of the answer is shown beside it
        if name.casefold() in used:
            continue  # two clozes on one name ask one thing twice
        answers = [name, *((person.shown, person.name, *other_names(person)) if person is not None else ())]
        rest = text[start:name_start] + " " + text[name_end:end]
        if any(contains_phrase(rest, answer) for answer in answers):
            continue  # the name, or another of its forms, left beside the blank answers it
        return _drafted(extraction, speaker, (start, end), (name_start, name_end), answers, quoted)
    return None


def _shows(sentence: str, blank: str) -> bool:
    """Whether the sentence holds another cloze's answer: as whole words, or a number in any unit ("+163mins")."""
    if blank[:1].isdigit():
        return search_around(r"(?<![\d.,])", (blank,), r"(?![\d]|[.,]\d)", sentence) is not None
    return contains_phrase(sentence, blank)


def _askable(text: str, name: str, start: int, end: int, opens: bool, person: Person | None) -> bool:
    words = name.split()
    if not words or len(name) < 3 or any(ch.isdigit() for ch in name):
        return False  # "Office 365", "U2": a product or a code, not a name to learn
    if words[0] in NAME_STOPWORDS or words[0] in _NOT_NAMES or words[0].startswith(("I’", "I'")):
        return False
    if all(word in TITLE_WORDS or word in _NOT_NAMES for word in words):
        return False  # "Minister": a title, not who
    if len(words) == 1 and words[0].lower() in ABBREVIATIONS:
        return False  # "{{Sen}}. Ana Ruiz", "{{St}}. Ann's": an abbreviation before a name is half of it
    if words[-1].lower() in NATIONALITIES or (person is None and is_nationality(words[-1])):
        return False  # "English", "Jamaicans", "the Swede": a nationality, not who or where (a person may be Finn)
    if person is None and len(words) == 1 and name in PARTIES_AND_FAITHS:
        return False  # "elect a {{Republican}} president": like a nationality, a kind of person, guessed from beside it
    if len(words) == 1 and (name in ORGANIZATION_WORDS or name.lower() in ORGANIZATION_NOUNS | ROLE_NOUNS):
        return False  # "is there a {{Parliament}} anywhere else": a common noun written with a capital
    after, before = text[end : end + 1], text[start - 1 : start] if start else ""
    if (after and after in "-–") or (before and before in "-–") or re.match(r"[ ]+\d", text[end : end + 3]):
        return False  # "Covid-19", "Galaxy S8": half of a name or of a product
    return not opens or person is not None


def _named_elsewhere(text: str, name: str, start: int, end: int) -> bool:
    """Whether the article writes the name again outside text[start:end], not opening a sentence: a name it
    teaches, and a name for sure (any word is capitalised opening a sentence or a title). Found with `str.find`,
    stopping at the first such place: a long article costs a scan per name, not a pattern tried everywhere."""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "’'-_")) and not (
            after < len(text) and (text[after].isalnum() or text[after] in "-_")
        )
        if whole and not start <= at < end:
            before = text[max(0, at - 3) : at].rstrip(' “"‘')
            if before and before[-1] not in ".!?\n":
                return True
        at = text.find(name, at + 1)
    return False


def _known(extraction: Extraction, name: str, person: Person | None) -> bool:
    """Whether the name is a person's full name or surname, a body the article quotes or names, or a place its
    facts hold, and not an acronym (guessed from nothing, and seldom what a story teaches)."""
    if name.isupper():
        return False
    if person is not None:
        return bool(person.first and person.last)
    if any(p.kind == "organization" and (name == p.name or name in p.alias_set) for p in extraction.people):
        return True
    return any(
        element.kind == "place" and element.text == name for fact in extraction.facts for element in fact.elements
    )


def _first_name_only(extraction: Extraction, name: str) -> bool:
    """Whether the name is only the first name of a person of the article whose full name is known."""
    return any(p.kind == "person" and p.first == name and p.last and p.last != name for p in extraction.people)


def _person_named(extraction: Extraction, name: str) -> Person | None:
    """The article's person of that exact name, when only one goes by it."""
    found = [p for p in extraction.people if p.kind == "person" and (name == p.name or name in p.alias_set)]
    return found[0] if len(found) == 1 else None


def _drafted(
    extraction: Extraction,
    speaker: Person | None,
    bounds: tuple[int, int],
    name_bounds: tuple[int, int],
    answers: list[str],
    quoted: bool,
) -> DraftedQuestion:
    text = extraction.text
    (start, end), (name_start, name_end) = bounds, name_bounds
    answers = [answer for answer in dict.fromkeys(answers) if answer and not _UNSAFE.search(answer)]
    blank = "{{" + "|".join(answers[:5]) + "}}"
    sentence, span = text[start:end], excerpt(text, start, end)
    shown = capitalized((text[start:name_start] + blank + text[name_end:end]).strip())
    if quoted:
        prompt, explanation = quoted_cloze_wording(speaker, sentence)
        shown = f"“{shown}”"
    else:
        prompt, explanation = "Fill in the blank.", f"The article says: “{sentence}”"
    question = make_question(
        "cloze",
        id=question_id(
            "fill-quoted-name" if quoted else "fill-name", slug(text[name_start:name_end], 3), slug(sentence, 5)
        ),
        prompt=prompt,
        text=shown,
        explanation=explanation,
        source=text[slice(*span)],
        tags=("facts",),
    )
    paragraph = extraction.article.paragraph_index(start) + 1
    return DraftedQuestion(question, span, paragraph, (start, f"quoted-name:{answers[0].casefold()}"))
