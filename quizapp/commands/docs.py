"""`quizapp docs`: the teacher documentation of the bank format, generated from the models."""

from __future__ import annotations

import argparse

from quizapp.commands.output import add_output_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_output_arguments(parser, what="the documentation")


def run(args: argparse.Namespace) -> int:
    from quizapp.bank.docs import render_docs
    from quizapp.commands.output import output_refused, write_or_print

    if output_refused(args.output, force=args.force, data=args.data):
        return 1
    return write_or_print(render_docs(), args.output, replace=args.force)
