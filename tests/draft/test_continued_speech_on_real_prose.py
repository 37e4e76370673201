"""Quotations running on into the next paragraph, as real news prose lays them out (issue 10).

Written in our own words after published articles whose continuation paragraphs were left unsure:
the said-clause of the first paragraph names whom the words were told to ("told Northgate Community
Radio"), and that listener, a programme or paper the people model may take for a person, was taken
for someone who could have taken the speech over.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_whom_a_speaker_told_does_not_break_the_run_of_their_quotation() -> None:
    said = sure_speakers(pattern("continued_after_told_a_programme"))
    assert said["We have lost key"] == "Gareth Lyle"
    assert said["I have been in"] == "Gareth Lyle"  # the next paragraph, after "Lyle told Northgate Community Radio"
    assert said["We wrote it on"] == "Sian Pryce"
    assert said["Now we just have"] == "Sian Pryce"  # after "she told Matchday Live"
