"""How long ``textutil.fold`` takes per word: every indexed word, query word and quotation passes through it.

    python bench/fold_bench.py [--repeat 5]

Prints the microseconds of CPU per word for accented French, ligatures and plain English words, each the
best of ``--repeat`` runs over 20,000 words. Target: under 10 µs a word on a busy machine (about 1 µs on an
idle one); it was a timed test until a loaded CI machine made it fail at 26 µs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presskit.textutil import fold  # noqa: E402

SETS = {
    "accented": "désarmement nucléaire Genève conférence réunion société célèbre",
    "ligatures": "ﬁrm ﬂux œuvre Œdipe ﬀ",
    "ascii": "the and of disarmament nuclear conference meeting",
}


def per_word(words: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for w in words:
            fold(w)
        best = min(best, (time.process_time() - t) / len(words))
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    for name, text in SETS.items():
        words = (text.split() * (20_000 // len(text.split()) + 1))[:20_000]
        print(f"{name:10} {per_word(words, args.repeat) * 1e6:6.2f} µs of CPU per word")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
