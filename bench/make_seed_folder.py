"""A "seed-style" source folder: what a coalition's press page gives a press officer to download.

    python bench/make_seed_folder.py [DEST]            # default ~/.cache/presskit-bench/seed
    python bench/make_seed_folder.py --write-truth     # rewrite bench/seed-truth.tsv from the table below

Files named the way campaign press pages name them ("CMC CCW Newsletter 24 November.pdf" with no
year, "IWM CCW Newlsetter 21 November.pdf" misspelt, "CMC General Statement - 15.11.11.pdf" and its
"_French" twin, "Press release 14 Nov 2011.pdf"), photos with EXIF dates, captions and credits
(one named "IMG_2041.jpg"), a logo, and PDFs in an ``images`` folder. The PDFs hold short texts
written for this benchmark: the organisations' setting (a review conference of the Convention on
Certain Conventional Weapons, Geneva, November 2011) is public; every person, quotation and figure
in them is invented. No ``kit.toml``: the folder is what a new user points presskit at.

Some files carry deliberately wrong PDF metadata (1969-12-31, 2099-09-29 creation dates) or none.
The table ``DOCS`` below is the truth, written by hand with the files: the kind, date and
language a person accepts for each file; ``--write-truth`` copies it to ``bench/seed-truth.tsv``.
The same seed always gives byte-identical photos; PDFs differ only in their file ids.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_real_corpus as real  # noqa: E402

SEED = "presskit-seed-1"
TRUTH = Path(__file__).with_name("seed-truth.tsv")
CCW = "Fourth Review Conference of the Convention on Certain Conventional Weapons"


def newsletter(org: str, day: int, lead: str, body: list[str]) -> str:
    title = "CCW Daily" if org == "CMC" else "Monitor Bulletin"
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (f"<h1>{org} {title}</h1><p><b>Geneva, {day} November · {CCW}</b></p>"
            f"<h2>{lead}</h2>{paras}<p><i>This newsletter is published every conference day. "
            f"Contact: media@example.org</i></p>")


# path, kind, kind_also, date, date_also, language, language_also, PDF creation date (None: none), title, html
DOCS: list[tuple[str, str, str, str, str, str, str, str | None, str, str]] = [
    ("CMC CCW Newsletter 14 November.pdf", "newsletter", "", "2011-11-14", "", "en", "", "D:20111114083000+01'00'",
     "CMC CCW Daily, 14 November",
     newsletter("CMC", 14, "Delegates arrive as the clock runs on a weak protocol", [
         "The Fourth Review Conference opened this morning with 104 states registered. On the table is a "
         "draft protocol on cluster munitions that would, for the first time in international law, permit "
         "the use of weapons that 111 states have already banned.",
         "“We did not come to Geneva to take a step backwards,” said Helena Marsh, the coalition's policy "
         "coordinator. “A protocol that lets stockpiles made before 1980 be used for another twelve years is "
         "not a humanitarian instrument.”",
         "Side event today: Survivors speak, 13:15, Room XXIII."])),
    ("CMC CCW Newsletter 15 November.pdf", "newsletter", "", "2011-11-15", "", "en", "", "D:20111115081500+01'00'",
     "CMC CCW Daily, 15 November",
     newsletter("CMC", 15, "General debate: a split room", [
         "In the general debate, 27 delegations said they could not accept a text weaker than the Convention "
         "on Cluster Munitions. Several producer states argued that any agreement is better than none.",
         "Campaigners handed out the coalition's analysis of the Chair's text, which counts eleven exceptions "
         "and a transition period that would run until 2024.",
         "“Every exception is a future casualty,” said Tomás Reyes, a survivor from the coalition's "
         "delegation."])),
    ("CMC CCW Newsletter 17 November.pdf", "newsletter", "", "2011-11-17", "", "en", "", None,
     "CMC CCW Daily, 17 November",
     newsletter("CMC", 17, "Working group stalls on definitions", [
         "The working group spent the day on Article 2 and the definition of a cluster munition. No agreement "
         "was reached on the failure-rate threshold, and the Chair announced a new text for Friday.",
         "Outside the Palais, volunteers laid out 400 pairs of shoes, one for each casualty recorded last "
         "year in the countries most affected."])),
    ("CMC CCW Newsletter 22 November.pdf", "newsletter", "", "2011-11-22", "", "en", "",
     "D:19691231235959-00'00'", "CMC CCW Daily, 22 November",
     newsletter("CMC", 22, "Second week: pressure mounts on the hold-outs", [
         "With four days left, the revised draft still allows the use of older munitions during a transition "
         "period. A cross-regional group of states met at lunchtime to coordinate their opposition.",
         "“We will not sign our names to a text that undoes what the ban achieved,” Helena Marsh told "
         "journalists after the meeting."])),
    ("CMC CCW Newsletter 24 November.pdf", "newsletter", "", "2011-11-24", "", "en", "", "D:20111124080000+01'00'",
     "CMC CCW Daily, 24 November",
     newsletter("CMC", 24, "Consensus slips away", [
         "Late last night the President circulated what he called a final text. By morning, more than fifty "
         "states had said they could not join consensus on it.",
         "The coalition urged delegates to let the protocol fail rather than adopt a standard below the ban. "
         "A decision is expected tomorrow afternoon in plenary."])),
    ("IWM CCW Newlsetter 21 November.pdf", "newsletter", "", "2011-11-21", "", "en", "", "D:20111121090000+01'00'",
     "IWM Monitor Bulletin, 21 November",
     newsletter("IWM", 21, "What the transition period would mean on the ground", [
         "The Independent Weapons Monitor estimates that the stockpiles covered by the transition clause hold "
         "more than two hundred million submunitions.",
         "Our researchers reviewed clearance records from three affected regions: submunitions produced "
         "before 1980 failed to explode at rates between 10 and 40 per cent."])),
    ("CMC General Statement - 15.11.11.pdf", "statement", "", "2011-11-15", "", "en", "", "D:20111115100000+01'00'",
     "CMC General Statement",
     "<h1>General Statement of the Cluster Munition Coalition</h1><p><b>Geneva, 15 November 2011</b></p>"
     "<p>Mr President, thank you for the opportunity to address the Fourth Review Conference.</p>"
     "<p>Three years ago, states gathered to ban cluster munitions because of the unacceptable harm they "
     "cause to civilians, during attacks and for decades afterwards. Today that ban has 111 signatories.</p>"
     "<p>The draft protocol before you would establish a lower standard. It would permit the use, "
     "production and transfer of cluster munitions that have already been proven to kill and injure "
     "civilians. We call on all delegations to reject any text that is weaker than existing law.</p>"
     "<p>Thank you, Mr President.</p>"),
    ("CMC General Statement - 15.11.11_French.pdf", "statement", "", "2011-11-15", "", "fr", "",
     "D:20111115100500+01'00'", "Déclaration générale de la CMC",
     "<h1>Déclaration générale de la Coalition contre les sous-munitions</h1>"
     "<p><b>Genève, le 15 novembre 2011</b></p>"
     "<p>Monsieur le Président, merci de nous donner la parole devant la quatrième Conférence d'examen.</p>"
     "<p>Il y a trois ans, les États se sont réunis pour interdire les armes à sous-munitions en raison des "
     "souffrances inacceptables qu'elles infligent aux civils, pendant les attaques et pendant des décennies "
     "ensuite. Cette interdiction compte aujourd'hui 111 signataires.</p>"
     "<p>Le projet de protocole qui vous est soumis établirait une norme moins exigeante. Il autoriserait "
     "l'emploi, la production et le transfert d'armes dont on sait déjà qu'elles tuent et blessent des "
     "civils. Nous appelons toutes les délégations à rejeter tout texte plus faible que le droit existant.</p>"
     "<p>Je vous remercie, Monsieur le Président.</p>"),
    ("CMC General Statement - 15.11.11_Spanish.pdf", "statement", "", "2011-11-15", "", "es", "", None,
     "Declaración general de la CMC",
     "<h1>Declaración general de la Coalición contra las Municiones en Racimo</h1>"
     "<p><b>Ginebra, 15 de noviembre de 2011</b></p>"
     "<p>Señor Presidente, gracias por la oportunidad de dirigirnos a la Cuarta Conferencia de Examen.</p>"
     "<p>Hace tres años, los Estados se reunieron para prohibir las municiones en racimo por el daño "
     "inaceptable que causan a la población civil. Hoy esa prohibición cuenta con 111 signatarios.</p>"
     "<p>El proyecto de protocolo establecería una norma más baja. Pedimos a todas las delegaciones que "
     "rechacen cualquier texto más débil que el derecho vigente.</p>"),
    ("CMC Statement on Protocol VI - 22.11.11.pdf", "statement", "", "2011-11-22", "", "en", "",
     "D:20111122153000+01'00'",
     "Statement on draft Protocol VI",
     "<h1>Statement on the draft Protocol VI</h1><p><b>Delivered by Tomás Reyes, 22 November 2011</b></p>"
     "<p>I lost my leg to a submunition when I was nine years old, eleven years after the war ended in my "
     "village. The munition that injured me would be legal under the text you are negotiating.</p>"
     "<p>I ask you to think of the children who are nine years old today. Do not give their attackers a "
     "legal shield.</p>"),
    ("Press release 14 Nov 2011.pdf", "press-release", "", "2011-11-14", "", "en", "", "D:20111114070000+01'00'",
     "Press release: states must not weaken the ban",
     "<h1>PRESS RELEASE</h1><p><b>For immediate release — Geneva, 14 November 2011</b></p>"
     "<h2>Campaigners warn states not to weaken the cluster munitions ban</h2>"
     "<p>As the Fourth Review Conference of the CCW opens today, the Cluster Munition Coalition warned that "
     "the protocol under negotiation would allow the continued use of cluster munitions for at least twelve "
     "years.</p><p>“This is a test of whether governments put civilians first,” said Helena Marsh. "
     "“Weakening the law is not the way to strengthen it.”</p>"
     "<p>Media contacts: see Media contacts Geneva.pdf. Photos are available on request.</p><p>###</p>"),
    ("Press release 25 Nov 2011.pdf", "press-release", "", "2011-11-25", "", "en", "", "D:20111125190000+01'00'",
     "Press release: protocol rejected",
     "<h1>PRESS RELEASE</h1><p><b>Geneva, 25 November 2011, 18:00</b></p>"
     "<h2>States reject a protocol that would have weakened the ban on cluster munitions</h2>"
     "<p>The Fourth Review Conference closed this evening without adopting the draft protocol on cluster "
     "munitions, after a group of more than fifty states refused to join consensus.</p>"
     "<p>“Today the humanitarian standard held,” said Helena Marsh. “The ban remains the only international "
     "law on cluster munitions, and it is growing.”</p><p>###</p>"),
    ("Communiqué de presse 25 novembre 2011.pdf", "press-release", "", "2011-11-25", "", "fr", "",
     "D:20111125191500+01'00'",
     "Communiqué de presse : le protocole rejeté",
     "<h1>COMMUNIQUÉ DE PRESSE</h1><p><b>Genève, le 25 novembre 2011</b></p>"
     "<h2>Les États rejettent un protocole qui aurait affaibli l'interdiction des armes à sous-munitions</h2>"
     "<p>La quatrième Conférence d'examen s'est achevée ce soir sans adopter le projet de protocole, plus de "
     "cinquante États ayant refusé de se joindre au consensus.</p>"
     "<p>« Aujourd'hui, la norme humanitaire a tenu », a déclaré Helena Marsh.</p><p>###</p>"),
    ("Analysis of the Chair's draft protocol - 18.11.11.pdf", "analysis", "briefing", "2011-11-18", "", "en", "",
     "D:20111118120000+01'00'", "Analysis of the Chair's draft protocol",
     "<h1>Analysis of the Chair's draft protocol</h1><p><b>Cluster Munition Coalition, 18 November 2011</b></p>"
     "<h2>1. Scope</h2><p>Article 1 excludes munitions with fewer than ten submunitions and those fitted with "
     "a single self-destruct mechanism. Field data show that such mechanisms fail often.</p>"
     "<h2>2. Transition period</h2><p>Article 5 allows states to keep and use munitions produced before "
     "1 January 1980 for twelve years after entry into force, with a possible extension of eight years.</p>"
     "<h2>3. Assessment</h2><p>Taken together, these exceptions would cover most stockpiles in the world. "
     "The text would not prevent the kind of harm documented since 2008.</p>"),
    ("Summary of the first week - 19.11.11.pdf", "summary", "newsletter", "2011-11-19", "", "en", "", None,
     "Summary of the first week",
     "<h1>The first week in summary</h1><p><b>19 November 2011</b></p>"
     "<p>Monday: opening and general debate. Tuesday: coalition statement; 27 states oppose a weaker text. "
     "Wednesday and Thursday: working group on definitions, no agreement. Friday: a revised Chair's text, "
     "with the transition period unchanged.</p><p>Next week: informal consultations, then plenary on "
     "Friday 25 November.</p>"),
    ("Briefing paper CCW Nov 2011.pdf", "briefing", "analysis", "2011-11", "", "en", "", "D:20111110090000+01'00'",
     "Briefing paper for delegates",
     "<h1>Briefing paper for delegates</h1><p><b>November 2011</b></p>"
     "<p>This paper summarises the coalition's position for delegations attending the Fourth Review "
     "Conference.</p><ul><li>No new instrument should be weaker than existing law.</li>"
     "<li>No transition period for the use of cluster munitions.</li>"
     "<li>Victim assistance must be a binding obligation.</li></ul>"),
    ("Fact sheet - Cluster munitions and the CCW.pdf", "fact-sheet", "", "2011-11", "", "en", "",
     "D:20990929120000Z", "Fact sheet: cluster munitions and the CCW",
     "<h1>Fact sheet: cluster munitions and the CCW</h1><p><b>Updated November 2011</b></p>"
     "<p><b>What are cluster munitions?</b> Weapons that open in the air and scatter dozens or hundreds of "
     "smaller explosive submunitions over an area the size of several football fields.</p>"
     "<p><b>Why are they banned?</b> They cannot distinguish between soldiers and civilians, and many "
     "submunitions fail to explode, killing and injuring people long after a conflict ends.</p>"
     "<p><b>What is the CCW?</b> A framework convention of 1980 with five protocols on specific weapons.</p>"),
    ("Media contacts Geneva.pdf", "media-contacts", "", "none", "", "en", "", "D:20990929120000Z",
     "Media contacts",
     "<h1>Media contacts in Geneva</h1><p>Helena Marsh, policy coordinator (English, French): "
     "+41 00 000 00 01, helena@example.org</p><p>Tomás Reyes, survivor advocate (Spanish, English): "
     "+41 00 000 00 02</p><p>Press office: media@example.org</p>"),
    ("images/Infographic - casualties 2011.pdf", "fact-sheet", "other", "2011", "", "en", "any", None,
     "Infographic: casualties",
     "<h1>Cluster munition casualties</h1><p><b>2011</b></p><p>Recorded casualties, by year of incident</p>"
     "<table><tr><td>2009</td><td>100 recorded</td></tr><tr><td>2010</td><td>55 recorded</td></tr></table>"
     "<p>Source: coalition monitoring, 2011</p>"),
    ("images/Map of affected countries.pdf", "other", "fact-sheet", "none", "", "any", "", "D:19691231235959Z",
     "Map", "<h1>Affected countries and areas</h1><p>Legend: contaminated · suspected</p>"),
]

# path, EXIF date (YYYY:MM:DD HH:MM:SS or None), caption, credit, size, truth date
PHOTOS: list[tuple[str, str | None, str, str, tuple[int, int], str]] = [
    ("photos/CMC delegation Palais des Nations 14.11.11.jpg", "2011:11:14 09:12:40",
     "The coalition's delegation outside the Palais des Nations on the opening day", "CMC / M. Duarte",
     (1600, 1067), "2011-11-14"),
    ("photos/Survivor advocates side event 16 Nov 2011.jpg", "2011:11:16 13:20:05",
     "Survivor advocates at the side event, Room XXIII", "CMC / M. Duarte", (1600, 1067), "2011-11-16"),
    ("photos/IMG_2041.jpg", "2011:11:17 12:03:11", "Shoes laid out on the Place des Nations",
     "CMC / L. Keller", (1200, 1600), "2011-11-17"),
    ("photos/Plenary 25.11.11.jpg", None, "", "", (1600, 900), "2011-11-25"),
    ("CMC logo.png", None, "", "", (600, 600), "none"),
]


def write_pdf(path: Path, title: str, html: str, created: str | None) -> None:
    story = pymupdf.Story(html, user_css="body {font-family: sans-serif; font-size: 11pt;} h1 {font-size: 18pt;}")
    writer = pymupdf.DocumentWriter(str(path))
    page = pymupdf.paper_rect("a4")
    more = True
    while more:
        dev = writer.begin_page(page)
        more, _ = story.place(page + (60, 60, -60, -60))
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(path)
    doc.set_metadata({"title": title, "author": "", "creationDate": created or "", "modDate": created or "",
                      "producer": "", "creator": ""})
    doc.save(path.with_suffix(".tmp"), garbage=3, deflate=True)
    doc.close()
    path.with_suffix(".tmp").replace(path)


def write_photo(path: Path, rng: random.Random, size: tuple[int, int], when: str | None,
                caption: str, credit: str) -> None:
    w, h = size
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)
    top, bottom = [rng.randrange(40, 220) for _ in range(3)], [rng.randrange(20, 160) for _ in range(3)]
    for y in range(h):
        t = y / h
        draw.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    for _ in range(60):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.randrange(10, w // 6)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rng.randrange(256) for _ in range(3)))
    img = img.filter(ImageFilter.GaussianBlur(6))
    if path.suffix == ".png":
        img.save(path)
        return
    exif = Image.Exif()
    if caption:
        exif[0x010E] = caption      # ImageDescription
        exif[0x013B] = credit.split("/")[-1].strip()  # Artist
        exif[0x8298] = credit       # Copyright
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS 5D Mark II"
    if when:
        exif.get_ifd(0x8769)[0x9003] = when  # DateTimeOriginal
    img.save(path, quality=85, exif=exif)


def make(dest: Path) -> None:
    if dest.exists() and any(dest.iterdir()):
        sys.exit(f"{dest} is not empty: remove it first.")
    rng = random.Random(SEED)
    for rel, _k, _ka, _d, _da, _l, _la, created, title, html in DOCS:
        out = dest / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        write_pdf(out, title, html, created)
    for rel, when, caption, credit, size, _date in PHOTOS:
        out = dest / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        write_photo(out, rng, size, when, caption, credit)
    print(f"{dest}: {len(DOCS)} PDFs and {len(PHOTOS)} images; truth in {TRUTH}")


def write_truth() -> None:
    rows = [(rel, kind, ka, date, da, lang, la, "") for rel, kind, ka, date, da, lang, la, *_ in DOCS]
    rows += [(rel, "photo", "", date, "", "any", "", caption) for rel, _w, caption, _c, _s, date in PHOTOS]
    rng = random.Random(SEED + "-halves")
    order = list(range(len(rows)))
    rng.shuffle(order)
    half = {i: "tune" if k % 2 == 0 else "held-out" for k, i in enumerate(order)}
    lines = ["# Truth for bench/make_seed_folder.py's folder, written by hand with it; regenerate with "
             "--write-truth. Kit: organisation CMC (Cluster Munition Coalition); a title naming CMC and/or "
             "the CCW Fourth Review Conference is accepted, the folder's name is not.",
             "path\thalf\tkind\tkind_also\tdate\tdate_also\tlanguage\tlanguage_also\tnote"]
    for i, (rel, kind, ka, date, da, lang, la, note) in enumerate(rows):
        lines.append("\t".join([rel, half[i], kind, ka, date, da, lang, la, note]))
    TRUTH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows -> {TRUTH}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dest", nargs="?", type=Path)
    ap.add_argument("--write-truth", action="store_true")
    args = ap.parse_args()
    if args.write_truth:
        write_truth()
        return
    make(args.dest or real.cache_root() / "seed")


if __name__ == "__main__":
    main()
