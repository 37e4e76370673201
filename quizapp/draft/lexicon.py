"""The English words the drafting rules know: speech verbs, titles, roles, pronouns, numbers.

Kept in one place so that a teacher's report of a missed attribution ("X explained") is a
one-word fix here, and so the rules read as rules rather than as word lists.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile


def word_set(text: str) -> frozenset[str]:
    """A word list written as text, one space between words: easier to read and to extend."""
    return frozenset(text.split())


def alternation(words: list[str], *, word_start: bool = False) -> str:
    """A regular expression matching what `"|".join(words)` matches, in the same order of preference;
    with `word_start`, what `\\b(?:` and that join and `)` match.

    The words are grouped by their first character (each group keeping the words' order): at a
    position the engine then tries the one group that can match instead of every word, twice as
    fast for the 170 role nouns. Words of another first character cannot match where a group's
    does, so the first word that matches, and what the pattern finds, are the same.

    `word_start` writes each first character before its word boundary (`h(?<=\\bh)(?:e|is)`, the boundary read
    behind the character): a pattern opening with `\\b` or a look-behind is tried at every position of a search, one
    opening with its possible first characters only where one of them stands, and the engine skips the rest of the
    text at the speed of a search for a character (three to seven times faster for "he", "him", "do" and the like).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    alternatives = []
    for character, rests in groups.items():
        first = re.escape(character)
        boundary = rf"(?<=\b{first})" if word_start else ""
        alternatives.append(f"{first}{boundary}(?:{'|'.join(rests)})")
    return "(?:" + "|".join(alternatives) + ")"


SPEECH_VERBS = word_set(
    """
    said says say saying told tells telling wrote writes writing added adds asked asks explained explains
    insisted insists recalled recalls warned warns tweeted tweets posted posts declared declares continued
    continues noted notes argued argues replied replies responded responds stated states acknowledged
    acknowledges conceded concedes admitted admits complained complains announced announces remarked remarks
    joked jokes cautioned cautions urged urges predicted predicts agreed agrees observed observes shouted shouts
    testified testifies repeated repeats repeating added adding promised promises vowed vows pledged pledges
    boasted boasts claimed claims countered counters maintained maintains suggested suggests wondered wonders
    mused muses quipped quips conceded confirmed confirms denied denies demanded demands wrote texted emailed
    stressed stresses recounted recounts reiterated reiterates retorted retorts exclaimed exclaims pleaded pleads
    laughed laughs commented emphasised emphasises emphasized emphasizes alleged alleges lamented
    laments reasoned assessed opined opines admitting insisting conceding acknowledging explaining arguing claiming
    affirmed affirms echoed echoes
    asking recalling tweeting declaring noting replying responding stating complaining announcing remarking joking
    cautioning urging predicting observing shouting testifying vowing pledging boasting countering suggesting
    wondering musing quipping confirming denying demanding stressing recounting reiterating retorting exclaiming
    pleading commenting emphasizing emphasising alleging lamenting affirming warning
    interjected interjects interjecting proclaimed proclaims proclaiming asserted asserts asserting contended
    contends contending answered answering elaborated assured assures assuring yelled yells yelling screamed
    screaming cried barked thundered muttered whispered grumbled groused griped bemoaned bemoans scoffed sniped
    teased chided scolded sneered ranted vented gushed confessed confesses confessing informed begged implored
    speculated speculates hinted concluded concludes concluding advised advising reported
    """
)
"""Verbs that report speech or writing, in the forms newswire uses: a usage guide's reporting verbs (say, tell, add,
note, argue, insist, quip, retort, concede, warn, interject, proclaim, conclude, ...) in the past, the present and the
-ing form ("..., noting that", "declaring it "..."": said_before.py reads an -ing form as a participle). Their base
forms are not here: "state", "note", "claim" are nouns as often (a verb's base form after "will" is foretold.py's),
nor are verbs more often of a thing or a deed than of speech ("revealed", "reflected", "smiled": manner_verbs.py).
"Reported" is a paper's or an official's saying ("The Post reported that", "As Politico reported, "...""), never in
the passive ("is reported to have called", listeners.PASSIVE); words after a clause of its own that it sets in
("reported that she had a video in which Grant said:") are that clause's subject's (colons.py)."""

SPEECH_VERB = alternation(sorted(SPEECH_VERBS, key=len, reverse=True))
"""SPEECH_VERBS as a regular expression (longest first, so "says" is not cut to "say"): built here once for every
rule that looks for a speech verb in the text, so a verb added to the list reaches them all."""

ABBREVIATION = r"\b[A-Z][a-z]{0,4}\.(?=[\s,A-Z])"
"""A capital and up to four letters closed by a full stop inside a clause: a state or party-and-state ("N.C.",
"R-Ky.", "Calif."), a rank ("Rep."), "Jr.", "Inc.": no sentence ends there (a pattern's alternative to a character
that is no full stop)."""

PHRASAL_SPEECH_VERB = lazy_compile(
    r"(?:hit|hits|shot|shoots|fired|fires|snapped|bit)\s+back\b|(?:chimed|chimes|piped|pipes)\s+(?:in|up)\b"
    r"|(?:pointed|points|pointing)\s+out\b|(?:went|goes)\s+on\b(?!\s+to\s+(?!say\b|add\b))"
    r"|(?:summed|sums)\s+(?:it\s+)?up\b"
)
"""Two-word speech verbs, matched where their first word is: "shot back", "chimed in", "pointed out", "went on"
(but not "went on to win"). Alone, their first words are no speech ("shot dead", "pointed to")."""
PHRASAL_SPEECH_HEADS = frozenset({"hit", "hits", "shot", "shoots", "fired", "fires", "snapped", "bit", "chimed",
    "chimes", "piped", "pipes", "pointed", "points", "pointing", "went", "goes", "summed", "sums"})  # fmt: skip
"""The first words of PHRASAL_SPEECH_VERB: only where one of them is does the pattern need matching."""

SPEAKS_NEXT = lazy_compile(
    r"(?:\s*,[^,.;:!?\"“”]{1,100},)?\s*,?\s+(?:[a-z]+\s+){0,2}?(?:" + SPEECH_VERB + r")\b(?!\s+to\b)"
)
"""A name's own speech verb, matched right after the name: past an apposition ("Ann Reid, the chair, said") and
up to two words of tense or manner ("Reid later said", "Reid has told", "Reid reportedly said"). A verb followed
by "to" is no speech ("Reid agreed to meet", "Reid was told to wait"). The name is then a voice of its own."""

SPEECH_VERBS_BEFORE_QUOTE_ONLY = frozenset(
    {"called", "calling", "calls", "described", "describing", "describes", "believes", "believed", "thinks", "hopes",
     "hoped", "fears", "feared", "feels", "mentioned", "mentions", "disclosed", "discloses", "indicated", "reminded",
     "indicates", "concluded", "concludes", "implied", "implies", "intimated", "intimates", "portrayed", "portrays",
     "portraying", "characterized", "characterizes", "characterizing", "characterised", "characterises",
     "characterising", "dismissed", "dismisses", "dismissing", "noting", "stating", "tweeting", "boasting", "thought"}
)  # fmt: skip
"""Verbs that introduce a quotation only when it follows them ("called the plan "a disaster"", "Reid believes the
plan is "the only way forward"", "Reid thought the plan was "...": a view in the holder's own quoted words), and
verbs of a verdict given in words ("dismissed the plan as "a muddle"", "concluded that", "implied that", "portraying
him as", "noting that", "stating that", "tweeting that"): before a quotation they report what the subject said or
wrote."""

FORETOLD_SPEECH_VERBS = word_set(
    "tell warn declare claim argue urge insist announce admit promise pledge vow stress explain"
)
"""Speech verbs in the base form a speech reported before it is given takes ("will tell", "is expected to warn"):
speech only after a word of the future (foretold.py); "say" is in SPEECH_VERBS already."""

ABBREVIATIONS = word_set(
    """
    mr mrs ms mx dr st jr sr gen sen rep gov lt col sgt capt adm prof rev inc corp co ltd vs etc no jan feb mar
    apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est fig approx messrs maj cmdr supt pres gov govt
    univ insp det cllr hon rt sens reps govs gens brig cpl pvt amb coun cr del mme acp asp csp dcp dsp igp
    """
)
"""Words whose full stop ends no sentence ("Mrs.", "Sen.", "Inc.", "No."): the sentence splitter reads on past
them, and so do a role in apposition ("a spokesman for Mrs. Ruiz") and a quotation cut short in a question. Every
honorific written with a stop is here ("Brig.", "Cpl."); those written as whole words ("Sir", "Lady", "Miss") are
not: "Yes, sir." ends its sentence."""

NAMING_CUES = frozenset(
    {"so-called", "called", "calls", "call", "named", "dubbed", "dubs", "termed", "terms", "labeled", "labelled",
     "branded", "nicknamed", "known", "word", "phrase", "term", "slogan", "motto", "titled", "entitled", "headlined"}
)  # fmt: skip
"""A quoted phrase right after these is a name for something (a term), not something someone said."""

HONORIFICS = {
    "mr": "male", "mrs": "female", "ms": "female", "miss": "female", "mx": None, "dr": None, "prof": None,
    "sen": None, "rep": None, "del": None, "gov": None, "gen": None, "lt": None, "col": None, "sgt": None, "capt": None,
    "adm": None, "maj": None, "brig": None, "cmdr": None, "cpl": None, "pvt": None, "rev": None, "cr": None,
    "cllr": None, "det": None, "insp": None, "supt": None, "hon": None, "coun": None, "amb": None, "dsp": None,
    "asp": None, "csp": None, "acp": None, "dcp": None, "igp": None,
    "rt": None,
    "sir": "male", "dame": "female", "lord": "male", "lady": "female", "mme": "female",
}  # fmt: skip
"""Honorific (lowercase, without its full stop) -> the gender it implies, when it implies one."""

TITLES_OF_ONE_NAME = frozenset({"Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sheikh", "Emir"})
"""Titles a person is known by together with one name ("Pope Francis", "King Salman", "Prince Harry"): on a
question that name alone reads as someone else's first name."""

TITLE_WORDS = word_set(
    """
    President Vice Prime Minister Deputy Foreign Secretary Chancellor Mayor Governor Senator Representative
    Congresswoman Congressman Councilwoman Councilman Councilor Councillor Pope King Queen Prince Princess Judge
    Justice Ambassador General Admiral Colonel Captain Sergeant Detective Officer Inspector Superintendent Chief
    Coach Commissioner Director Professor Archbishop Bishop Father Sister Rabbi Imam Sheikh Emir Crown Premier
    Speaker Leader Attorney Defense Defence Health Interior Finance Treasury Education Home Trade Economy Energy
    Commerce Labor Labour Agriculture Transport Transportation Justice Assistant Acting Interim Former
    Lieutenant Secretary-General Chairman Chairwoman Chair President-elect Governor-elect Field Marshal Major
    Minority Majority Executive Spokesman Spokeswoman Spokesperson Supreme Commander Chancellor Senior Head Lady
    Lord Whip Taoiseach Tánaiste Tanaiste Constable Sheriff Corporal Coroner Magistrate Prefect MP MSP MEP MLA CEO CFO
    COO MLC MCA MPP MNA Provost Attorney-General Solicitor-General Director-General Governor-General
    Inspector-General Auditor-General Alderman Alderwoman Recorder Advocate
    """
)
"""Capitalized words that, leading a name, make a title ("Prime Minister Keir Starmer")."""

TITLE_CONNECTORS = frozenset({"of", "for", "the"})
"""Small words inside a title ("Secretary of State", "Minister for the Economy")."""

ROLE_NOUNS = word_set(
    """
    president vice-president minister secretary chancellor mayor governor senator representative spokesman
    spokeswoman spokesperson official officer director chief head analyst professor economist researcher
    scientist lawyer attorney adviser advisor aide envoy ambassador diplomat negotiator commander general leader
    founder chairman chairwoman chair owner manager teacher student farmer coach captain resident mother father
    parent historian expert editor author judge prosecutor inspector detective doctor nurse engineer worker
    organizer organiser activist candidate pope king queen prince premier pastor priest rabbi imam principal
    superintendent councilwoman councilman councilor councillor member executive strategist consultant planner
    pollster ally confidant
    treasurer clerk commissioner curator architect physician surgeon lecturer volunteer coordinator
    president-elect governor-elect deputy administrator analyst pilot driver chef designer writer journalist
    reporter correspondent agent employee passenger witness neighbour neighbor victim relative friend sister
    brother daughter son wife husband spokesperson manager boss skipper source insider keeper goalkeeper
    striker midfielder defender winger player champion finalist veteran tenant shopper customer motorist pupil
    trader vendor campaigner commuter supporter fan forward international great legend bystander eyewitness
    protester shopkeeper landlord patient survivor lawmaker legislator firefighter paramedic constable counterpart
    biologist entomologist ecologist meteorologist forecaster epidemiologist psychologist sociologist geologist
    counsel sheriff coroner magistrate bishop archbishop colonel sergeant lieutenant admiral marshal congressman
    congresswoman
    """
)
"""Nouns that end a role description ("the city's chief planner", "a spokeswoman for the council")."""

OCCUPATIONS = word_set(
    """
    fisherman fisherwoman businessman businesswoman policeman policewoman caretaker headteacher headmaster
    headmistress grandmother grandfather electrician plumber mechanic vicar actor actress artist musician poet
    novelist photographer filmmaker producer entrepreneur soldier sailor cyclist swimmer golfer jockey homeowner
    landowner crofter guitarist drummer pianist singer songwriter singer-songwriter composer rapper comedian
    broadcaster presenter coxswain referee umpire barrister solicitor baker midwife critic reviewer columnist
    mother-of-two mother-of-three mother-of-four father-of-two father-of-three father-of-four
    host co-host anchor commentator pundit blogger moderator co-moderator dissident cleric
    nominee delegate rival front-runner frontrunner hopeful
    """
)
"""Occupations that, capitalised before a name, are the person's role ("Fisherman Calum Rae"); kept apart from
ROLE_NOUNS, whose wider uses (unnamed speakers) they were not tuned for, and none is a common surname. Politics
and broadcasting put theirs before a name too ("Democratic nominee", "radio host", "former rival"): PolNeAR train,
23 more named speakers right, none wrong."""

NATIONALITIES = {
    "russian": "Russia", "ukrainian": "Ukraine", "american": "United States", "u.s.": "United States",
    "us": "United States", "british": "Britain", "french": "France", "german": "Germany", "italian": "Italy",
    "chinese": "China", "brazilian": "Brazil", "turkish": "Turkey", "polish": "Poland", "spanish": "Spain",
    "canadian": "Canada", "mexican": "Mexico", "indian": "India", "japanese": "Japan", "korean": "Korea",
    "israeli": "Israel", "iranian": "Iran", "egyptian": "Egypt", "dutch": "Netherlands", "belgian": "Belgium",
    "swedish": "Sweden", "norwegian": "Norway", "finnish": "Finland", "danish": "Denmark", "irish": "Ireland",
    "australian": "Australia", "european": "Europe", "hungarian": "Hungary", "greek": "Greece",
    "portuguese": "Portugal", "swiss": "Switzerland", "austrian": "Austria", "czech": "Czech Republic",
    "afghan": "Afghanistan", "algerian": "Algeria", "argentine": "Argentina", "argentinian": "Argentina",
    "bangladeshi": "Bangladesh", "bolivian": "Bolivia", "bulgarian": "Bulgaria", "chilean": "Chile",
    "colombian": "Colombia", "croatian": "Croatia", "cuban": "Cuba", "emirati": "United Arab Emirates",
    "english": "England", "ethiopian": "Ethiopia", "filipino": "Philippines", "ghanaian": "Ghana",
    "indonesian": "Indonesia", "iraqi": "Iraq", "jamaican": "Jamaica", "jordanian": "Jordan", "kenyan": "Kenya",
    "lebanese": "Lebanon", "libyan": "Libya", "malaysian": "Malaysia", "moroccan": "Morocco", "nepali": "Nepal",
    "nepalese": "Nepal", "nigerian": "Nigeria", "pakistani": "Pakistan", "palestinian": "Palestine",
    "peruvian": "Peru", "qatari": "Qatar", "romanian": "Romania", "rwandan": "Rwanda", "saudi": "Saudi Arabia",
    "scottish": "Scotland", "serbian": "Serbia", "singaporean": "Singapore", "somali": "Somalia",
    "sudanese": "Sudan", "syrian": "Syria", "taiwanese": "Taiwan", "tanzanian": "Tanzania", "thai": "Thailand",
    "tunisian": "Tunisia", "ugandan": "Uganda", "venezuelan": "Venezuela", "vietnamese": "Vietnam",
    "welsh": "Wales", "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe", "slovak": "Slovakia",
    "lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia", "icelandic": "Iceland",
    "ecuadorian": "Ecuador", "uruguayan": "Uruguay", "senegalese": "Senegal", "cameroonian": "Cameroon",
}  # fmt: skip
"""Nationality adjective -> country, to resolve "the Russian president"."""

MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
SUBJECT_PRONOUNS = {"he": "male", "she": "female", "it": "neuter", "they": "plural"}
"""A subject pronoun -> what it can stand for: "it" is an organization ("It said in a statement"), "they" a family
that speaks as one ("they_speakers.py")."""

NAME_STOPWORDS = word_set(
    """
    The A An But And Or Nor So Yet On In At After Before Since Shortly Last This That These Those It Its He She
    They We I You His Her Their Our My Your When While If As For From With Without Asked Speaking Meanwhile
    However Still Then Now Today Tonight Yesterday Tomorrow Earlier Later Also Even Though Although Because
    Given Despite During Under Over Until Unlike Like Both Each Every Many Most Some Several Few No Not Only
    Just Once Here There Where What Who Whom Whose Which Why How All Any Another Other Such One Two Three Four
    Five Six Seven Eight Nine Ten Instead Thus Indeed Perhaps Maybe Yes Please Thank Thanks Look Well Oh Even
    Among Against Between Through About Above Below Into Onto Upon Within Across Along Around Behind Beyond Near
    Off Out Up Down To Of By Is Are Was Were Be Been Do Does Did Has Have Had Will Would Can Could Should May
    Might Must Let Let's Our Us Them Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April June July August September October November December Spring Summer Autumn Fall Winter Sunday's
    Monday's Friday's Saturday's Republicans Democrats Independents Neither Either Whether Unless Whereas
    Alongside Amid Amidst Besides Beside Except Toward Towards Via
    """
)
"""Capitalized words that start sentences or name days and months, never people."""

ORGANIZATION_WORDS = word_set(
    """
    Department Ministry Council Agency Office Committee Police University College School Company Inc Corp
    Corporation Group Association Union Party Court Times News House Kremlin Institute Foundation Bank Board
    Commission Authority Service Services Administration Army Navy Force Forces Government Parliament Congress
    Senate Assembly Club League Federation Organization Organisation Center Centre Hospital Museum Library
    Church Post Journal Press Network Trust Fund Society Bureau Agency Airport Station Hall Square Street Road
    Avenue Park River Bridge Lake Mountain Mount Island Valley City County State Republic Kingdom Union Social
    Two One Street Media Team Cabinet Pentagon Tribunal Unit Division Brigade Lab Laboratory Works Market
    Markets Co Ltd Gazette Herald Tribune Chronicle Telegraph Courier Observer Bulletin Homes Sports Records
    """
) | word_set(
    """
    Motors Motor Airlines Industries Holdings Partners Technologies Labs Pharmaceuticals Foods Steel Mining Oil
    Systems Energy Electric Railways Airways Telecom Bancorp LLC PLC AG GmbH Workers Ministries Chamber
    Books Publishing Publishers Branch Chapter Metro PAC
    United Utd Athletic Rovers Wanderers Alliance Research Equities Securities Investments Insurance Capital
    Estates Stadium Arena Academy Clinic Ambulance Mail
    Act Poll Report Campaign Radio Television Show Magazine Review Daily
    """
)
"""Words that make a capitalized name an organization or a place rather than a person (or a law, a poll, a
programme: "the Affordable Care Act", "the Gallup Poll", "The Sean Hannity Show" are no one to quote)."""

ORGANIZATION_NOUNS = word_set(
    """
    company firm carmaker automaker union ministry agency council board authority department government group
    club team school university hospital police court committee commission office airline bank charity
    """
)
"""Nouns that stand for an organization already named ("the company said")."""

GROUP_NOUNS = word_set(
    """
    residents unions officials protesters demonstrators fans supporters critics campaigners activists teachers
    nurses doctors parents students pupils villagers neighbours neighbors scientists researchers experts
    analysts economists ministers lawmakers legislators senators councillors councilors leaders officers
    firefighters paramedics mps democrats republicans conservatives tories liberals socialists investors
    traders shoppers commuters passengers families relatives witnesses survivors victims farmers players
    workers employees
    """
)
"""Plural nouns that name a group, never one person nor an organization: "Residents said", "Labour MPs:"."""

PLACE_WORDS = word_set(
    "Park Square Street Road Avenue River Bridge Lake Mountain Mount Island Valley City County Hall Station Airport"
)
"""Words of ORGANIZATION_WORDS that name places ("Meadow Park"): a place, though never a person."""

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000,
    "billion": 1_000_000_000, "dozen": 12,
}  # fmt: skip

PARTIES_AND_FAITHS = word_set(
    "Republican Republicans Democrat Democrats Democratic GOP Independent Independents Conservative Conservatives "
    "Liberal Liberals Labour Tory Tories Jewish Jews Muslim Muslims Islamic Islamist Islamists Christian Christians "
    "Catholic Catholics Protestant Protestants Evangelical Evangelicals Methodist Methodists Baptist Baptists Mormon "
    "Mormons Hindu Hindus Sikh Sikhs Buddhist Buddhists Hispanic Hispanics Latino Latinos Latina Latinas Asian Asians "
    "African Africans Arab Arabs"
)
"""A party's, a faith's or a people's word: which kind of person, not who, like a nationality. Blanked in quoted words
(quoted_names), the words beside it give it away ("elect a {{Republican}} president", "{{Jewish}} leaders"); before a
name in a true/false statement it says who the person is (true_false: "Republican Ted Cruz" is never "Republican
Bernie Sanders")."""

TITLE_CASE_SMALL_WORDS = word_set(
    "a an the and or but nor of in on at to for by with as from into onto over off up via vs per than is be are was"
)
"""Short words a headline written in Title Case may leave lowercase ("Ruiz and Hill May Be Aligning on Rates")."""

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

UPPERCASE = "A-ZÀ-ÖØ-Þ" + "".join(char for char in map(chr, range(0x100, 0x250)) if char.isupper())
"""A regex character class body for capital letters of Latin names, "Łukasz" and "Šime" too, not only A-Z."""


_HEADING_WORDS = frozenset(
    {"farewell", "goodbye", "about", "on", "re", "in", "tribute", "tributes", "reaction", "reactions", "verdict"}
)


def heading_about(tokens: list[str]) -> bool:
    """Whether capitalised words before a colon are a heading about someone ("Remembering Leo Okoye:", "Farewell
    Leo Okoye:", "Okoye's Legacy:"), which names whom the words below are about, never who said them."""
    if (tokens[0].endswith("ing") and len(tokens) > 1) or tokens[0].lower() in _HEADING_WORDS:
        return True  # but a surname alone may end in "ing" ("Manning:")
    return len(tokens) > 1 and tokens[-2].endswith(("'s", "’s", "s'", "s’"))
