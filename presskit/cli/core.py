"""CLI commands over the core: build, search, info, verify."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import BuildError
from ..index.status import index_size, kit_index_status, read_stamp
from ..kit.open import open_kit
from ..model import DATE_SOURCES, KIND_LABELS, day_order
from ..plaintext import plain
from . import argtypes
from .common import TerminalProgress, result_language, searching
from .explain import count, explain, kind_count, matching, print_doubtful_dates, print_identity


# --- build ---------------------------------------------------------------------------------------

def cmd_build(args: argparse.Namespace) -> int:
    from ..build import build_kit

    output = args.output or args.out
    if args.out and args.output and Path(args.out) != Path(args.output):
        print(f"presskit: two output folders given ({plain(args.out, 0)} and -o {plain(args.output, 0)}); "
              "give one.", file=sys.stderr)
        return 2
    bar = TerminalProgress("Building")
    try:
        report = build_kit(args.src, output, strict=args.strict, index_dir=args.index_dir,
                           workers=args.workers, progress=bar)
    except BuildError as e:
        bar.close()
        skipped = getattr(e, "skipped", None)
        if not skipped:
            raise
        print(f"presskit: {plain(e.message, 2000)}", file=sys.stderr)
        for s in skipped:
            print(f"  {plain(s.path, 0)}: {plain(s.message)}", file=sys.stderr)
        print("Nothing was changed: the previous kit, if any, is as it was.", file=sys.stderr)
        return 1
    bar.close()
    kinds: dict[str, int] = {}
    for it in report.items:
        kinds[it.kind] = kinds.get(it.kind, 0) + 1
    print(f"Built {plain(report.kit_dir, 0)}: {count(len(report.items), 'item')} "
          f"({', '.join(kind_count(k, n) for k, n in sorted(kinds.items()))}), "
          f"{count(report.pages, 'page')} indexed, {count(report.quotes, 'quote')}.")
    print(f"  {count(report.extracted, 'file')} read, {count(report.reused, 'unchanged file')} reused; "
          f"index {report.index_bytes / 1e6:.1f} MB; {report.seconds:.1f} s.")
    _print_ocr(report)
    no_text = [it for it in report.items if it.status == "no-text" and not it.unread_pages]
    if no_text:
        print(f"  {count(len(no_text), 'document')} {'holds' if len(no_text) == 1 else 'hold'} no text "
              "and cannot be searched: "
              + ", ".join(plain(it.path, 0) for it in no_text[:8]) + (" …" if len(no_text) > 8 else ""))
    if report.press_pages:
        pages = "page" if len(report.press_pages) == 1 else "pages"
        print(f"  Titles, kinds, captions and credits taken from the saved press {pages}: "
              + ", ".join(plain(p, 0) for p in report.press_pages))
    print_identity(report, args.src)
    print_doubtful_dates(report)
    if report.skipped:
        print(f"Skipped {count(len(report.skipped), 'file')}:")
        for s in report.skipped:
            print(f"  {plain(s.path, 0)}: {plain(s.message)}")
    left_out = getattr(report, "left_out", [])
    if left_out:
        what = "is not a document" if len(left_out) == 1 else "are not documents"
        print(f"Left out {count(len(left_out), 'file')} that {what} of the kit:")
        for s in left_out:
            print(f"  {plain(s.path, 0)}: {plain(s.message)}")
    return 0


def _print_ocr(report) -> None:
    """Scanned pages: how many were recognised, and which stayed unsearchable and why."""
    scanned = [it for it in report.items if it.ocr_pages]
    if scanned:
        print(f"  Text recognised from scans (OCR): {count(report.ocr_pages, 'page')} "
              f"of {count(len(scanned), 'file')}.")
    unread = report.unread
    if not unread:
        return
    n = sum(len(it.unread_pages) for it in unread)
    print(f"  {count(n, 'scanned page')} stayed unsearchable:")
    for it in unread[:12]:
        pages = ", ".join(str(p) for p in it.unread_pages[:10]) + (" …" if len(it.unread_pages) > 10 else "")
        print(f"    {plain(it.path, 0)}: page {pages}")
    if len(unread) > 12:
        print(f"    … and {count(len(unread) - 12, 'more file')}")
    if report.ocr_problem:
        print(f"  {report.ocr_problem}")
    else:
        print("  (each took too long or could not be read; see the warnings of those files)")


# --- search --------------------------------------------------------------------------------------

def cmd_search(args: argparse.Namespace) -> int:
    argtypes.check_date_range(args.date_from, args.date_to)
    if args.library:
        from .library import cmd_search_library

        return cmd_search_library(args, argtypes.library_query(args.kit, args.query))
    if args.query is None:
        raise argtypes.UsageError("Give a kit and a query: presskit search KIT QUERY (or --library QUERY).")
    if args.kit_filter or args.org or args.save:
        raise argtypes.UsageError("--kit, --org and --save go with --library.")
    _kit, res = searching(args.kit, lambda s: s.search(
        args.query, kinds=args.kind, languages=args.lang, date_from=args.date_from, date_to=args.date_to,
        limit=args.limit))
    if args.json:
        json.dump(res.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if res.message:
        print(plain(res.message, 0))
    if res.suggestion and res.total:
        print(f"Did you mean: {plain(res.suggestion)}")
    if res.total:
        print(f"{matching(res.total)}.")
    for n, d in enumerate(res.results, 1):
        it = d.item
        print(f"\n{n}. {plain(it.title)}  [{plain(KIND_LABELS.get(it.kind, it.kind), 40)}, "
              f"{plain(result_language(it), 40)}{plain(it.date or 'no date', 20)}]")
        print(f"   {plain(it.path, 0)}  (id {plain(it.id)})")
        for p in d.pages:
            where = "" if it.is_photo else f"p. {p.page}: "
            print(f"   {where}{_plain(p.snippet)}")
    return 0


def _plain(snippet: str) -> str:
    import html

    bold = sys.stdout.isatty()
    s = plain(html.unescape(snippet.replace("<b>", "\x00B").replace("</b>", "\x00E")), 1000)
    # the kit's text is plain now; only presskit's own highlighting becomes escape codes
    return s.replace("\ufffdB", "\x1b[1m" if bold else "[").replace("\ufffdE", "\x1b[0m" if bold else "]")


# --- info / verify -------------------------------------------------------------------------------

def cmd_info(args: argparse.Namespace) -> int:
    kit = open_kit(args.kit)
    if args.explain:
        explain(kit, args.explain)
        return 0
    if args.json:
        json.dump(info_json(kit), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    _print_summary(kit)
    if args.items:
        _print_items(kit)
    return 0


def info_json(kit) -> dict:
    """The kit's details, its index and every item (id, kind, date, language, title, path)."""
    i = kit.info
    status = kit_index_status(kit)
    return {
        "title": i.title, "organisation": i.organisation, "event": i.event, "venue": i.venue,
        "start": i.start, "end": i.end, "languages": i.languages,
        "index": {"status": status, "path": str(kit.index_dir)},
        "items": [{"id": it.id, "kind": it.kind, "date": it.date, "language": it.language,
                   "title": it.title, "path": it.path, "pages": it.pages} for it in kit.items],
        "skipped": [{"path": s.get("path"), "message": s.get("message")} for s in kit.skipped],
    }


def _print_items(kit) -> None:
    """One line per item: id, kind, date, language, title; the ids are what ``export --ids`` takes."""
    rows = sorted(kit.items, key=lambda it: (day_order(it.date), it.kind, it.id))
    width = max((len(it.id) for it in rows), default=2)
    print(f"\n{'ID'.ljust(width)}  {'KIND':<14}  {'DATE':<10}  LANG  TITLE")
    for it in rows:
        print(f"{it.id.ljust(width)}  {it.kind:<14}  {it.date or '-':<10}  {(it.language or '-'):<4}  "
              f"{it.title or it.path}")


def _print_summary(kit) -> None:
    i = kit.info
    print(plain(i.title))
    for label, v in (("Organisation", i.organisation), ("Event", i.event), ("Venue", i.venue),
                     ("Dates", " – ".join(x for x in (i.start, i.end) if x))):
        if v:
            print(f"  {label}: {plain(v)}")
    print(f"  Items: {len(kit.items)}")
    for label, attr in (("By kind", "kind"), ("By language", "language")):
        counts: dict[str, int] = {}
        for it in kit.items:
            key = getattr(it, attr) or "unknown"
            counts[key] = counts.get(key, 0) + 1
        print(f"  {label}: " + ", ".join(f"{plain(k, 40)} {n}" for k, n in sorted(counts.items())))
    dates = kit.dates
    if dates:
        print(f"  Documents dated: {dates[0]} to {dates[-1]} ({len(dates)} days)")
        _print_date_sources(kit.items)
    size = sum(it.bytes for it in kit.items)
    print(f"  Size of files: {size / 1e6:.1f} MB")
    _print_ocr_pages(kit.items)
    status = kit_index_status(kit)
    stamp = read_stamp(kit.index_dir) or {}
    where = kit.index_dir
    if status == "fresh":
        print(f"  Index: fresh ({plain(stamp.get('pages', '?'), 20)} pages, {plain(stamp.get('quotes', '?'), 20)} quotes, "
              f"{index_size(where) / 1e6:.1f} MB, built {plain(stamp.get('built', '?'), 40)}) at {plain(where, 0)}")
    else:
        print(f"  Index: {status.upper()} at {plain(where, 0)} — searches will rebuild it in the user cache; "
              "publishers: run 'presskit build' again.")
    if kit.skipped:
        print(f"  Files left out at build time: {len(kit.skipped)}")
        for s in kit.skipped:
            print(f"    {plain(s.get('path'), 0)}: {plain(s.get('message'))}")


def _print_date_sources(items) -> None:
    """Where the dates come from; each date whose year was not in its name, and where the year came from."""
    counts: dict[str, int] = {}
    for it in items:
        if it.date and it.date_source:
            counts[it.date_source] = counts.get(it.date_source, 0) + 1
    if counts:
        print("  Dates from: " + "; ".join(f"{DATE_SOURCES.get(k, k)} {n}" for k, n in
                                          sorted(counts.items(), key=lambda kv: list(DATE_SOURCES).index(kv[0])
                                                 if kv[0] in DATE_SOURCES else 99)))
    guessed = [it for it in items if it.date and it.date_source.startswith("name+")]
    for it in guessed[:20]:
        print(f"    {plain(it.path, 0)}: {plain(it.date, 40)} (from {DATE_SOURCES.get(it.date_source, it.date_source)})")
    if len(guessed) > 20:
        print(f"    … and {len(guessed) - 20} more")


def _print_ocr_pages(items) -> None:
    scanned = [it for it in items if it.ocr_pages or it.unread_pages]
    if not scanned:
        return
    n = sum(len(it.ocr_pages) for it in scanned)
    print(f"  Pages whose text was recognised from a scan (OCR; check quotes against the page): {n}")
    for it in scanned:
        line = f"    {plain(it.path, 0)}: page {_ranges(it.ocr_pages)}" if it.ocr_pages else f"    {plain(it.path, 0)}:"
        if it.unread_pages:
            line += f" (unsearchable scanned page {_ranges(it.unread_pages)})"
        print(line)


def _ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> '1-3, 5'."""
    out: list[str] = []
    for p in sorted(pages):
        if out and out[-1].split("-")[-1] == str(p - 1):
            out[-1] = out[-1].split("-")[0] + f"-{p}"
        else:
            out.append(str(p))
    return ", ".join(out) or "-"


def cmd_verify(args: argparse.Namespace) -> int:
    """Every file against the manifest (sha256), and the publisher's signature when there is one."""
    from ..kit.signing import verify_kit

    kit = open_kit(args.kit)
    rep = verify_kit(kit)
    print(rep.summary())
    if rep.fingerprint:
        print(f"Key fingerprint: {rep.fingerprint}")
    missing, changed = list(rep.missing), [c for c in rep.changed if c != "manifest.json"]
    bad = rep.status in ("modified", "bad-signature")
    for m in missing:
        print(f"MISSING  {plain(m, 0)}")
    for c in changed:
        print(f"CHANGED  {plain(c, 0)}")
    if missing or changed:
        print(f"{len(missing)} missing and {len(changed)} changed, of {count(len(kit.items), 'file')}.")
        return 1
    if bad:
        print(f"The files match the manifest ({len(kit.items)}), but the signature does not vouch for them.")
        return 1
    print(f"All {len(kit.items)} files match the manifest.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "build", help="build a kit from a folder of files",
        description="Build a press kit from a folder: every PDF, Word (.docx) or OpenDocument (.odt) text, HTML, "
                    "Markdown or text file becomes a document, every JPEG/PNG/TIFF/WebP a photo (its caption and "
                    "credit from its metadata or a sidecar), and a search index is built. Files that cannot be "
                    "read are listed with the reason. An optional kit.toml in the folder sets the title, "
                    "organisation, event and more (docs/publisher-guide.md). Then: presskit sign, presskit pack.")
    p.add_argument("src", help="folder with the press kit's files (and kit.toml)")
    p.add_argument("out", nargs="?", metavar="OUT", help="kit folder to write (the same as -o OUT)")
    p.add_argument("-o", "--output", help="kit folder to write (default: build in place)")
    p.add_argument("--strict", action="store_true", help="fail if any file cannot be read")
    p.add_argument("--index-dir", help=argparse.SUPPRESS)
    p.add_argument("--workers", type=int, default=2, help="extraction processes (default 2)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("search", help="search a kit, or every kit of your library",
                       description="Search a kit's documents, photo captions and quotations; each result names "
                                   "the item's id (for 'presskit export --ids') and the page of each hit.",
                       usage="presskit search [options] KIT QUERY\n       presskit search --library [options] QUERY")
    p.add_argument("kit", metavar="KIT", help="the kit folder or .presskit file (not with --library)")
    p.add_argument("query", nargs="?", metavar="QUERY",
                   help='words (pages with all of them), "an exact phrase", OR, -word or NOT word, prefix*, '
                        "kind:statement lang:fr speaker:NAME; case, accents and word endings do not matter "
                        "(README: Search syntax)")
    p.add_argument("--library", action="store_true",
                   help="search every kit of your library as one ('presskit library add' adds kits)")
    p.add_argument("--kit", dest="kit_filter", action="append", metavar="KIT",
                   help="with --library: only this kit (id, title or path; repeatable)")
    p.add_argument("--org", action="append", metavar="NAME",
                   help="with --library: only documents from this organisation (repeatable)")
    p.add_argument("--save", metavar="NAME",
                   help="with --library: save the search as NAME; 'presskit alerts' shows what is new for it")
    p.add_argument("--kind", action="append", type=argtypes.kind, metavar="KIND",
                   help="only this kind (repeatable): a code, an English or French label, or a unique "
                        "prefix (statement, 'press release', communiqué)")
    p.add_argument("--lang", action="append", type=argtypes.language, metavar="LANG",
                   help="only this language (repeatable): fr, french, français, …")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=argtypes.iso_date,
                   help="from this date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=argtypes.iso_date,
                   help="up to this date (YYYY-MM-DD)")
    p.add_argument("--limit", type=argtypes.positive_int, default=20, metavar="N",
                   help="at most N documents (1 or more; default 20)")
    p.add_argument("--json", action="store_true", help="print JSON (schema in docs/search-json.md)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("info", help="what a kit holds and the state of its index",
                       description="What a kit holds and the state of its index; --items lists every item "
                                   "with the id that 'presskit export --ids' takes.")
    p.add_argument("kit", help="the kit folder or .presskit file")
    p.add_argument("--items", action="store_true", help="list every item: id, kind, date, language, title")
    p.add_argument("--json", action="store_true", help="print the kit's details and its items as JSON")
    p.add_argument("--explain", metavar="ITEM",
                   help="why an item (an id, a path or part of one) has its kind, date, language and title")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("verify", help="check every file against the manifest (and the signature)",
                       description="Check that every file of a kit is the one its manifest lists (by sha256) and, "
                                   "when the kit is signed, who signed it and that the signature holds. Compare "
                                   "the fingerprint printed with the one the publisher announces. Exits 1 when "
                                   "a file differs or the signature does not hold.")
    p.add_argument("kit", help="the kit folder or .presskit file")
    p.set_defaults(func=cmd_verify)
