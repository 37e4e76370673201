"""The exit statuses every `quizapp` command returns, in one place.

A module of their own so that commands need not import the dispatcher that imports them.
"""

from __future__ import annotations

EXIT_OK = 0
"""Done as asked."""
EXIT_FAILURE = 1
"""Something outside the input failed: a file could not be written, the progress file is busy."""
EXIT_BAD_INPUT = 2
"""The input has problems (a bank that does not validate, an unknown profile): each is printed."""
EXIT_INTERRUPTED = 130
"""ctrl+c, as shells report it."""
