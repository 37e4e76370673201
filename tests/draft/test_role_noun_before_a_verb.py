"""A role noun a verb away from a name is no title of that name (issue 10).

Written in our own words after a real local report: an unnamed witness speaks as "the neighbor said", and
the article later writes "A neighbor held <Name> at gunpoint". The title check read the three words before
the name ("A neighbor held") as a title, so "the neighbor" was doubted as maybe being the suspect. A title
is the role noun right before the name ("board chairwoman Ms. Ann Reid", roles.py); a verb in between
makes the name that verb's object.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.roles import titled_before_name

from .speakers import pattern, shown


def test_unnamed_witness_is_sure_when_the_role_noun_is_a_verb_away_from_a_name() -> None:
    extraction = pattern("role_noun_before_a_verb")
    ran = next(q for q in extraction.quotations if q.text.startswith("He ran straight"))
    assert ran.sure
    assert shown(extraction, ran.speaker) == "the farmer"


def test_role_noun_right_before_a_name_still_points_at_that_person() -> None:
    found = extract(
        'Harbour board chairwoman Ms. Ann Reid opened the meeting. "We will meet again," the chairwoman said.'
    )
    reid = next(p for p in found.people if p.name == "Ann Reid")
    assert titled_before_name("the chairwoman", found.text, found.mentions, {p.id: p for p in found.people}) == reid
