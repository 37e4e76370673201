"""An organization introduced by what it is, then speaking by its bare name: "French luxury fashion group Hermes,
known for its scarves, ..." and later "Hermes said".

News introduces a company, a club or a paper with a noun phrase ending in the kind of body it is ("the fashion
group Hermes", "the carmaker Norvik") and then writes the bare name as the subject of "said". Either alone is
weak evidence: a noun before a name may introduce a source that never speaks ("according to the trade magazine
Wings Weekly"), and a lone capitalised word before "said" may be a surname. Together they say that an
organization speaks, and only then is the name kept as an organization (so a later "it said" may find it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.draft.lexicon import SPEECH_VERBS, alternation

_VERBS = alternation(sorted(SPEECH_VERBS, key=len, reverse=True))


@lru_cache(maxsize=256)
def _speaking(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}[ \t]+(?:{_VERBS})\b|\bsaid[ \t]+{re.escape(name)}(?![\w-])")


def speaks_by_name(text: str, name: str) -> bool:
    """Whether the name stands right before a speech verb ("Hermes said") or right after "said" somewhere in the
    text: the name is a speaker's, not only a source's."""
    return _speaking(name).search(text) is not None
