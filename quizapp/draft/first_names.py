"""First names that say a person's gender, so that "she said" can tell two people apart.

A pronoun is sure only when one named person could be meant, and an article often gives no
sign of anyone's gender but their first name. The name is one sign among the others
(honorifics, roles, pronouns in the same sentence), and any contradiction leaves the gender
unknown. Names borne by both genders (Alex, Jordan, Sam, Jean, Kim, Kelly, ...) say nothing:
for them the article's own signs decide, or nothing does.

Three hand lists and the census. The hand lists below hold common first names of English-language
news, the US's and others' (British, Irish, Indian, Nigerian), each borne almost always by one
gender, and names news gives to both that the census gives to one (`BOTH_NAMES`); they win over
the census, and the one-gender lists alone are the *common* first names (`is_common_first_name`)
other modules use to tell a first name from a capitalised word ("Ana Reid" from "Neither Reid").
Behind them, the 1990 US Census first-name lists (public domain; read from the MIT-licensed
`names` package, which ships them) give each of about 5,100 names its frequency among women and
among men: a name says a gender when that frequency is at least ten times the other's, or the
other list lacks the name, and is not rarer than the men's list goes (`_RARE`). Ten, from the
data: the names the census gives to both sexes at ratios under ten are the ones news writes of
both (Jean 9:1, Chris 8:1, Lindsey 9:1, Kim 6:1, Kelly 4.5:1, Bernie 4:1); from ten up (Dale 11:1,
Carmen 18:1, Ashley 22:1) one sex's name, with train figures unchanged between ten and fifty. The
census also lists words that are mostly not names ("In", "Sunday", "May", "Clinton"), so it is
asked only of a word already taken for a person's first name, never whether a capitalised word is
a name. It knows the US of 1990 only: a first name from elsewhere that the hand lists lack
(Kwabena, Ovidiu) says no gender, so beside a US-named person of the pronoun's gender its bearer
is now the less known, and a pronoun between the two stays unsure.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from quizapp.draft.lexicon import word_set

MALE_NAMES = word_set(
    """
    aaron abdul abraham adam adrian ahmed alan albert alberto alejandro alexander alfred ali amir andre
    andrew andrei andrej angelo anthony antonio arthur barack benjamin bernard bill billy bob boris brad
    brandon brian bruce bruno carl carlos charles christopher colin craig daniel darren david dean dennis
    derek diego dmitry donald douglas duncan edward emmanuel eric fernando francis francisco frank fred
    gabriel gareth gary george gerald giovanni gordon graham greg gregory harry henry howard hugh ian ibrahim
    igor isaac ivan jack jacob jake james jason jeff jeffrey jeremy jerome jim jimmy joe joel john johnny
    jonathan jorge jose joseph juan karl keith kenneth kevin khalid klaus larry leonard liam luis luke
    malcolm marco mario mark martin matthew michael miguel mike mohamed mohammad mohammed muhammad narendra
    neil nicholas nick nigel oliver omar oscar owen pablo patrick paul pedro peter philip pierre rafael
    ralph raymond richard rick robert roberto roger ronald roy russell ryan samuel scott sean sebastian
    sergei simon stephen steve steven stuart thomas tim timothy tom tony trevor uhuru victor vincent
    vladimir walter wayne william xavier yusuf alastair alistair andy barry ben benedict brendan callum
    cedric clive conor connor damian damien dan danny declan dominic dylan ed eddie edwin ernest ethan euan
    fergus frederick gavin geoffrey gerry gilbert glenn hamish harold herbert jerry kieran kyle leo lewis
    lionel lloyd marcus matt mick nathan neville noel norman phil phillip piers quentin reginald rob robbie
    rodney rory ross rupert shane stanley ted terry theo toby travis vernon vince wes wesley zachary rahul
    rajesh sunil amit vijay sanjay ramesh suresh emeka tunde segun olusegun
    """
)
"""First names of men."""

FEMALE_NAMES = word_set(
    """
    abigail ada agnes aisha alice alicia alison amanda amelia amy ana angela angelina anita ann anna anne
    annie barbara beatrice betty brenda caroline carol catherine charlotte chloe christine claire clara
    claudia cynthia daisy deborah denise diana diane donna dorothy elena elizabeth ellen emily emma esther
    eva fatima fiona florence gemma georgia grace hannah heather helen helena ingrid irene isabel isabella
    jane janet jennifer jessica joan joanna josephine joyce judith judy julia julie karen katherine kathleen
    kate katie laura lauren linda lisa louise lucy lydia margaret maria marie marina martha mary maya
    megan melissa michelle monica nadia nancy natalie natasha nicole olga olivia pamela patricia paula
    rachel rebecca rita rosa rose ruth sandra sarah sharon sophia sophie stephanie susan sylvia tanya
    teresa theresa tracy ursula valerie vanessa victoria virginia wendy yvonne zoe adele alexandra amber
    anastasia annastacia beverley bridget carla carmen cassandra cathy cheryl clare colleen dawn debbie eileen
    elaine eleanor eliza faye frances gillian gloria hazel holly jacinda jacqueline jade jasmine jill joanne
    jodie kathryn kirsty leah lorraine mandy marion maureen melanie miriam molly nadine naomi nina norma
    penny philippa priti priya rosemary samantha sally sheila shirley siobhan stella suzanne tara tina tessa
    vera vicky yvette sunita anjali lakshmi ngozi chioma
    """
)
"""First names of women."""

BOTH_NAMES = word_set(
    """
    alex sam andrea jean jordan kim chris pat jo toni mel charlie sasha nikita misha yuri kai sacha
    """
)
"""First names news gives to both: short forms of women's and men's names alike (Sam for Samuel or
Samantha), and names of one gender in the US but the other elsewhere (Andrea, Jean, Nikita); the census
counts a person under the name registered at birth, so it gives them to one sex. They say no gender."""


def gender_of_first_name(name: str) -> str | None:
    """ "Grace" -> "female", "Peter" or "Dwight" -> "male", "Alex" or an unknown name -> None."""
    lowered = name.lower()
    if lowered in MALE_NAMES:
        return "male"
    if lowered in FEMALE_NAMES:
        return "female"
    if lowered in BOTH_NAMES:
        return None
    return _census_genders().get(lowered)


def is_common_first_name(word: str) -> bool:
    """Whether a capitalised word is a common first name of the hand lists ("Ana"), so a name's first word."""
    lowered = word.lower()
    return lowered in MALE_NAMES or lowered in FEMALE_NAMES


def is_census_first_name(word: str) -> bool:
    """Whether a capitalised word is a first name of the census lists, either sex's, at least as common as
    `_RARE` ("Hillary", "Carly", "Tad"). The census also lists words ("May", "Will", "Virginia"), so this is
    no evidence alone: the caller asks the article whether it uses the word otherwise (people.py)."""
    lowered = word.lower()
    return _census_frequencies_of(lowered) >= _RARE


def _census_frequencies_of(lowered: str) -> float:
    """The larger of the two sexes' census frequencies of a lowercased first name (0 when unlisted)."""
    female, male = _census_lists()
    return max(female.get(lowered, 0.0), male.get(lowered, 0.0))


@cache
def _census_lists() -> tuple[dict[str, float], dict[str, float]]:
    """Both census lists, read once."""
    return _census_frequencies("female"), _census_frequencies("male")


_DOMINANCE = 10.0
"""How many times one sex's frequency of a census name must be the other's for the name to say that sex."""
_RARE = 0.004
"""The census frequency (percent of one sex) under which a name says nothing: the men's list stops there, the
women's goes on to 0.001, so a rarer woman's name may be as common among men, unlisted (Yuri, Kai, Misha)."""


@cache
def _census_genders() -> dict[str, str]:
    """Lowercased census first name -> "female" or "male", for the names one sex dominates (the docstring)."""
    female, male = _census_lists()
    genders: dict[str, str] = {}
    for name in female.keys() | male.keys():
        women, men = female.get(name, 0.0), male.get(name, 0.0)
        if women >= _DOMINANCE * men and women >= _RARE:
            genders[name] = "female"
        elif men >= _DOMINANCE * women and men >= _RARE:
            genders[name] = "male"
    return genders


def _census_frequencies(sex: str) -> dict[str, float]:
    """A census list read: "MARY  2.629  2.629  1" (name, percent of that sex, cumulative, rank) -> mary: 2.629."""
    text = files("names").joinpath(f"dist.{sex}.first").read_text(encoding="ascii")
    return {fields[0].lower(): float(fields[1]) for fields in map(str.split, text.splitlines()) if len(fields) == 4}
