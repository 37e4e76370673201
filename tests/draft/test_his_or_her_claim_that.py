"""Words in "his" or "her" claim, comment or remark "that ..." are the claim's owner's, the one the pronoun means
(fixture in our own words).

On PolNeAR's train split "<a former secretary of state> fanned controversy over her remark that "..."", "<the
candidate> stood by his comment Monday that "..."" and "<the mayor> repeated his claim that "..."" found nobody: a
claim owned by a name's possessive was read (possessed_words.py, "Comey's conclusion that ..."), one owned by "his"
or "her" was taken for someone else's (disowned_words.py). The pronoun is now resolved as a he or she in its place
would be, and stays unsure when it could mean another; a remark or comment is such a noun too.
"""

from __future__ import annotations

from .speakers import offered, pattern


def test_her_comment_that_is_hers() -> None:
    assert offered(pattern("his_or_her_claim_that"), "not safe for anything") == ("Nina Corr", True)


def test_her_remark_disputed_by_a_man_is_hers_if_unsure() -> None:
    assert offered(pattern("his_or_her_claim_that"), "far too low for")[0] == "Nina Corr"
