"""Measure the organisations as the Quotes view's filter lists them: one choice per body, whatever its names.

Usage (from the repository root)::

    python tools/measure_entities.py                  # every half but the held-out one, and the sample kit
    python tools/measure_entities.py --half gladstone --show
    python tools/measure_entities.py --json entities.json

Each half's kit is built as ``tools/measure_quotes.py`` builds it, its quotations are read back from the
kit's index as the Quotes view reads them, and the kit's organisations are made as the view makes them
(:meth:`presskit.quotes.entities.Organisations.of_kit`: kit.toml, translations, people, short forms). Every
quotation's organisation that is one of a body's names in the half's ``truth.json`` (its name or an alias, in
either language) counts for that body. Figures:

- bodies: the truth's bodies the quotations name at least once;
- one choice: bodies whose names all fall in one choice of the organisation filter (a body split over two
  choices, "Fishers' Union of the Leeward Coast" and « Syndicat des pêcheurs de la Côte-sous-le-Vent », is not);
- merged: choices that hold the names of two bodies or more (two bodies shown as one, the worse error).

Names the truth does not know (a wrong organisation) are left out: ``measure_quotes.py`` counts those.
A measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import measure_quotes as mq  # noqa: E402

from presskit.kit.open import open_kit  # noqa: E402
from presskit.quotes.entities import Organisations  # noqa: E402
from presskit.quotes.listing import entity_key  # noqa: E402
from presskit.search import Searcher  # noqa: E402


def kit_choices(kit_dir: Path) -> tuple[dict[str, set[str]], Organisations]:
    """Each organisation name the kit's quotations give -> the filter choices (entity keys) it falls in."""
    kit = open_kit(kit_dir)
    with Searcher(kit) as s:
        quotes = s.quotes("", limit=100000)
    pairs = [(kit.get(q.document_id), q) for q in quotes]
    orgs = Organisations.of_kit(kit.info, kit.items, [(i, q) for i, q in pairs if i is not None])
    names: dict[str, set[str]] = defaultdict(set)
    for q in quotes:
        if q.organisation and q.kind != "text":
            names[q.organisation].add(entity_key(orgs, q.organisation))
    return names, orgs


def measure(case: mq.Case, names: dict[str, set[str]]) -> dict:
    choices_of: dict[str, set[str]] = defaultdict(set)  # truth body -> choices
    names_of: dict[str, set[str]] = defaultdict(set)
    bodies_in: dict[str, set[str]] = defaultdict(set)  # choice -> truth bodies
    for name, keys in names.items():
        body = case.org_names.get(mq.org_key(name))
        if body is None:
            continue
        choices_of[body] |= keys
        names_of[body].add(name)
        for k in keys:
            bodies_in[k].add(body)
    one = sorted(b for b, ks in choices_of.items() if len(ks) == 1)
    split = {b: sorted(names_of[b]) for b, ks in choices_of.items() if len(ks) > 1}
    merged = {k: sorted(bs) for k, bs in bodies_in.items() if len(bs) > 1}
    return {"bodies": len(choices_of), "one_choice": len(one), "split": split, "merged": merged}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=(*mq.qe.HALVES, "sample", "all"), default="all",
                    help="what to measure (default: every half but the held-out one, and the sample kit)")
    ap.add_argument("--show", action="store_true", help="name the bodies split and the choices merged")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    a = ap.parse_args(argv)
    names = mq.sets_to_measure(a.half)
    if a.half == "all" and mq.HELD_OUT in mq.qe.HALVES:
        print(f"(the held-out half {mq.HELD_OUT} is left out: it is measured only with --half {mq.HELD_OUT}, once)")
    work_root = Path(tempfile.mkdtemp(prefix="measure-entities-"))
    results, bodies, one, merged = {}, 0, 0, 0
    print(f"{'set':<16}{'bodies':>8}{'one choice':>12}{'merged':>8}")
    try:
        for name in names:
            case = mq.sample_case() if name == "sample" else mq.eval_case(name)
            work = work_root / name
            work.mkdir(parents=True)
            if mq.found_quotes(case, work) is None:
                print(f"{case.name:<16} not measured: " + "; ".join(case.failures))
                continue
            fig = measure(case, kit_choices(work / "kit")[0])
            results[name] = fig
            bodies, one, merged = bodies + fig["bodies"], one + fig["one_choice"], merged + len(fig["merged"])
            print(f"{case.name:<16}{fig['bodies']:>8}{fig['one_choice']:>12}{len(fig['merged']):>8}")
            if a.show:
                for b, ns in fig["split"].items():
                    print(f"   split: {b}: {' | '.join(ns)}")
                for k, bs in fig["merged"].items():
                    print(f"   merged: {' + '.join(bs)}")
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    print(f"{'all':<16}{bodies:>8}{one:>12}{merged:>8}   one choice per body: "
          f"{one / bodies:.3f}" if bodies else "nothing measured")
    if a.json:
        a.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
