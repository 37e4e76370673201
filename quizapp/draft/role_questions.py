""" "Who is the director general of the British Chambers of Commerce?": people by what the article says they are.

News prose introduces a person once with an apposition right after the full name ("John
Longworth, director general of the British Chambers of Commerce, said ...") or with the role
opening the sentence ("Kinsey's attorney, Hilton Napoleon, gave ..."), and the reader
must hold who is who to follow the story. A reaction piece quoting five people gave three
questions; each apposition is a sound question of its own, its answer the name the apposition
follows, its wrong options the article's other people.

Only the plain form is used, so the answer key is what the sentence says:
- the person's full name (two words or more), outside any quotation, then ", ROLE" ending at a
  comma or the sentence's end;
- ROLE opens with a lowercase word, a determiner, or a possessive ("Twitter's general counsel"),
  never a number ("Bricker, 29,"), a verb ("Roy, speaking later,"), a relative word or "and"
  (a list of names: "Chakraborty, Tapas Roy and others");
- a role before the name opens its sentence, starts with "The", "A" or a name's possessive, and
  holds no pronoun ("Her father, David Grant," says nothing out of the article);
- ROLE names no one ambiguously ("Murray's brother" is not readable alone when three Murrays are in
  the story), and "ROLE, NAME, gave ..." is not read as NAME's role "gave ...";
- ROLE names no other person but as an owner: "Ana Ruiz, businesswoman Mia Holt, ..." lists people, and the
  title after the comma is the next one's.
People the prompt or the role name are never offered as wrong options.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable

from quizapp.draft.candidate import DraftedQuestion, length_scaled, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ABBREVIATIONS, SPEECH_VERBS, word_set
from quizapp.draft.named_speaker import other_names
from quizapp.draft.offered_people import enough_people, other_people
from quizapp.draft.person import Mention, Person
from quizapp.draft.role_before_name import RolesBeforeNames
from quizapp.draft.said_questions import looks_like_a_verb
from quizapp.draft.wording import contains_phrase, excerpt, question_id, question_wording, slug

MAX_ROLE_QUESTIONS = 3
"""For an article of up to `LIMITS_WORDS` words; a longer one, introducing more people, asks more (`length_scaled`)."""
MAX_ROLE_WORDS = 12
MAX_LOOKS = 3
"""Full-name mentions of one person read for an apposition: the first few, however long the article."""
_APPOSITION = lazy_compile(r",[ ]+([^,;:“”\"()\[\]{}|\n]{3,110}?)(?=,|\.\s|\.$)")
_AFTER_QUOTATION = lazy_compile("[,!?][”\"’'][ ]+$")
"""A name right after a quotation's close: '"...," Ana Ruiz, the harbour master said.' names the speaker and role."""
_OPENING_DETERMINERS = word_set("the a an his her their its")
_NOT_A_ROLE_OPENING = word_set(
    "and or but who whose which that where when while after before as if because though also then now still another "
    "was is were are has had have will would could can may might did does do not from of at in with for on by "
    "into onto to over under through about against toward towards like than upon within without across around "
    "among between beyond during despite including via per amid"
)
"""Words no role opens with: a joining word, a verb, a preposition ("Ana Ruiz, into a tight spot."), and "another"
("Ana Ruiz, another former envoy,": one of several, so "Who is the another former envoy?" has no one answer)."""
_CLAUSE_SUBJECTS = word_set("it he she they we you i there here what")
"""Words a clause opens with, contracted with "'s" or "'re" ("that's", "it's", "there's"): a sentence, no role."""
_HEAD_ENDS = word_set("of in at for on with from to by")
_TITLE_MODIFIERS = word_set("Former Acting Interim Senior Then Longtime Outgoing Incoming Current Top Retired")
"""Words that open a title when the title opens a sentence ("Former Attorney General Ana Ruiz said"), lowercase
inside the prompt: "Who is the former Attorney General?", never "the Former Attorney General"."""
_POSSESSIVE = lazy_compile(r"[A-Z][\w-]*['’]s\b")
_ROLE_OPENING = lazy_compile(
    r"(?:On[ ][A-Z][a-z]+day,?[ ])?(?P<role>(?:The|A|An|[A-Z][\w-]*['’]s)[ ][^,;:“”\"()\[\]{}|\n\d]{2,80})"
)
"""A sentence opening on a role ("The group's chair", "Kinsey's attorney"), a weekday before it at most."""
_NOT_IN_A_ROLE = word_set(
    "and or his her their its my our your who which that said says i we you he she they me him them"
)
"""Words no role opening a sentence holds: a joining word, an owner the prompt cannot name, a clause's subject
("The editor I was talking to, Ana Ruiz, ..." is who she was to the writer, not what she is)."""
_PRONOUNS = word_set("his her their its my our your him them")
"""A role with a pronoun points at someone the prompt does not name: "Who is his manager?" asks whose."""


def role_questions(extraction: Extraction, earlier: Iterable[DraftedQuestion]) -> list[DraftedQuestion]:
    """ "Who is ROLE, according to the article?" for each person the article introduces by an apposition."""
    earlier = list(earlier)
    shown = " ".join(question_wording(drafted.question, choices=True) for drafted in earlier)
    shown_lowered = shown.lower()  # "The chairman of the board, Ana Ruiz, ..." shown opening a sentence
    blanked = [drafted.source_span for drafted in earlier if drafted.question.kind == "cloze"]
    drafted: list[DraftedQuestion] = []
    looked: Counter[str] = Counter()
    starts = [sentence.start for sentence in extraction.sentences]
    asked: set[str] = set()
    before_names = RolesBeforeNames(extraction)
    most = length_scaled(MAX_ROLE_QUESTIONS, extraction)
    for mention in extraction.mentions:
        if len(drafted) >= most:
            break
        person = extraction.person(mention.person)
        if person is None or person.kind != "person" or person.id in asked or mention.in_quote:
            continue
        if " " not in extraction.text[mention.start : mention.end] or looked[person.id] >= MAX_LOOKS:
            continue
        looked[person.id] += 1  # a full name: where an article says who someone is
        role = (
            _apposition(extraction, mention, person)
            or _role_before(extraction, starts, mention, person)
            or before_names.role(mention, person)
        )
        if role is None or role.lower() in shown_lowered or any(start <= mention.start < end for start, end in blanked):
            continue  # shown by another question, or a cloze's sentence: the role would show its blank
        if _plural_head(role):
            continue  # "The top officials in the county, Ana Ruiz and ...": a role of several, not who she is
        if any(word.lower() in SPEECH_VERBS for word in role.split()):
            continue  # "..., wrote bureau chief Ana Ruiz": the verb of the clause before the title, read into it
        question = _question(extraction, mention, person, role)
        if question is not None:
            drafted.append(question)
            asked.add(person.id)
    return drafted


def _apposition(extraction: Extraction, mention: Mention, person: Person) -> str | None:
    """The ROLE of "FULL NAME, ROLE," at `mention`, when it is plainly what the person is."""
    text = extraction.text
    surface = text[mention.start : mention.end]
    if mention.possessive or " " not in surface or not surface.endswith((person.name, person.shown)):
        return None
    if text[max(0, mention.start - 2) : mention.start] == ", ":
        return None  # "Kinsey's attorney, Hilton Napoleon, gave ...": the name is the apposition here
    found = _APPOSITION.match(text, mention.end)
    if found is None:
        return None
    words = found.group(1).split()
    if words[-1].lower() in ABBREVIATIONS:
        return None  # "Alex Conant, a senior aide with Sen. Marco Rubio,": the stop ends "Sen.", not the role
    if words[-1] in SPEECH_VERBS:
        if not _AFTER_QUOTATION.search(text, max(0, mention.start - 4), mention.start):
            return None  # "After meeting Tom Price, the minister said.": the minister is someone else
        words = words[:-1]  # "..., Tiffany Attakorah, the victim's sister said."
    if any(word.lower() in SPEECH_VERBS for word in words):
        return None  # "After meeting Tom Price, the minister said she was hopeful": a clause, not his role
    if not words or len(words) > MAX_ROLE_WORDS or not _ands_inside_names(words, extraction, person):
        return None
    if _names_another(extraction, found.start(1), found.end(1), person):
        return None  # "Ana Ruiz, businesswoman Mia Holt, ...": a list of people, the title Holt's, not Ruiz's
    first = words[0]
    title_of = len(words) > 1 and first[0].isupper() and words[1] == "of"  # "Chairman of the board"
    opening_ok = first.islower() or first.lower() in _OPENING_DETERMINERS or _POSSESSIVE.fullmatch(first) or title_of
    if not opening_ok or first.lower() in _NOT_A_ROLE_OPENING or looks_like_a_verb(first.lower()):
        return None  # "Ayo Banjo, made the announcement": a verb, not what he is
    if re.split(r"['’]", first.lower())[0] in _NOT_A_ROLE_OPENING | _CLAUSE_SUBJECTS:
        return None  # "Tom Hale, that's not going to happen.": a clause's "that's", "it's", "there's", no role
    if first.lower().endswith(("n't", "n’t")):
        return None  # "led by Lee Jay-yong, didn't seek a change": a negated verb ("didn't", "won't") is no role
    if any(word.lower() in _PRONOUNS for word in words) or [word.lower() for word in words[:2]] == ["one", "of"]:
        return None  # "his deputy at the board": whose, out of the article? "one of the managers": one of several
    if re.search(r"\d", first) or first.endswith("ing"):
        return None
    if first.endswith("ly") and len(words) > 1 and words[1].lower() in _NOT_A_ROLE_OPENING:
        return None  # "Mr. Hale, particularly in the final round,": an adverb and its phrase, no role
    if len(words) == 2 and first.lower() in {"a", "an"} and words[1][:1].isupper():
        return None  # "a Republican" is shared by many in the story; "a Hollywood, Fla., rabbi" is cut at a comma
    if any(_a_verb_and_its_object(words, index) for index in range(1, len(words) - 1)):
        return None  # "James Polk, the Whig party faced a dilemma.": a clause after the name, not his role
    role = " ".join(words)
    return role if _names_one_owner(extraction, role, person) else None


def _a_verb_and_its_object(words: list[str], index: int) -> bool:
    """Whether words[index] is a past verb with its object after it, the main verb of a clause ("the party faced a
    dilemma"); not in a relative clause ("an adviser who supported a plan") nor a participle after "a" or "an"
    ("an appointee considered a liberal"), which describe the person."""
    word = words[index]
    if words[0].lower() in {"a", "an"} or any(earlier.lower() in {"who", "which", "that"} for earlier in words[:index]):
        return False
    return word.islower() and word.endswith("ed") and words[index + 1].lower() in _OPENING_DETERMINERS


def _ands_inside_names(words: list[str], extraction: Extraction, person: Person) -> bool:
    """Whether every "and" of a role joins two capitalised words of a name after "of" or "for" ("director of the
    Parks and Leisure Department"), and the role names no other person of the article (an organisation's name
    it may hold): any other "and" joins a list of names ("Ana Ruiz, Tom Price and others") or a clause."""
    ands = [index for index, word in enumerate(words) if word.lower() == "and"]
    if not ands:
        return True
    for index in ands:
        if not 1 < index < len(words) - 1 or not (words[index - 1][0].isupper() and words[index + 1][0].isupper()):
            return False
        if not {"of", "for"} & set(words[:index]):
            return False
    role = " ".join(words)
    return not any(
        contains_phrase(role, name)
        for other in extraction.people
        for name in (other.name, other.shown, other.last or "")
        if other.id != person.id and other.kind == "person" and len(name) > 2
    )


_LINKS = word_set("of to for under with by from and at in on who whose that as than")


def _names_another(extraction: Extraction, start: int, end: int, person: Person) -> bool:
    """Whether text[start:end] is a title then another person's full name: "businesswoman Mia Holt" after a name
    is the next item of a list, the title Holt's. A name the role links to ("the mother of Mia Holt", "an aide
    under Mia Holt", "a Holt supporter", "Holt's campaign manager") leaves it a role."""
    for mention in extraction.mentions_between(start, end):
        other = extraction.person(mention.person)
        if mention.end != end or mention.possessive or other is None or other.kind != "person":
            continue
        before = extraction.text[start : mention.start].split()
        surface = extraction.text[mention.start : mention.end]
        if mention.person != person.id and before and surface[:1].isupper() and " " in surface:
            return not any(word.lower() in _LINKS for word in before)
    return False


def _role_before(extraction: Extraction, starts: list[int], mention: Mention, person: Person) -> str | None:
    """The ROLE of "ROLE, FULL NAME, ..." opening a sentence: "Kinsey's attorney, Hilton Napoleon, gave ..."."""
    text = extraction.text
    surface = text[mention.start : mention.end]
    if mention.possessive or " " not in surface or not surface.endswith((person.name, person.shown)):
        return None
    if text[max(0, mention.start - 2) : mention.start] != ", " or text[mention.end : mention.end + 1] != ",":
        return None
    sentence_start = starts[bisect.bisect_right(starts, mention.start) - 1]
    found = _ROLE_OPENING.fullmatch(text, sentence_start, mention.start - 2)
    if found is None:
        return None
    role = found.group("role")
    words = role.split()
    if len(words) > MAX_ROLE_WORDS or any(word.lower() in _NOT_IN_A_ROLE for word in words):
        return None  # "Her father, David Grant,": whose father, out of the article?
    role = role[0].lower() + role[1:] if words[0] in {"The", "A", "An"} else role
    return role if _names_one_owner(extraction, role, person) else None


def _names_one_owner(extraction: Extraction, role: str, person: Person) -> bool:
    """Whether every "NAME's" of the role is one person of the article, not the person asked about."""
    for possessive in _POSSESSIVE.findall(role):
        owner = possessive[:-2]
        owners = [other for other in extraction.people if owner in {other.last, other.first, *other.aliases}]
        if len(owners) > 1 or person in owners:
            return False  # "Murray's brother": which of the article's Murrays, out of it?
    return True


def _plural_head(role: str) -> bool:
    """Whether the role's head noun (its last word before "of", "in", ...) is a plural: "the top officials in the
    county" is a role several people share, so "Who is the top officials ...?" reads wrong and has no one answer."""
    words = role.split()
    head_at = next((index for index, word in enumerate(words) if word in _HEAD_ENDS and index > 0), len(words))
    head = words[head_at - 1].lower()
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s"))


def _in_prompt(role: str) -> str:
    """The role as it reads after "Who is": "the former Attorney General" (a title opening a sentence loses the
    capital on its first word), "Ana Ruiz's lawyer", "a union official"."""
    first, _, rest = role.partition(" ")
    if first in _TITLE_MODIFIERS and rest:
        role = f"{first.lower()} {rest}"
    return role if role.split()[0].lower() in _OPENING_DETERMINERS or _POSSESSIVE.match(role) else f"the {role}"


def _question(extraction: Extraction, mention: Mention, person: Person, role: str) -> DraftedQuestion | None:
    others = [p.shown for p in other_people(extraction, {person.id}, "person", named_in=role) if p.kind == "person"]
    others = [name for name in dict.fromkeys(others) if name != person.shown][:3]
    described = _in_prompt(role)
    sentence = next((s for s in extraction.sentences if s.start <= mention.start < s.end), None)
    if sentence is None:
        return None  # a name in the headline or its deck ("Ana Ruiz, surprise winner; ..."): no sentence of the story
    start, end = excerpt(extraction.text, sentence.start, sentence.end)
    asked = {
        "id": question_id("who-is", slug(role, 6)),
        "prompt": f"Who is {described}, according to the article?",
        "answer": person.shown,
        "explanation": f"The article says: “{extraction.text[start:end].strip()}”",
        "source": extraction.text[start:end].strip(),
        "tags": ("people",),
    }
    if enough_people(person.shown, *others):
        question = make_question("multiple_choice", choices=(person.shown, *others), **asked)
    else:  # a one- or two-person story: choices would answer themselves or toss a coin; the name is typed
        question = make_question("short_answer", alternatives=other_names(person), **asked)
    paragraph = extraction.article.paragraph_index(mention.start) + 1
    return DraftedQuestion(question, (start, end), paragraph, (sentence.start, f"role:{person.id}"))
