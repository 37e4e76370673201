"""Everything the drafter reads out of an article, before any question is written.

`extract(raw)` never raises on any text: the fuzz tests hold it to that. What it finds is
what `quizapp draft --json` prints, so a teacher (or a test) can see why a question came out
as it did.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from quizapp.collector import gc_paused
from quizapp.draft.article import Article, parse_article
from quizapp.draft.attribution import attribute_quotations
from quizapp.draft.fact_sentences import find_facts
from quizapp.draft.facts import Fact
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention, Person
from quizapp.draft.quotation import Quotation
from quizapp.draft.quote_marks import find_quotes
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence, split_sentences
from quizapp.draft.spans import Spans
from quizapp.draft.terms import Term
from quizapp.draft.time_cues import CueIndex
from quizapp.draft.timeline import Event, build_timeline

_SPACE = lazy_compile(r"\s")
_T = TypeVar("_T")
MAX_ARTICLE_CHARS = 250_000
"""Text beyond this is not read: 250,000 characters is four times the longest feature article.

Drafting costs about 0.79 s of CPU per MB of text, linearly, plain text or HTML full of links
(tests/benchmarks/draft_per_mb.py, median of runs alternated with the code before; it was 2.4 s, then
1.4 s, 1.0 s, 0.8 s and 0.75 s, more question kinds and attribution rules brought it back to 0.85 s, and
a third pass on the stages outside people and attribution to 0.79 s), so a file near the 4 MiB limit
(markup, pasted pages) is drafted from its first quarter-million characters in under half a second; the
command says so when it cuts. The cut goes when the whole text drafts at 0.5 s per MB (issue 10): people
(0.26 s/MB) and attribution (0.18 s/MB) are most of what remains, then facts (0.09 s/MB) and the
timeline (0.06 s/MB) (`draft_per_mb.py --stages` times each stage).
"""


@dataclass
class Extraction:
    article: Article
    sentences: list[Sentence]
    people: list[Person]
    mentions: list[Mention]
    quotations: list[Quotation]
    terms: list[Term]
    events: list[Event]
    facts: list[Fact]
    _mention_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _people_by_id: dict[str, Person] | None = field(default=None, init=False, repr=False, compare=False)
    _sentence_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _segment_sentences: dict[tuple[int, int], list[Sentence]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """The sentences of each quotation segment split so far (`segment_sentences`)."""
    _by_person: tuple[list[Mention], int, dict[str, list[Mention]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """The mentions list, its length and its mentions grouped by person, when grouped (`mentions_of`)."""
    _ranks: tuple[tuple[int, int, int], Counter[str], dict[str, list[Person]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _lowered: tuple[str, str] | None = field(default=None, init=False, repr=False, compare=False)
    _words: tuple[str, int, int] | None = field(default=None, init=False, repr=False, compare=False)
    """The text, the words counted so far and where the count stopped (`words_up_to`)."""
    _usable: dict[bool, tuple[list[Quotation], list[tuple[Quotation, Person]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """The quotations list and its usable quotations, sure and unsure ones apart (`usable_quotations`)."""
    _once: tuple[tuple[int, int, int], dict[tuple[str, Hashable], object]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """What `once` has computed, and the sizes of the people and mentions lists it was computed for."""

    def once(self, rule: str, key: Hashable, compute: Callable[[], _T]) -> _T:
        """A pure fact of this draft's people and mentions that rule `rule` computes for `key`, computed once
        per draft: the question kinds ask the same of every person (is "Texas" only a state before a title?)
        for each question's options. Forgotten when the people or the mentions are other lists or grow."""
        sizes = (id(self.people), len(self.people), len(self.mentions))
        if self._once is None or self._once[0] != sizes:
            self._once = (sizes, {})
        known = self._once[1]
        if (rule, key) not in known:
            known[rule, key] = compute()
        return cast(_T, known[rule, key])

    def usable_kept(
        self, sure: bool, choose: Callable[[Extraction, bool], list[tuple[Quotation, Person]]]
    ) -> list[tuple[Quotation, Person]]:
        """The quotations worth asking about as `choose` picks them (who_said.usable_quotations), once per draft:
        three question kinds ask, and choosing reads every quotation for its speaker's names. Chosen again
        when the quotations are another list; each caller gets a list of its own."""
        kept = self._usable.get(sure)
        if kept is None or kept[0] is not self.quotations:
            kept = self._usable[sure] = (self.quotations, choose(self, sure))
        return list(kept[1])

    @property
    def text(self) -> str:
        return self.article.text

    def lowered(self) -> str:
        """The text lowercased, once per draft: the time cues and facts read it, and several question kinds look
        words up in it (`extract` hands over the one the time cues made)."""
        text = self.text
        if self._lowered is None or self._lowered[0] is not text:
            self._lowered = (text, text.lower())
        return self._lowered[1]

    def words_up_to(self, enough: int) -> int:
        """The words of the text, or `enough` when it has at least that many.

        The question kinds that fill a thin draft up to one question per so many words need the count
        only up to where they stop asking; splitting a long text whole to count its words cost more
        than those kinds. The text is counted a stretch at a time, each cut at a whitespace (where no
        word can be cut in two), as far as needed, and what is counted is kept.
        """
        text = self.text
        if self._words is None or self._words[0] is not text:
            self._words = (text, 0, 0)
        _text, counted, position = self._words
        while counted < enough and position < len(text):
            cut = _SPACE.search(text, position + 8 * (enough - counted))
            end = cut.start() if cut else len(text)
            counted += len(text[position:end].split())
            position = end
            self._words = (text, counted, position)
        return min(counted, enough)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in text[start:end], in text order: questions ask this once per sentence."""
        if self._mention_starts is None:
            self._mention_starts = [mention.start for mention in self.mentions]
        low = bisect.bisect_left(self._mention_starts, start)
        return self.mentions[low : bisect.bisect_left(self._mention_starts, end, low)]

    def sentence_holding(self, offset: int) -> Sentence | None:
        """The article's sentence holding text[offset], or None between sentences: found by bisection, as the
        question kinds ask it of many quotations' words."""
        if self._sentence_starts is None:
            self._sentence_starts = [sentence.start for sentence in self.sentences]
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The article's sentence just before `sentence` (one of its sentences), None for the first: found by
        bisection, where `sentences.index` read the list from its start for every sentence asked about."""
        if self._sentence_starts is None:
            self._sentence_starts = [sentence.start for sentence in self.sentences]
        index = bisect.bisect_left(self._sentence_starts, sentence.start) - 1
        return self.sentences[index] if index >= 0 else None

    def segment_sentences(self, start: int, end: int) -> list[Sentence]:
        """The sentences of text[start:end], a quotation's segment within one paragraph (not to be changed): split
        once per draft, as the question kinds on quoted words, names and numbers each read every quotation's."""
        key = (start, end)
        sentences = self._segment_sentences.get(key)
        if sentences is None:
            paragraph = self.article.paragraph_index(start)
            sentences = self._segment_sentences[key] = split_sentences(self.text, start, end, [], paragraph)
        return sentences

    def mentions_of(self, person_id: str) -> list[Mention]:
        """The mentions of one person, in text order (not to be changed): grouped once per draft, as the questions
        ask of every person they may offer; grouped again when the mentions are another list or grow."""
        grouped = self._by_person
        if grouped is None or grouped[0] is not self.mentions or grouped[1] != len(self.mentions):
            by_person: dict[str, list[Mention]] = {}
            for mention in self.mentions:
                by_person.setdefault(mention.person, []).append(mention)
            grouped = self._by_person = (self.mentions, len(self.mentions), by_person)
        return grouped[2].get(person_id, [])

    def person(self, person_id: str | None) -> Person | None:
        if self._people_by_id is None or len(self._people_by_id) != len(self.people):
            self._people_by_id = {person.id: person for person in self.people}
        return self._people_by_id.get(person_id) if person_id else None

    def quoted_counts(self) -> Counter[str]:
        """How many quotations each person surely said."""
        return self._speaker_ranks()[1]

    def ranked_people(self, kind: str) -> list[Person]:
        """People of `kind` ("person", "organization"), those quoted most first, then the most mentioned.

        Counted once per extraction, not once per question: each question's wrong options are read off it.
        """
        by_kind = self._speaker_ranks()[2]
        if kind not in by_kind:
            quoted = self.quoted_counts()
            mentioned = Counter(mention.person for mention in self.mentions)
            by_kind[kind] = sorted(
                (person for person in self.people if person.kind == kind),
                key=lambda person: (-quoted[person.id], -mentioned[person.id], person.id),
            )
        return by_kind[kind]

    def _speaker_ranks(self) -> tuple[tuple[int, int, int], Counter[str], dict[str, list[Person]]]:
        sizes = (len(self.quotations), len(self.mentions), len(self.people))
        if self._ranks is None or self._ranks[0] != sizes:
            quoted = Counter(q.sure_speaker for q in self.quotations if q.sure_speaker)
            self._ranks = (sizes, quoted, {})
        return self._ranks

    def _shown(self, person_id: str | None) -> str | None:
        person = self.person(person_id)
        return person.shown if person else None

    def to_json(self) -> dict[str, Any]:
        """What `--json` prints: plain data, offsets into `article_text` included."""
        text = self.text
        return {
            "headline": self.article.headline,
            "authors": self.article.authors,
            "publisher": self.article.publisher,
            "date": self.article.date.isoformat() if self.article.date else None,
            "people": [
                {
                    "id": person.id,
                    "kind": person.kind,
                    "name": person.shown,
                    "role": person.role,
                    "country": person.country,
                    "names": person.aliases,
                }
                for person in self.people
            ],
            "quotations": [
                {
                    "text": quotation.text,
                    "speaker": self._shown(quotation.sure_speaker),
                    "speaker_id": quotation.sure_speaker,
                    "found_by": quotation.rule,
                    "unsure_speaker": None if quotation.sure else self._shown(quotation.speaker),
                    "unsure_because": quotation.doubt,
                    "marks_mended": quotation.quote.mended,  # how unpaired quotation marks were read (unpaired.py)
                    "span": [quotation.quote.open_at, quotation.quote.close_at],
                }
                for quotation in self.quotations
            ],
            "terms": [{"text": term.text, "why": term.why} for term in self.terms],
            "events": [
                {
                    "text": text[event.start : event.end],
                    "time_cue": event.cue.text,
                    "when_days": round(event.when, 2),
                    "date": event.date.isoformat() if event.date else None,
                    "span": [event.start, event.end],
                }
                for event in sorted(self.events, key=lambda event: event.when)
            ],
            "facts": [
                {
                    "text": text[fact.start : fact.end],
                    "span": [fact.start, fact.end],
                    "time_cue": fact.cue.text if fact.cue else None,
                    "places": [element.text for element in fact.of_kind("place")],
                    "numbers": [element.text for element in fact.of_kind("number")],
                    "people": [text[element.start : element.end] for element in fact.of_kind("person")],
                }
                for fact in self.facts
            ],
        }


def extract(raw: str, date: dt.date | None = None) -> Extraction:
    """Read an article (plain text, Markdown or HTML) into people, quotations, events and facts."""
    with gc_paused(kept=True):  # hundreds of thousands of objects per MB, kept to the end, no cycles
        return _extract(raw, date)


def _extract(raw: str, date: dt.date | None) -> Extraction:
    article = parse_article(raw[:MAX_ARTICLE_CHARS])
    if date is not None:
        article.date = date
    text = article.text
    quotes: list[Quote] = find_quotes(article)
    top_level = [(quote.open_at, quote.close_at) for quote in quotes if not quote.nested]
    quoted = Spans(top_level)
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(article.paragraphs):
        if index >= article.body_start:
            sentences += split_sentences(text, paragraph.start, paragraph.end, quoted, index)
    if not sentences:
        return Extraction(article, [], [], [], [], [], [], [])
    heading = article.paragraphs[0].start if article.headline and article.body_start > 0 else None
    finder = PeopleFinder(
        text,
        top_level,
        article.paragraphs[article.body_start].start,
        [sentence.start for sentence in sentences],
        heading,
    )
    finder.find()
    quotations, terms = attribute_quotations(article, quotes, sentences, finder)
    quote_spans = [(q.quote.open_at, q.quote.close_at) for q in quotations]
    cue_index = CueIndex(text)
    events = build_timeline(text, article.date, [(s.start, s.end) for s in sentences], quote_spans, cue_index)
    facts = find_facts(text, sentences, finder, quote_spans, events, cue_index)
    extraction = Extraction(article, sentences, finder.people, finder.mentions, quotations, terms, events, facts)
    extraction._lowered = (text, cue_index.lowered)
    return extraction
