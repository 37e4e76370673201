"""A round-up's dash caption that is a sentence: `'...' – Wales coach Hal Brynmor rated the visitors higher.`

"Quotes of the day" round-ups print each quotation with a caption under it after a dash. Most
captions are a bare signature (`– Hal Brynmor on the red card`, signed_lines.py), but many are a
short sentence whose subject is the speaker: the name (with the role and team English puts before
it), then the caption's verb (`rated`, `admits`, `was relieved`) or the speaker's possessive
(`Hal Brynmor's verdict on ...`); an employer's possessive before the role and the name only places them
(`– Acme's chief executive Ana Ruiz said ...`). The caption is written about the words just above it, so its
subject is whose they are. Anything else first (`– However, ...`, `– After the match ...`), two
subjects (`– Brynmor and Oakes ...`) or a name that is not followed by a clause of its own is left to
the other sieves: a caption may well be about someone else (`– Asked whether Oakes would start,
Brynmor ...` names Oakes first). The same rule reads a caption on the quotation's line and one in the
paragraph under it (speaker_lines.py): one rule, so the two places cannot disagree.
"""

from __future__ import annotations

from quizapp.draft.label_paragraphs import is_role_word, qualifies_a_role
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS
from quizapp.draft.name_parts import NAME_PARTICLES
from quizapp.draft.person import Person

_DASH = lazy_compile(r"\s*(?:--|—|–|-(?=\s))\s*")
_POSSESSIVE = lazy_compile(r"^(.+?)['’]s$")
_OWN_WORDS = frozenset(
    {"reaction", "verdict", "view", "assessment", "response", "take", "thoughts", "message", "summary", "words"}
)
"""What a caption says the words were, after the speaker's possessive: "Hal Brynmor's verdict on ..."."""
_ACRONYM = lazy_compile(r"^\([A-Z]{2,6}\)$")
"""A body's initials in brackets inside the label: "National Ferry Safety (NFSB) Board chairman Ana Ruiz"."""
_NOT_A_CLAUSE = frozenset({"and", "or", "&", "with", "plus", "nor"})


def caption_speaker(people: list[Person], tail: str) -> Person | None:
    """The person the article already knows whom a dash caption sentence has as its subject, or None.

    Only a known person: the caption's words before the name (`Ireland wing`, `Les Bleus' coach`) are
    too free to make a new one from, and a surname must be one person's alone."""
    return _known_subject(people, caption_subject(tail)) or _known_subject(
        people, caption_subject(tail, lowercase_roles=True)
    )


def _known_subject(people: list[Person], subject: str | None) -> Person | None:
    """The one known person whom the caption's subject words end with, or None."""
    if subject is None:
        return None
    tokens = subject.split()
    for size in range(min(4, len(tokens)), 0, -1):
        name = " ".join(tokens[-size:])
        known = [p for p in people if p.kind == "person" and (name == p.name or name in p.alias_set)]
        if size == 1 and not known:
            known = [p for p in people if p.kind == "person" and p.last == name]
        if len(known) == 1:
            return known[0]
        if known:
            return None  # a surname two people share
    return None


def caption_subject(tail: str, lowercase_roles: bool = False) -> str | None:
    """The words naming the subject of a dash caption sentence (`Wales coach Hal Brynmor`), or None.

    With `lowercase_roles`, lowercase words that qualify a role noun may stand in the subject (`Westmere museum
    director Ana Ruiz said`), but only before a speech verb: "– Lenham thanked head coach Ana Ruiz after ..."
    has the club as its subject, and the verb before the role is what tells."""
    dash = _DASH.match(tail)
    if dash is None:
        return None
    tokens = tail[dash.end() :].split()
    label: list[str] = []
    read = 0  # tokens read, the label's and the skipped acronyms'
    for token in tokens:
        read += 1
        if _ACRONYM.match(token):
            continue  # "Transport Safety (TSB) Board chair Ana Ruiz": the body's short name, no part of hers
        if (
            token[0].isupper()
            or token in NAME_PARTICLES
            or is_role_word(token)
            or (lowercase_roles and qualifies_a_role(tokens, read - 1))
        ):
            label.append(token)
            if (possessive := _POSSESSIVE.match(token)) is not None:
                following = tokens[read] if read < len(tokens) else ""
                if is_role_word(following) and not label[:-1]:
                    label = []  # "– Acme's chief executive Ana Ruiz said": the role's holder, named next
                    continue
                if following.lower() not in _OWN_WORDS:
                    return None  # "– Brynmor's lawyer said": someone else of his
                label[-1] = possessive.group(1)  # "Hal Brynmor's verdict": his
                return _subject_if_named(label, following="a")
            continue
        if " by " in " " + " ".join(tokens[read - 1 : read + 7]) + " ":
            return None  # "– Brynmor was praised by Oakes": the words may be the other's
        if lowercase_roles and token.lower() not in SPEECH_VERBS:
            return None
        return _subject_if_named(label, following=token)
    return None


def _subject_if_named(label: list[str], following: str) -> str | None:
    """The label when it ends with a name and the next word starts the caption's own clause."""
    if not label or not label[-1][0].isupper() or not label[-1].strip(".,;:").isalpha():
        return None  # "– Coach ...": a role alone; "– Brynmor, ...": the signature rule's
    if not following[0].islower() or following in _NOT_A_CLAUSE or not following.isalpha():
        return None
    if any(not _plain_word(token) for token in label):
        return None  # punctuation inside: "Brynmor, Oakes" or a bracket is no plain subject
    return " ".join(label)


_INITIAL_OR_SUFFIX = lazy_compile(r"[A-Z]\.|(?:Jr|Sr)\.")


def _plain_word(token: str) -> bool:
    """A word of a name: letters, apostrophes and hyphens, or an initial or "Jr." with its stop ("Lionel T. Brack
    Jr." is a plain name; "Brack," is a word and a comma)."""
    letters = token.replace("’", "").replace("'", "").replace("-", "")
    return letters.isalpha() or _INITIAL_OR_SUFFIX.fullmatch(token) is not None
