"""The ``presskit open KIT`` command: start the viewer on a kit folder or .presskit file."""

from __future__ import annotations

import argparse


def cmd_open(args: argparse.Namespace) -> int:
    from ..ui.app import run_app

    return run_app([args.kit] if args.kit else [])


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("open", help="open a kit in the viewer (default: the bundled sample kit)")
    p.add_argument("kit", nargs="?", help="kit folder or .presskit file")
    p.set_defaults(func=cmd_open)
