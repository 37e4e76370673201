"""A participle of saying that hangs on a body's own clause, whatever that clause's verb, is the body's.

On real news (PolNeAR train) "X's campaign sent out a press release saying Y owes "..."" and "In responding,
X's campaign took the unusual step of criticizing the agencies, accusing them of "..."" found nobody: a body
speaks only before a speech verb (bodies.py), and the participle's subject was looked for among names and roles.
The body opening the clause (or its main clause after one leading phrase), with a past verb of its own right after
it, is the participle's subject, as a name there is. Fixture in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_campaign_after_a_clause_of_time_speaks_through_its_participle() -> None:
    assert sure_speakers(pattern("a_body_then_a_participle"), 2)["every fisherman"] == "Ferris’s campaign"


def test_a_body_after_a_leading_phrase_speaks_through_its_participle() -> None:
    assert sure_speakers(pattern("a_body_then_a_participle"), 2)["paperwork gone"] == "Tate's campaign"
