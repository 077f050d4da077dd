"""The library on the command line: ``presskit library add|list|remove|apply``, ``presskit alerts``,
and the ``--library`` side of ``search``, ``quotes`` and ``export``.

Text a kit supplies (titles, publishers, snippets) is printed through :func:`presskit.plaintext.plain`,
so a kit cannot move the cursor or recolour the terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from ..errors import ExportError, PresskitError
from ..model import KIND_LABELS, Quote
from ..plaintext import plain
from .common import TerminalProgress, result_language
from .explain import count, matching

#: How each signature state reads in a list or next to a result.
TRUST_WORDS = {"signed": "signed", "unsigned": "UNSIGNED", "modified": "MODIFIED AFTER SIGNING",
               "bad-signature": "SIGNATURE FAILS", "unknown": "signature not checked"}


def _library():
    from ..library.catalog import Library

    lib = Library()
    if lib.notice:
        print(f"presskit: {lib.notice}", file=sys.stderr)
    return lib


def trust_label(e) -> str:
    if e.signature == "signed":
        return f"signed by {plain(e.publisher or e.organisation or 'an unnamed publisher', 80)}"
    return TRUST_WORDS.get(e.signature, e.signature)


def kit_line(e) -> str:
    """``Title — Organisation (signed by X)``, or ``[ABSENT]`` first when the kit is not there."""
    who = plain(e.organisation or e.publisher or "publisher not named", 80)
    absent = "" if e.present else "[ABSENT] "
    return f"{absent}{plain(e.title, 100)} — {who} ({trust_label(e)})"


def _index_if_needed(entry) -> None:
    """Build a missing or stale index in the user cache (never in the kit)."""
    from ..build import index_kit
    from ..index.status import index_status, kit_index_status
    from ..kit.open import open_kit

    kit = open_kit(entry.path)
    status = kit_index_status(kit)
    if status == "fresh":
        return
    why = f"its index is {status}"
    if index_status(kit.index_dir, kit.manifest_sha256) == "fresh":  # up to date, but not trusted here
        why = "its index was made on another computer and not signed by its publisher"
    print(f"Indexing {plain(entry.title, 80)} into {kit.writable_index_dir()} ({why}) …", file=sys.stderr)
    bar = TerminalProgress("Indexing")
    try:
        index_kit(kit, progress=bar)
    finally:
        bar.close()


# --- library add / list / remove / apply ----------------------------------------------------------

def cmd_add(args: argparse.Namespace) -> int:
    from ..library.scan import MAX_ENTRIES, find_kits, sort_packs

    lib = _library()
    problems = 0
    for target in args.paths:
        found = find_kits(target)
        kits, updates, bad = sort_packs(found.packs)
        candidates = found.kits + kits
        if not candidates and not updates:
            print(f"No kit found in {target}.", file=sys.stderr)
            problems += 1
        for p in candidates:
            try:
                entry, is_new = lib.add(p)
                if not args.no_index:
                    _index_if_needed(entry)
            except PresskitError as e:
                print(f"Not added: {p}: {e.message}", file=sys.stderr)
                problems += 1
                continue
            print(f"{'Added' if is_new else 'Already in the library (refreshed)'}: {kit_line(entry)}  [{entry.id}]")
        for p, why in bad:
            print(f"Not added: {p}: {why}", file=sys.stderr)
            problems += 1
        for p in updates:
            print(f"Update pack found: {p} (apply it with 'presskit library apply {p}')")
        if found.truncated:
            print(f"Stopped looking in {target} after {MAX_ENTRIES:,} entries; name a smaller folder.",
                  file=sys.stderr)
    return 1 if problems else 0


def _entry_json(e) -> dict:
    d = e.to_dict()
    d["present"] = e.present
    return d


def cmd_list(args: argparse.Namespace) -> int:
    lib = _library()
    if not args.cached:
        for e, why in lib.refresh():
            print(f"presskit: {plain(e.title, 80)}: {why}", file=sys.stderr)
    if args.json:
        json.dump({"kits": [_entry_json(e) for e in lib.kits]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not lib.kits:
        print("Your library is empty. Add kits with 'presskit library add KIT_OR_FOLDER'.")
        return 0
    for e in lib.kits:
        dates = " – ".join(x for x in (e.start, e.end) if x)
        facts = [plain(e.event, 80), dates, ", ".join(e.languages), count(e.items, "item"),
                 f"{e.bytes / 1e6:.1f} MB"]
        print(f"{e.id}  {kit_line(e)}")
        print(f"    {'; '.join(f for f in facts if f)}")
        if e.new:
            print(f"    {e.new} new since you last opened it")
        print(f"    {e.path}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    lib = _library()
    e = lib.remove(args.kit)
    print(f"Removed from the library (its files were not touched): {kit_line(e)}")
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from ..library.updates import apply_to_library

    lib = _library()
    failed = 0
    for pack in args.packs:
        bar = TerminalProgress("Applying")
        try:
            entry, res = apply_to_library(lib, pack, progress=bar)
        except PresskitError as e:
            bar.close()
            print(f"presskit: {pack}: {e.message}", file=sys.stderr)
            failed += 1
            continue
        bar.close()
        print(f"{plain(entry.title, 100)}: {res.summary()}")
    if failed < len(args.packs):
        print()
        _print_alerts(lib, as_json=False)
    return 1 if failed else 0


# --- search / quotes / export across the library -----------------------------------------------

def _kit_ids(lib, keys: list[str] | None) -> list[str] | None:
    return [lib.entry(k).id for k in keys] if keys else None


def _searcher(lib):
    from ..library.search import LibrarySearcher

    s = LibrarySearcher(lib)
    for e, state, why in s.skipped:
        hint = " ('presskit library add' indexes it)" if state == "not-indexed" else ""
        print(f"presskit: not searched: {plain(e.title, 80)}: {why}{hint}", file=sys.stderr)
    return s


def cmd_search_library(args: argparse.Namespace, query: str) -> int:
    from ..library.alerts import save_search

    lib = _library()
    with _searcher(lib) as s:
        kits = _kit_ids(lib, args.kit_filter)
        res = s.search(query, kinds=args.kind, languages=args.lang, date_from=args.date_from,
                       date_to=args.date_to, kits=kits, organisations=args.org, limit=args.limit)
        for k in res.kits:
            if k.get("state") == "damaged":  # found while searching: the other kits answered
                print(f"presskit: not searched: {plain(k.get('title') or k.get('path') or '', 80)}: "
                      f"{k.get('reason', '')}", file=sys.stderr)
        if args.save:
            saved = save_search(lib, s, args.save, query, kinds=args.kind or (), languages=args.lang or (),
                                kits=kits or ())
            print(f"Saved the search “{plain(saved.name, 80)}”; 'presskit alerts' shows what is new for it.",
                  file=sys.stderr)
    if args.json:
        json.dump(res.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if res.message:
        print(res.message)
    if res.suggestion and res.total:
        print(f"Did you mean: {res.suggestion}")
    if res.total:
        print(f"{matching(res.total)} in {count(len(res.facets.get('kit', {})), 'kit')}.")
    for n, h in enumerate(res.results, 1):
        it = h.item
        print(f"\n{n}. {plain(it.title, 200)}  [{KIND_LABELS.get(it.kind, it.kind)}, {result_language(it)}"
              f"{it.date or 'no date'}]")
        print(f"   Kit: {kit_line(h.entry)}")
        print(f"   {plain(it.path, 200)}  (id {h.entry.id}:{it.id})")
        for p in h.hit.pages:
            where = "" if it.is_photo else f"p. {p.page}: "
            print(f"   {where}{_snippet(p.snippet)}")
    return 0


def _snippet(snippet: str) -> str:
    import html

    bold = sys.stdout.isatty()
    text = plain(html.unescape(snippet.replace("<b>", "\x00[").replace("</b>", "\x00]")), 600)
    return text.replace("\ufffd[", "\x1b[1m" if bold else "[").replace("\ufffd]", "\x1b[0m" if bold else "]")


def cmd_quotes_library(args: argparse.Namespace, query: str, quote_to_json: Callable[[Quote], dict]) -> int:
    """``presskit quotes --library``; ``quote_to_json`` is the one-kit command's JSON of a quote."""
    from ..citation import cite_quote

    lib = _library()
    with _searcher(lib) as s:
        quotes = s.quotes(query, speaker=args.speaker or None, kits=_kit_ids(lib, args.kit_filter))
    if args.json:
        print(json.dumps([{**quote_to_json(q.quote), "kit": q.entry.json_summary()} for q in quotes],
                         ensure_ascii=False, indent=1))
        return 0
    for q in quotes:
        item = q.kit.get(q.quote.document_id)
        if args.cite and item is not None:
            print(plain(cite_quote(q.quote, item, q.kit.info, args.cite).plain, 4000))
            print(f"    [{kit_line(q.entry)}]\n")
            continue
        who = ", ".join(x for x in (q.quote.speaker, q.quote.role, q.quote.organisation) if x) or "unattributed"
        where = ", ".join(x for x in (q.quote.title, q.quote.date or "", f"p. {q.quote.page}") if x)
        print(f"“{plain(q.quote.text, 2000)}”\n    — {plain(who, 200)} ({plain(where, 200)})\n"
              f"    [{kit_line(q.entry)}]")
    if not args.cite:
        print(f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''}.")
    return 0


def cmd_export_library(args: argparse.Namespace, fmt: str) -> int:
    from ..library.export import export_across_kits, group_by_kit

    lib = _library()
    with _searcher(lib) as s:
        if args.query is not None:
            every = max(1, sum(len(kit.items) for _e, kit, _s in s.kits))  # every match, however many
            hits = s.search(args.query, limit=every, snippets=False).results
            triples = [(h.entry, h.kit, h.item.id) for h in hits]
        else:
            triples = []
            for ref in args.ids:
                kit_key, sep, item_id = ref.partition(":")
                found = s.searcher(lib.entry(kit_key).id) if sep else None
                if found is None or found[1].get(item_id) is None:
                    raise ExportError(f"'{ref}' is not KIT:ITEM of a searchable kit of your library "
                                      "('presskit search --library' prints these ids).")
                triples.append((found[0], found[1], item_id))
        if not triples:
            raise ExportError(f"Nothing in your library matches {args.query!r}, so there is nothing to export.")
        bar = TerminalProgress("Exporting")
        try:
            reports = export_across_kits(group_by_kit(triples), fmt, args.output, progress=bar,
                                         burn_credit=args.burn_credit,
                                         allow_missing_credit=args.allow_missing_credit)
        finally:
            bar.close()
    n = sum(len(r.items) for r in reports)
    print(f"Exported {count(n, 'item')} from {count(len(reports), 'kit')} to {Path(args.output)}.")
    return 0


# --- alerts --------------------------------------------------------------------------------------

def _print_alerts(lib, as_json: bool) -> int:
    from ..library.alerts import alerts, saved_searches

    if not saved_searches(lib):
        if as_json:
            print(json.dumps({"alerts": []}))
        else:
            print("No saved searches. Save one with: presskit search --library QUERY --save NAME")
        return 0
    with _searcher(lib) as s:
        found = alerts(lib, s)
    if as_json:
        json.dump({"alerts": [a.to_json() for a in found]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for a in found:
        print(f"{a.count} new for {plain(a.search.name, 100)}  ({plain(a.search.query, 100)})")
        for h in a.documents:
            print(f"   {plain(h.item.title, 150)}  [{h.item.date or 'no date'}]  — {kit_line(h.entry)}")
        for q in a.quotes:
            who = plain(q.quote.speaker or "unattributed", 80)
            print(f"   “{plain(q.quote.text, 160)}” — {who}  — {kit_line(q.entry)}")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from ..library.alerts import delete_search, mark_looked, saved_searches

    lib = _library()
    if args.delete:
        s = delete_search(lib, args.delete)
        print(f"Deleted the saved search “{plain(s.name, 80)}”.")
        return 0
    if args.list:
        for s in saved_searches(lib):
            print(f"{s.id}  {plain(s.name, 80)}: {plain(s.query, 200)}  (last looked {s.looked or 'never'})")
        return 0
    code = _print_alerts(lib, args.json)
    if args.seen:
        with _searcher(lib) as s:
            mark_looked(lib, s)
        if not args.json:
            print("Marked as seen.")
    return code


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("library", help="your library of kits: add, list, remove, apply updates",
                       description="Your library: the kits you collected (folders, .presskit files, USB sticks), "
                                   "searched as one with 'presskit search --library'.")
    lsub = p.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    a = lsub.add_parser("add", help="add kits: a kit folder, a .presskit file, or a folder or stick to scan")
    a.add_argument("paths", nargs="+", metavar="PATH",
                   help="a kit folder, a .presskit file, or a folder or USB stick to look for kits in")
    a.add_argument("--no-index", action="store_true", help="do not build missing indexes now")
    a.set_defaults(func=cmd_add)
    a = lsub.add_parser("list", help="the kits of your library, with publisher, dates, signature and what is new")
    a.add_argument("--json", action="store_true", help="print the library as JSON")
    a.add_argument("--cached", action="store_true", help="do not re-read the kits (show what was last seen)")
    a.set_defaults(func=cmd_list)
    a = lsub.add_parser("remove", help="remove a kit from the library (its files are not touched)")
    a.add_argument("kit", help="the kit's id (from 'list'), path or title")
    a.set_defaults(func=cmd_remove)
    a = lsub.add_parser("apply", help="apply update packs, each to the kit signed with the same key")
    a.add_argument("packs", nargs="+", metavar="UPDATE.presskit",
                   help="update packs ('presskit diff' makes them); each goes to the kit of your library "
                        "it was made for")
    a.set_defaults(func=cmd_apply)

    p = sub.add_parser("alerts", help="what is new for your saved searches since you last looked",
                       description="For each saved search ('presskit search --library QUERY --save NAME'), the "
                                   "documents and quotations that are new since you last looked.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--seen", action="store_true", help="then mark everything shown as seen")
    p.add_argument("--list", action="store_true", help="list the saved searches")
    p.add_argument("--delete", metavar="NAME", help="delete a saved search")
    p.set_defaults(func=cmd_alerts)
