"""The study domain: grading, scheduling, sessions and statistics.

Pure Python with the clock injected: no Textual, no SQL. The app and the command line both
call it; tests run it at exact instants.
"""
