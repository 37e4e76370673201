"""A name used as a modifier of the noun after it: "the former Reid campaign treasurer", "a Reid aide".

News English puts a name before a noun to say whose the noun is: "the former Reid campaign
treasurer" is the treasurer of Reid's campaign, someone else. Such a name is not what its
sentence is about, so it is never the subject a said-clause or a colon takes its speaker from (nor is a
place or club before a role and its holder's name, "Current Eastport manager Dan Cole"):
`The judge said at the hearing for Vance, the former Reid campaign treasurer: "..."` is the
judge's, and giving it to Reid makes a wrong answer key. Only after an article, a possessive or
"former" and before lowercase words ending in a role or a body's noun: "Reid said" and "Reid,
the mayor," keep their name.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import GROUP_NOUNS, HONORIFICS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, UPPERCASE, word_set
from quizapp.draft.person import Mention

_DETERMINER_BEFORE = lazy_compile(r"(?:^|[\s(\"“])(?:[Tt]he|[Aa]n?|his|her|their|its|our|former|then)\s+$")
_NOUNS_AFTER = lazy_compile(r"(?:[ ]+[a-z][\w'’-]*){1,3}")
"""Up to three lowercase words right after a name: where the noun it modifies is ("campaign treasurer")."""
_LOWER_WORD = lazy_compile(r"[a-z][\w'’-]*")
_NAME_NEXT = lazy_compile(r"[ ]+[A-Z][a-z]")
"""A capitalised word right after the role: the role holder's name ("Eastport manager Dan Cole")."""
_BODY_NOUNS = word_set("campaign administration government camp family team office aides officials staff")
"""What a name modifies when it says whose body it is: "the Reid campaign", "a Reid administration official"."""


def modifies_noun_after(text: str, mention: Mention) -> bool:
    """Whether the mention is a modifier of the noun after it: "the former Reid campaign treasurer" after an
    article, or "Current Eastport manager Dan Cole" before the role holder's own name. The noun names
    someone or something else, and the name is not the sentence's subject."""
    nouns = _NOUNS_AFTER.match(text, mention.end)
    if nouns is None:
        return False
    head_end = None
    for word in _LOWER_WORD.finditer(text, nouns.start(), nouns.end()):
        noun = word.group(0).lower()
        if noun in SPEECH_VERBS:
            break  # "Reid told supporters Monday": the name's own verb, and its object, not a noun it modifies
        if noun in ROLE_NOUNS or noun.removesuffix("s") in ROLE_NOUNS or noun in _BODY_NOUNS:
            head_end = word.end()
    if head_end is None:
        return False
    return (
        _DETERMINER_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
        or _NAME_NEXT.match(text, head_end) is not None
    )


_ARTICLE_RIGHT_BEFORE = lazy_compile(r"(?:^|[\s(\"“])(?:[Tt]he|[Aa]n?|[Ff]ormer)[ ]+$")
_LOWER_NEXT = lazy_compile(r"[ ]+([a-z][\w'’-]*)")
_NOT_A_NOUN = word_set(
    """
    of who whom whose that which himself herself and or but nor as to in into from on at by for with than like
    is was are were be been has had have will would should could can may might must did does do we he she they it
    """
)
"""Words after "the Reid" that are no noun it modifies: the person goes on ("the Reid of old", "the Rev. Al Reid
as", "the Rev. Al Reid should") rather than naming a thing."""
_NAME_END = lazy_compile(r"[A-Z][\w'’.-]*$")
"""A mention that ends in a capitalised word: a name, not a description of someone ("the Republican nominee")."""


def names_a_thing(text: str, mention: Mention) -> bool:
    """Whether the mention is an adjective of the lowercase noun after it, right after an article or "former": "The
    Reid approach", "a Reid victory", "former Reid speechwriter Jo Kemp". Neither goes before a person's bare name in
    news prose; the phrase names an approach, a victory or someone else, no one a later "he" or "she" can mean. A
    verb or an adverb after the name ("the Rev. Al Reid said", "confirmed", "reportedly") leaves the person."""
    following = _LOWER_NEXT.match(text, mention.end)
    if following is None or _NAME_END.search(text, mention.start, mention.end) is None:
        return False
    word = following.group(1)
    return (
        word not in _NOT_A_NOUN
        and word not in SPEECH_VERBS
        and not word.endswith(("ed", "ly"))
        and _ARTICLE_RIGHT_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
    )


_AND_THEN_ROLE = lazy_compile(r"[^,\s]\s+and\s+((?:[\w'’.-]+\s+){1,3})$")
"""A name's subject joined by "and" across the second person's role: "Brown and deputy mayor (Paul Grey)"."""


_ARTICLES = frozenset({"the", "a", "an", "and", "or"})
_RANKS = frozenset(HONORIFICS).difference({"mr", "mrs", "ms", "miss", "mx", "mme", "sir", "dame", "lady", "lord"})
"""Abbreviated ranks that open a title ("Gov.", "Sen."); a courtesy title joined by "and" is two people ("Mr. and
Mrs. Reid")."""


def joined_by_and_a_role(text: str, start: int, name_at: int) -> bool:
    """Whether the name at `name_at` is the second of two subjects, its role between "and" and the name:
    `Linda Brown and deputy mayor Paul Grey promised they would not "walk away"` is said by both, so by
    neither alone. A comma before "and" joins two clauses instead."""
    joined = _AND_THEN_ROLE.search(text, start, name_at)
    return (
        joined is not None
        and all(word.lower().rstrip(".") in ROLE_NOUNS or word in TITLE_WORDS for word in joined.group(1).split())
        and not compound_title_before(text, start, joined.start() + 1)
    )


def compound_title_before(text: str, start: int, end: int) -> bool:
    """Whether the words ending at `end`, before an "and" and a second title, are a first title of the same
    person, so one title in two parts: "Chairman and CEO Ana Ruiz", "Kestrel Air President and CEO Ana Ruiz",
    "former Ohio Gov. and party chair Ana Ruiz". Never after an article ("the chairman and CEO Ana Ruiz" may be
    two people) nor after a name ("Brown and deputy mayor Paul Grey")."""
    words = text[start:end].split()
    if not words or not (words[-1] in TITLE_WORDS or words[-1].rstrip(".").lower() in _RANKS):
        return False
    return len(words) < 2 or words[-2].lower() not in _ARTICLES


def before_and(text: str, mention: Mention) -> int:
    """Where the "and" right before a mention starts ("Chairman | and Founder Ana Ruiz"); the mention's start when
    none is there."""
    found = _AND_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    return found.start() if found is not None else mention.start


_AND_BEFORE = lazy_compile(r"\s+and\s+$")
_JOINED_TITLE = lazy_compile(r"[ \t]+(?:and|&)[ \t]+([A-Za-z][\w-]*)")


def title_joined_after(text: str, end: int) -> bool:
    """Whether "and" and a second title follow the capitalised words ending at `end` ("Kestrel Air President and
    CEO Ana Ruiz"): the words are the first part of a title, no one's name."""
    joined = _JOINED_TITLE.match(text, end)
    return joined is not None and (joined.group(1) in TITLE_WORDS or joined.group(1).lower() in ROLE_NOUNS)


_FOLLOWING_WORD = lazy_compile(r"[ \t]+([a-z][\w-]*)")
_COORDINATED_QUALIFIER = lazy_compile(rf"[ \t]+and[ \t]+(?:[{UPPERCASE}][\w'’.\-]*[ \t]+)+([a-z][\w-]*)")
"""A second capitalised qualifier joined by "and", then the noun both qualify ("Leicester and England goalkeeper")."""


def qualifies_the_noun_after(text: str, end: int) -> bool:
    """Whether a role noun, or a group's plural, follows the capitalised words ending at `end` ("Council leader",
    "England forward", "Former Leicester players"): they qualify the noun, as a team, a place or a body, and are
    no person's name."""
    following = _FOLLOWING_WORD.match(text, end)
    if following is not None and following.group(1) == "and":
        # "Former Leicester and England goalkeeper Peter Shilton": two qualifiers of one role
        following = _COORDINATED_QUALIFIER.match(text, end)
    return following is not None and (following.group(1) in ROLE_NOUNS or following.group(1) in GROUP_NOUNS)
