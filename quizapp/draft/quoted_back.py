"""Words someone quotes back at another, to blame them for having said them, are the other's words.

"The minister demanded an apology from the broadcaster for calling the city "a lawless place"": the quoted
phrase is what the broadcaster said; the minister repeats it to object to it. English puts the one blamed
before "for" or "of" and the saying after it as a gerund ("accused Ms Ode of describing the plan as ...",
"criticised the paper over its calling ..."). The one who says the sentence is then not the one whose words
are quoted, unless the blame is their own ("apologised for calling ...", "was criticised for saying ..."): then
no object stands before "for".
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

_GERUNDS_OF_SAYING = (
    r"(?:calling|referring|describing|labell?ing|branding|dubbing|saying|claiming|suggesting|comparing|"
    r"portraying|characteri[sz]ing|likening|writing|tweeting|posting)"
)
_QUOTED_BACK = lazy_compile(
    r"(?:\b(?:him|her|them|it|us)|\b[A-Z][\w'’&.-]*|\b(?!(?:apologi[sz]e[sd]?|regrets?|sorry|himself|herself|"
    r"themselves|itself|myself|ourselves|responsibility|blame|credit|thanks|point|habit|mistake)\b)[a-z][\w'’-]*(?<!ed))"
    r"\s+(?:for|of|over)\s+(?:(?:his|her|their|its)\s+)?" + _GERUNDS_OF_SAYING + r"\b[^.;:!?\"“”]{0,90}$"
)
"""The one blamed, "for" or "of", and the gerund of saying, up to the quotation: "from CNN for referring to
Kenya as ", "accused the mayor of calling them "; not "apologised for calling", whose blame is the subject's, nor "made
a point of saying", "in the habit of calling", "made the mistake of saying": the subject's own saying."""
_GERUND_STEMS = (
    "calling", "referring", "describing", "label", "branding", "dubbing", "saying", "claiming", "suggesting",
    "comparing", "portraying", "characteri", "likening", "writing", "tweeting", "posting",
)  # fmt: skip
"""Plain text that each of `_GERUNDS_OF_SAYING` holds ("labelling", "characterising")."""
_PASSIVE = lazy_compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")


def quoted_back(text: str, start: int, end: int) -> bool:
    """Whether the quotation at `end` is words the sentence from `start` blames someone else for saying."""
    window = max(start, end - 200)
    if not any(text.find(gerund, window, end) >= 0 for gerund in _GERUND_STEMS):
        return False  # no gerund of saying: most clauses are ruled out by plain searches, not the pattern
    found = _QUOTED_BACK.search(text, window, end)
    return found is not None and _PASSIVE.search(text, start, found.start()) is None
