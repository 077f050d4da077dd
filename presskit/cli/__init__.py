"""The ``presskit`` command: argument parsing and printing over the core API, nothing more.

Commands live in small modules that each expose ``register(subparsers)`` (:data:`COMMAND_MODULES`);
the handler set with ``parser.set_defaults(func=...)`` receives the parsed args and returns an exit
code. ``presskit --self-test`` is :mod:`.selftest`; with no command, the viewer opens.

Exit codes: 0 success; 1 the command ran but found problems (verify: files changed; build --strict:
files skipped); 2 usage or input error (bad kit, bad arguments); 3 internal error; 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..errors import Cancelled, PresskitError
from . import core, export, library, quotes, trust, view

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

#: Modules contributing sub-commands, in help order.
COMMAND_MODULES = (
    core,     # build, search, info, verify
    view,     # open (the viewer)
    quotes,   # quotes
    export,   # export
    trust,    # keygen, sign, pack, diff, apply
    library,  # library add|list|remove|apply, alerts
)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presskit",
        description="Read, search and export a press kit offline. With no command, opens the viewer "
                    "on the bundled sample kit.")
    parser.add_argument("--version", action="version", version=f"presskit {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="run the built-in smoke test (offscreen) and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for mod in COMMAND_MODULES:
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from .selftest import run_self_test

            return run_self_test()
        if not args.command:
            from ..ui.app import run_app

            return run_app([])
        return int(args.func(args) or 0)
    except Cancelled:
        print("Stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except PresskitError as e:
        print(f"presskit: {e.message}", file=sys.stderr)
        if e.details:
            print(f"  ({e.details})", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
