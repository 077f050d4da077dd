"""Press-like PDFs for measuring the titles a kit gives PDFs without a title of their own.

    python bench/make_title_corpus.py [DEST]          # default ~/.cache/presskit-bench/titles
    python bench/make_title_corpus.py --truth         # print the truth file (bench/title-truth.tsv)

Every PDF is drawn with PyMuPDF in one of the layouts publishers use for a first page: an
organisation's line or word mark above the heading, a "PRESS RELEASE" / « COMMUNIQUÉ DE PRESSE »
banner in large type above a smaller heading, a date line first, a heading over two lines or in
capitals, a heading only bold in the body's size, a "Statement by …" heading, a newsletter masthead
above item headings, a fact sheet, one and two columns, a running header or page number on top,
generated and good metadata titles, a scanned page with no text, a page starting with a table and a
page where nothing stands out. English, French and Spanish.

Each layout is drawn twice with different words (and often another language): the first copy is in
the ``tune`` half, the second in ``held-out``. The truth is what a careful person reads as the
title; where the page does not tell (no text, a table, nothing standing out), it is the title the
file name gives. Fonts: DejaVu Sans (Debian's fonts-dejavu-core), for dashes and quotation marks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pymupdf

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REG, BOLD = "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"
W, H = 595, 842
LEFT, RIGHT = 60, 535

BODY_EN = ("Delegates from more than 190 countries met on Monday as negotiations opened on the new "
           "collective goal for climate finance. Developing countries asked for grants rather than loans, "
           "and small island states warned that adaptation costs are rising faster than the money set "
           "aside for them. The Executive Director said that the next two weeks would decide whether "
           "the promises made in Paris can still be kept. Observers noted that the draft text runs to "
           "thirty-four pages and still holds more than two hundred brackets.")
BODY_FR = ("Les délégués de plus de 190 pays se sont réunis lundi à l'ouverture des négociations sur le "
           "nouvel objectif collectif de financement climatique. Les pays en développement demandent des "
           "dons plutôt que des prêts, et les petits États insulaires rappellent que le coût de "
           "l'adaptation augmente plus vite que les fonds qui lui sont consacrés. La directrice exécutive "
           "a déclaré que les deux prochaines semaines diront si les promesses de Paris peuvent être tenues.")
BODY_ES = ("Delegados de más de 190 países se reunieron el lunes al abrirse las negociaciones sobre el "
           "nuevo objetivo colectivo de financiación climática. Los países en desarrollo pidieron "
           "donaciones en lugar de préstamos, y los pequeños Estados insulares advirtieron que el costo "
           "de la adaptación crece más rápido que los fondos reservados para ella. La directora ejecutiva "
           "dijo que las próximas dos semanas decidirán si las promesas de París aún pueden cumplirse.")
BODY = {"en": BODY_EN, "fr": BODY_FR, "es": BODY_ES}


class Page:
    """A page drawn top to bottom: ``line`` writes one line at the cursor, ``para`` wraps text."""

    def __init__(self, doc: pymupdf.Document):
        self.page = doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="reg", fontfile=str(FONT_DIR / REG))
        self.page.insert_font(fontname="bold", fontfile=str(FONT_DIR / BOLD))
        self.fonts = {"reg": pymupdf.Font(fontfile=str(FONT_DIR / REG)),
                      "bold": pymupdf.Font(fontfile=str(FONT_DIR / BOLD))}
        self.y = 70.0

    def text(self, x: float, y: float, s: str, size: float, bold: bool = False) -> None:
        self.page.insert_text((x, y), s, fontname="bold" if bold else "reg", fontsize=size)

    def line(self, s: str, size: float, bold: bool = False, gap: float = 0.4, x: float = LEFT) -> None:
        """One line; a line wider than the text column wraps, as a word processor does."""
        if " " in s and self.fonts["bold" if bold else "reg"].text_length(s, fontsize=size) > RIGHT - x:
            self.para(s, size, bold, x0=x, after=size * (gap - 0.35))
            return
        self.y += size
        self.text(x, self.y, s, size, bold)
        self.y += size * gap

    def para(self, s: str, size: float = 10, bold: bool = False, x0: float = LEFT, x1: float = RIGHT,
             after: float = 8) -> None:
        font = self.fonts["bold" if bold else "reg"]
        words, cur = s.split(), ""
        for w in words:
            trial = f"{cur} {w}".strip()
            if font.text_length(trial, fontsize=size) > x1 - x0 and cur:
                self.line(cur, size, bold, 0.35, x0)
                cur = w
            else:
                cur = trial
        if cur:
            self.line(cur, size, bold, 0.35, x0)
        self.y += after

    def body(self, lang: str, n: int = 3, size: float = 10) -> None:
        for _ in range(n):
            self.para(BODY[lang], size)


# --- layouts: each draws page 1 (and sometimes a page 2) of one document from its parameters --------------

def org_line(p: Page, d: dict) -> None:
    p.line(d["org"], 11, True, 1.2)
    p.line(d["heading"], 20, True, 0.8)
    p.body(d["lang"])


def word_mark(p: Page, d: dict) -> None:
    """The organisation's name as a word mark in type larger than the heading (author metadata names it)."""
    p.line(d["org"], 30, True, 0.3)
    p.line(d["tagline"], 9, False, 1.5)
    p.line(d["heading"], 18, True, 0.8)
    p.body(d["lang"])


def banner(p: Page, d: dict) -> None:
    p.line(d["banner"], 28, True, 0.8)
    p.line(d["dateline"], 10, False, 1.0)
    for ln in d["heading"].split(" | "):
        p.line(ln, 17, True, 0.3)
    p.y += 12
    p.body(d["lang"])


def date_first(p: Page, d: dict) -> None:
    p.line(d["date"], d.get("date_size", 11), False, 1.0)
    p.line(d["heading"], 19, True, 0.8)
    p.body(d["lang"])


def two_lines(p: Page, d: dict) -> None:
    p.line(d["org"], 10, False, 1.5)
    for ln in d["heading"].split(" | "):
        p.line(ln, 20, True, 0.25)
    p.y += 14
    p.body(d["lang"])


def capitals(p: Page, d: dict) -> None:
    p.line(d["dateline"], 10, False, 1.2)
    for ln in d["heading"].split(" | "):
        p.line(ln, 16, True, 0.3)
    p.y += 10
    p.body(d["lang"])


def bold_same_size(p: Page, d: dict) -> None:
    p.line(d["dateline"], 10, False, 1.0)
    p.line(d["heading"], 10, True, 1.0)
    p.body(d["lang"])


def statement(p: Page, d: dict) -> None:
    for ln in d["heading"].split(" | "):
        p.line(ln, 15, True, 0.3)
    p.y += 6
    p.line(d["place"], 10, False, 1.2)
    p.body(d["lang"])


def newsletter(p: Page, d: dict) -> None:
    p.line(d["heading"], 26, True, 0.3)
    p.line(d["sub"], 10, False, 1.5)
    for item in d["items"]:
        p.line(item, 14, True, 0.5)
        p.para(BODY[d["lang"]], 10)


def fact_sheet(p: Page, d: dict) -> None:
    p.line(d["banner"], 24, True, 0.6)
    p.line(d["heading"], 16, True, 0.8)
    for fact in d["facts"]:
        p.para("• " + fact, 10, after=4)
    p.body(d["lang"], 1)


def two_columns(p: Page, d: dict) -> None:
    p.line(d["heading"], 20, True, 0.8)
    top = p.y
    mid = (LEFT + RIGHT) / 2
    p.para(BODY[d["lang"]] + " " + BODY[d["lang"]], 10, x0=LEFT, x1=mid - 10)
    p.y = top
    p.para(BODY[d["lang"]] + " " + BODY[d["lang"]], 10, x0=mid + 10, x1=RIGHT)


def running_header(p: Page, d: dict) -> None:
    p.text(LEFT, 30, d["header"], 8)
    p.text(RIGHT - 40, 30, d["page"], 8)
    p.y = 60
    p.line(d["heading"], 18, True, 0.8)
    p.body(d["lang"])


def page_number_top(p: Page, d: dict) -> None:
    p.text(W / 2 - 20, 30, d["page"], 12, True)
    p.y = 60
    p.line(d["heading"], 12, True, 1.0)
    p.body(d["lang"], size=9)


def heading_and_lead(p: Page, d: dict) -> None:
    p.line(d["heading"], 22, True, 0.6)
    p.para(d["lead"], 14, after=10)
    p.body(d["lang"])


def scanned(p: Page, d: dict) -> None:
    """A scan with no text layer: a grey picture of a page."""
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 120, 170), False)
    pix.clear_with(235)
    for y in range(20, 160, 9):
        for x in range(12, 108):
            if (x * 7 + y) % 11:
                pix.set_pixel(x, y, (90,))
    p.page.insert_image(p.page.rect, pixmap=pix)


def table_first(p: Page, d: dict) -> None:
    x_cols = [LEFT, LEFT + 150, LEFT + 270, LEFT + 390]
    y = 60
    for r, row in enumerate(d["rows"]):
        for x, cell in zip(x_cols, row):
            p.text(x + 4, y + 14, cell, 9, r == 0 and d.get("bold_header", False))
        p.page.draw_rect(pymupdf.Rect(LEFT, y, RIGHT, y + 20), color=(0, 0, 0), width=0.5)
        y += 20
    p.y = y + 20
    p.body(d["lang"], 2)


def flat(p: Page, d: dict) -> None:
    """Nothing stands out: every line in the body's size and weight."""
    p.line(d["first"], 10, False, 0.5)
    p.body(d["lang"])


LAYOUTS = {f.__name__: f for f in (org_line, word_mark, banner, date_first, two_lines, capitals,
                                   bold_same_size, statement, newsletter, fact_sheet, two_columns,
                                   running_header, page_number_top, heading_and_lead, scanned,
                                   table_first, flat)}

# --- the documents: (path, layout, params); the first of each layout's pair is ``tune`` ----------------------
# ``truth`` is what a careful person reads as the title; ``meta``/``author`` go into the PDF's metadata.

DOCS: list[dict] = [
    # an organisation's line above the heading
    dict(path="releases/pr_opening_2024-11-11.pdf", layout="org_line", lang="en",
         org="United Nations Alliance for Climate Resilience (UNACR)",
         heading="UNACR opens COP-29 with a warning on adaptation finance",
         truth="UNACR opens COP-29 with a warning on adaptation finance"),
    dict(path="communiques/cp_ouverture_fr.pdf", layout="org_line", lang="fr",
         org="Réseau Action Climat — Afrique de l'Ouest",
         heading="Le Réseau salue l'accord sur le fonds pour les pertes et préjudices",
         truth="Le Réseau salue l'accord sur le fonds pour les pertes et préjudices"),
    # a word mark larger than the heading
    dict(path="releases/2024-11-12_pr_water.pdf", layout="word_mark", lang="en", org="OCEANWATCH",
         author="OCEANWATCH", tagline="Protecting the blue planet since 1987",
         heading="Ocean finance pledges fall short by half, says new report",
         truth="Ocean finance pledges fall short by half, says new report"),
    dict(path="prensa/np_bosques_es.pdf", layout="word_mark", lang="es", org="SELVAVIVA",
         author="SELVAVIVA", tagline="Red latinoamericana por los bosques",
         heading="Los países amazónicos presentan un plan común contra la deforestación",
         truth="Los países amazónicos presentan un plan común contra la deforestación"),
    # a banner in large type above a smaller heading
    dict(path="releases/release_day2.pdf", layout="banner", lang="en", banner="PRESS RELEASE",
         dateline="For immediate release — Baku, 12 November 2024",
         heading="Small island states call for a dedicated adaptation window",
         truth="Small island states call for a dedicated adaptation window"),
    dict(path="communiques/communique_jour3_fr.pdf", layout="banner", lang="fr",
         banner="« COMMUNIQUÉ DE PRESSE »", dateline="Diffusion immédiate — Bakou, le 13 novembre 2024",
         heading="Les pays les moins avancés demandent un doublement | des fonds pour l'adaptation",
         truth="Les pays les moins avancés demandent un doublement des fonds pour l'adaptation"),
    # a date line first (small, then large)
    dict(path="releases/pr_youth.pdf", layout="date_first", lang="en", date="Baku, 14 November 2024",
         heading="Youth delegates hand 1.2 million signatures to the Presidency",
         truth="Youth delegates hand 1.2 million signatures to the Presidency"),
    dict(path="prensa/comunicado_jueves_es.pdf", layout="date_first", lang="es", date="14 de noviembre de 2024",
         date_size=24, heading="Gobiernos locales piden acceso directo a la financiación climática",
         truth="Gobiernos locales piden acceso directo a la financiación climática"),
    # a heading over two lines
    dict(path="releases/pr_health.pdf", layout="two_lines", lang="en", org="Global Climate and Health Alliance",
         heading="Health ministers warn that heat deaths will double | without faster cuts in emissions",
         truth="Health ministers warn that heat deaths will double without faster cuts in emissions"),
    dict(path="communiques/cp_sante_fr.pdf", layout="two_lines", lang="fr", org="Alliance mondiale climat et santé",
         heading="Les ministres de la santé réclament un plan | contre les vagues de chaleur",
         truth="Les ministres de la santé réclament un plan contre les vagues de chaleur"),
    # a heading in capitals
    dict(path="releases/pr_cities.pdf", layout="capitals", lang="en", dateline="Baku — 15 November 2024",
         heading="MAYORS OF 40 CITIES COMMIT TO | ZERO-EMISSION BUSES BY 2030",
         truth="MAYORS OF 40 CITIES COMMIT TO ZERO-EMISSION BUSES BY 2030"),
    dict(path="prensa/np_agua_es.pdf", layout="capitals", lang="es", dateline="Bakú — 15 de noviembre de 2024",
         heading="LOS ANDES PIERDEN UN TERCIO DE SUS GLACIARES EN 40 AÑOS",
         truth="LOS ANDES PIERDEN UN TERCIO DE SUS GLACIARES EN 40 AÑOS"),
    # a heading in the body's size, but bold
    dict(path="releases/media_note_3.pdf", layout="bold_same_size", lang="en", dateline="Baku, 16 November 2024",
         heading="Negotiators agree on a first draft of the finance goal",
         truth="Negotiators agree on a first draft of the finance goal"),
    dict(path="communiques/note_medias_fr.pdf", layout="bold_same_size", lang="fr", dateline="Bakou, 16 novembre 2024",
         heading="Un premier projet de texte sur le nouvel objectif financier",
         truth="Un premier projet de texte sur le nouvel objectif financier"),
    # a statement whose first line is "Statement by …"
    dict(path="statements/st_ed_opening.pdf", layout="statement", lang="en",
         heading="Statement by Dr. Amina Rahman, Executive Director of UNACR, | at the opening of the high-level segment",
         place="Baku, 18 November 2024 — check against delivery",
         truth="Statement by Dr. Amina Rahman, Executive Director of UNACR, at the opening of the high-level segment"),
    dict(path="declarations/declaration_ministre_fr.pdf", layout="statement", lang="fr",
         heading="Déclaration de la ministre Awa Ndiaye au nom du Groupe africain",
         place="Bakou, 18 novembre 2024 — seul le texte prononcé fait foi",
         truth="Déclaration de la ministre Awa Ndiaye au nom du Groupe africain"),
    # a newsletter masthead, then several item headings
    dict(path="newsletter/bulletin_3.pdf", layout="newsletter", lang="en", heading="Daily Bulletin — Issue 3",
         sub="COP-29 · Baku · Wednesday 13 November 2024",
         items=["Finance talks stall over the size of the goal", "Side event: cities and heat",
                "What to watch tomorrow"],
         truth="Daily Bulletin — Issue 3"),
    dict(path="lettre/lettre_quotidienne_5.pdf", layout="newsletter", lang="fr",
         heading="La Lettre de Bakou — n° 5", sub="COP29 · Bakou · vendredi 15 novembre 2024",
         items=["Le fonds pour l'adaptation à mi-parcours", "Paroles de délégués", "L'agenda de demain"],
         truth="La Lettre de Bakou — n° 5"),
    # a fact sheet: banner, then heading, then bullets
    dict(path="factsheets/fs_adaptation.pdf", layout="fact_sheet", lang="en", banner="FACT SHEET",
         heading="Adaptation finance in numbers",
         facts=["USD 21 billion a year reached developing countries in 2022.",
                "Needs are estimated at USD 215 to 387 billion a year this decade.",
                "Least developed countries received one fifth of it."],
         truth="Adaptation finance in numbers"),
    dict(path="fiches/fiche_pertes_fr.pdf", layout="fact_sheet", lang="fr", banner="FICHE D'INFORMATION",
         heading="Le fonds pour les pertes et préjudices en bref",
         facts=["Créé à la COP27, opérationnel depuis la COP28.", "661 millions de dollars promis.",
                "Siège du conseil : Philippines."],
         truth="Le fonds pour les pertes et préjudices en bref"),
    # two columns under a heading
    dict(path="analysis/analysis_ndc.pdf", layout="two_columns", lang="en",
         heading="What the new national plans add up to", truth="What the new national plans add up to"),
    dict(path="analisis/analisis_ndc_es.pdf", layout="two_columns", lang="es",
         heading="Lo que suman los nuevos planes nacionales", truth="Lo que suman los nuevos planes nacionales"),
    # a running header and page number on top
    dict(path="releases/pr_methane.pdf", layout="running_header", lang="en",
         header="UNACR · Press release · COP-29", page="1 / 2",
         heading="Methane pledge signatories report first results",
         truth="Methane pledge signatories report first results"),
    dict(path="communiques/cp_methane_fr.pdf", layout="running_header", lang="fr",
         header="Réseau Action Climat · Communiqué · COP29", page="Page 1",
         heading="Méthane : les premiers résultats de l'engagement mondial",
         truth="Méthane : les premiers résultats de l'engagement mondial"),
    # a page number on top, larger than the heading
    dict(path="briefings/briefing_oceans.pdf", layout="page_number_top", lang="en", page="1",
         heading="Briefing: the ocean in the global stocktake", truth="Briefing: the ocean in the global stocktake"),
    dict(path="notas/nota_oceanos_es.pdf", layout="page_number_top", lang="es", page="- 1 -",
         heading="Nota: los océanos en el balance mundial", truth="Nota: los océanos en el balance mundial"),
    # a heading then a standfirst in large type
    dict(path="releases/pr_coal.pdf", layout="heading_and_lead", lang="en",
         heading="Coal phase-out coalition grows to 60 members",
         lead="Four new countries joined on Tuesday, bringing the coalition's share of global coal power to a fifth.",
         truth="Coal phase-out coalition grows to 60 members"),
    dict(path="communiques/cp_charbon_fr.pdf", layout="heading_and_lead", lang="fr",
         heading="La coalition pour la sortie du charbon compte 60 membres",
         lead="Quatre nouveaux pays l'ont rejointe mardi : la coalition représente un cinquième de l'électricité au charbon.",
         truth="La coalition pour la sortie du charbon compte 60 membres"),
    # a scan with no text: the file name stays
    dict(path="scans/flyer_side_event_2024-11-13.pdf", layout="scanned", lang="en", truth="Flyer side event"),
    dict(path="scans/scan0042.pdf", layout="scanned", lang="en", truth="Scan0042"),
    # a page starting with a table: the file name stays
    dict(path="annexes/annex_table_finance.pdf", layout="table_first", lang="en",
         rows=[["Country", "2022", "2023", "2024"], ["Fiji", "12.1", "13.4", "15.0"],
               ["Tuvalu", "3.2", "3.9", "4.4"], ["Vanuatu", "7.7", "8.1", "9.6"]],
         truth="Annex table finance"),
    dict(path="annexes/tableau-contributions_FR.pdf", layout="table_first", lang="fr", bold_header=True,
         rows=[["Pays", "Promesse", "Versé", "Reste"], ["France", "100", "80", "20"],
               ["Allemagne", "150", "120", "30"], ["Espagne", "20", "20", "0"]],
         truth="Tableau-contributions"),
    # nothing stands out: the file name stays
    dict(path="misc/note_logistics.pdf", layout="flat", lang="en",
         first="Delegates are reminded that the shuttle buses leave the venue every twenty minutes.",
         truth="Note logistics"),
    dict(path="divers/nota_informativa_es.pdf", layout="flat", lang="es",
         first="Se recuerda a los delegados que los autobuses salen de la sede cada veinte minutos.",
         truth="Nota informativa"),
    # a generated metadata title: the heading wins
    dict(path="releases/PR Opening.pdf", layout="org_line", lang="en", meta="Microsoft Word - pr_final.docx",
         org="UNACR — United Nations Alliance for Climate Resilience",
         heading="UNACR opens the finance day with a call for grants",
         truth="UNACR opens the finance day with a call for grants"),
    dict(path="communiques/cp_cloture.pdf", layout="banner", lang="fr", meta="untitled",
         banner="COMMUNIQUÉ", dateline="Bakou, le 22 novembre 2024",
         heading="Clôture de la COP29 : un accord jugé insuffisant | par les pays vulnérables",
         truth="Clôture de la COP29 : un accord jugé insuffisant par les pays vulnérables"),
    # a good metadata title: it stays
    dict(path="releases/pr_fund.pdf", layout="banner", lang="en", meta="Ministers agree roadmap for the loss and damage fund",
         banner="NEWS", dateline="Baku, 19 November 2024",
         heading="Roadmap for the fund agreed | after all-night talks",
         truth="Ministers agree roadmap for the loss and damage fund"),
    dict(path="prensa/np_fondo_es.pdf", layout="org_line", lang="es", meta="Acuerdo sobre la hoja de ruta del fondo",
         org="Red Clima Sur", heading="Ministros acuerdan la hoja de ruta del fondo de pérdidas y daños",
         truth="Acuerdo sobre la hoja de ruta del fondo"),
    # Spanish and English org lines with a date line between
    dict(path="prensa/np_juventud_es.pdf", layout="org_line", lang="es", org="Jóvenes por el Clima — América Latina",
         heading="La juventud latinoamericana exige voz en las negociaciones",
         truth="La juventud latinoamericana exige voz en las negociaciones"),
    dict(path="releases/pr_indigenous.pdf", layout="org_line", lang="en", org="Indigenous Peoples' Caucus",
         heading="Indigenous leaders open a pavilion on forest guardianship",
         truth="Indigenous leaders open a pavilion on forest guardianship"),
    # more statements and newsletters, one-line and two-line
    dict(path="statements/st_agn.pdf", layout="statement", lang="en",
         heading="Statement by the African Group of Negotiators on the new collective quantified goal",
         place="Baku, 20 November 2024",
         truth="Statement by the African Group of Negotiators on the new collective quantified goal"),
    dict(path="declaraciones/declaracion_aosis_es.pdf", layout="statement", lang="es",
         heading="Declaración de AOSIS sobre el objetivo | colectivo cuantificado",
         place="Bakú, 20 de noviembre de 2024",
         truth="Declaración de AOSIS sobre el objetivo colectivo cuantificado"),
    dict(path="newsletter/eco_issue_7.pdf", layout="newsletter", lang="en", heading="ECO — Issue 7",
         sub="Published by Climate Action Network at COP-29",
         items=["Fossil of the Day", "The goal that keeps shrinking", "Letters to ECO"],
         truth="ECO — Issue 7"),
    dict(path="boletin/boletin_diario_4.pdf", layout="newsletter", lang="es", heading="Boletín diario — número 4",
         sub="COP29 · Bakú · jueves 14 de noviembre de 2024",
         items=["La meta financiera, en el aire", "Voces de la sociedad civil", "Agenda de mañana"],
         truth="Boletín diario — número 4"),
]


def halves() -> list[str]:
    """``tune`` for the first document of each layout-and-purpose pair, ``held-out`` for the second."""
    return ["tune" if i % 2 == 0 else "held-out" for i in range(len(DOCS))]


def make(dest: Path) -> None:
    for d in DOCS:
        out = dest / d["path"]
        out.parent.mkdir(parents=True, exist_ok=True)
        doc = pymupdf.open()
        page = Page(doc)
        LAYOUTS[d["layout"]](page, d)
        if d["layout"] not in ("scanned",):
            Page(doc).body(d["lang"], 4)  # a second page of text
        doc.set_metadata({"title": d.get("meta", ""), "author": d.get("author", ""),
                          "creationDate": "D:20241111090000Z", "producer": "presskit bench"})
        doc.save(str(out), garbage=3, deflate=True)
        doc.close()


def truth() -> str:
    lines = ["# Titles a careful person reads on bench/make_title_corpus.py's PDFs (the file-name title where"
             " the page does not tell).", "path\thalf\tlayout\ttitle"]
    for d, half in zip(DOCS, halves()):
        lines.append(f"{d['path']}\t{half}\t{d['layout']}\t{d['truth']}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dest", nargs="?", type=Path, default=Path.home() / ".cache/presskit-bench/titles")
    ap.add_argument("--truth", action="store_true", help="print the truth file and stop")
    args = ap.parse_args()
    if args.truth:
        sys.stdout.write(truth())
        return
    if args.dest.exists():
        import shutil

        shutil.rmtree(args.dest)
    make(args.dest)
    print(f"{len(DOCS)} PDFs in {args.dest}")


if __name__ == "__main__":
    main()
