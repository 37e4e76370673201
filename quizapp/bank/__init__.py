"""Question banks: the TOML format (models), loading, problems located in the file, and summaries.

Import from the modules themselves (`quizapp.bank.models`, `quizapp.bank.loader`, ...): this package
imports nothing, so that the home screen can list banks from their summaries (summary.py) without
loading pydantic and the models.
"""
