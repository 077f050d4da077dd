"""The ``presskit`` command: argument parsing and printing over the core API, nothing more.

Commands live in small modules that each expose ``register(subparsers)`` (:data:`COMMAND_MODULES`);
the handler set with ``parser.set_defaults(func=...)`` receives the parsed args and returns an exit
code. ``presskit --self-test`` is :mod:`.selftest`; with no command, the viewer opens.

Exit codes: 0 success; 1 the command ran but found problems (verify: files changed; build --strict:
files skipped); 2 usage or input error (bad kit, bad arguments, a full or read-only disk); 3 internal
error; 130 interrupted (Ctrl+C); 143 terminated (SIGTERM). Interrupted or terminated, a command stops
like a cancelled one: what it was writing is removed, nothing is left half-written.

Everything a kit supplies that the commands print goes through :mod:`presskit.plaintext` first.
"""

from __future__ import annotations

import argparse
import errno
import signal
import sys
import threading

from .. import __version__
from ..errors import Cancelled, PresskitError
from ..plaintext import plain, plain_block
from . import core, export, library, quotes, trust, view

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 3, 130, 143
#: Commands that only read and print: once they are done, nothing is left to clean up or write.
READ_ONLY_COMMANDS = frozenset({"search", "quotes"})
_ran: list[str] = []  # the command main() ran (for end_now)


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl+C, so every ``finally`` removes what it was writing."""


def _on_sigterm(_signum, _frame) -> None:
    raise Terminated()

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
    _describe(sub)
    return parser


def _describe(sub: argparse._SubParsersAction) -> None:
    """A command's ``--help`` opens with what it does: its one-line help when it has no description."""
    said = {a.dest: a.help for a in sub._choices_actions}
    for name, parser in sub.choices.items():
        if not parser.description and said.get(name):
            parser.description = said[name][0].upper() + said[name][1:] + "."
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _describe(action)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = make_parser()
    args = parser.parse_args(_minus_queries(list(argv)))
    _ran[:] = [args.command or ""]
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    try:
        return _run(args)
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)


def _minus_queries(argv: list[str]) -> list[str]:
    """A query that starts with a minus (``search KIT -draft``, ``export --query -draft``) is a query,
    not an option argparse does not know: it gets a leading space (the query parser drops it)."""
    if not argv or argv[0] not in ("search", "export"):
        return argv
    out = argv[:1]
    for prev, a in zip(argv, argv[1:]):
        if "--" in out:  # after "--" argparse reads every word as an argument already
            out.append(a)
            continue
        minus_word = len(a) > 1 and a[0] == "-" and a[1] not in "-0123456789" and a not in ("-h", "-o")
        takes = argv[0] == "search" or prev == "--query"
        out.append(" " + a if minus_word and takes else a)
    return out


def _run(args: argparse.Namespace) -> int:
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
    except Terminated:
        print("Terminated; nothing was left half-written.", file=sys.stderr)
        return EXIT_TERMINATED
    except PresskitError as e:
        print(f"presskit: {plain_block(e.message, 4000)}", file=sys.stderr)
        if e.details:
            print(f"  ({plain(e.details, 2000)})", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except OSError as e:  # a fault no command turned into a sentence: still one sentence, no traceback
        print(f"presskit: {_os_sentence(e)}", file=sys.stderr)
        return EXIT_INPUT


def end_now(code: int) -> None:
    """End the process at once after a read-only command (``python -m presskit`` only): its output
    flushed, without the interpreter's tear-down of every module and object, which cost about 30 ms
    of CPU after ``presskit search`` (a fifth of the command). Returns, for a normal exit, when any
    other command ran, another thread or a helper process may still run, or the output cannot be
    flushed."""
    import os
    import threading

    if not _ran or _ran[0] not in READ_ONLY_COMMANDS or threading.active_count() > 1:
        return
    if "multiprocessing" in sys.modules:  # an index was built for the kit: let its processes finish
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _os_sentence(e: OSError) -> str:
    where = plain(e.filename, 300) if e.filename else "a file"
    if e.errno == errno.ENOSPC:
        return f"The disk is full (writing {where}). Free some space and try again; nothing was changed."
    if e.errno == errno.EROFS:
        return f"{where} is on read-only media; nothing could be written there."
    if e.errno in (errno.EACCES, errno.EPERM):
        return f"You are not allowed to read or write {where}."
    return f"Cannot read or write {where}: {e.strerror or e}."


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
