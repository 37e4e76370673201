"""Quoted phrases that are not speech: names for things, scare quotes, titles, link text.

A quoted phrase that is only a name for something (`what he calls the "root causes"`), a short
scare-quoted word, a title, a word quoted inside a quotation, or text that was a link or
emphasis in the source is a term, never a quotation: asking "who said 'bloodbath'?" would be a
question with no right answer.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from quizapp.draft.article import Article
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NAMING_CUES, SPEECH_VERBS, TITLE_CASE_SMALL_WORDS
from quizapp.draft.named_kinds import names_a_kind
from quizapp.draft.quotes import Quote
from quizapp.draft.said_right_after import said_clause_ends_sentence, said_right_after

NESTED = "quoted inside a quotation"
CALLED = "what someone called it"
"""`what Reid called "a shameful neglect of the harbour"`: a phrase of two words or more after `what` and a verb of
naming is someone's words about a thing, a quotation when a person's name frames it (framed.py); else (`what he calls
the "root causes"`, `what some call "..."`) a term. One word (`what Reid calls the "brilliant" move`) is a term."""
_SHORT_TERM_WORDS = 3
_NAME_MAX_WORDS = 4
_WORDS_READ = 7
"""Every rule below looks at six words at most: a seventh says "longer", the rest of a long quotation is not read."""
_WORD = lazy_compile(r"[\w'’-]+")
_CLAUSE_END = lazy_compile(r"[.!?:;]")
_VERB_BEFORE = lazy_compile(r"\b([a-z]+)\s*[,:]?\s*$")
"""The last word before a quotation, past a comma or colon: `replied: "Well."`, `said, "Yes."`."""
_SPEECH_ENDINGS = frozenset(",.!?…")
_CHARACTERIZED = lazy_compile(r"\b(?:called|calls|described|describes)[^\S\n]+(?:\S+[^\S\n]+){0,2}\S*[^\s.!?][^\S\n]+$")
"""`called the decision "`: up to three words after the verb, in the same sentence (`had not been called on. ¶ "Go
back ...` is no characterization)."""
_WHAT_IT_CALLS = lazy_compile(
    r"\bwhat\s+(?:[\w.'’]+(?:\s+[\w.'’]+){0,4}|[\w.'’]+(?:\s+[\w.'’]+){0,3},[^,;:.\"“”]{1,80},)\s+"
    r"(?:calls?|called|describes?|described|terms?|termed|labels?|labell?ed|brands?|branded|dubs?|dubbed)"
    r"\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?$"
)
"""`what he calls the`, `what the council itself described as`, `what Reid, the port's owner, called`: the quoted words
that follow are someone's name for a thing, whoever the sentence is about."""
_WHAT_IT_CALLS_READ = 160
"""Characters read before a quotation for `_WHAT_IT_CALLS`: "what the regional development agency had described as "
fits, and an apposition of a name."""


_NOUN_AFTER = lazy_compile(
    r"\s+(?!(?:of|to|in|for|that|and|or|but|which|who|as|at|on|by|with|from|is|was|were|are|has|had|have|will|would|"
    r"could|into|over|after|before|than|because|since|while|when|where|if|it|he|she|they|this|its|his|her|their)\b)"
    r"[a-z][\w'’-]*"
)
"""A lowercase word after a quotation's closing mark that may be the noun it qualifies: not a function word."""


_BEFORE_A_TITLE = lazy_compile(r"on|of|told|host|anchor|\w+['’]s")
"""A word before a show's or a publication's title: "on", "host of", "told", a broadcaster's possessive ("NBC's")."""


def _title_cased(words: list[str]) -> bool:
    """Whether quoted words are written as a title: each capitalised, save the small words of a title ("Meet the
    Press", "Fox and Friends"); the first is capitalised."""
    return words[0][0].isupper() and all(word[0].isupper() or word.lower() in TITLE_CASE_SMALL_WORDS for word in words)


@dataclass(frozen=True)
class Term:
    """A quoted phrase that is a name or a scare quote rather than something someone said."""

    text: str
    start: int
    end: int
    why: str


class TermSorter:
    """Sorts an article's quotes into quotations (said by someone) and terms."""

    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.article = article
        self.text = article.text
        self.quotes = quotes
        self._marks = sorted(article.marks)
        self._mark_starts = [start for start, _end in self._marks]
        self._longest_mark = max((end - start for start, end in self._marks), default=0)

    def classify(self) -> tuple[list[Quote], list[Term]]:
        """Quotations (still without speakers) and terms."""
        candidates: list[Quote] = []
        terms: list[Term] = []
        for quote in self.quotes:
            text = quote.text(self.text)
            why = self._term_reason(quote, text)
            if why == "link":
                continue
            if why:
                terms.append(Term(text.strip(" ,.;:!?"), quote.start, quote.end, why))
            else:
                candidates.append(quote)
        return candidates, terms

    def _term_reason(self, quote: Quote, text: str) -> str | None:
        if self._marked(quote):
            return "link"
        if quote.nested:
            return NESTED
        if names_a_kind(self.text, quote.open_at, quote.close_at):
            return "a name for something"  # a "roads and water" committee (named_kinds.py)
        words = [word.group() for word in itertools.islice(_WORD.finditer(text), _WORDS_READ)]
        if not words:
            return "link"
        before_text = self.text[max(0, quote.open_at - 30) : quote.open_at].lower()
        before_words = _WORD.findall(_CLAUSE_END.split(before_text)[-1])
        ends_like_speech = text[-1:] in _SPEECH_ENDINGS
        named = before_words and (
            before_words[-1] in NAMING_CUES
            or (len(before_words) > 1 and before_words[-1] in {"the", "a", "an", "as", "it", "them", "its"}
                and before_words[-2] in NAMING_CUES)
        )  # fmt: skip
        what_text = self.text[max(0, quote.open_at - _WHAT_IT_CALLS_READ) : quote.open_at].lower()
        if "what" in what_text and _WHAT_IT_CALLS.search(what_text):
            if len(words) > 1 and not self._modifies_a_noun(quote, what_text):
                return CALLED  # what Reid called "a shameful neglect": Reid's words, if the frame names a person
            return "a name for something"  # what he calls the "root causes": his name for a thing, not his words
        characterized = (
            _CHARACTERIZED.search(before_text) if "call" in before_text or "describ" in before_text else None
        )
        if characterized and len(words) <= _NAME_MAX_WORDS:
            return "a characterization"  # called the decision "a betrayal"
        if named and (len(words) <= _NAME_MAX_WORDS or (len(words) <= 6 and not ends_like_speech)):
            return "a name for something"  # what he calls "root causes"; he called them "the most stubborn..." is said
        long_words = [word for word in words if len(word) > 3]
        if (
            len(words) <= 6
            and not ends_like_speech
            and long_words
            and all(word[0].isupper() for word in long_words)
            and not self._speech_verb_before(quote, punctuated=True)
        ):
            return "a title"  # not "a "new low"": no word of a title's length; not `tweeted, "Thank you Ohio! #Vote"`
        if (
            len(words) <= 5
            and _title_cased(words)
            and text.rstrip()[-1:] not in {"!", "?"}  # "chants of "Feel the Bern!"": a cry, not a title
            and before_words
            and _BEFORE_A_TITLE.fullmatch(before_words[-1])
        ):
            return "a title"  # appeared on NBC's "Meet the Press.", told "Fox and Friends," : a show, not speech
        if (
            len(words) <= 5
            and all(word[0].isupper() for word in words)
            and not self._opens_sentence(quote)
            and not (ends_like_speech and self._speech_verb_before(quote))
        ):
            return "a title"  # signs reading "Buses First."; but `he replied: "Yes."` is an answer
        if len(words) <= _SHORT_TERM_WORDS and not ends_like_speech:
            if said_right_after(self.text, quote.open_at, quote.close_at):
                return None  # `"We lost", she said.`: the comma outside the marks, then a said-clause
            if said_clause_ends_sentence(self.text, quote.close_at):
                return None  # `the outlook looked "bright", he said.`: his report, his word in marks
            return "a scare quote"
        return None

    def _modifies_a_noun(self, quote: Quote, before: str) -> bool:
        """`what Reid called a "build it and they will come" approach`: the phrase names a kind of thing, set between
        an article outside its marks and the noun it qualifies, not words she said of it."""
        return before.rstrip().lower().endswith((" a", " an", " the")) and bool(
            _NOUN_AFTER.match(self.text, quote.close_at, quote.close_at + 40)
        )

    def _speech_verb_before(self, quote: Quote, punctuated: bool = False) -> bool:
        """Whether a speech verb comes right before the quotation, past a comma or a colon: what follows
        `replied,` or `said:` is what was said, however short and capitalised ("Yes.", "Never."). With `punctuated`,
        only past a comma or colon: `told "Fox and Friends"` names a show, `tweeted, "Thank you Ohio!"` is words."""
        verb = _VERB_BEFORE.search(self.text, max(0, quote.open_at - 30), quote.open_at)
        if punctuated and (verb is None or not verb.group().rstrip().endswith((",", ":"))):
            return False
        return verb is not None and verb.group(1).lower() in SPEECH_VERBS

    def _opens_sentence(self, quote: Quote) -> bool:
        before = self.text[max(0, quote.open_at - 200) : quote.open_at]
        return not re.split(r"[.!?\n]", before)[-1].strip()

    def _marked(self, quote: Quote) -> bool:
        """Whether the quoted text was (mostly) a link or emphasis in the source.

        Only the marks that can overlap a segment are read: those starting in it or less than the
        longest mark before it (marks may nest). Reading every mark for every quote made an HTML
        page with many links quadratic (a 0.7 MB page took 11 s).
        """
        if not self._marks:
            return False  # plain text: nothing was a link, and most articles are pasted as plain text
        content = sum(end - start for start, end in quote.segments)
        covered = 0
        for start, end in quote.segments:
            first = bisect.bisect_right(self._mark_starts, start - self._longest_mark)
            for mark_start, mark_end in self._marks[first : bisect.bisect_left(self._mark_starts, end)]:
                covered += max(0, min(end, mark_end) - max(start, mark_start))
        return content > 0 and covered * 5 >= content * 4
