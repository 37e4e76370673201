"""Who said what: each quotation and its speaker, found by ordered sieves, most precise first.

The shape is Stanford CoreNLP's quote attribution (quotation -> mention -> speaker). For each
quotation the first sieve that names a speaker wins, and says how sure it is:

1. a line of its own: a `Name:` label (alone in its paragraph too), a `-- Name on ...` line
   (speaker_lines.py), or a quotation signed on its line (`"..." - Pele`);
2. a said-clause right after the quotation (said_after.py): `"...," Mr. Putin said`, `"...," said Ana Ruiz`,
   `"...," two-time finalist Wozniacki said`, `"...," a Ryanair spokesman said`, `"...,"
   according to Prof. Banjo` (according.py); tried last, a said-clause closing the sentence the words are set
   into: `... "the end" for the town, said Ana Ruiz.` (trailing_said.py);
3. a colon, in the sentence or ending the paragraph before: `Ana Ruiz said: "..."` (colons.py);
4. a speech verb before the quotation across a clause: `Mr. Putin said he had told Mr. Trump
   that Russia was "..."`, and for a short phrase, praise too (`paid tribute to a "kind" man`)
   (said_before.py), or a frame with the name (`As Reid put it, ...`, framed.py); words the
   speaker only relays (`Dunne recalled him saying`, relayed.py) are not the speaker's;
   a speech verb joined by "and" or "but" to one before it has that verb's speaker (`Reid denied it and
   replied that "..."`, coordinated_verbs.py); a quotation in a phrase of saying opening the sentence is
   the main clause subject's (`While calling it "a mistake", Reid ...`, fronted_saying.py);
5. a pronoun (`he said`, `it said`, in any of the clauses above: its sieve is "pronoun"), sure
   only for the lone subject of the sentences just before (pronouns.py), or for the voice the paragraph
   before ended on when the quotation opens its paragraph (paragraph_voice.py); one of two joined subjects
   (plural_subjects.py) or an object's apposition (object_appositions.py) is neither candidate nor rival;
6. the sentence before a quotation that stands alone, when it reports speech (reported.py);
7. neighbours: another quotation of the paragraph, or the paragraph continued (neighbours.py), unsure when the
   story hands the speech on between or after them (hand_overs.py), or a bare quotation paragraph two to four
   paragraphs after the last voice, which it takes back unless someone else may have (resumed.py);
8. a headline's quotation, or one in a title pasted as the first line that no rule above read: whoever says
   the same words in the story (headlines.py).

Unnamed speakers stay roles ("one Mansfield employee", "Tully's lawyer", roles.py, role_speakers.py) rather than
going to the nearest name, unless the article gave a definite role's every word to one person alone ("head
coach Ann Reid ... the head coach said", title_holders.py) or the role opens a section under that person's
name as a heading (section_headings.py); groups ("Residents said") are nobody. Whatever is a guess (a pronoun
with several candidates, an organization known only by its capitals, a single-quoted phrase, a
role a named person may hold or a definite role that may be someone just named: back_references.py,
a listener, an object, two subjects, words relayed: listeners.py, colons.py, surnames.py; words that
address the speaker found, an answer to someone's question: vocatives.py, answers.py; a name completing another
noun's phrase, words of someone else's statement: of_phrases.py, owned_statements.py) keeps its
speaker with a `doubt`: `--json` shows it, questions never use it. Quoted terms are sorted out before (terms.py).
Every sieve takes a clause's speaker as its main clause's subject (clause_subjects.py).
"""

from __future__ import annotations

import bisect

from quizapp.draft.according import (
    ACCORDING_AFTER,
    ACCORDING_TO,
    APPOSITION_TO_QUOTE,
    CLAUSE_TO_QUOTE,
    REPORTED_AFTER,
    AccordingTo,
)
from quizapp.draft.article import Article
from quizapp.draft.clause_subjects import ClauseSubjects
from quizapp.draft.colons import Colons
from quizapp.draft.coordinated_verbs import CoordinatedVerbs
from quizapp.draft.first_person import bodies_saying_i_unsure
from quizapp.draft.framed import framed_pronoun, framed_speaker, quoted_as_saying
from quizapp.draft.fronted_saying import FrontedSaying
from quizapp.draft.headlines import from_the_story, headline_subject, in_heading, in_title_line
from quizapp.draft.interrupted import interrupted_quotations
from quizapp.draft.lexicon import SUBJECT_PRONOUNS
from quizapp.draft.listeners import Listeners
from quizapp.draft.neighbours import from_neighbours
from quizapp.draft.nested import nested_quotations
from quizapp.draft.organizations import OrganizationSpeakers
from quizapp.draft.other_voices import other_voices_unsure, voice_before_said_after_unsure
from quizapp.draft.owned_statements import OWNED_STATEMENT_DOUBT, in_owned_statement
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention, Person
from quizapp.draft.pronoun_chain import goes_on_unsure
from quizapp.draft.pronouns import PronounResolver
from quizapp.draft.quotation import Quotation
from quizapp.draft.quotes import Quote
from quizapp.draft.relayed import RelayedSpeech
from quizapp.draft.reported import REACTION_VERBS, STANCES, ReportedSpeech
from quizapp.draft.role_speakers import RoleSpeakers
from quizapp.draft.roles import is_one_of_many
from quizapp.draft.said_after import SaidAfter
from quizapp.draft.said_before import SaidBefore
from quizapp.draft.said_sentence import said_sentence_end
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SAID_CLAUSE_REACH
from quizapp.draft.single_marks import cast_as_judgement, reads_as_a_sentence, said_of_itself, speech_in_double_marks
from quizapp.draft.spans import Spans
from quizapp.draft.speaker_lines import line_speakers
from quizapp.draft.spoken_of import SPOKEN_OF_DOUBT, speaks_of
from quizapp.draft.surnames import BareFirst, named_in_full, shared_surname
from quizapp.draft.terms import CALLED, NESTED, Term, TermSorter
from quizapp.draft.trailing_said import TrailingSaid
from quizapp.draft.vocatives import listeners_unsure


class Attributor(
    RoleSpeakers,
    ClauseSubjects,
    SaidAfter,
    CoordinatedVerbs,
    FrontedSaying,
    SaidBefore,
    RelayedSpeech,
    PronounResolver,
    ReportedSpeech,
    OrganizationSpeakers,
    AccordingTo,
    Listeners,
    Colons,
    TrailingSaid,
):
    def __init__(self, article: Article, quotes: list[Quote], sentences: list[Sentence], finder: PeopleFinder) -> None:
        self.article = article
        self.text = article.text
        self.quotes = quotes
        self.quoted = Spans((q.open_at, q.close_at) for q in quotes if not q.nested)
        self._wholly_quoted = {}
        self.sentences = sentences
        self.sentence_starts = [sentence.start for sentence in sentences]
        self.finder = finder
        self.mentions = [mention for mention in finder.mentions if not mention.in_quote]
        self.mention_starts = [mention.start for mention in self.mentions]
        self.quoted_mentions = [mention for mention in finder.mentions if mention.in_quote]
        self.quoted_mention_starts = [mention.start for mention in self.quoted_mentions]
        self.people = {person.id: person for person in finder.people}
        self._doubt: str | None = None
        """Set while finding one quotation's speaker when a step of it was a guess."""
        self.partial: set[int] = set()
        """Starts of short quoted phrases taken for partial quotations ("praised the "remarkable" work")."""
        self.lone_subjects: dict[int, str] = {}
        self._bare_first_read: BareFirst | None = None
        self._named_in_full_read: tuple[tuple[int, int], dict[str, list[Person]]] | None = None

    # -- speakers ------------------------------------------------------------------------------

    def attribute(self, candidates: list[Quote]) -> list[Quotation]:
        found: list[Quotation] = []
        labelled = line_speakers(self.article, self.quotes, self.finder)
        self.people = {person.id: person for person in self.finder.people}
        # phrases set into a sentence (`self.partial`) are no sign of how the story marks speech
        speech_is_double = speech_in_double_marks(self.article, [q for q in candidates if q.start not in self.partial])
        heading: dict[int, str | None] = {}  # index in `found` of a heading's words: the heading's subject, a guess
        for quote in candidates:
            self._doubt, self.by_pronoun = None, False
            headline = in_heading(self.article, quote)
            if headline is not None:  # said by whoever says the same words in the story (headlines.py)
                heading[len(found)] = headline_subject(self.text, quote, headline, self.finder.people)  # a guess
                found.append(Quotation(quote, quote.text(self.text), None, headline, "none"))
                continue
            sentence = self._sentence_at(quote.open_at)
            if (line := labelled.get(quote.open_at)) is not None and line[0] is None:
                found.append(Quotation(quote, quote.text(self.text), None, sentence, "none"))
                continue  # a caption under the words names someone the article does not know as a person
            speaker, rule = line or self._in_sentence(quote, sentence)
            if speaker is None and len(quote.segments) > 1:
                speaker, rule = self._in_sentence(quote, self._sentence_at(quote.end), last_paragraph=True)
            if speaker is None:
                self._doubt = None
                speaker, rule = self._from_reported_sentence(quote, sentence), "reported"
            if speaker is None and (title := in_title_line(self.article, quote)) is not None:
                heading[len(found)] = headline_subject(self.text, quote, title, self.finder.people)  # a pasted title
                found.append(Quotation(quote, quote.text(self.text), None, title, "none"))
                continue
            if (
                speaker is not None
                and not quote.double
                and speech_is_double
                and not reads_as_a_sentence(quote.text(self.text))
                and not cast_as_judgement(self.text, sentence.start, quote.open_at)  # "described it as a '...'"
                and not said_of_itself(self.text, sentence.start, quote.open_at)  # "said he would, with '...'"
            ):
                self._doubt = "in single quotation marks where speech is in double ones: perhaps a phrase"
            self._doubt_relayed(speaker, sentence)  # "Reid said, quoting Okoye": the words are Okoye's
            self._doubt_spoken_of(
                speaker, quote, sentence, rule
            )  # "I don't think Jo Reid has been thanked": not Reid's
            clause_at = max(sentence.start, quote.open_at - SAID_CLAUSE_REACH)  # bounded, as the said-clause sieves
            if rule in {"before", "coordinated", "colon", "fronted"} and self._doubt is None and in_owned_statement(
                self.text, clause_at, quote.open_at, self._mentions_between(clause_at, quote.open_at),
                self.people.get(speaker or ""),
            ):  # fmt: skip
                self._doubt = OWNED_STATEMENT_DOUBT  # "Reid praised their letter offering "..."": the letter's
            if self.by_pronoun and rule == "after" and self._doubt is None and found:
                self._doubt = goes_on_unsure(self.article, found[-1], speaker, quote)
            sure = speaker is not None and self._doubt is None
            rule = "pronoun" if self.by_pronoun and rule in {"after", "before", "colon"} else rule
            found.append(
                Quotation(
                    quote, quote.text(self.text), speaker, sentence, rule if speaker else "none", sure, self._doubt
                )
            )
        found = interrupted_quotations(self.text, found, self._mentions_between)  # `"...," said X, "..."`
        found = other_voices_unsure(self.text, found, self._mentions_between)  # `X was praised by Y for "..."`
        found = voice_before_said_after_unsure(self.text, found, self._mentions_between)  # `Y replied "...," X added`
        found = bodies_saying_i_unsure(found, self.people, self.text)  # `Police said X told them: "I ..."`
        genders = {person.id: person.gender for person in self.finder.people}
        one_of_many = {
            person.id for person in self.finder.people if person.kind == "role" and is_one_of_many(person.name)
        }
        found = from_neighbours(
            self.article, found, self._mentions_between, self._may_be_subject, genders, self.sentences, one_of_many
        )
        found = listeners_unsure(found, self.people)  # "Yes, judge.": never the judge's words
        found = self.with_lone_subjects(found)  # "Reid did not hold back. "..."": Reid, unsure (reported.py)
        return from_the_story(found, heading)

    def _doubt_spoken_of(self, speaker: str | None, quote: Quote, sentence: Sentence, rule: str) -> None:
        person = self.people.get(speaker) if speaker is not None and self._doubt is None else None
        if (
            person is not None
            and speaks_of(self.text, quote.open_at, quote.end, self.quoted_mentions, self.quoted_mention_starts, person)
            and not self._named_beside(person, quote, sentence, rule)
        ):
            self._doubt = SPOKEN_OF_DOUBT

    def _named_beside(self, person: Person, quote: Quote, sentence: Sentence, rule: str) -> bool:
        """Whether the said-clause next to the words names their speaker, with no one else named between them:
        `"Nobody is more loyal than Donald Trump," Trump said`. A politician speaks of himself by name; the doubt
        of `speaks_of` is for a speaker found through a pronoun or a neighbour, not named at the words."""
        if self.by_pronoun or person.last is None:
            return False
        if rule == "after":
            beside = next(iter(self._mentions_between(quote.close_at, sentence.end)), None)
        elif rule in {"before", "colon"}:
            beside = next(reversed(self._mentions_between(sentence.start, quote.open_at)), None)
        else:
            return False
        return (
            beside is not None
            and beside.person == person.id
            and not beside.guessed
            and person.last in self.text[beside.start : beside.end]
        )

    def framed_by_name(self, quote: Quote) -> bool:
        """Whether a person's name frames the quotation (framed.py): "what Reid called "a shameful neglect"" is a
        quotation of Reid's, "what some call "..."" stays a term."""
        before_start = max(self._sentence_at(quote.open_at).start, quote.open_at - SAID_CLAUSE_REACH)
        mentions = self._mentions_between(before_start, quote.open_at)
        if framed_speaker(self.text, before_start, mentions, quote.open_at, self.people) is not None:
            return True
        pronoun = framed_pronoun(self.text, quote.open_at, quote.close_at)
        if pronoun is None:
            return False
        doubt, by_pronoun = self._doubt, self.by_pronoun  # read here to sort terms: the quotation's own are later
        self._doubt = None
        speaker = self._resolve_pronoun(SUBJECT_PRONOUNS[pronoun.group(1)], pronoun.start(1))
        sure = speaker is not None and self._doubt is None and self.people[speaker].kind == "person"
        self._doubt, self.by_pronoun = doubt, by_pronoun
        return sure  # "what she called "..."": hers when "she" is surely one person

    def _sentence_at(self, position: int) -> Sentence:
        index = max(0, bisect.bisect_right(self.sentence_starts, position) - 1)
        return self.sentences[index]

    def _in_sentence(self, quote: Quote, sentence: Sentence, last_paragraph: bool = False) -> tuple[str | None, str]:
        after_start = quote.close_at
        after_end = sentence.end
        next_quote = self.quoted.first_start_in(after_start, after_end)
        speaker = self._after(after_start, next_quote or after_end)
        if speaker is None and (said_end := said_sentence_end(self.text, quote.close_at)) is not None:
            speaker = self._after(after_start, said_end)  # `"We lost." Ruiz said.`: a said-clause on its own
        if (
            speaker
            and REPORTED_AFTER.match(self.text, after_start, next_quote or after_end) is not None
            and self._speech_verb_in(sentence.start, quote.open_at)
        ):
            speaker, self._doubt = None, None  # `Reid said, "...," the Herald reported`: Reid's, the paper reports
        if speaker:
            return speaker, "after"
        after_according = ACCORDING_AFTER.match(self.text, after_start, next_quote or after_end)
        if after_according is not None and not self._speech_verb_in(sentence.start, quote.open_at):
            # `"...," according to Prof. Banjo.`; after `Reid told them: "..."` Banjo is the source of a report
            speaker = self._according_to(after_according.end(), next_quote or after_end, r"\s*(?:[.;,]|$)")
            return (speaker, "according-to") if speaker else (None, "none")
        if last_paragraph:
            return None, "none"
        before_start = max(sentence.start, quote.open_at - SAID_CLAUSE_REACH)
        before_according = (
            list(ACCORDING_TO.finditer(self.text, before_start, quote.open_at))
            if self.text.find("ccording", before_start, quote.open_at) >= 0
            else []
        )  # the pattern only where its word is: most sentences have none
        if before_according:  # `According to Prof. Banjo, "..."`
            source = before_according[-1].end()
            speaker = self._according_to(source, quote.open_at, APPOSITION_TO_QUOTE) or self._according_to(
                source, quote.open_at, CLAUSE_TO_QUOTE
            )  # `who, according to PC Ana Holt, did a "superb job"`: the clause's own source
            if speaker:
                return speaker, "according-to"
        framed = framed_speaker(
            self.text, before_start, self._mentions_between(before_start, quote.open_at), quote.open_at, self.people
        )
        if framed is not None:  # "As Reid put it, ...", "Reid's verdict was blunt:"; not "..., Lobb declared:"
            return (
                (None, "none")
                if self._speech_verb_in(framed[1], quote.open_at)
                else (self._speaker_of(framed[0]), "before")
            )
        if quoted_as_saying(self.text, before_start, quote.open_at):
            return None, "none"  # "Shand quoted the coxswain as saying:": not Shand's, and whose is unknown
        colon = self._colon(quote, before_start)
        if colon is not None:
            return colon
        if (fronted := self._fronted_saying(quote, sentence)) is not None:
            return fronted, "fronted"  # "While calling the report "a code red", Ana Ruiz kept ..."
        # words set into the sentence: after a reaction, or a stance ("Reid is adamant the plan is "...""), too
        reactions = REACTION_VERBS | STANCES if self.reads_as_partial(quote) else frozenset()
        speaker = self._coordinated(before_start, quote.open_at, reactions)  # "... and responded that" (the verb's)
        if speaker:
            return speaker, "coordinated"
        speaker = self._before(before_start, quote.open_at, reactions)
        if speaker:
            return speaker, "before"
        speaker = self._said_at_sentence_end(quote, sentence)  # `... "the end" for the town, Ruiz said.`
        if speaker:
            return speaker, "after"
        return None, "none"

    def _mention_at(self, position: int, limit: int) -> Mention | None:
        index = bisect.bisect_left(self.mention_starts, position)
        if index < len(self.mentions) and self.mentions[index].start < limit:
            return self.mentions[index]
        return None

    def _speaker_of(self, mention: Mention) -> str:
        """The person a mention names; a description picked among several people ("the president") is a guess."""
        if mention.guessed:
            self._doubt = mention.why or "a description ('the president') that could mean more than one person"
        elif (
            surname := shared_surname(self.text, mention, self.people, self._bare_first(), self._named_in_full())
        ) is not None:
            self._doubt = f"“{surname}” is the surname of more than one person in the article"
        return mention.person

    def _bare_first(self) -> BareFirst:
        """Who went by each bare surname first (surnames.py), read once, when a shared surname is first met."""
        if self._bare_first_read is None:
            self._bare_first_read = BareFirst(self.text, self.finder.mentions)
        return self._bare_first_read

    def _named_in_full(self) -> dict[str, list[Person]]:
        """The people named in full by surname (surnames.py), read again only when people were added (roles and
        bodies, while quotations are attributed: no one's names change)."""
        sizes = (id(self.people), len(self.people))
        if self._named_in_full_read is None or self._named_in_full_read[0] != sizes:
            self._named_in_full_read = (sizes, named_in_full(self.people))
        return self._named_in_full_read[1]

    def _mentions_between(self, start: int, end: int) -> list[Mention]:
        low = bisect.bisect_left(self.mention_starts, start)
        high = bisect.bisect_left(self.mention_starts, end)
        return self.mentions[low:high]

    def _inside_other_quote(self, position: int) -> bool:
        return self.quoted.contains(position)


def attribute_quotations(
    article: Article, quotes: list[Quote], sentences: list[Sentence], finder: PeopleFinder
) -> tuple[list[Quotation], list[Term]]:
    """Quotations with their speakers, and the quoted terms."""
    attributor = Attributor(article, quotes, sentences, finder)
    candidates, terms = TermSorter(article, quotes).classify()
    by_start = {quote.start: quote for quote in quotes}
    partial = [
        term
        for term in terms
        if (term.why in {"a scare quote", "a characterization"} and attributor.is_partial_quote(by_start[term.start]))
        or (term.why == CALLED and attributor.framed_by_name(by_start[term.start]))
    ]
    if partial:
        candidates = sorted([*candidates, *(by_start[term.start] for term in partial)], key=lambda quote: quote.open_at)
        promoted = {term.start for term in partial}
        terms = [term for term in terms if term.start not in promoted]
        attributor.partial = promoted
    quotations = attributor.attribute(candidates)
    inner = [by_start[term.start] for term in terms if term.why == NESTED]
    nested = nested_quotations(article.text, inner, finder.mentions, attributor.people, attributor._sentence_at)
    if nested:
        said_inside = {quotation.quote.start for quotation in nested}
        terms = [term for term in terms if term.start not in said_inside]
        quotations = sorted([*quotations, *nested], key=lambda quotation: quotation.quote.open_at)
    return quotations, terms
