"""A rival near the quotation: the study of docs/quotes.md "A rival near the quotation, measured on first measurements".

Usage (from the repository root)::

    python tools/rivals.py            # compute the feature on the halves' texts as first measured, print the study
    python tools/rivals.py --rows     # also write bench/rivals.json (one row per quotation of the two ways)
    python tools/rivals.py --nearer --rows  # "The nearer rival": later and subject per pronoun 0.85, bench/nearer.json
    python tools/rivals.py --nearer --from-rows  # its figures from bench/nearer.json

For the quotations of ``bench/first_measurements.json`` (each half's first measurement, with the code of its day)
given a speaker by "pronoun 0.85" or "named 0.95", this tool reads the half's sources as first measured (``git
archive`` of the commit :data:`first_measurements.FIRST` gives), renders its ``.pdfsrc`` with today's
``tools/quotes_eval.py``, reads every document with today's readers and today's reading of the people a text
names (``presskit.quotes.mentions.scan_mentions``, as ``extract_quotes`` calls it), places the quotation by its
true words, and counts the *rivals* the docs define: other people named near it whom the pronoun (or the
sentence) could mean. A reading of names, not of attributions: the way and the speaker given are the rows'.

Then the rule fixed beforehand: for each of the two ways, "abstain when rival >= 1" is chosen on the tune halves
when the wrong names it removes are at least half the right names it empties and at least 3; it holds when the
same test passes on the check halves. ``pannier`` (``LATER``) is not read: it is being tuned on. A measuring tool,
not a test: nothing here changes the finder.

``--nearer`` is the study of "The nearer rival, measured on first measurements": for the quotations of "pronoun
0.85" only, with their rival, two features (``later``: a rival named after the speaker's last mention; ``subject``:
the sentence before the quotation has a rival as its subject), the rule "abstain when rival >= 1 and the feature
holds" chosen on the tune halves and checked on the check halves; the older halves and ``LATER`` (pannier,
carpetbag, haversack, whose texts are read for the feature only) choose nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import first_measurements as fm  # noqa: E402
import measure_quotes as mq  # noqa: E402
import quotes_eval as qe  # noqa: E402
from presskit.textutil import fold  # noqa: E402

ROOT = qe.ROOT
OUT = ROOT / "bench" / "rivals.json"
WAYS = ("pronoun 0.85", "named 0.95")
#: a pronoun after the quotation, for its gender when today's reading gives the speaker none
_PRONOUN_AFTER = re.compile(r"(?i)(?<![\w\-])(?P<m>he|il)(?![\w\-])|(?<![\w\-])(?P<f>she|elle)(?![\w\-])")
#: closing marks and punctuation right after the quotation's last word
_CLOSE = re.compile(r"[\s.,!?;:\u201d\u00bb\"'\u2019\u00a0\u202f]*")


def same_person(a: str, b: str) -> bool:
    """The docs' "the speaker's mention": the same name, one ending with the other, or the same last word."""
    a, b = " ".join(fold(a).split()), " ".join(fold(b).split())
    if not a or not b:
        return False
    return a == b or a.endswith(" " + b) or b.endswith(" " + a) or a.split()[-1] == b.split()[-1]


def read_document(pages: list[str]):
    """(doc, mentions) as today's ``extract_quotes`` reads them (no kit metadata), or None when the text has no
    quotation marks."""
    from presskit.quotes import attribute as at
    from presskit.quotes.people import People
    from presskit.quotes.subject import Context

    pages = at.strip_page_furniture([p if isinstance(p, str) else "" for p in (pages or [])])
    if not pages or not (at.MARK_RE.search("\n".join(pages)) or at.has_single_quotes("\n".join(pages))):
        return None
    doc = at.Doc.of([at.title_case_headline_names(at.keep_possessive_names(p), set()) for p in pages])
    raws = at.with_single_quotes(doc.text, at.scan_marks(doc.text, doc.paras))
    every = at._units(doc, raws)
    units = [u for u in every if at._keep(doc.text, u, 4) and (len(u.parts) < 2 or at.found_back(doc.text[u.start:u.end], u.text))]
    if not units:
        return None
    known = People()
    ctx = Context(known, [], "", [], text=doc.text, own_voice=True)
    near = [(u.start, u.end) for u in units] if len(doc.text) > 2 * at.NEAR_BEFORE else None
    mentions = at.scan_mentions(doc.text, at._gaps(doc.text, sorted(units + [u for u in every if u not in units and u.end
                                - u.start <= 300], key=lambda u: u.start)), known, ctx, near, doc.starts[1:])
    return doc, mentions


def place(text: str, words: list[str], k: int = 5) -> tuple[int, int] | None:
    """(start, end) of the quotation whose folded words are ``words`` in ``text``: the first window of ``k`` of
    its first words found, and the last window of its last words after it."""
    toks = [(fold(m.group()), m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    seq = [t for t, _, _ in toks]
    k = min(k, len(words))
    if not k:
        return None

    def find(win: list[str], lo: int = 0) -> int:
        for i in range(lo, len(seq) - len(win) + 1):
            if seq[i:i + len(win)] == win:
                return i
        return -1

    start = end = -1
    for off in range(0, max(1, len(words) - k + 1)):
        i = find(words[off:off + k])
        if i >= 0:
            start = i
            break
    if start < 0:
        return None
    for off in range(len(words) - k, -1, -1):
        j = find(words[off:off + k], start)
        if j >= 0:
            end = j + k - 1
            break
    if end < 0:
        return None
    return toks[start][1], toks[end][2]


def gender_of(p) -> str:
    from presskit.quotes.firstnames import first_name_gender
    return p.gender or first_name_gender(p.name)


def window_start(doc, start: int) -> int:
    """The start of the paragraph before the quotation's paragraph (the quotation's own when it is the first)."""
    para_start, _ = doc.paragraph(start)
    lo = para_start
    if para_start > 0:
        before = len(doc.text[:para_start].rstrip())
        if before > 0:
            lo = doc.paragraph(before - 1)[0]
    return lo


def pronoun_rivals(doc, mentions, start: int, end: int, speaker: str) -> tuple[int, str]:
    """(rival, the pronoun's gender used) for "pronoun 0.85"."""
    text = doc.text
    lo = window_start(doc, start)
    want = next((g for m in mentions if m.person.name and same_person(m.person.name, speaker)
                 and (g := gender_of(m.person))), "")
    if not want:
        p = _PRONOUN_AFTER.search(text, end, end + 60)
        want = ("m" if p.group("m") else "f") if p else ""
    names = {fold(m.person.name) for m in mentions
             if lo <= m.pos < start and m.person.name and not same_person(m.person.name, speaker)
             and (not want or gender_of(m.person) in ("", want))}
    return len(names), want


def nearer(doc, mentions, start: int, speaker: str, want: str) -> tuple[bool, bool]:
    """(later, subject) of docs/quotes.md "The nearer rival" for a "pronoun 0.85" quotation starting at ``start``.

    later: a rival is named after the speaker's last mention before the quotation (every rival when the speaker has
    none); subject: the sentence of reference (the quotation's own sentence before it when that part holds a
    mention, else the sentence before) has as its first subject a rival."""
    from presskit.quotes.thinpronoun import _SENTENCE_END
    text = doc.text
    lo = window_start(doc, start)

    def rival(m) -> bool:
        return (lo <= m.pos < start and bool(m.person.name) and not same_person(m.person.name, speaker)
                and (not want or gender_of(m.person) in ("", want)))

    last = max((m.pos for m in mentions if m.pos < start and m.person.name and same_person(m.person.name, speaker)),
               default=-1)
    later = any(rival(m) and m.pos > last for m in mentions)
    cuts = [lo] + [e.end() for e in _SENTENCE_END.finditer(text, lo, start)]
    sentence = [m for m in mentions if cuts[-1] <= m.pos < start]
    if not sentence and len(cuts) > 1:
        sentence = [m for m in mentions if cuts[-2] <= m.pos < cuts[-1]]
    first = next((m for m in sorted(sentence, key=lambda m: m.pos) if m.subject), None)
    return later, first is not None and rival(first)


def sentence_rivals(doc, mentions, start: int, end: int, speaker: str) -> int:
    """rival for "named 0.95": other people named in the quotation's sentence."""
    from presskit.quotes.thinpronoun import _SENTENCE_END
    text = doc.text
    para_start, para_end = doc.paragraph(start)
    s = para_start
    for e in _SENTENCE_END.finditer(text, para_start, start):
        s = e.end()
    after = _CLOSE.match(text, end).end()
    e = _SENTENCE_END.search(text, after, max(after, para_end))
    stop = e.start() + 1 if e else max(after, para_end)
    names = {fold(m.person.name) for m in mentions
             if (s <= m.pos < start or end <= m.pos < stop) and m.person.name and not same_person(m.person.name, speaker)}
    return len(names)


def half_features(half: str, commit: str, rows: list[dict], ways: tuple[str, ...] = WAYS,
                  with_nearer: bool = False) -> list[dict]:
    """The rows of ``half`` of ``ways``, each with ``rival`` (None when its quotation cannot be placed), and with
    ``later`` and ``subject`` for "pronoun 0.85" when ``with_nearer``."""
    from presskit.ingest.extract import extract

    wanted = [r for r in rows if r["half"] == half and fm.way(r) in ways and r["speaker"]]
    if not wanted:
        return []
    with tempfile.TemporaryDirectory(prefix=f"rivals-{half}-") as tmp:
        tmp = Path(tmp)
        arch = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit,
                               f"tests/data/quotes-eval/{half}"], check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(arch)) as tf:
            tf.extractall(tmp, filter="data")
        half_dir = tmp / "tests" / "data" / "quotes-eval" / half
        truth = {t["id"]: t for t in qe.load_truth(half_dir)["quotes"]}
        docs: dict[str, object] = {}
        out = []
        for r in wanted:
            t = truth.get(r["id"])
            rel = t["file"] if t else ""
            if rel and rel not in docs:
                src = qe.source_of(half_dir, rel)
                path = src
                if src.suffix == ".pdfsrc":
                    path = tmp / "pdf" / qe.kit_path_of(src.relative_to(half_dir / "sources").as_posix())
                    path.parent.mkdir(parents=True, exist_ok=True)
                    qe.render_pdf(src, path)
                try:
                    docs[rel] = read_document(extract(path).pages)
                except Exception as e:  # noqa: BLE001 - a reader's refusal is a row not placed
                    print(f"{half}: {rel}: {e}", file=sys.stderr)
                    docs[rel] = None
            got = docs.get(rel)
            row = {k: r[k] for k in ("half", "id", "attribution", "confidence", "speaker", "true_speaker", "outcome")}
            row["rival"] = None
            if got is not None:
                doc, mentions = got
                at = place(doc.text, qe.fold_words(t["text"]))
                if at is not None:
                    if fm.way(r) == "pronoun 0.85":
                        row["rival"], row["gender"] = pronoun_rivals(doc, mentions, *at, r["speaker"])
                        if with_nearer:
                            row["later"], row["subject"] = nearer(doc, mentions, at[0], r["speaker"], row["gender"])
                    else:
                        row["rival"] = sentence_rivals(doc, mentions, *at, r["speaker"])
            out.append(row)
        return out


def tally(rows: list[dict], w: str) -> dict[str, Counter]:
    t: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if fm.way(r) != w:
            continue
        key = "unplaced" if r["rival"] is None else ("0" if r["rival"] == 0 else ">=1")
        for k in (key, "all"):
            t[k]["given"] += 1
            t[k]["right"] += r["outcome"] == mq.RIGHT
            t[k]["wrong"] += r["outcome"] in mq.WRONG_NAME
    return t


def chosen(t: dict[str, Counter]) -> bool:
    c = t.get(">=1", Counter())
    return c["wrong"] >= fm.MIN_WRONG and c["wrong"] >= fm.WRONG_PER_RIGHT * c["right"]


def holds(t: dict[str, Counter]) -> bool:
    c = t.get(">=1", Counter())
    return 2 * c["wrong"] >= c["right"]


def report(rows: list[dict], all_rows: list[dict]) -> None:
    tune_h, check_h = fm.HISTORY[0::2], fm.HISTORY[1::2]
    groups = [("tune", tune_h), ("check", check_h), ("older", fm.OLDER)]
    print(f"tune halves: {', '.join(tune_h)}\ncheck halves: {', '.join(check_h)}\nolder: {', '.join(fm.OLDER)}")
    print("later (pannier): not read (being tuned on)")
    for w in WAYS:
        print(f"\n## {w}")
        print("| group | rival | given | right | wrong | wrong / given |")
        print("|---|---|---|---|---|---|")
        tables = {}
        for name, halves in groups:
            t = tally([r for r in rows if r["half"] in halves], w)
            tables[name] = t
            for k in ("all", "0", ">=1", "unplaced"):
                c = t.get(k)
                if c is None or not c["given"]:
                    continue
                print(f"| {name} | {k} | {c['given']} | {c['right']} | {c['wrong']} | {c['wrong'] / c['given']:.3f} |")
        pick = chosen(tables["tune"])
        print(f"\nrule 'abstain when rival >= 1' chosen on tune: {pick}")
        for name, halves in groups:
            t = tables[name]
            c = t.get(">=1", Counter())
            part = [r for r in all_rows if r["half"] in halves]
            wrong = sum(r["outcome"] in mq.WRONG_NAME for r in part)
            right = sum(r["outcome"] == mq.RIGHT for r in part)
            print(f"{name}: removes {c['wrong']} wrong, empties {c['right']} right; wrong names {wrong} -> "
                  f"{wrong - c['wrong']}, right names {right} -> {right - c['right']} of {len(part)}; "
                  f"removed >= emptied / 2 (and >= 3 on tune): {chosen(t) if name == 'tune' else holds(t)}")
        for h in fm.HISTORY + fm.OLDER:
            c = tally([r for r in rows if r["half"] == h], w).get(">=1", Counter())
            if c["given"]:
                print(f"   {h:10} rival>=1: given {c['given']}, right {c['right']}, wrong {c['wrong']}")


NEARER_OUT = ROOT / "bench" / "nearer.json"
FEATURES = ("later", "subject")


def nearer_tally(rows: list[dict], feature: str) -> dict[str, Counter]:
    t: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if r["rival"] is None:
            key = "unplaced"
        elif r["rival"] == 0:
            key = "0"
        else:
            key = ">=1 and " + feature if r[feature] else ">=1, not " + feature
        for k in (key, "all"):
            t[k]["given"] += 1
            t[k]["right"] += r["outcome"] == mq.RIGHT
            t[k]["wrong"] += r["outcome"] in mq.WRONG_NAME
    return t


def nearer_report(rows: list[dict], all_rows: list[dict]) -> None:
    tune_h, check_h = fm.HISTORY[0::2], fm.HISTORY[1::2]
    groups = [("tune", tune_h), ("check", check_h), ("older", fm.OLDER), ("later", fm.LATER)]
    print(f"tune halves: {', '.join(tune_h)}\ncheck halves: {', '.join(check_h)}\nolder: {', '.join(fm.OLDER)}\n"
          f"later: {', '.join(fm.LATER)}")
    merit = {}
    for f in FEATURES:
        print(f"\n## pronoun 0.85, {f}")
        print("| group | rival | given | right | wrong | wrong / given |")
        print("|---|---|---|---|---|---|")
        for name, halves in groups:
            t = nearer_tally([r for r in rows if r["half"] in halves], f)
            for k in ("all", "0", ">=1 and " + f, ">=1, not " + f, "unplaced"):
                c = t.get(k)
                if c is None or not c["given"]:
                    continue
                print(f"| {name} | {k} | {c['given']} | {c['right']} | {c['wrong']} | {c['wrong'] / c['given']:.3f} |")
        print(f"\nrule 'abstain when rival >= 1 and {f}':")
        for name, halves in groups:
            c = nearer_tally([r for r in rows if r["half"] in halves], f).get(">=1 and " + f, Counter())
            part = [r for r in all_rows if r["half"] in halves]
            wrong = sum(r["outcome"] in mq.WRONG_NAME for r in part)
            right = sum(r["outcome"] == mq.RIGHT for r in part)
            passes = 2 * c["wrong"] >= c["right"] and (c["wrong"] >= fm.MIN_WRONG or name != "tune")
            if name == "tune":
                merit[f] = (passes, c["wrong"] - c["right"] / 2)
            print(f"{name}: removes {c['wrong']} wrong, empties {c['right']} right; wrong names {wrong} -> "
                  f"{wrong - c['wrong']}, right names {right} -> {right - c['right']} of {len(part)}; "
                  f"removed >= emptied / 2{' and >= 3' if name == 'tune' else ''}: {passes}")
        for h in fm.HISTORY + fm.OLDER + fm.LATER:
            c = nearer_tally([r for r in rows if r["half"] == h], f).get(">=1 and " + f, Counter())
            if c["given"]:
                print(f"   {h:10} rival>=1 and {f}: given {c['given']}, right {c['right']}, wrong {c['wrong']}")
    passing = [f for f in FEATURES if merit[f][0]]
    pick = max(passing, key=lambda f: merit[f][1]) if passing else None
    print(f"\nchosen on tune: {pick or 'none'}" + (f" (wrong removed - right emptied / 2 on tune: "
                                                       f"{', '.join(f'{f} {merit[f][1]:g}' for f in FEATURES)})"))
    if pick:
        c = nearer_tally([r for r in rows if r["half"] in check_h], pick).get(">=1 and " + pick, Counter())
        print(f"holds on check: {2 * c['wrong'] >= c['right']} ({c['wrong']} removed, {c['right']} emptied)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", action="store_true", help="also write bench/rivals.json")
    ap.add_argument("--from-rows", action="store_true", help="read bench/rivals.json instead of reading the texts")
    ap.add_argument("--nearer", action="store_true", help='"The nearer rival": pronoun 0.85 only, bench/nearer.json')
    a = ap.parse_args(argv)
    all_rows = fm.load_rows()
    if a.nearer:
        return nearer_main(a, all_rows)
    if a.from_rows:
        rows = json.loads(OUT.read_text(encoding="utf-8"))["rows"]
    else:
        rows = []
        for half, _version, commit in fm.FIRST:
            if half not in fm.HISTORY + fm.OLDER:
                continue  # pannier: being tuned on, not read
            got = half_features(half, commit, all_rows)
            rows += got
            print(f"{half:10} {len(got)} quotations of the two ways, {sum(r['rival'] is None for r in got)} not placed",
                  file=sys.stderr, flush=True)
    if a.rows:
        lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
        OUT.write_text('{"about": "The rival of each quotation given a speaker by pronoun 0.85 or named 0.95 on its '
                       'first measurement (tools/rivals.py)",\n "rows": [\n' + lines + "]}\n", encoding="utf-8")
    report([r for r in rows], [r for r in all_rows if r["half"] in fm.HISTORY + fm.OLDER])
    return 0


def nearer_main(a, all_rows: list[dict]) -> int:
    halves = fm.HISTORY + fm.OLDER + fm.LATER
    if a.from_rows:
        rows = json.loads(NEARER_OUT.read_text(encoding="utf-8"))["rows"]
    else:
        rows = []
        for half, _version, commit in fm.FIRST:
            if half not in halves:
                continue
            got = half_features(half, commit, all_rows, ("pronoun 0.85",), with_nearer=True)
            rows += got
            print(f"{half:10} {len(got)} quotations of pronoun 0.85, {sum(r['rival'] is None for r in got)} not placed",
                  file=sys.stderr, flush=True)
    if a.rows:
        lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
        about = ("The rival, later and subject of each quotation given a speaker by pronoun 0.85 on its first "
                 "measurement (tools/rivals.py --nearer)")
        NEARER_OUT.write_text('{"about": "' + about + '",\n "rows": [\n' + lines + "]}\n", encoding="utf-8")
    nearer_report(rows, [r for r in all_rows if r["half"] in halves])
    return 0


if __name__ == "__main__":
    sys.exit(main())
