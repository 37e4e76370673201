"""`quizapp serve`: the Textual app in a web browser, one app process per browser tab, via textual-serve.

Nothing here imports textual-serve at module level, so the command line stays fast and works
(with a clear message) on an install without it.
"""
