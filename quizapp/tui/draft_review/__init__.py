"""The teacher's review of a drafted bank: keep or drop each question, reword prompts, write the kept ones.

`quizapp draft ARTICLE --review` opens `ReviewApp` once the draft is known to be good. Nothing
is written until the teacher asks to write; an existing file is replaced only after they say
yes, and quitting with decisions made asks first. The app returns a `ReviewResult` when it
wrote the bank and None when it did not, so the command can say which on the terminal.

Drafted text (prompts, quotations, the article) is content, never markup: a quotation with
`[red]` in it shows those brackets.
"""

from quizapp.tui.draft_review.app import ReviewApp
from quizapp.tui.draft_review.decisions import Decisions, ReviewResult
from quizapp.tui.draft_review.screen import ReviewScreen

__all__ = ["Decisions", "ReviewApp", "ReviewResult", "ReviewScreen"]
