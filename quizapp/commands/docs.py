"""`quizapp docs`: the teacher documentation of the bank format, generated from the models."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of printing")


def run(args: argparse.Namespace) -> int:
    from quizapp.bank.docs import render_docs
    from quizapp.commands.output import write_or_print

    return write_or_print(render_docs(), args.output)
