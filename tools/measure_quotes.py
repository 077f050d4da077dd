"""Measure quote detection and speaker attribution against a hand-made list.

Usage (from the repository root)::

    python tools/measure_quotes.py                       # assets/sample-kit vs tests/data/sample_quotes.json
    python tools/measure_quotes.py --kit DIR --gold FILE -v   # -v lists every miss and false quote
    python tools/measure_quotes.py --raw                 # PyMuPDF page.get_text() / file text, not ingest

The hand-made list is JSON: ``[{"file", "page", "text", "speaker", "organisation"}, ...]`` with ``file``
relative to the kit folder and ``page`` 1-based; entries with ``"scare": true`` are scare quotes or titles
that the extractor should NOT return: they are left out of recall, and a returned quote matching one
counts as a false positive. ``speaker`` is the person the text attributes the quote to, or ``""`` when
the text names nobody (then a quote returned with ``inferred=True`` counts as correctly attributed).

Quotes are matched by normalised text overlap (casefolded, accents and punctuation dropped, words
compared as multisets): a pair matches when the shared words cover at least ``--overlap`` (0.6) of
BOTH texts; each expected quote matches at most one returned quote (best pairs first).

Prints, per file and in total: detection precision/recall, and attribution precision (correct speaker
among matched quotes the extractor attributed explicitly) and recall (correct speaker among all expected
quotes). Exit status 0 even when numbers are low: this is a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from presskit.quotes import extract_quotes  # noqa: E402

TEXT_EXT = {".txt", ".md", ".markdown", ".html", ".htm"}
DOC_EXT = TEXT_EXT | {".pdf"}


def fold_words(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.findall(r"\w+", s)


def overlap(a: list[str], b: list[str]) -> float:
    """Smallest of the two coverages: shared words / words of a, shared words / words of b."""
    if not a or not b:
        return 0.0
    shared = sum((Counter(a) & Counter(b)).values())
    return min(shared / len(a), shared / len(b))


def same_person(a: str, b: str) -> bool:
    fa, fb = fold_words(a), fold_words(b)
    return fa == fb


def same_org(found: str, want: str) -> bool:
    """Same organisation, allowing a short form ("Lantern Coalition" for "Lantern Coalition for ...")."""
    a, b = " ".join(fold_words(found)), " ".join(fold_words(want))
    return bool(a) and (a == b or b.startswith(a + " "))


def pages_of(path: Path, raw: bool) -> list[str]:
    """Page texts as the builder sees them (ingest.extract), or with ``raw`` straight from the file."""
    if not raw:
        from presskit.ingest.extract import extract

        return extract(path).pages
    if path.suffix.lower() == ".pdf":
        import pymupdf

        with pymupdf.open(path) as doc:
            return [p.get_text() for p in doc]
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        from html.parser import HTMLParser

        class P(HTMLParser):
            def __init__(self):
                super().__init__()
                self.out: list[str] = []
                self.skip = 0

            def handle_starttag(self, tag, attrs):
                if tag in ("script", "style"):
                    self.skip += 1
                if tag in ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"):
                    self.out.append("\n\n" if tag != "br" else "\n")

            def handle_endtag(self, tag):
                if tag in ("script", "style"):
                    self.skip = max(0, self.skip - 1)

            def handle_data(self, data):
                if not self.skip:
                    self.out.append(data)

        p = P()
        p.feed(text)
        text = "".join(p.out)
    return [text]


def defaults_for(kit: Path) -> str:
    try:
        from presskit.kit import load_kit_toml

        return load_kit_toml(kit).info.organisation
    except Exception:  # noqa: BLE001 - a measuring tool goes on without kit.toml
        return ""


def built_quotes(kit: Path) -> dict[str, list]:
    """Quotes as the built kit's index holds them (after kit-wide attribution), by file path."""
    from presskit.kit import Kit
    from presskit.search import Searcher

    k = Kit.open(kit)
    out: dict[str, list] = defaultdict(list)
    with Searcher(k) as s:
        for q in s.quotes(limit=100_000):
            it = k.get(q.document_id)
            if it is not None:
                out[it.path].append(q)
    return out


def measure(kit: Path, gold_path: Path, *, raw: bool, min_overlap: float, verbose: bool,
            built: bool = False) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    from_index = built_quotes(kit) if built else None
    by_file: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_file[g["file"]].append(g)
    files = sorted({*by_file, *(str(p.relative_to(kit)).replace("\\", "/") for p in kit.rglob("*")
                                if p.is_file() and p.suffix.lower() in DOC_EXT)})
    org = defaults_for(kit)
    tot = Counter()
    for rel in files:
        path = kit / rel
        if not path.exists():
            print(f"{rel}: listed in {gold_path.name} but missing from the kit", file=sys.stderr)
            continue
        try:
            pages = pages_of(path, raw)
        except Exception as e:  # noqa: BLE001
            print(f"{rel}: cannot read ({e})", file=sys.stderr)
            continue
        found = from_index.get(rel, []) if from_index is not None else extract_quotes(pages, default_organisation=org)
        golds = by_file.get(rel, [])
        fw = [fold_words(q.text) for q in found]
        gw = [fold_words(g["text"]) for g in golds]
        pairs = sorted(((overlap(fw[i], gw[j]), i, j) for i in range(len(found)) for j in range(len(golds))),
                       reverse=True)
        used_f: set[int] = set()
        used_g: set[int] = set()
        match: dict[int, int] = {}
        for score, i, j in pairs:
            if score < min_overlap or i in used_f or j in used_g:
                continue
            used_f.add(i)
            used_g.add(j)
            match[j] = i
        c = Counter()
        c["found"] = len(found)
        for j, g in enumerate(golds):
            scare = bool(g.get("scare"))
            i = match.get(j)
            if scare:
                c["scare_returned"] += i is not None
                continue
            c["gold"] += 1
            if i is None:
                if verbose:
                    print(f"  MISS  {rel} p{g.get('page')}: {g['text'][:90]!r}")
                continue
            q = found[i]
            c["tp"] += 1
            want = g.get("speaker") or ""
            ok = (q.inferred or not q.speaker) if not want else (not q.inferred and same_person(q.speaker, want))
            c["spk_ok"] += ok
            c["explicit"] += not q.inferred
            c["explicit_ok"] += (not q.inferred) and ok
            if g.get("organisation") and not q.inferred:
                c["org_want"] += 1
                org_ok = same_org(q.organisation, g["organisation"])
                c["org_ok"] += org_ok
                if verbose and not org_ok and ok:
                    print(f"  ORG   {rel} p{q.page}: {q.speaker!r}: {q.organisation!r}, expected {g['organisation']!r}")
            if g.get("page") and q.page != g["page"]:
                c["page_wrong"] += 1
            if verbose and not ok:
                print(f"  WHO   {rel} p{q.page}: {q.text[:60]!r} -> {q.speaker!r} "
                      f"({'inferred' if q.inferred else 'explicit'}), expected {want!r}")
        c["fp"] = c["found"] - c["tp"]
        if verbose:
            gold_hit = {match[j] for j in match if not golds[j].get("scare")}
            for i, q in enumerate(found):
                if i not in gold_hit:
                    print(f"  FALSE {rel} p{q.page}: {q.text[:90]!r} ({q.speaker or '-'})")
        print(f"{rel}: {c['tp']}/{c['gold']} found, {c['fp']} false, speakers right {c['spk_ok']}/{c['tp']}")
        tot.update(c)
    res = report(tot)
    return res


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def report(t: Counter) -> dict:
    res = {
        "detection_precision": ratio(t["tp"], t["tp"] + t["fp"]),
        "detection_recall": ratio(t["tp"], t["gold"]),
        "attribution_precision": ratio(t["explicit_ok"], t["explicit"]),
        "attribution_recall": ratio(t["spk_ok"], t["gold"]),
        "attribution_accuracy_on_found": ratio(t["spk_ok"], t["tp"]),
        "organisation_accuracy": ratio(t["org_ok"], t["org_want"]),
    }
    print()
    print(f"expected quotes {t['gold']}, returned {t['found']}, matched {t['tp']}, false {t['fp']} "
          f"(of which scare quotes/titles {t['scare_returned']}), wrong page {t['page_wrong']}")
    print(f"detection:   precision {res['detection_precision']:.3f}  recall {res['detection_recall']:.3f}")
    print(f"attribution: precision {res['attribution_precision']:.3f} (explicit speakers right "
          f"{t['explicit_ok']}/{t['explicit']})  recall {res['attribution_recall']:.3f} "
          f"(right speaker {t['spk_ok']}/{t['gold']} expected)")
    print(f"organisation right {t['org_ok']}/{t['org_want']}")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kit", type=Path, default=ROOT / "assets" / "sample-kit")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "sample_quotes.json")
    ap.add_argument("--raw", action="store_true", help="PyMuPDF get_text()/file text instead of ingest.extract")
    ap.add_argument("--overlap", type=float, default=0.6)
    ap.add_argument("--built", action="store_true",
                    help="score the quotes of the built kit's index (kit-wide attribution) instead")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    if not a.kit.is_dir() or not a.gold.is_file():
        print(f"Need the sample kit ({a.kit}) and the hand-made list ({a.gold}); one is missing.",
              file=sys.stderr)
        return 2
    measure(a.kit, a.gold, raw=a.raw, min_overlap=a.overlap, verbose=a.verbose, built=a.built)
    return 0


if __name__ == "__main__":
    sys.exit(main())
