"""Someone met in the street, then "the man said", is the one just met (issue 10; fixture in our own words).

On real local news a witness was met as a man too upset to face a camera, and then quoted as "the man
said" and "he said": "the man" alone was never a speaker (it may mean anyone named before), so four quotations had
nobody. It is the passer-by's when one was introduced before and nobody is named between; two passers-by stay two.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers

_SECOND = "a man who was too upset to be filmed"


def test_the_man_is_the_man_just_met_and_so_is_he() -> None:
    speakers = sure_speakers(pattern("a_passer_by_then_the_man"))
    assert speakers["I saw smoke pouring"] == _SECOND
    assert speakers["I just kept spraying"] == _SECOND


def test_two_passers_by_stay_two() -> None:
    assert sure_speakers(pattern("a_passer_by_then_the_man"))["I thought a lorry"] == "one man"


def test_a_name_between_leaves_the_woman_to_nobody_surely() -> None:
    assert sure_speakers(pattern("a_passer_by_then_the_man"))["She was very calm,"] is None
