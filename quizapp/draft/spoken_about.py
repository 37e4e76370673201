"""Names anywhere in the clause a speaker is reported to say are no rivals for their next "he said".

"Brook said she could not believe that Mayor Tarr would hand the ferry deal to Penn. "...," she said." goes on
with Brook: Tarr and Penn are what she spoke about, and a reply of theirs would be brought in by a name
and a verb of its own. reported_rivals.py takes the reported clause's subject ("said Pollard had bought petrol");
the names later in that clause ("told the court she had phoned Rees and Vane", "said that parents accept that
Cllr Ward drew up the plan") are as much spoken of. A name with a speech verb of its own ("said Okoye told
him") is a voice; a clause of its own ("..., but Okoye said") or a new sentence ends what was reported.

So too for a name inside the candidate's own quotation: "“Cllr Ruiz is her own woman,” Brook told the Gazette.
“...,” she added." In a paragraph where the candidate is the only person named outside the quotations, and speaks
there, its quotations are theirs, and whoever they name is spoken of.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEAKS_NEXT
from quizapp.draft.person import Mention


def quoted_in_own_paragraph(text: str, speaker: Mention, named_outside: list[Mention]) -> bool:
    """Whether a quotation stands in a paragraph whose only person named outside quotations, `named_outside` (the
    mentions of that paragraph), is `speaker`, with a speech verb of theirs there: the quotation is theirs."""
    return (
        bool(named_outside)
        and all(m.person == speaker.person for m in named_outside)
        and any(SPEAKS_NEXT.match(text, m.end) is not None for m in named_outside)
    )


def paragraph_around(text: str, position: int) -> tuple[int, int]:
    """The start and end of the paragraph (a line of the text) holding `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


_CLAUSE_ENDS = lazy_compile(r"[;:!?]|\.\s|,\s*(?:and|but|while|whereas|as)\s|\b(?:but|while|whereas)\b")
"""Where what a speaker is reported to say gives way to another clause or sentence."""


def spoken_about(text: str, speaker: Mention, mention: Mention) -> bool:
    """Whether `mention` is named inside the clause that `speaker`'s own speech verb, right after their name,
    reports, with no speech verb of its own."""
    said = SPEAKS_NEXT.match(text, speaker.end, mention.start)
    return (
        said is not None
        and _CLAUSE_ENDS.search(text, said.end(), mention.start) is None
        and SPEAKS_NEXT.match(text, mention.end) is None
    )
