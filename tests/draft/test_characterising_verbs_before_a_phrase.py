"""A verb that praises, attacks or endorses puts the quoted phrase after it in its subject's mouth (reported.py).

PolNeAR train, issue 30: "Merkel heralded the deal as a "breakthrough."", "Lewandowski ripped Comey for acting as
"the judge and the jury"", "Jerry Brown endorsed her, citing her "long experience"", "Trump attacked Romney for
being a "failed candidate."": the verbs were in no list, so nobody said the phrases. Words the object said stay
the object's ("criticised Ruiz for saying ...": nobody sure), and a statement by someone else is theirs
(disowned_words.py), "Eric Trump knocked a statement by Clooney that an "obscene amount of money" ...": not the
subject's. The fixture is in our words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_subject_of_a_characterising_verb_says_the_phrase() -> None:
    said = sure_speakers(pattern("characterising_verbs_before_a_phrase"))
    assert said["turning point for the"] == "Ana Ruiz"
    assert said["judge and jury in"] == "Tom Okoye"
    assert said["steady hand in a"] == "Ana Ruiz"
    assert said["a mayor of slogans"] == "Tom Okoye"
    assert said["reasons enough to act"] == "Ana Ruiz"  # "She cited ... as": her words, by the pronoun


def test_words_of_the_object_or_of_someone_elses_statement_are_not_the_subjects() -> None:
    said = sure_speakers(pattern("characterising_verbs_before_a_phrase"))
    assert said.get("stand in the way of") is None  # Ruiz's words, as Okoye reports them
    assert said.get("safe in every weather.") is None  # Ruiz's statement, which Okoye knocks
    assert said.get("unsafe for a loaded") is None  # the survey's finding, which Ruiz cites (listeners.py)
