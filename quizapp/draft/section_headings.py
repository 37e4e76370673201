"""A role opening the paragraph under a heading that is one person's name: that person.

Reaction pieces and profiles set a speaker's name as a heading and start the section with a description of
them: `Jeremy Vale` over `The Labour leader vowed to stand down:`. The said-clause sieves find the role ("the
Labour leader") and, with another leader named in the story, could only offer a guess. A definite role at the
very start of the section points back to the heading's person, as a reader takes it.
"""

from __future__ import annotations

from quizapp.draft.article import Article
from quizapp.draft.label_paragraphs import is_role_word, person_named_alone
from quizapp.draft.person import Person


def headed_by(article: Article, phrase: str, position: int, people: list[Person]) -> Person | None:
    """The person whose name heads the section when the definite role `phrase` at `position` opens its first
    paragraph, or None."""
    words = phrase.split()
    if words[0].lower() != "the" or not is_role_word(words[-1]):
        return None  # "a spokesman" is someone new; "the party" a body, never the one the heading names
    index = article.paragraph_index(position)
    if index <= article.body_start or article.text[article.paragraphs[index].start : position].strip():
        return None
    return person_named_alone(people, article.paragraph_text(article.paragraphs[index - 1]).strip())
