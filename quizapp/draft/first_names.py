"""Common first names that say a person's gender, so that "she said" can tell two people apart.

A pronoun is sure only when one named person could be meant, and an article often gives no
sign of anyone's gender but their first name. These lists hold only names that are borne, in
news from English-language outlets, almost always by one gender; names borne by both (Alex,
Jordan, Sam, Jean, Andrea, Kim, ...) are left out on purpose: for them the article's own signs
decide, or nothing does. The name is one sign among the others (honorifics, roles, pronouns in
the same sentence), and any contradiction leaves the gender unknown.
"""

from __future__ import annotations

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


def gender_of_first_name(name: str) -> str | None:
    """ "Grace" -> "female", "Peter" -> "male", "Alex" or an unknown name -> None."""
    lowered = name.lower()
    if lowered in MALE_NAMES:
        return "male"
    if lowered in FEMALE_NAMES:
        return "female"
    return None
