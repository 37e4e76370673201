"""One module per `quizapp` subcommand: `add_arguments(parser)` and `run(args) -> exit code`.

Modules here import only argparse-level things at the top; the work is imported in `run`.
"""
