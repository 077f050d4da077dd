"""The quote finder's first measurements, quotation by quotation, and the abstention study made from them.

Usage (from the repository root)::

    python tools/first_measurements.py                      # rebuild bench/first_measurements.json (slow)
    python tools/first_measurements.py --half attic --half locker   # only these halves (rows replaced)
    python tools/first_measurements.py --study              # the per-way tables from the committed rows

Each half of the quote evaluation set that was written blind was measured once, on the code of its day, before
anyone read it (its "first measurement", docs/quotes.md "Measured"). This tool makes that measurement again,
quotation by quotation: for each half of :data:`FIRST` it makes a detached worktree of the commit of ``main``
whose code first measured it (a temporary folder, removed after, also on error), builds the half's kit with
THAT code from THAT commit's copy of the half (``python -m presskit build``, PDFs rendered by that commit's
``tools/quotes_eval.py``), lists ``python -m presskit quotes KIT --json`` with that code, and matches the
quotations with that copy's truth using THIS checkout's matching (``measure_quotes.matched_quotations``) and
outcome (``measure_quotes.speaker_outcome``). One row per matched quotation: half, QUOTES_VERSION, attribution,
confidence, speaker given, true speaker, outcome. The rows are written to ``bench/first_measurements.json`` so
that the study can be recomputed without the old code.

``--study`` reads those rows and applies the abstention rule fixed in docs/quotes.md ("Abstention, measured on
first measurements") before any figure was looked at: the nineteen halves of the held-out history in order of
first measurement, odd positions to tune, even positions to check; a way (attribution and confidence, as the
JSON gives them) abstains when, on the tune halves, its wrong names are at least half its right names and at
least 3. A measuring tool, not a test: nothing here changes the finder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure_quotes as mq  # noqa: E402
import quotes_eval as qe  # noqa: E402

ROOT = qe.ROOT
OUT = ROOT / "bench" / "first_measurements.json"

#: (half, QUOTES_VERSION of its first measurement, the commit of main's first-parent history whose code measured
#: it), in order of first measurement. The commit is the one that records the half's measurement in docs/quotes.md
#: (``git log --first-parent --reverse -S "held-out result** is the `HALF` half" -- docs/quotes.md``), which
#: carries that code; for ``withheld`` (recorded in the merge that raised the version to 39) it is the last commit
#: at QUOTES_VERSION 38. The tool checks each commit's QUOTES_VERSION.
FIRST = [
    ("reserve", 37, "df3cab0e6ebeac31360464ea0d78913ebb0399f7"),
    ("withheld", 38, "bb828924c140533062ed81d41922310c45e154fa"),
    ("shelved", 39, "b3f0d3a9935a1b518e20b58432887bdddf7e47bc"),
    ("untouched", 40, "f7c3147cbc6d4c32e48b9699cc6d770dfab6745d"),
    ("closed", 41, "aa39feb80cf92d47544b93706857b0cd6ab6b628"),
    ("unread", 42, "6cc84730a60b40a9e71b8d42f1e0021d9bce5cc1"),
    ("hidden", 43, "72d0994e1a5ec17c8c0dc1ca3d7dba24289e1876"),
    ("spare", 44, "e16dde151cf0b426815a59b48e284ce8a5ceb9c5"),
    ("vault", 45, "401730077b745c134bc74fa9709aaea5ebe0ce39"),
    ("cellar", 46, "ff2956528acdd5d33f0547377c44bbfd206ebe26"),
    ("attic", 47, "f3ef308a8e26769e1861e54d072655ecc2738e34"),
    ("locker", 48, "fca37d03e31ecce680fa16f759680e8b3bfd816d"),
    ("pantry", 49, "870edf081a8fe639ff57c715f4a789d4963ced3c"),
    ("larder", 49, "710eaeff12b75043dcb8c1ec73a3d5f444a24383"),
    ("cupboard", 50, "eede0d3edde4680b160c54830c4ffffbb2fad919"),
    ("drawer", 51, "aa6639f11d53ec3ad57cf2924fbc8b9b30eb4679"),
    ("trunk", 52, "ff03585b3068abda5b5d738535380cd4b6e17e22"),
    ("chest", 53, "7f9bbcd0e349bcb1e520bbb5cf50af1a72236df2"),
    ("crate", 54, "1d83f593d053a5e4eb703cd8cfde5b1016a87284"),
    ("hamper", 55, "bea192eb1493b3fa169a9e4342d69e13003cc416"),
    ("coffer", 56, "6aac26fc8029288ab5a985d1ed2880df2e169476"),
    ("casket", 57, "88677a94f4543655b10827a223baaabc6d88afaa"),
    ("satchel", 58, "23eb00b8a9b23d159823ff679b294e722c571f9f"),
    ("hatbox", 59, "8c6621a8b410f6c36231e151095b8d9d82ae8bee"),
    ("valise", 60, "a5cb0a8b6fa86d03f8673f58577fd36f6d96329c"),
    ("holdall", 61, "66b15c0bd5360a550f6c0fd50458ee3045e2548a"),
    ("duffel", 62, "7f9b41757fb1bebc200c07184b6fc6ad744011f4"),
    ("rucksack", 63, "4dea1c592fb0d5674c0c8cd69e92a2394f5eb07c"),
    ("kitbag", 64, "17e8a471b5d6be338f95493a7e57f6f1a4f5bb35"),
    # pannier: the commit that set QUOTES_VERSION 65 (round 28, with the rule fixed for its check withdrawn)
    ("pannier", 65, "245b093cb427f3e01a619d6a6ba8f0ee012d5842"),
    # carpetbag: the commit that set QUOTES_VERSION 66 (round 29, tuned on pannier)
    ("carpetbag", 66, "36b507211fe88f5a860c45ac8e79a54aeb185127"),
    # haversack: the commit that set QUOTES_VERSION 67 (round 30, tuned on carpetbag)
    ("haversack", 67, "e8295463bace405cb9c45916b3f2c823382a9c46"),
    # knapsack: the commit that set QUOTES_VERSION 68 (round 31, tuned on haversack)
    ("knapsack", 68, "4dde6d2fef4244a1576905ec3f665b5f343297e9"),
    # portmanteau: the commit that set QUOTES_VERSION 69 (round 32, tuned on knapsack)
    ("portmanteau", 69, "be1b47e17fe37d5d715742d5502e17e284e56b64"),
    # musette: the commit that set QUOTES_VERSION 70 (round 33, tuned on portmanteau)
    ("musette", 70, "645627b0d589bd619fc49f416a83ebcd40b1ed3f"),
    # gladstone: the merge that brought the half onto QUOTES_VERSION 71 (round 34, tuned on musette; the finder's
    # code is that of the commit setting the version, which came before the half)
    ("gladstone", 71, "01fa0cc0500c67b12c578e710d67c964bdaa8796"),
    # reticule: the commit that set QUOTES_VERSION 72 (round 35, tuned on gladstone, with the first pass on the
    # organisations across the spent halves)
    ("reticule", 72, "98228b79a7f522d8ae5f94da82674aa7398f6439"),
    # bindle: the commit that set QUOTES_VERSION 73 (round 36, tuned on reticule, with the second pass on the
    # organisations across the spent halves)
    ("bindle", 73, "273fbec72c6fd2b73d03afc9e5e9bd5e4585856d"),
    # dillybag: the commit that set QUOTES_VERSION 74 (round 37, tuned on bindle)
    ("dillybag", 74, "1650f5d36bc3db1f6629bdd633a0c7a150907774"),
    # sporran: the commit that set QUOTES_VERSION 75 (round 38, tuned on dillybag, with the third pass on the
    # organisations across the spent halves)
    ("sporran", 75, "26a6b03fd0552442ea558bbbf43a1997b1c74877"),
    # pochette: the commit that set QUOTES_VERSION 76 (round 39, tuned on sporran, with the fourth pass on the
    # organisations across the spent halves)
    ("pochette", 76, "31e5dfaba4a4dde9971b7416829b58c7374f23b8"),
    # sabretache: the commit that set QUOTES_VERSION 77 (round 40, tuned on pochette)
    ("sabretache", 77, "3571003039ca4aa87fb82e2ad32bb70ce67c21cc"),
    # saddlebag: the commit that set QUOTES_VERSION 78 (round 41, tuned on sabretache, with the fifth pass on the
    # organisations across the spent halves)
    ("saddlebag", 78, "9f3925156e98b51064597cb6617f0a0f75bd4a2b"),
    # gripsack: the commit that set QUOTES_VERSION 79 (round 42, tuned on saddlebag, with the sixth pass on the
    # organisations across the spent halves)
    ("gripsack", 79, "7c24334191fafb99e77f46dd78112702af9f5407"),
    # bumbag: the commit that set QUOTES_VERSION 80 (round 43, tuned on gripsack)
    ("bumbag", 80, "3361d5220ca4aa8fb3e6865e45c96e742a091c2d"),
    # carryall: the commit that set QUOTES_VERSION 81 (round 44, tuned on bumbag, with the seventh pass on the
    # organisations across the spent halves)
    ("carryall", 81, "cd584d0f9751fec4104165d777f42f9ec6f9561a"),
    # dittybag: the commit that set QUOTES_VERSION 82 (round 45, tuned on carryall, with the eighth pass on the
    # organisations across the spent halves)
    ("dittybag", 82, "ee810b0f8c3180f661a9d0843856d58b26c92510"),
    # pouch: the merge that brought the half onto QUOTES_VERSION 83 (round 46, tuned on dittybag; the finder's code
    # is that of the commit setting the version, which came before the half)
    ("pouch", 83, "3a8b286dbc564970bd8bf5e1769a0405da9c8c72"),
    # tote: the merge that brought the half onto QUOTES_VERSION 83, written beside pouch and measured right after it
    # on the same finder code
    ("tote", 83, "0d3f134c4bd417312e6c7a217f6349d7b0c254c7"),
    # scrip: the merge that brought the half onto QUOTES_VERSION 83, written after pouch and tote were measured, on
    # the same finder code
    ("scrip", 83, "b9c8a600973063ebedbd1e8ee2dc3366b06ed79c"),
    # wallet: the merge that brought the half onto QUOTES_VERSION 87, written after scrip was measured, measured on
    # that merge's finder before any round read it
    ("wallet", 87, "a944d4c4b32f8545b002f4276f7a70965b1fa92e"),
    # purse: the merge that brought rounds 50 (tuned on wallet) onto the half, QUOTES_VERSION 92, measured on that
    # merge's finder before any round read it
    ("purse", 92, "9ad7168c211925ef646eca4aaab13f50ff46a320"),
    # pocket: main after round 51 (tuned on purse), QUOTES_VERSION 94, the half written while purse was read;
    # measured on that commit's finder before any round read it
    ("pocket", 94, "f670a1af10cf4bdbba9a799b31b10f78f3c2fabe"),
    # sachet: main after round 52 (tuned on pocket), QUOTES_VERSION 95, the half written after pocket was measured;
    # measured on that commit's finder before any round read it
    ("sachet", 95, "6d706cc9d0fa6b1cc0218d801222b3ea65f4c856"),
    # billfold: main after round 53 (tuned on sachet), QUOTES_VERSION 96, the half written while pocket was read;
    # measured on that commit's finder before any round read it
    ("billfold", 96, "a96a9be0d955f65a15b20cc119c713f54de1e92b"),
    # poke: main after round 54 (tuned on billfold), QUOTES_VERSION 97, the half written while sachet was read;
    # measured on that commit's finder before any round read it
    ("poke", 97, "1f7325533152419368bb961c88d362941c4010a7"),
    # etui: main after round 55 (tuned on poke), QUOTES_VERSION 99, the half written after poke was measured;
    # measured on that commit's finder before any round read it
    ("etui", 99, "c61e93b6ff7c0f8682c8efa37682fef031838ed3"),
    # caddy: main after round 56 (tuned on etui), QUOTES_VERSION 100, the half written beside etui; measured on that
    # commit's finder before any round read it
    ("caddy", 100, "f9a850b1be6de3e151c1d96b67c55903e9fb4de3"),
]
#: the nineteen halves of the held-out history (docs/quotes.md "Measured"), in order of first measurement
_NAMES = [h for h, _, _ in FIRST]
HISTORY = _NAMES[_NAMES.index("attic"):_NAMES.index("kitbag") + 1]
#: the halves written blind before the held-out history (a further check in the study, choosing nothing)
OLDER = _NAMES[:_NAMES.index("attic")]
#: the halves first measured after the study's split was fixed (pannier: the check of "pronoun 0.65 abstains";
#: carpetbag, haversack, knapsack, portmanteau, musette, gladstone, reticule, bindle, dillybag, sporran, pochette,
#: sabretache, saddlebag, gripsack, bumbag, carryall, dittybag, pouch, tote, scrip, wallet, purse, pocket, sachet,
#: billfold, poke, etui and caddy after it)
LATER = _NAMES[_NAMES.index("kitbag") + 1:]
#: wrong names / matched quotations as docs/quotes.md records each first measurement: the rows must say the same
RECORDED = {"attic": (1, 100), "locker": (9, 107), "pantry": (5, 105), "larder": (0, 86), "cupboard": (5, 100),
            "drawer": (2, 97), "trunk": (4, 97), "chest": (0, 97), "crate": (8, 99), "hamper": (3, 107),
            "coffer": (8, 97), "casket": (1, 96), "satchel": (1, 98), "hatbox": (1, 93), "valise": (2, 93),
            "holdall": (3, 100), "duffel": (6, 93), "rucksack": (6, 102), "kitbag": (4, 95), "pannier": (3, 110),
            "carpetbag": (2, 99), "haversack": (5, 99), "knapsack": (4, 110),
            "portmanteau": (0, 99), "musette": (6, 95),
            "gladstone": (1, 102), "reticule": (3, 100),
            "bindle": (4, 99), "dillybag": (6, 96), "sporran": (6, 103),
            "pochette": (3, 108), "sabretache": (7, 98), "saddlebag": (5, 100),
            "gripsack": (6, 103), "bumbag": (4, 93), "carryall": (3, 99),
            "dittybag": (6, 95), "pouch": (3, 97),
            "tote": (7, 101), "scrip": (11, 97), "wallet": (4, 96), "purse": (3, 113), "pocket": (5, 113),
            "sachet": (3, 71), "billfold": (1, 113), "poke": (5, 104), "etui": (4, 93), "caddy": (5, 98)}
#: the rule fixed before the figures were looked at (docs/quotes.md "Abstention, measured on first measurements")
MIN_WRONG = 3
WRONG_PER_RIGHT = 0.5


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def _run(code: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(code), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=str(cwd or code), timeout=1800)


def first_measurement(half: str, version: int, commit: str) -> list[dict]:
    """The rows of one half's first measurement, made again with the code of ``commit``."""
    tmp = Path(tempfile.mkdtemp(prefix=f"first-{half}-"))
    code = tmp / "code"
    try:
        _git("worktree", "add", "--detach", "--quiet", str(code), commit)
        init = (code / "presskit" / "quotes" / "__init__.py").read_text(encoding="utf-8")
        if f"QUOTES_VERSION = {version}\n" not in init:
            raise SystemExit(f"{half}: commit {commit[:7]} is not at QUOTES_VERSION {version}")
        half_dir = code / "tests" / "data" / "quotes-eval" / half
        source, kit = tmp / "source", tmp / "kit"
        steps = [
            ("-c", "import sys; from pathlib import Path; sys.path.insert(0, 'tools'); import quotes_eval as q; "
                   f"q.make_kit_source(Path({str(half_dir)!r}), Path({str(source)!r}))"),
            ("-m", "presskit", "build", str(source), "-o", str(kit)),
            ("-m", "presskit", "quotes", str(kit), "--json"),
        ]
        for args in steps:
            proc = _run(code, *args)
            if proc.returncode != 0:
                raise SystemExit(f"{half}: {' '.join(args[:3])} failed: {proc.stderr.strip()[-800:]}")
        listed = json.loads(proc.stdout)
        paths = {it["id"]: it["path"] for it in json.loads((kit / "manifest.json").read_text("utf-8"))["items"]}
        found: dict[str, list[dict]] = defaultdict(list)
        for q in listed:
            found[paths.get(q.get("document_id"), "?")].append(q)
        truth = qe.load_truth(half_dir)
        groups = [(o["name"], o["aliases"]) for o in truth["organisations"]]
        case = mq.Case(half, None, truth["quotes"], truth["non_quotes"], mq.alias_table(groups))
        rows = []
        for f, t in mq.matched_quotations(case, found):
            rows.append({"half": half, "quotes_version": version, "id": t["id"],
                         "attribution": f.get("attribution", ""), "confidence": f.get("confidence"),
                         "speaker": (f.get("speaker") or "").strip(), "true_speaker": t["speaker"],
                         "outcome": mq.speaker_outcome(f, t)})
        return rows
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(code)], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], capture_output=True)


def load_rows(path: Path = OUT) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["rows"] if path.exists() else []


def write_rows(rows: list[dict], path: Path = OUT) -> None:
    order = {h: n for n, (h, _, _) in enumerate(FIRST)}
    rows = sorted(rows, key=lambda r: (order[r["half"]], r["id"]))
    halves = [{"half": h, "quotes_version": v, "commit": c} for h, v, c in FIRST if any(r["half"] == h for r in rows)]
    doc = {"about": "One row per quotation matched on each half's first measurement (tools/first_measurements.py)",
           "halves": halves, "rows": rows}
    # one half, one row a line: small, and a diff says which quotations moved
    lines = [json.dumps(x, ensure_ascii=False) for x in doc["rows"]]
    halves_text = ",\n  ".join(json.dumps(h) for h in halves)
    path.write_text(f'{{"about": {json.dumps(doc["about"])},\n "halves": [\n  {halves_text}],\n "rows": [\n'
                    + ",\n".join(lines) + "]}\n", encoding="utf-8")


def way(row: dict) -> str:
    c = row["confidence"]
    return f"{row['attribution']} {c:.2f}" if isinstance(c, (int, float)) else f"{row['attribution']} ?"


def per_way(rows: list[dict]) -> dict[str, Counter]:
    table: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        c = table[way(r)]
        c["rows"] += 1
        if r["speaker"]:
            c["given"] += 1
        c["right"] += r["outcome"] == mq.RIGHT
        c["wrong"] += r["outcome"] in mq.WRONG_NAME
    return table


def chosen_ways(tune_rows: list[dict]) -> list[str]:
    return sorted(w for w, c in per_way(tune_rows).items()
                  if c["wrong"] >= MIN_WRONG and c["wrong"] >= WRONG_PER_RIGHT * c["right"])


def before_after(rows: list[dict], ways: list[str]) -> dict:
    wrong = sum(r["outcome"] in mq.WRONG_NAME for r in rows)
    right = sum(r["outcome"] == mq.RIGHT for r in rows)
    cut = [r for r in rows if way(r) in ways and r["speaker"]]
    removed = sum(r["outcome"] in mq.WRONG_NAME for r in cut)
    emptied = sum(r["outcome"] == mq.RIGHT for r in cut)
    return {"quotations": len(rows), "wrong": wrong, "wrong_after": wrong - removed, "right": right,
            "right_after": right - emptied, "holds": 2 * removed >= emptied}


def print_table(title: str, rows: list[dict], ways: list[str]) -> None:
    print(f"\n{title}: {len(rows)} quotations")
    print("| way (attribution confidence) | given | right | wrong | wrong / given | abstains |")
    print("|---|---|---|---|---|---|")
    table = per_way(rows)
    for w, c in sorted(table.items(), key=lambda kv: (-kv[1]["wrong"], -kv[1]["given"], kv[0])):
        if not c["given"]:
            continue
        rate = f"{c['wrong'] / c['given']:.3f}" if c["given"] else "n/a"
        print(f"| {w} | {c['given']} | {c['right']} | {c['wrong']} | {rate} | {'yes' if w in ways else ''} |")
    empty = sum(c["rows"] - c["given"] for c in table.values())
    print(f"(and {empty} quotations given no speaker)")


def study(rows: list[dict], given_ways: list[str] | None = None) -> None:
    """The study; with ``given_ways`` ("pronoun 0.65"), those ways abstain instead of the ones the tune halves
    choose (a rule fixed elsewhere, its figures on the committed rows)."""
    tune_halves = HISTORY[0::2]
    check_halves = HISTORY[1::2]
    tune = [r for r in rows if r["half"] in tune_halves]
    check = [r for r in rows if r["half"] in check_halves]
    older = [r for r in rows if r["half"] in OLDER]
    later = [r for r in rows if r["half"] in LATER]
    ways = sorted(given_ways) if given_ways else chosen_ways(tune)
    print(f"tune halves: {', '.join(tune_halves)}\ncheck halves: {', '.join(check_halves)}")
    print(f"ways that abstain ({'as given' if given_ways else 'rule on the tune halves'}): {', '.join(ways) or 'none'}")
    print_table("tune halves", tune, ways)
    print_table("check halves", check, ways)
    for name, part in (("tune", tune), ("check", check), ("older halves (not in the split)", older),
                       (f"later halves ({', '.join(LATER)}; measured after the split was fixed)", later)):
        if not part:
            continue
        ba = before_after(part, ways)
        print(f"\n{name}: wrong names {ba['wrong']} -> {ba['wrong_after']}, right names {ba['right']} -> "
              f"{ba['right_after']} of {ba['quotations']} quotations; removed wrong >= emptied right / 2: "
              f"{ba['holds']}")
    for h in HISTORY + OLDER + LATER:
        part = [r for r in rows if r["half"] == h]
        if part:
            ba = before_after(part, ways)
            print(f"   {h:10} wrong {ba['wrong']} -> {ba['wrong_after']}, right {ba['right']} -> {ba['right_after']}"
                  f" of {ba['quotations']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", action="append", choices=[h for h, _, _ in FIRST],
                    help="measure only this half again (repeatable; default: all of them)")
    ap.add_argument("--study", action="store_true", help="print the study from the committed rows, build nothing")
    ap.add_argument("--way", action="append", metavar="'ATTRIBUTION CONFIDENCE'",
                    help="with --study: this way abstains instead of those the tune halves choose (repeatable; "
                         "as the tables name it, e.g. 'pronoun 0.65')")
    ap.add_argument("--out", type=Path, default=OUT, help="the rows file (default: bench/first_measurements.json)")
    a = ap.parse_args(argv)
    if a.study:
        study(load_rows(a.out), a.way)
        return 0
    wanted = a.half or [h for h, _, _ in FIRST]
    rows = [r for r in load_rows(a.out) if r["half"] not in wanted]
    for half, version, commit in FIRST:
        if half not in wanted:
            continue
        got = first_measurement(half, version, commit)
        rows += got
        wrong = sum(r["outcome"] in mq.WRONG_NAME for r in got)
        rec = RECORDED.get(half)
        note = "" if rec is None else (" (as recorded)" if rec == (wrong, len(got)) else f" (recorded {rec[0]}/{rec[1]})")
        print(f"{half:10} QUOTES_VERSION {version}: {len(got)} quotations matched, wrong names {wrong}/{len(got)}"
              f"{note}", flush=True)
        write_rows(rows, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
