"""``presskit export``: write selected items of a kit as a folder, a ZIP or one merged PDF."""

from __future__ import annotations

import argparse
import sys

from ..errors import ExportError
from ..kit.open import open_kit
from .common import TerminalProgress, open_searchable


def cmd_export(args: argparse.Namespace) -> int:
    from ..export import MissingCreditError, export_items

    if args.query is not None:
        from ..search import Searcher

        kit = open_searchable(args.kit)
        with Searcher(kit) as s:
            res = s.search(args.query, limit=1000)
        ids = [hit.item.id for hit in res.results]
        if not ids:
            raise ExportError(f"Nothing in the kit matches {args.query!r}, so there is nothing to export.")
        print(f"{len(ids)} item{'s' if len(ids) != 1 else ''} match {args.query!r}.", file=sys.stderr)
    else:
        kit = open_kit(args.kit)
        ids = args.ids
    bar = TerminalProgress("Exporting")
    try:
        report = export_items(kit, ids, args.format, args.output, progress=bar,
                              burn_credit=args.burn_credit, allow_missing_credit=args.allow_missing_credit)
    except MissingCreditError as e:
        bar.close()
        print(f"presskit: {e.message}", file=sys.stderr)
        for it in e.items:
            print(f"  {it.id}\t{it.path}", file=sys.stderr)
        print("Pass --allow-missing-credit to export them anyway.", file=sys.stderr)
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
                    "their metadata.")
    p.add_argument("kit", help="the kit folder or .presskit file")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--ids", nargs="+", metavar="ID", help="ids of the items to export (see 'presskit info')")
    which.add_argument("--query", "-q", metavar="Q", help="export every item matching this search")
    p.add_argument("--format", "-f", choices=("folder", "zip", "pdf"), required=True)
    p.add_argument("-o", "--output", required=True, help="the folder, .zip or .pdf to create")
    p.add_argument("--burn-credit", action="store_true",
                   help="also draw each photo's credit in a white strip under the image")
    p.add_argument("--allow-missing-credit", action="store_true",
                   help="export photos that have no known credit instead of stopping")
    p.set_defaults(func=cmd_export)
