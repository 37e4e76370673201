"""Words whose own verb has "the comment by X" for its subject are the speaker's verdict on it (other_voices.py).

PolNeAR train, issue 30: "Sanders said on Twitter Thursday that the comment by Dr. Paul Song "was inappropriate and
insensitive."": the noun of speech with another person named made the words unsure, as if they were Song's
comment; but they open with the verb of which "the comment by Song" is the subject, so they judge the comment, in
the speaker's words. A comment's content after "that" stays unsure or nobody's. The fixture is in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_verdict_on_someones_comment_is_the_speakers() -> None:
    said = sure_speakers(pattern("verdict_on_someones_comment"))
    assert said["was unkind and plainly"] == "Ana Ruiz"


def test_the_content_of_someones_remarks_is_not() -> None:
    said = sure_speakers(pattern("verdict_on_someones_comment"))
    assert said.get("had lost its way") is None
