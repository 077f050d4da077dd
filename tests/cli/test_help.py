"""`presskit COMMAND --help` read as a stranger reads it: every command says what it does, and every
argument what it is (before: `verify`, `pack`, `keygen`, `sign` and `build` had no description, and
`kit`, `QUERY`, `--key` and `-o` of several commands stood bare)."""

from __future__ import annotations

import argparse

from presskit.cli import make_parser


def _commands(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield name, sub
                yield from ((f"{name} {n}", s) for n, s in _commands(sub))


def test_every_command_and_argument_says_what_it_is():
    bare = []
    for name, sub in _commands(make_parser()):
        if not (sub.description or "").strip() and not list(_commands(sub)):
            bare.append(f"{name}: no description")
        for action in sub._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            if action.help is None:
                bare.append(f"{name}: {'/'.join(action.option_strings) or action.dest}")
    assert bare == []
