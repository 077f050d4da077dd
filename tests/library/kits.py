"""Three small kits from three publishers, built for real (PDFs, index), for the library tests.

The ``SHARED`` document is published, byte for byte, in the coalition's and the ICRC-like society's
kits: the same document in two kits must score the same across the library.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.kitmaker import make_pdf

REPO = Path(__file__).resolve().parents[2]

PUBLISHERS = {
    "coalition": ("Coalition for Safer Streets", "en"),
    "society": ("Red Lantern Society", "fr"),
    "delegation": ("Delegation of Belmora", "en"),
}

SHARED = ("shared/Joint_Statement_Article_5_17.11.26_EN.pdf", [
    "<h1>Joint statement on Article 5</h1><p>Article 5 obliges every state party to clear contaminated "
    "land. Amara Diallo said: “Article 5 deadlines are not optional, and clearance must be funded now.”</p>"],
    "Joint statement on Article 5")

DOCS = {
    "coalition": [
        ("press-releases/PR_Opening_16.11.26_EN.pdf", [
            "<h1>Coalition opens the conference</h1><p>The coalition demands transparency on ammunition "
            "stockpiles and on clearance budgets. “We will not accept another decade of delay,” said Amara "
            "Diallo, Director of the Coalition for Safer Streets.</p>",
            "<p>Second page: stockpile destruction and verification must start now.</p>"],
         "Coalition opens the conference"),
        ("newsletters/Daily_News_17.11.26_EN.pdf", [
            "<h1>Daily news, day two</h1><p>Delegates discussed victim assistance, gender and the budget of "
            "the implementation support unit. Youth delegates asked for clearance data.</p>"],
         "Daily news, day two"),
    ],
    "society": [
        ("communiques/Communique_Ouverture_16.11.26_FR.pdf", [
            "<h1>La Société ouvre sa présence à la conférence</h1><p>La dépollution des terres contaminées "
            "et l’assistance aux victimes restent prioritaires. « La protection des civils n’est pas "
            "négociable », a déclaré Claire Martin, présidente de la Société.</p>"],
         "La Société ouvre sa présence à la conférence"),
        ("analyses/Analysis_Explosive_Weapons_18.11.26_EN.pdf", [
            "<h1>Explosive weapons in populated areas</h1><p>Our analysis of humanitarian consequences shows "
            "that civilians bear the cost of explosive weapons in towns. Protection of civilians and "
            "clearance of explosive remnants go together.</p>"],
         "Explosive weapons in populated areas"),
    ],
    "delegation": [
        ("statements/Statement_Okonjo_16.11.26_EN.pdf", [
            "<h1>Statement by the deputy foreign minister</h1><p>Belmora supports transparency and will "
            "report on its stockpiles. “We did not fly across two continents to admire the wording of "
            "Article 7,” said Rafael Okonjo-Santos, deputy foreign minister of Belmora.</p>"],
         "Statement by the deputy foreign minister"),
    ],
}


def kit_toml(name: str, org: str, lang: str, extra: str = "") -> str:
    return (f'format = 1\ntitle = "{org}: Review Conference kit"\norganisation = "{org}"\n'
            f'event = "Review Conference"\nvenue = "Geneva"\nstart = 2026-11-16\nend = 2026-11-20\n'
            f'languages = {json.dumps([lang] + (["en"] if lang != "en" else []))}\n{extra}')


def make_library_sources(root: Path, shared_in: tuple[str, ...] = ("coalition", "society")) -> dict[str, Path]:
    """Source folders of the three kits (not built): {name: folder}."""
    out = {}
    for name, (org, lang) in PUBLISHERS.items():
        src = root / f"src-{name}"
        src.mkdir(parents=True, exist_ok=True)
        (src / "kit.toml").write_text(kit_toml(name, org, lang), encoding="utf-8")
        for rel, pages, title in DOCS[name]:
            make_pdf(src / rel, pages, title=title, author=org)
        if name in shared_in:
            rel, pages, title = SHARED
            make_pdf(src / rel, pages, title=title, author="Coalition for Safer Streets")
        out[name] = src
    return out


def presskit(*args: str, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    r = subprocess.run([sys.executable, "-m", "presskit", *args], capture_output=True, text=True, cwd=REPO,
                       env={**os.environ, **(env or {})})
    if check and r.returncode != 0:
        raise AssertionError(f"presskit {' '.join(args)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def build_kit(src: Path, out: Path) -> Path:
    from presskit.build import build_kit as build

    build(src, out, workers=1)
    return out
