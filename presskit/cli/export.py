"""``presskit export``: write selected items of a kit as a folder, a ZIP or one merged PDF.

The format comes from the output's name (``.zip``, ``.pdf``, anything without an extension is a
folder) or from ``--format``, which must agree with it. An existing ``.zip`` or ``.pdf`` is replaced
only with ``--force``; a folder must be new or empty.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ExportError
from ..kit.open import open_kit
from .argtypes import UsageError
from .common import TerminalProgress, searching

SUFFIX_FORMATS = {".zip": "zip", ".pdf": "pdf"}


def output_format(out: str, fmt: str | None) -> str:
    """The export format for ``out``: ``fmt`` when it agrees with the name, else what the name says."""
    path = Path(out)
    named = SUFFIX_FORMATS.get(path.suffix.lower())
    if named is None and path.suffix and not path.is_dir() and fmt != "folder":
        raise UsageError(f"Cannot tell the export format from '{path.name}': end the name in .zip or .pdf, "
                         "give a folder name without an extension, or pass --format.")
    inferred = named or "folder"
    if fmt is None:
        return inferred
    if fmt != inferred and (named is not None or fmt != "folder"):
        want = {"zip": ".zip", "pdf": ".pdf"}.get(fmt)
        hint = f"end the output name in {want}" if want else "give a folder name without .zip or .pdf"
        raise UsageError(f"--format {fmt} does not match the output '{path.name}' (that name means {inferred}); "
                         f"{hint}, or leave --format out.")
    return fmt


def check_overwrite(out: str, fmt: str, force: bool) -> None:
    """Refuse to replace an existing file without ``--force`` (a folder must be new or empty)."""
    path = Path(out)
    if fmt != "folder" and path.is_file() and not force:
        raise UsageError(f"{path} already exists; pass --force to replace it, or choose another name.")
    if fmt == "folder" and path.is_dir() and any(path.iterdir()):
        raise UsageError(f"The folder {path} is not empty; give a new or empty folder.")


def check_ids(kit, ids: list[str]) -> None:
    unknown = [i for i in ids if kit.get(i) is None]
    if unknown:
        shown = ", ".join(f"'{i}'" for i in unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        raise UsageError(f"This kit has no item with the id {shown}; 'presskit info KIT --items' lists the ids.")


def cmd_export(args: argparse.Namespace) -> int:
    from ..export import MissingCreditError, export_items

    fmt = output_format(args.output, args.format)
    check_overwrite(args.output, fmt, args.force)
    if args.library:
        from .library import cmd_export_library

        if args.kit is not None:
            raise UsageError("With --library, give no kit: presskit export --library --query Q -o OUT.")
        if args.all:
            raise UsageError("--all exports one kit: presskit export KIT --all -o OUT.")
        return cmd_export_library(args, fmt)
    if args.kit is None:
        raise UsageError("Give a kit: presskit export KIT --ids ID... -o OUT (or --library).")
    if args.all:
        kit = open_kit(args.kit)
        ids = [it.id for it in kit.items]
        if not ids:
            raise ExportError("This kit holds no item, so there is nothing to export.")
    elif args.query is not None:
        # every match, however many (a cap of 1000 exported 1000 of 1050 and said only 1000 matched)
        kit, res = searching(args.kit, lambda s: s.search(args.query, limit=max(1, len(s.kit.items)),
                                                         snippets=False))
        ids = [hit.item.id for hit in res.results]
        if not ids:
            hint = " To export every item of the kit: --all." if args.query.strip() in ("*", "") else ""
            raise ExportError(f"Nothing in the kit matches {args.query!r}, so there is nothing to export.{hint}")
        print(f"{len(ids)} item{'s' if len(ids) != 1 else ''} match {args.query!r}.", file=sys.stderr)
    else:
        kit = open_kit(args.kit)
        ids = args.ids
        check_ids(kit, ids)
    bar = TerminalProgress("Exporting")
    try:
        report = export_items(kit, ids, fmt, args.output, progress=bar, burn_credit=args.burn_credit,
                              allow_missing_credit=args.allow_missing_credit, language=args.language)
    except MissingCreditError as e:
        bar.close()
        n = len(e.items)
        print(f"presskit: {n} photo{'s have' if n != 1 else ' has'} no known credit; nothing was exported.",
              file=sys.stderr)
        for it in e.items:
            print(f"  {it.id}\t{it.path}", file=sys.stderr)
        print("Pass --allow-missing-credit to export them anyway, if you know they may be used without one.",
              file=sys.stderr)
        return 2
    finally:
        bar.close()
    what = f"{len(report.items)} item{'s' if len(report.items) != 1 else ''}"
    extra = f", {report.pages} pages" if report.pages else ""
    print(f"Exported {what} to {report.path}{extra}.")
    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="export selected items as a folder, a ZIP or one PDF",
        description="Export items of a kit, with a CREDITS.txt and an offline index.html (folder, zip) or a "
                    "cover, contents and bookmarks (pdf). Photos keep caption, credit and copyright in "
                    "their metadata. The format follows the output's name: NAME.zip, NAME.pdf, or a folder.")
    p.add_argument("kit", nargs="?", help="the kit folder or .presskit file (not with --library)")
    p.add_argument("--library", action="store_true",
                   help="export from every kit of your library: --query Q, or --ids KIT:ITEM ...")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--ids", nargs="+", metavar="ID",
                       help="ids of the items to export ('presskit info KIT --items' lists them; with "
                            "--library, KIT:ITEM as 'presskit search --library' prints them)")
    which.add_argument("--query", "-q", metavar="Q", help="export every item matching this search")
    which.add_argument("--all", action="store_true", help="export every item of the kit")
    p.add_argument("--format", "-f", choices=("folder", "zip", "pdf"),
                   help="folder, zip or pdf (default: from the output's name; must agree with it)")
    p.add_argument("-o", "--output", required=True, help="the folder, .zip or .pdf to create")
    p.add_argument("--force", action="store_true", help="replace an existing .zip or .pdf")
    p.add_argument("--burn-credit", action="store_true",
                   help="also draw each photo's credit in a white strip under the image")
    p.add_argument("--language", choices=("en", "fr"), default="en",
                   help="language of the export's own words: cover, contents, section names, credits (default en)")
    p.add_argument("--allow-missing-credit", action="store_true",
                   help="export photos that have no known credit instead of stopping")
    p.set_defaults(func=cmd_export)
