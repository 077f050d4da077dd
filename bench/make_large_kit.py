"""Generate a large mixed-language source folder of real PDFs for benchmarks.

    python bench/make_large_kit.py OUT_DIR [--pages 20000] [--pages-per-doc 20] [--seed 1]

Text is synthetic but shaped like real text: English, French (accented) and Spanish words drawn with
Zipf frequencies (function words, then the conference's topic words at ranks 20-600, then a long
tail of 30,000 invented words per language, so the vocabulary is as large as a real kit's), with a
few known phrases planted for the query file ``bench/queries-large.txt``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import pymupdf

WORDS = {
    "en": ("the coalition conference delegates weapons treaty review ammunition stockpiles transparency "
           "verification humanitarian civilians explosive populated areas negotiations states parties "
           "report obligations destruction deadline clearance victims assistance statement government "
           "international security disarmament control trade export licence brokers diversion conflict "
           "agreement implementation meeting plenary session working group chair proposal draft article "
           "paragraph support oppose welcome urge call commitment progress year decade women youth").split(),
    "fr": ("la coalition conférence délégués armes traité examen munitions stocks transparence vérification "
           "humanitaire civils explosifs zones peuplées négociations États parties rapport obligations "
           "destruction échéance dépollution victimes assistance déclaration gouvernement international "
           "sécurité désarmement contrôle commerce exportation licence courtiers détournement conflit accord "
           "mise œuvre réunion plénière séance groupe travail présidence proposition projet article "
           "paragraphe soutien été année décennie femmes jeunes coopération").split(),
    "es": ("la coalición conferencia delegados armas tratado examen municiones arsenales transparencia "
           "verificación humanitario civiles explosivos zonas pobladas negociaciones estados partes informe "
           "obligaciones destrucción plazo remoción víctimas asistencia declaración gobierno internacional "
           "seguridad desarme control comercio exportación licencia corredores desvío conflicto acuerdo "
           "aplicación reunión plenaria sesión grupo trabajo presidencia propuesta proyecto artículo").split(),
}
PLANTED = {
    "en": "We will not accept another decade of delay on ammunition transparency.",
    "fr": "Nous n’accepterons pas une nouvelle décennie de retard sur la sécurité des stocks.",
    "es": "No aceptaremos otra década de retraso en la destrucción de arsenales.",
}
SYL = "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi la le li lo lu ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo za ze".split()


def pseudo_words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(SYL) for _ in range(rng.randint(2, 4))) for _ in range(n)]


FUNCTION = {
    "en": "the of and to in a is that for on with as by at are be this from it not".split(),
    "fr": "de la le et les des à en du un une est pour que dans sur par au pas avec".split(),
    "es": "de la el y en los que a las del se por un con una para es no al lo".split(),
}


class Zipf:
    """Words drawn with Zipf-like frequencies, as in real text: function words first, then the
    topic words spread over ranks 20-600, then a long tail of rarer (invented) words."""

    def __init__(self, rng: random.Random, lang: str, tail: list[str]):
        topic = list(WORDS[lang])
        rng.shuffle(topic)
        ranked = list(FUNCTION[lang])
        tail_iter = iter(tail)
        for word in topic:  # one topic word every ~8 ranks
            ranked.append(word)
            ranked.extend(next(tail_iter) for _ in range(7))
        ranked.extend(tail_iter)
        self.words = ranked
        weights = [1.0 / (r + 1) ** 1.05 for r in range(len(ranked))]
        total, acc = sum(weights), 0.0
        self.cum = []
        for w in weights:
            acc += w / total
            self.cum.append(acc)
        self.rng = rng

    def sample(self, k: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=k)


def sentence(zipf: "Zipf", rng: random.Random) -> str:
    words = zipf.sample(rng.randint(8, 18))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=20000)
    ap.add_argument("--pages-per-doc", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    extra = pseudo_words(rng, 90000)
    zipfs = {lang: Zipf(rng, lang, extra[n * 30000:(n + 1) * 30000]) for n, lang in enumerate(("en", "fr", "es"))}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "kit.toml").write_text('format = 1\ntitle = "Benchmark kit"\norganisation = "Bench"\n'
                                       'start = 2026-11-16\nend = 2026-11-20\nlanguages = ["en", "fr", "es"]\n',
                                       encoding="utf-8")
    ndocs = max(1, args.pages // args.pages_per_doc)
    kinds = ["Press release", "Statement", "Daily newsletter", "Analysis", "Summary"]
    for d in range(ndocs):
        lang = ("en", "fr", "es")[d % 3]
        day = 16 + d % 5
        name = f"{kinds[d % len(kinds)].replace(' ', '_')}_{d:05d}_{day}.11.2026_{lang.upper()}.pdf"
        doc = pymupdf.open()
        for p in range(args.pages_per_doc):
            page = doc.new_page()
            text = " ".join(sentence(zipfs[lang], rng) for _ in range(rng.randint(25, 40)))
            if (d * args.pages_per_doc + p) % 97 == 0:
                text += " " + PLANTED[lang]
            page.insert_textbox(pymupdf.Rect(50, 50, 545, 800), text, fontsize=9, fontname="helv")
        doc.set_metadata({"title": f"{kinds[d % len(kinds)]} {d}", "author": "Bench"})
        doc.save(args.out / name, garbage=1, deflate=True)
        doc.close()
        if d % 100 == 0:
            print(f"{d}/{ndocs} documents", flush=True)
    print(f"wrote {ndocs} PDFs ({ndocs * args.pages_per_doc} pages) to {args.out}")


if __name__ == "__main__":
    main()
