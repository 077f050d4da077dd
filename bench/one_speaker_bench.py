"""How the quote finder's time grows with the quotations of one speaker on one page.

    python bench/one_speaker_bench.py [--sizes 800 1600 3200]

A long transcript or a live blog may quote one person hundreds of times on one page. For each size, five pages
are read with ``extract_quotes``: the speaker named in full after each quotation, the same with a photo credit
naming her before each, a profile's subject named once in its heading and then by her first name alone
("“…,” Yerlan says"), the speaker named in full in passing before each quotation and by her surname after it,
and an interview whose answers each go on past their first paragraph. Prints the seconds
of CPU of one run each and the ratio to the size before: a ratio near 2 each time the size doubles is linear
time; near 4 is the square of the number, which a page of a few thousand quotations turns into minutes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presskit.quotes import extract_quotes  # noqa: E402

PAGES = {
    "named": lambda n: "In the hall. “We stay here,” said Ana Lindqvist.\n" * n,
    "credits": lambda n: "Photo: Ana Lindqvist / Agence Nord. “We stay here,” said Ana Lindqvist.\n" * n,
    "first name": lambda n: "## Yerlan, 52, Oskeldt\n\n"
                            + "In the yard. “We breathe the smoke all day,” Yerlan says.\n" * n,
    # the speaker named in full in passing before each quotation and by her surname after it ("Lindqvist said"):
    # the surname is resolved from every time the page named "First Last"
    "surname": lambda n: "Ana Lindqvist opened the session.\n\n"
                         + "In the hall, Ana Lindqvist spoke. “We stay here,” Lindqvist said.\n" * n,
    # an interview whose every answer goes on past its first paragraph: the document's questions are read once
    "interview": lambda n: "# Interview: Ana Lindqvist, director of the Kelder Institute\n\n" + "".join(
        f"**Why does question {i} matter?**\n\nIt matters a lot to us.\n\nThen again, our own technical note puts it "
        f"plainly: “We counted every loaf for a year before we said a word {i}.”\n\n" for i in range(n)),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[800, 1600, 3200])
    args = ap.parse_args(argv)
    for name, page in PAGES.items():
        before = None
        for n in args.sizes:
            text = page(n)
            t = time.process_time()
            found = extract_quotes([text], language="en")
            took = time.process_time() - t
            ratio = f"  ×{took / before:.1f}" if before else ""
            print(f"{name:10} {n:5} quotations, {len(text) // 1000:4} KB: {took:6.2f} s of CPU, "
                  f"{len(found)} found{ratio}")
            before = took
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
