"""Sentences that stand on their own in a question, quoted as the article wrote them.

A leading "But" or "And" is dropped: it answers a sentence the student does not see; so is a
dateline ("GENEVA — "), which says where the story was filed, not what happened.

A question shows one sentence cut from the sentences before it, so one whose he or she comes
before anyone it names ("In late April, however, he issued a rare rebuke") cannot be asked
alone. Writing a guessed name in place of the pronoun made false statements when the guess
was wrong ("Jackson said" for words of Nigel Clough), so such sentences are not used at all.
The same holds for a sentence that opens by pointing back at what came before: "That's up from
140 homes", "They have since bought 3 pumps", "It expects sales of ...": alone, the student
cannot tell what "that", "they" or "it" is, and a true/false swap on it ("It" for another
company) cannot be judged. An "It" that points forward ("It is unclear whether ...") stays.

Read as a student reads them, more openings point back the same way: an "It" that is the subject of a raising
verb ("It is expected to show ...": it is the report named before), "So far, that has not happened" (the pointing
word behind a short opening phrase), a quantifier standing for people named before ("All see ...", "Both
said ..."), a step in a sequence ("Next, ..."), and "him", "his" or "her" before anyone is named ("What could knock
him back ..."). A leading "So" or "Yet" is a connective like "But" and is dropped ("So one of the groups ...").
A deed named only by "it", "this" or "that" ("Reagan did it to ...") points back too, and so does an "it" or
"this" inside the sentence with nothing before it in the sentence to stand for ("Two in three said it made no
difference"): nothing the student sees says what was done, or what "it" is.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS, alternation
from quizapp.draft.person import Mention
from quizapp.draft.whole_words import is_word_character

_PRONOUN = lazy_compile(alternation(["he", "she", "He", "She"], word_start=True) + r"\b")
_OBJECT_PRONOUN = lazy_compile(
    alternation(["him", "his", "His", "her", "Her", "himself", "herself"], word_start=True) + r"\b"
)
"""Written with `word_start`, as the demonstratives and deeds below: searched in every sentence a question may show."""
_NAME_AFTER_OPENING = lazy_compile(r"(?:,|--|[—–―])\s*$")
"""An opening phrase closed by a comma or dash just before the first name: "In his second term, Obama ..." names
whose term it is at once."""
_DATELINE = lazy_compile(
    r"(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:\(?[A-Z][A-Z.'’-]+\)?(?:(?:[ ]+|,[ ]+)[A-Z][A-Z.'’-]+)*(?:,[ ]+[A-Z][a-z]{1,4}\.|,[ ]+[A-Z]{2}"
    r"|,[ ]+[A-Z][a-z]+(?=\s*(?:--|[—–])))?\s*"
    r"(?:--|[—–]|[ ]-[ ])\s*"
    r"|(?:[A-Z][a-z]+|[A-Z][A-Z'’-]+)(?:[ ](?:[A-Z][a-z]+|[A-Z][A-Z'’-]+))?:[ ]+(?=[A-Z])"
    r"|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ]\[[A-Z][a-z]+\],[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}[ ]*(?:\([A-Z]{2,}\)[ ]*)?"
    r":[ ]+(?=[A-Z])"
    r"|(?:[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+)*|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?:,[ ]+[A-Z][a-z]+\.?)?"
    r"(?:,[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2})?[ ]+\((?:[A-Z]{2,}|Reuters|[A-Z][a-z]{3,})\)[ ]*(?:(?:--|[—–:]|-)[ ]*)?"
    r"(?=[A-Z]))"
    r"|[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}[ ]+\((?:[A-Z]{2,}|Reuters|[A-Z][a-z]{3,})\)[ ]*(?:(?:--|[—–:]|-)[ ]*)?(?=[A-Z])"
)
"""A dateline or station tag: "GENEVA — ", "NATIONAL HARBOR, Md. — ", "(KFSN) -- ", "SINGAPORE - ",
"(September 4, 2016) FLUSHING MEADOWS, NY – ", "Westport: " or "WESTPORT: ", and a wire agency's, whose tag in capitals
closes it: "NORTHPORT, Kent (AFP) — ", "Easthaven, May 31 (IANS) ", "LONDON (Reuters) - ", or a wire agency written
as a word, "OSLO, May 2 (Tanjug) -- ", "OSLO (Tanjug) - "; a city in capitals with its country before a dash,
"OSLO, Norway — "; the form of the Indian wires, "Pune [India], May 2 : " and "Pune [India], May 2 (ANI): "; and a wire
agency's tag after the date alone, "Mar 3 (Reuters) - "."""
_HEADING = lazy_compile(r"(?:[A-Z][A-Z'’.,&-]*[ ]+){3,}[A-Z][A-Z'’.,&!?-]*[ ]+(?=[A-Z][a-z])")
"""A subheading in capitals run onto the sentence after it ("FOUR MORE MISS THE CUT Ana Ruiz and ..."), as pasted
newsletters and live pages have it: four words in capitals or more, then the sentence's capitalised first word. It
is no part of the sentence, and shown with it the sentence reads as nonsense."""
_MARK_OPENING = lazy_compile(r"(?:[~•·▪►*]|-(?=[A-Z])|[QA]:)[ ]*(?=[A-Z“\"])")
"""A list's bullet or an interview's "Q:"/"A:" opening the sentence ("~ Ana Ruiz is selling the paper.", "-Tom Hale
won 84 percent"): how the page lays the line out, not part of what it says."""
_LEADING_CONNECTIVE = lazy_compile(
    r"(?:But|And|So(?!\s+(?:far|many|much|long|few|little|too|often|called)\b)|Yet(?!\s+(?:another|again)\b))\s+(?=\w)"
)
_POINTS_BACK = lazy_compile(
    r"(?:They|Their|These|Those|Its"
    r"|(?:That|This)(?:['’]s|\s+(?!(?:year|month|week|weekend|day|morning|afternoon|evening|night|summer|spring|fall"
    r"|autumn|winter|season|time|said|the|an?|he|she|those|these)\b)[a-z][\w'’-]*)"
    r"(?!\s+the\s+(?:first|last|only)\b)"
    r"|That\s+was\s+the\s+(?:first|last|only)\b"
    r"|It\s+(?:is|was|will\s+be|would\s+be)\s+(?:expected|likely|set|due|scheduled|slated|supposed|projected"
    r"|believed|thought|said|reported|known|estimated|poised|going)\s+to"
    r"|It(?:['’]s|\s+(?:is|was|has|had))\s+(?:been\s+|being\s+)?"
    r"(?!(?:been|being|need|indeed|speed|[a-z]*thing)\b)"
    r"(?:[a-z]+(?:ed|ing)|gotten|taken|given|seen|written|shown|known|chosen|driven|broken|spoken|fallen|risen"
    r"|grown|drawn|thrown|hidden|stolen|proven|sworn)"
    r"(?!\s+(?:that|to|whether|how|why|what|if|when)\b)(?=[\s,.;:])"
    r"|It(?!\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be"
    r"|remains|remained|seems|seemed|appears|appeared|took|takes)\b|['’]s)"
    r"|(?:All|Both|Neither|Most|Many|Others|Some|Each|Several)(?:\s+of\s+(?:them|these|those|whom))?\s+"
    r"(?:are|were|have|had|will|would|could|can|should|may|might|must|did|do|say|said|see|saw|agree|agreed"
    r"|want|wanted|think|thought|believe|believed|expect|expected)"
    r"|(?:All|Both|Neither|Most|Many|Some|Each|Several|None)\s+of\s+(?:them|these|those)"
    r")\b|(?:Next|Then|Also|Still|Instead|Otherwise|Even\s+so|That|This),|Except\s"
)
"""A sentence opening on a word that points back at the sentence before ("That's up from", "They have since",
"It expects", "That didn't happen", "That number has grown"); an "It" opening "It is/was/seems ..." points forward
to what the sentence says next, and so does "This is the first time that ..."; "This year", "That said," and
"This time" are no pointing back, but "That, she said, was ..." is, and so is an "It" something was done to or
did ("It's gotten 2 million views", "It was negotiated over 13 days", "It has raised ..."), unless a clause
follows ("It was agreed that ..."). "Except ..." opening a sentence finishes the
one before ("Except 40% went to ..."), "Even so," answers it, and "That was the first time ..." looks back at what
it told (where "This is the first time that ..." looks on)."""
_THAT_THING = lazy_compile(
    r"[Tt](?<=\b[Tt])(?:hat\s+point|(?:his|hat|hese|hose)\s+(?:process|outcomes?|scenarios?|plans?|ideas?|moves?"
    r"|decisions?|approach|strategy|arguments?|efforts?|proposals?|steps?|claims?|remarks?|comments?|findings?"
    r"|measures?|changes?|developments?|events?))\b"
)
"""A demonstrative on a noun that sums up what came before ("either of those outcomes", "what could start this
process", "at that point"): anywhere in the sentence, the student cannot tell which outcomes or process. "At this
point" is now, and stays. The "t" or "T" is written before its word boundary, as `alternation(..., word_start=True)`
writes a word's first letter: the search then skips to the letter instead of trying every position."""
_SHARE_OF_THAT = lazy_compile(
    r"\b(?:percent|per[ ]cent|%|half|third|quarter|most|majority|share|bulk|rest|part|fraction)[ ]+of[ ]+"
    r"(?:that|this|those|these)\b(?![ ]+(?:who|whom|which|that|with|in|on|at|for|from|[a-z]+ed)\b)"
)
"""A share of something named before by a demonstrative ("More than 40 percent of that money arrived in February",
"Romney won 27 percent of that vote", "most of those were upgraded"): which money, which vote, out of the article?
"Those who ..." and "those surveyed" name their people at once and stay, and so does a share after a clause of the
same sentence, where the thing is named ("Its people are 20 percent Arab, and most of those citizens ...")."""
_OPENING_PREPOSITION = lazy_compile(
    r"(?:In|On|At|By|For|During|After|Before|Since|Until|Over|Across)[ ][^,;]{0,40},[ ]"
)
"""A short opening phrase before the main clause ("In the 2012 election, "): no clause that could name the thing."""
_IT_MEASURES = lazy_compile(
    r"It(?:['’]s|[ ]+(?:is|was|will[ ]+be|would[ ]+be|had[ ]+been|has[ ]+been))[ ]+"
    r"(?:(?:about|nearly|roughly|around|almost|just|only|up|down|still|now|more[ ]+than|less[ ]+than|at[ ]+least)[ ]+)?"
    r"[$£€]?\d"
)
"""An opening "It" given a quantity ("It was about 41%, just shy of the record", "It was 60 percent among ..."): the
"it" is a measure named in the sentence before (a turnout, a price), never shown."""
_DONE_THING = lazy_compile(
    alternation(["do", "does", "did", "done", "doing"], word_start=True)
    + r"[ ]+(?:it\b(?![ ]+(?:is|was)\b)|(?:this|that)(?=[ ]*[.,;:!?—–)”\"]"
    r"|[ ]+(?:in|on|at|for|with|by|again|because|while|when|and|but|if|before|after|until|without|to|now|then|here"
    r"|there)\b))"
)
"""A deed named by "it", "this" or "that" ("failed to do this in two states", "Reagan did it to ...", "if they can
do that, ..."): the deed is told before the sentence, and alone the student cannot tell what was done. "Do so" may
point within the sentence ("hoped to do better, but failed to do so") and is left; "do this job" names its thing."""
_OPENING_PHRASE = lazy_compile(r"(?:[A-Z][a-z]+|In\s+fact|At\s+the\s+same\s+time|For\s+now|So\s+far|Until\s+now),\s+")
"""A short phrase that opens a sentence before its subject, behind which a pointing word still points back:
"So far, that has not happened", "Still, they ..."."""
_POINTS_BACK_LOWER = lazy_compile(
    r"(?:they|their|these|those|its|(?:that|this)(?:['’]s|\s+(?:is|was|would|will|has|had|could|can|did|does|may"
    r"|might|should))|it(?:['’]s|\s+(?!is\b|was\b|seems\b|appears\b|remains\b)[a-z]+s\b))\b"
)
_IT_MID = lazy_compile(
    r"[ ](?:it|this)[ ]+"
    r"(?!(?:is|was|['’]s|(?:would|will|might|may|could|can)\s+be)[ ]+(?:to\b|[A-Z]|\S+[ ]+(?:\S+[ ]+)?(?:to|that|for"
    r"|if|whether|how|who|when|why)\b))"
    r"(?:made|makes|was|is|has|had|would|will|did|does|could|can|should|may|might|meant|means|caused|causes)\b"
)
"""A mid-sentence "it" or "this" as the subject of a clause ("... said it made no difference"), unless it points
forward: "said it was hard to say", "it might be difficult to", "it is remarkable how", "it was Ruiz who"."""
_ANTECEDENT = lazy_compile(
    r"\b(?i:the|a|an|its|their|his|her|our|this|that|these|those)[ ]+[a-z]|[ ][\"“‘(]?[A-Z]|\b[a-z]+(?:tion|ment|ing)\b"
)
"""What a mid-sentence "it" may point back to within its sentence: a noun phrase opened by a determiner, a name,
or a noun made from a verb ("the vote said it", "the ruling came after Acme said it", "voting, it ...")."""
_FIRST_WORD = lazy_compile(r"[\"“‘(]?([A-Z][\w&-]*)")
_CAPITALISED_INSIDE = lazy_compile(r"(?<=[a-z,;:])[ ]+([A-Z][\w&-]*)")
"""A capitalised run inside a sentence, after a lowercase letter or a comma and spaces (`_written_as_names`)."""
_SUBORDINATE_OPENING = lazy_compile(
    r"(?:[A-Z][a-z]+[ ]+)?(?:While|Although|Though|If|When|Because|As|Once|Before|After|Until|Unless|Since"
    r"|before|after|while|when)[ ]+(?:it|this)[ ][^,]*,[ ]+(?:(?i:the|a|an)[ ]|[A-Z])"
)
"""An opening clause whose "it" is named just after it: "While it ranks high on such lists, Denby ...", "Days before
it was to report, the company ...": the "it" points on, to what the main clause names."""


def _it_without_antecedent(extraction: Extraction, start: int, end: int) -> bool:
    """Whether a mid-sentence "it" or "this" has nothing before it in its sentence to stand for."""
    text = extraction.text
    pointing = _IT_MID.search(text, start, end)
    if pointing is None or _SUBORDINATE_OPENING.match(text, start, end) is not None:
        return False
    if _ANTECEDENT.search(text, start, pointing.start()) is not None:
        return False
    first = _FIRST_WORD.match(text, start, end)
    if first is None:
        return True
    return first.group(1) not in extraction.once("written as names", None, lambda: _written_as_names(text))


def _written_as_names(text: str) -> set[str]:
    """The words the article writes capitalised inside a sentence too, as a name: "Acme said it ..." opens on a
    name "it" may stand for (as does "Acme's chief said it ..."), "Projections suggest it ..." and "Sixty-six
    percent said it ..." do not.

    A word is in it when `[a-z,;:][ ]+word\\b` occurs in the text: read in one pass per draft, not searched for
    again with each sentence (a search of the whole text per sentence grew with the square of the text). Each
    capitalised run after a lowercase letter or a comma and spaces gives itself, and, when it holds "&" or "-",
    each of its beginnings that ends at a word boundary ("Acme" and "Acme-" of "Acme-based")."""
    words = set()
    for run in set(_CAPITALISED_INSIDE.findall(text)):
        if "&" not in run and "-" not in run:
            words.add(run)  # all word characters: the run ends at a boundary, and nothing shorter does
            continue
        for cut in range(1, len(run) + 1):
            after = run[cut] if cut < len(run) else ""  # beyond the run: a character that is no word character
            if is_word_character(run[cut - 1]) != (after != "" and is_word_character(after)):
                words.add(run[:cut])
    return words


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] by `text` when showing a sentence."""

    start: int
    end: int
    text: str


def standalone_edits(
    extraction: Extraction, start: int, end: int, *, sentence_before: bool = False
) -> list[Edit] | None:
    """The edits that make text[start:end] readable alone: [] when none is needed, None when it cannot be.

    With `sentence_before` (a fact question, which may show two sentences), a sentence opening on "He" or "She"
    right after one that names its subject and no one else is shown after that sentence, verbatim
    (`_sentence_naming_him_or_her`): the student reads what the article wrote, never a name written in for it."""
    text = extraction.text
    edits = []
    if sentence_before:
        context = _sentence_naming_him_or_her(extraction, start)
        if context is not None:
            before_edits = standalone_edits(extraction, context[0], context[1])
            if before_edits == []:  # the sentence before reads alone as the article wrote it
                rest = standalone_edits(extraction, context[2], end)
                if rest is not None:
                    return [Edit(start, start, text[context[0] : context[1]].strip() + " "), *rest]
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        edits.append(Edit(start, dateline.end(), ""))  # "GENEVA — Ministers from...": where it was filed
        start = dateline.end()
    mark = _MARK_OPENING.match(text, start, end)
    if mark is not None:
        edits.append(Edit(start, mark.end(), ""))  # "~ Ana Ruiz is selling ...": a bullet
        start = mark.end()
    heading = _HEADING.match(text, start, end)
    if heading is not None:
        edits.append(Edit(start, heading.end(), ""))  # "FOUR MORE MISS THE CUT Ana Ruiz ...": a subheading
        start = heading.end()
    connective = _LEADING_CONNECTIVE.match(text, start, end)
    if connective is not None:
        edits.append(Edit(start, connective.end(), ""))  # "But the Trump administration has said..."
        start = connective.end()
    if _POINTS_BACK.match(text, start, end) is not None:
        return None  # "That's up from ...": up from what, out of the article?
    if _IT_MEASURES.match(text, start, end) is not None or _share_of_what_came_before(text, start, end):
        return None  # "It was about 41%": what was? "40 percent of that money": which money?
    if _THAT_THING.search(text, start, end) is not None:
        return None  # "either of those outcomes", "at that point": which, out of the article?
    if _DONE_THING.search(text, start, end) is not None:
        return None  # "Reagan did it to ...": did what?
    if _it_without_antecedent(extraction, start, end):
        return None  # "Sixty-six percent said it made no difference": what made none?
    opening = _OPENING_PHRASE.match(text, start, end)
    if opening is not None and _POINTS_BACK_LOWER.match(text, opening.end(), end) is not None:
        return None  # "So far, that has not happened": what has not?
    named_here = _mentions_between(extraction, start, end)
    first_named = named_here[0].start if named_here else end
    if _PRONOUN.search(text, start, first_named) is not None:
        return None  # a guessed "he" written into the sentence can make it false ("Jackson said")
    if _OBJECT_PRONOUN.search(text, start, first_named) is not None and not (
        named_here and _NAME_AFTER_OPENING.search(text, start, first_named)
    ):
        return None  # "What could knock him back ...": knock whom back?
    return edits


def _share_of_what_came_before(text: str, start: int, end: int) -> bool:
    """Whether the sentence's first clause takes a share of something a demonstrative points back to (`_SHARE_OF_THAT`),
    with no clause before it in the sentence that could name the thing."""
    share = _SHARE_OF_THAT.search(text, start, end)
    if share is None:
        return False
    opening = _OPENING_PREPOSITION.match(text, start, share.start())
    clause_start = opening.end() if opening is not None else start
    return not any(mark in text[clause_start : share.start()] for mark in ",;:—–")


def _either_case(words: frozenset[str]) -> list[str]:
    """Each word as written mid-sentence and opening one, longest first: "hers" is tried before "her"."""
    return sorted({form for word in words for form in (word, word.capitalize())}, key=len, reverse=True)


_OPENING_PRONOUN = lazy_compile(r"(He|She)[ ]+(?=[a-z])")
"""A sentence opening on "he" or "she" as its subject: "He lost the vote in March."."""
_SUBJECT_OPENING = lazy_compile(r"(?:(?:[A-Z][\w.'’-]*|of|the)[ ]+)*$")
"""Before a subject's name, only the words of a title: "Former Sen.", "Gov.", "The senator" is no name."""
_SOMEONE_ELSE = {
    "He": lazy_compile(r"\b(?:him|Him)\b"),
    "She": lazy_compile(
        r"\b[Hh]er(?=[ ]*[.,;:!?]"
        r"|[ ]+(?:the|a|an|to|that|and|in|on|at|for|with|as|from|by|about|up|out|back|down|off)\b)"
    ),
}
"""Someone else of the pronoun's gender in the sentence before, as an object: "called him", "asked her to"."""
_OTHER_PRONOUN = {
    "He": lazy_compile(alternation(_either_case(FEMALE_PRONOUNS | {"herself"}), word_start=True) + r"\b"),
    "She": lazy_compile(alternation(_either_case(MALE_PRONOUNS | {"himself"}), word_start=True) + r"\b"),
}
"""A pronoun of the other gender (`lexicon`'s sets): someone else the opening "he" or "she" is not."""
_MAX_WORDS_WITH_SENTENCE_BEFORE = 60
"""Two sentences shown together stay short enough to read as one question."""


def _sentence_naming_him_or_her(extraction: Extraction, start: int) -> tuple[int, int, int] | None:
    """(start, end of the sentence before, end of the opening pronoun) when the sentence at `start` opens on "He" or
    "She" and the sentence before, in the same paragraph, opens on one person's full name (a title at most before
    it), names no one else, in its words or quoted ones, has no "him"/"her" who could be someone else, and the
    person's gender is the pronoun's: "Ana Ruiz lost the vote in March. She will stand again in May." Nothing in
    the sentence before the next name may be someone of the other gender."""
    text = extraction.text
    holding = extraction.sentence_holding(start)
    if holding is None or holding.start != start:
        return None
    named_here = _mentions_between(extraction, start, holding.end)
    first_named = named_here[0].start if named_here else holding.end
    opening = _OPENING_PRONOUN.match(text, start, first_named)
    if opening is None or _OTHER_PRONOUN[opening.group(1)].search(text, opening.end(), first_named) is not None:
        return None
    before = extraction.sentence_before(holding)
    if before is None or before.paragraph != holding.paragraph:
        return None
    if len(text[before.start : holding.end].split()) > _MAX_WORDS_WITH_SENTENCE_BEFORE:
        return None
    mentions = [m for m in extraction.mentions_between(before.start, before.end) if not m.guessed]
    person = extraction.person(mentions[0].person) if mentions else None
    if person is None or len({m.person for m in mentions}) != 1 or person.kind != "person":
        return None
    first = mentions[0]
    wanted = "male" if opening.group(1) == "He" else "female"
    if person.gender != wanted or first.possessive or first.in_quote or " " not in person.name:
        return None  # a full name the article gives: "Vermont" of "The Vermont senator" is read as no one's
    if _SUBJECT_OPENING.fullmatch(text, before.start, first.start) is None:
        return None  # "After meeting Ana Ruiz, the mayor said ...": she is not the subject, and "he" may be another
    if _SOMEONE_ELSE[opening.group(1)].search(text, before.start, before.end) is not None:
        return None  # "Tom Vale called him a kind man. He had ...": "him" is someone else, and "he" may be him
    return before.start, before.end, opening.end()


def render(text: str, start: int, end: int, edits: list[Edit]) -> str:
    """text[start:end] with the edits inside it applied."""
    pieces = []
    position = start
    for edit in sorted(edits, key=lambda edit: edit.start):
        if start <= edit.start and edit.end <= end:
            pieces += [text[position : edit.start], edit.text]
            position = edit.end
    pieces.append(text[position:end])
    return "".join(pieces)


def _mentions_between(extraction: Extraction, start: int, end: int) -> list[Mention]:
    return [
        mention
        for mention in extraction.mentions_between(start, end)
        if not mention.in_quote
        and (person := extraction.person(mention.person)) is not None
        and person.kind == "person"
    ]
