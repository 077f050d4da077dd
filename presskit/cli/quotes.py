"""``presskit quotes``: list the quotations of a kit, optionally matching a query or a speaker."""

from __future__ import annotations

import argparse
import json

from ..model import Quote

#: Keys of one quote in ``--json`` output, in order.
JSON_KEYS = ("text", "speaker", "role", "organisation", "document_id", "title", "date", "page", "language",
             "attribution", "confidence", "kind")


def quote_to_json(q: Quote) -> dict:
    return {k: getattr(q, k) for k in JSON_KEYS}


def _line(q: Quote) -> str:
    from ..citation import attribution_note

    who = ", ".join(x for x in (q.speaker, q.role, q.organisation) if x)
    note = attribution_note(q.attribution, q.speaker)
    who = f"{who} ({note})" if who and note else who or note or "unattributed"
    where = ", ".join(x for x in (q.title, q.date or "", f"p. {q.page}" if q.page else "") if x)
    return f"“{q.text}”\n    — {who} ({where}) [{q.document_id}]"


def cmd_quotes(args: argparse.Namespace) -> int:
    from .argtypes import UsageError, library_query
    from .common import searching

    if args.library:
        from .library import cmd_quotes_library

        return cmd_quotes_library(args, library_query(args.kit, args.query or None), quote_to_json)
    if args.kit is None:
        raise UsageError("Give a kit: presskit quotes KIT [QUERY] (or --library [QUERY]).")
    if args.kit_filter:
        raise UsageError("--kit goes with --library.")
    kit, quotes = searching(args.kit, lambda s: s.quotes(args.query or "", speaker=args.speaker or None,
                                                          texts=args.texts))
    if args.json:
        print(json.dumps([quote_to_json(q) for q in quotes], ensure_ascii=False, indent=1))
        return 0
    if args.cite:
        from ..citation import cite_quote

        for q in quotes:
            item = kit.get(q.document_id)
            if item is not None:
                print(cite_quote(q, item, kit.info, args.cite).plain + "\n")
        return 0
    for q in quotes:
        print(_line(q))
    print(f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''}.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="list quotations, by query or speaker")
    p.add_argument("kit", nargs="?", help="the kit folder or .presskit file (not with --library)")
    p.add_argument("query", nargs="?", default="", help="words the quotation must contain (search syntax)")
    p.add_argument("--library", action="store_true", help="quotations of every kit of your library")
    p.add_argument("--kit", dest="kit_filter", action="append", metavar="KIT",
                   help="with --library: only this kit (id, title or path; repeatable)")
    p.add_argument("--speaker", "-s", help="only quotations by this speaker (or organisation)")
    p.add_argument("--json", action="store_true", help="print a JSON list of quotations")
    p.add_argument("--texts", action="store_true",
                   help="also list quoted treaty or draft text (nobody's words; kind \"text\" in --json)")
    p.add_argument("--cite", choices=("news", "bibliographic"), help="print each quotation as a citation")
    p.set_defaults(func=cmd_quotes)
