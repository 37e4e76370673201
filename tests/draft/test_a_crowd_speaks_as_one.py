"""A crowd or an audience that shouts or chants after the words speaks as one body: `"...," the crowd chanted`.

Written in our own words after rally and match reports. The words are the crowd's, never the speaker on the stage
named just before (bodies.py); a crowd is never an organisation the article names, so no doubt is raised for one.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import sure_speakers


def test_the_crowd_chanting_after_the_words_is_the_speaker() -> None:
    article = (
        "Rally in Dover\n\n"
        "Ana Ruiz spoke for an hour at the Dover Arena on Friday. The Harbour Trust paid for the hall.\n\n"
        '"Who will fix the port?" Ruiz asked.\n\n'
        '"Ana will fix it, Ana will fix it!" the crowd chanted.\n\n'
        '"Not the council, not the council!" the audience yelled back.\n'
    )
    said = sure_speakers(extract(article))
    assert said["Ana will fix it,"] == "the crowd"
    assert said["Not the council, not"] == "the audience"
