#!/usr/bin/env python3
"""Generate the source folder of a two-week conference's press kit, as a publisher would ship it.

    python bench/make_conference_kit.py OUT_DIR [--docs 1500] [--photos 400] [--seed 7]

Documents in four formats (PDF of 1-4 pages, Markdown, HTML, text; two PDFs in five) and three
languages (English, French, Spanish in turn), of six kinds, spread over 14 conference days, each
with a quotation said by one of ten speakers; photos (1600x1067 JPEG) with JSON sidecar captions and
credits. Words come from the topic vocabularies of ``make_large_kit.py``. Measured in
``docs/benchmarks.md`` ("A two-week conference kit").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

import pymupdf
from PIL import Image

from make_large_kit import WORDS

SPEAKERS = ["Amara Diallo", "Jean-Luc Moreau", "Lucía Fernández", "Kenji Watanabe", "Fatima Ndiaye",
            "Olga Petrova", "Carlos Mendes", "Sophie Lemaire", "Ahmed Karim", "Ingrid Larsen"]
KINDS = ["PR", "Statement", "Daily Newsletter", "Analysis", "Fact Sheet", "Briefing"]
SAID = {"en": "said", "fr": "a déclaré", "es": "dijo"}
START = dt.date(2026, 11, 9)


def _sentences(rng: random.Random, lang: str, n: int) -> str:
    out = []
    for _ in range(n):
        s = " ".join(rng.choice(WORDS[lang]) for _ in range(rng.randint(8, 20)))
        out.append(s[0].upper() + s[1:] + ".")
    return " ".join(out)


def _document(out: Path, rng: random.Random, i: int) -> None:
    lang = ("en", "fr", "es")[i % 3]
    day = START + dt.timedelta(days=i % 14)
    kind, speaker = KINDS[i % len(KINDS)], SPEAKERS[i % len(SPEAKERS)]
    title = f"{kind} {i} {speaker} {day:%d.%m.%y} {lang.upper()}"
    paras = [_sentences(rng, lang, 5) for _ in range(rng.randint(3, 8))]
    paras.insert(1, f"“{_sentences(rng, lang, 1)[:-1]},” {SAID[lang]} {speaker}.")
    folder = out / kind.replace(" ", "_").lower()
    folder.mkdir(exist_ok=True)
    stem = folder / f"{kind.replace(' ', '_')}_{i}_{day:%d.%m.%y}_{lang.upper()}"
    fmt = ("pdf", "pdf", "md", "html", "txt")[i % 5]
    if fmt == "pdf":
        doc = pymupdf.open()
        for k in range(0, len(paras), 2):
            head = [f"<b>{title}</b>"] if k == 0 else []
            doc.new_page().insert_htmlbox(pymupdf.Rect(50, 50, 545, 790),
                                          "".join(f"<p>{p}</p>" for p in head + paras[k:k + 2]))
        doc.save(stem.with_suffix(".pdf"))
        doc.close()
    elif fmt == "md":
        stem.with_suffix(".md").write_text(f"# {title}\n\n" + "\n\n".join(paras), encoding="utf-8")
    elif fmt == "html":
        body = "".join(f"<p>{p}</p>" for p in paras)
        stem.with_suffix(".html").write_text(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                                             f"{body}</body></html>", encoding="utf-8")
    else:
        stem.with_suffix(".txt").write_text(title + "\n\n" + "\n\n".join(paras), encoding="utf-8")


def _photo(folder: Path, rng: random.Random, i: int) -> None:
    day = START + dt.timedelta(days=i % 14)
    path = folder / f"photo_{i:03d}_{day:%d-%m-%Y}.jpg"
    Image.new("RGB", (1600, 1067), tuple(rng.randrange(256) for _ in range(3))).save(path, quality=80)
    meta = {"caption": f"{SPEAKERS[i % 10]} speaks at the plenary, day {i % 14 + 1}.",
            "credit": f"Photographer {i % 7} / Coalition"}
    (folder / (path.name + ".json")).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=1500)
    ap.add_argument("--photos", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    repo = Path(__file__).resolve().parents[1]
    if args.out.resolve().is_relative_to(repo):
        ap.error("write the kit outside the repository")
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "kit.toml").write_text('format = 1\ntitle = "Conference kit"\norganisation = "Coalition"\n'
                                       'start = 2026-11-09\nend = 2026-11-22\nlanguages = ["en", "fr", "es"]\n',
                                       encoding="utf-8")
    for i in range(args.docs):
        _document(args.out, rng, i)
    photos = args.out / "photos"
    photos.mkdir(exist_ok=True)
    for i in range(args.photos):
        _photo(photos, rng, i)
    print(f"{args.docs} documents and {args.photos} photos in {args.out}")


if __name__ == "__main__":
    main()
