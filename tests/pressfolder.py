"""A press office's folder, made on the fly: a scanned statement, a Word draft, an OpenDocument note,
and the organisation's saved press page with its photos and the documents downloaded beside it.

Every binary file is generated here (PDFs with PyMuPDF, photos with Pillow, .docx with python-docx,
.odt with odfpy), so the repository holds no large test files. ``make_press_folder(root)`` returns
``root``; :data:`EXPECTED` says what a build must make of each file.
"""

from __future__ import annotations

import datetime as _dt
import io
import random
from pathlib import Path

PAGE_NAME = "CCW Review Conference - Media"
ASSETS = f"web/{PAGE_NAME}_files"

KIT_TOML = """
format = 1
title = "Cluster Coalition at the CCW Review Conference"
organisation = "Cluster Coalition"
start = 2011-11-14
end = 2011-11-25
languages = ["en", "fr"]

[[links]]
label = "Coalition website"
url = "https://www.example.org/"
"""

#: Sentences of the scanned statement, page by page (what OCR must find).
SCAN_PAGES = [
    ["Statement of the Cluster Coalition to Main Committee II",
     "Mr President, the Coalition is deeply concerned that the draft protocol would allow the use of "
     "cluster munitions produced before 1980 for another twelve years.",
     "Such a protocol would be a step backwards from the Convention on Cluster Munitions, which 111 "
     "states have already joined."],
    ["We therefore urge all delegations to reject the draft protocol and to uphold the humanitarian "
     "standard set in Oslo.",
     "“Survivors will not accept a weaker standard,” said Amara Diallo, the Coalition's director.",
     "Thank you, Mr President."],
]
SCAN_PHRASE = "uphold the humanitarian standard set in Oslo"

#: What each file must become: path -> expected title, kind, date, and for photos the credit.
EXPECTED = {
    "scans/Statement_Main_Committee_II_17.11.11.pdf": {
        "title": "Statement Main Committee II", "kind": "statement", "date": "2011-11-17"},
    "drafts/PR_Draft_Action_Plan_16.11.11.docx": {
        "title": "Coalition welcomes the action plan on victim assistance", "kind": "press-release",
        "date": "2011-11-16"},
    "drafts/Analyse_declaration_finale_FR.odt": {
        "title": "Note d'analyse : le projet de déclaration finale", "kind": "analysis", "date": "2011-11-17"},
    f"web/{PAGE_NAME}.html": {
        "title": "CCW Fourth Review Conference: media resources", "kind": "other", "date": "2011-11-14"},
    "web/CMC-General-Statement-15.11.11_French.pdf": {
        "title": "CMC General Statement - 15.11.11_French", "kind": "statement", "date": "2011-11-15"},
    "web/CMC-General-Statement-15.11.11_English.pdf": {
        "title": "CMC General Statement - 15.11.11_English", "kind": "statement", "date": "2011-11-15"},
    "web/CMC-CCW-Newsletter-16.11.11.pdf": {
        "title": "CMC CCW Newsletter - 16 November 2011", "kind": "newsletter", "date": "2011-11-16"},
    "web/PR-14.11.11.pdf": {
        "title": "Governments must reject weak protocol on cluster munitions - 14.11.11",
        "kind": "press-release", "date": "2011-11-14"},
    f"{ASSETS}/ccw-opening-day.jpg": {
        "kind": "photo", "credit": "Alison Locke/CMC", "date": "2011-11-14",
        "caption": "Campaigners gather outside the Palais des Nations on the opening day of the conference."},
    f"{ASSETS}/survivor-speaks.jpg": {
        "kind": "photo", "credit": "Mary Wareham/HRW", "date": "2011-11-14",
        "caption": "Survivor Branislav Kapetanović addresses delegates in Main Committee II."},
    f"{ASSETS}/side-event-large.jpg": {
        "kind": "photo", "credit": "Jacqueline Hansen/CMC", "date": "2011-11-14",
        "caption": "The Coalition's delegation at the side event on victim assistance."},
}
#: Files of the page's folder that are not kit items.
ASSET_FILES = [f"{ASSETS}/style.css", f"{ASSETS}/jquery.min.js", f"{ASSETS}/logo.png",
               f"{ASSETS}/side-event-150x150.jpg", f"{ASSETS}/twitter-icon.png"]
#: Web links the page gives (label, url), in page order.
PAGE_LINKS = [("Sign the petition", "https://www.example.org/petition"),
              ("Follow us on Twitter", "https://twitter.com/example_coalition")]


def make_text_pdf(path: Path, pages: list[list[str]], *, title: str = "", author: str = "") -> Path:
    import pymupdf

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    for paras in pages:
        page = doc.new_page(width=595, height=842)
        page.insert_htmlbox(pymupdf.Rect(64, 64, 531, 790), "".join(f"<p>{p}</p>" for p in paras),
                            css="* {font-family: serif; font-size: 12pt;} p {margin: 0 0 10pt 0;}")
    doc.set_metadata({"title": title, "author": author})
    doc.save(path)
    doc.close()
    return path


def make_scanned_pdf(path: Path, pages: list[list[str]], *, dpi: int = 200, seed: int = 7) -> Path:
    """An image-only PDF: each page written, rendered to a grey JPEG with grain, and put back as a
    picture (no text layer), as an office scanner makes them."""
    import pymupdf
    from PIL import Image, ImageChops, ImageFilter

    src = make_text_pdf(path.with_suffix(".src.pdf"), pages)
    out = pymupdf.open()
    rnd = random.Random(seed)
    with pymupdf.open(src) as doc:
        for page in doc:
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            img = Image.frombytes("L", (pix.width, pix.height), pix.samples).filter(ImageFilter.GaussianBlur(0.5))
            tile = Image.new("L", (256, 256))
            tile.putdata([max(0, min(255, int(rnd.gauss(128, 5)))) for _ in range(256 * 256)])
            grain = Image.new("L", img.size)
            for y in range(0, img.height, 256):
                for x in range(0, img.width, 256):
                    grain.paste(tile, (x, y))
            img = ImageChops.add(img, grain, 1.0, -128)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=80, dpi=(dpi, dpi))
            p = out.new_page(width=page.rect.width, height=page.rect.height)
            p.insert_image(p.rect, stream=buf.getvalue())
    src.unlink()
    out.save(path)
    out.close()
    return path


def make_photo(path: Path, size: tuple[int, int], seed: int) -> Path:
    """A photo-like JPEG (smooth colour fields and grain), ``size`` pixels."""
    from PIL import Image, ImageFilter

    path.parent.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    small = Image.new("RGB", (16, 12))
    small.putdata([(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)) for _ in range(16 * 12)])
    img = small.resize(size, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    img.save(path, "JPEG", quality=85)
    return path


def make_docx(path: Path) -> Path:
    import docx
    from docx.enum.text import WD_BREAK

    path.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    cp = d.core_properties
    cp.title = "Coalition welcomes the action plan on victim assistance"
    cp.author = "Léa Fontaine"
    cp.created = _dt.datetime(2011, 11, 16, 9, 30)
    cp.modified = _dt.datetime(2011, 11, 16, 18, 5)
    cp.language = "en-GB"
    cp.keywords = "victim assistance; action plan"
    d.add_heading("Coalition welcomes the action plan on victim assistance", 1)
    d.add_paragraph("GENEVA, 16 November 2011 — The Cluster Coalition welcomed the action plan on victim "
                    "assistance adopted by the Main Committee this afternoon.")
    d.add_paragraph("“Survivors have waited long enough for commitments that can be measured,” said "
                    "Léa Fontaine, the Coalition's coordinator.")
    d.add_heading("What the plan commits States to", 2)
    for t in ("annual reports on national budgets for survivors", "a focal point in every affected State",
              "the participation of survivors in every meeting"):
        d.add_paragraph(t, style="List Bullet")
    table = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate((("Commitment", "Deadline"), ("First report", "2012"), ("Review", "2016"))):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Notes for editors", 2)
    d.add_paragraph("The Coalition's media team is in room XVII every day from 8:30.")
    d.save(path)
    return path


def make_odt(path: Path) -> Path:
    from odf import dc, meta
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, ListLevelStyleNumber, ListStyle, P

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="Note d'analyse : le projet de déclaration finale"))
    doc.meta.addElement(meta.InitialCreator(text="Jean-Pierre Moreau"))
    doc.meta.addElement(meta.CreationDate(text="2011-11-17T10:00:00"))
    doc.meta.addElement(dc.Language(text="fr-FR"))
    brk = Style(name="PageBreak", family="paragraph")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(brk)
    num = ListStyle(name="Numbers")
    num.addElement(ListLevelStyleNumber(level=1, numformat="1"))
    doc.automaticstyles.addElement(num)
    doc.text.addElement(H(outlinelevel=1, text="Le projet de déclaration finale"))
    doc.text.addElement(P(text="La deuxième révision du projet, diffusée mercredi soir, conserve la "
                               "condamnation ferme de toute utilisation d'armes à sous-munitions."))
    lst = List(stylename="Numbers")
    for t in ("les droits des survivants sont réaffirmés ;", "l'obligation de rendre compte des budgets disparaît."):
        li = ListItem()
        li.addElement(P(text=t))
        lst.addElement(li)
    doc.text.addElement(lst)
    tb = Table(name="Calendrier")
    tb.addElement(TableColumn(numbercolumnsrepeated=2))
    for row in (("Étape", "Date"), ("Texte révisé", "jeudi 17 novembre"), ("Adoption", "vendredi 25 novembre")):
        tr = TableRow()
        for c in row:
            tc = TableCell()
            tc.addElement(P(text=c))
            tr.addElement(tc)
        tb.addElement(tr)
    doc.text.addElement(tb)
    doc.text.addElement(P(stylename=brk, text="Notre évaluation : la déclaration n'est acceptable que si le "
                                                "paragraphe 14 rétablit l'obligation de rendre compte."))
    doc.save(str(path))
    return path


def _page_html() -> str:
    a = f"./{PAGE_NAME}_files"
    up = "http://www.example.org/wp-content/uploads/2011/11"
    return f"""<!DOCTYPE html>
<!-- saved from url=(0048)http://www.example.org/ccw-review-conference-media -->
<html lang="en-US"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>CCW Review Conference - Media | Cluster Coalition</title>
<meta property="article:published_time" content="2011-11-14T08:00:00+00:00">
<link rel="stylesheet" href="{a}/style.css" type="text/css">
<script type="text/javascript" src="{a}/jquery.min.js"></script>
<script>document.write("tracking");</script>
</head>
<body class="page">
<div id="header">
  <a href="http://www.example.org/"><img src="{a}/logo.png" alt="Cluster Coalition" width="220" height="60"></a>
  <ul id="nav" class="menu">
    <li><a href="http://www.example.org/about/">About us</a></li>
    <li><a href="http://www.example.org/news/">News</a></li>
    <li><a href="http://www.example.org/donate/">Donate</a></li>
  </ul>
</div>
<div id="content"><div class="post">
<h1>CCW Fourth Review Conference: media resources</h1>
<p>The Fourth Review Conference of the Convention on Conventional Weapons takes place in Geneva from
14 to 25 November 2011. The Coalition urges States to reject a draft protocol that would allow the
use of older cluster munitions.</p>
<p><img class="aligncenter" src="{a}/ccw-opening-day.jpg" alt="ccw-opening-day" width="500" height="333"></p>
<p>Campaigners gather outside the Palais des Nations on the opening day of the conference. Photo credit: Alison Locke/CMC</p>
<div class="wp-caption aligncenter" style="width: 510px"><img src="{a}/survivor-speaks.jpg" alt="" width="500" height="333">
<p class="wp-caption-text">Survivor Branislav Kapetanović addresses delegates in Main Committee II. Photo credit: Mary Wareham/HRW</p></div>
<p><a href="{a}/side-event-large.jpg"><img src="{a}/side-event-150x150.jpg" width="150" height="150" alt="side-event"></a></p>
<p>The Coalition's delegation at the side event on victim assistance.</p>
<p>Photo credit: Jacqueline Hansen/CMC</p>
<p><strong>CMC Statements</strong></p>
<ul>
<li><a href="{up}/CMC-General-Statement-15.11.11_English.pdf">CMC General Statement - 15.11.11_English</a></li>
<li><a href="{up}/CMC-General-Statement-15.11.11_French.pdf">CMC General Statement - 15.11.11_French</a></li>
</ul>
<h3>CMC CCW Newsletters</h3>
<ul>
<li><a href="{up}/CMC-CCW-Newsletter-16.11.11.pdf">CMC CCW Newsletter - 16 November 2011</a></li>
</ul>
<p><strong>Press releases and other</strong></p>
<ul>
<li><a href="{up}/PR-14.11.11.pdf">Governments must reject weak protocol on cluster munitions - 14.11.11</a></li>
<li><a href="https://www.example.org/petition">Sign the petition</a></li>
</ul>
<p>Media contact: press@example.org</p>
</div></div>
<div id="sidebar" class="widget-area">
  <a href="https://twitter.com/example_coalition"><img src="{a}/twitter-icon.png" width="32" height="32" alt="">Follow us on Twitter</a>
  <a href="https://www.facebook.com/sharer.php?u=http://www.example.org/ccw">Share on Facebook</a>
  <p>Related: <a href="http://www.example.org/news/older-story/">An older story</a></p>
</div>
<div id="footer"><a href="http://www.example.org/contact/">Contact</a> © Cluster Coalition</div>
</body></html>
"""


def make_press_folder(root: Path, *, scan_dpi: int = 200) -> Path:
    """The whole example folder under ``root`` (see the module docstring and :data:`EXPECTED`)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "kit.toml").write_text(KIT_TOML, encoding="utf-8")
    make_scanned_pdf(root / "scans/Statement_Main_Committee_II_17.11.11.pdf", SCAN_PAGES, dpi=scan_dpi)
    make_docx(root / "drafts/PR_Draft_Action_Plan_16.11.11.docx")
    make_odt(root / "drafts/Analyse_declaration_finale_FR.odt")
    web = root / "web"
    assets = root / ASSETS
    assets.mkdir(parents=True, exist_ok=True)
    (web / f"{PAGE_NAME}.html").write_text(_page_html(), encoding="utf-8")
    (assets / "style.css").write_text("body { font-family: sans-serif; }\n", encoding="utf-8")
    (assets / "jquery.min.js").write_text("/* not run */ window.x = 1;\n", encoding="utf-8")
    make_photo(assets / "ccw-opening-day.jpg", (800, 533), 1)
    make_photo(assets / "survivor-speaks.jpg", (800, 533), 2)
    make_photo(assets / "side-event-large.jpg", (1024, 683), 3)
    make_photo(assets / "side-event-150x150.jpg", (150, 150), 3)
    from PIL import Image

    Image.new("RGB", (220, 60), (20, 60, 120)).save(assets / "logo.png")
    Image.new("RGB", (32, 32), (29, 161, 242)).save(assets / "twitter-icon.png")
    make_text_pdf(web / "CMC-General-Statement-15.11.11_English.pdf", [[
        "General Statement of the Cluster Coalition",
        "The Coalition calls on all States to reject the draft protocol on cluster munitions."]],
        title="Microsoft Word - CMC General Statement.doc")
    make_text_pdf(web / "CMC-General-Statement-15.11.11_French.pdf", [[
        "Déclaration générale de la Coalition",
        "La Coalition appelle tous les États à rejeter le projet de protocole sur les armes à sous-munitions."]])
    make_text_pdf(web / "CMC-CCW-Newsletter-16.11.11.pdf", [[
        "CCW News, Day 3", "Delegations remain divided over the draft protocol."]])
    make_text_pdf(web / "PR-14.11.11.pdf", [[
        "PRESS RELEASE", "Governments must reject a weak protocol that would legitimise cluster munitions."]])
    return root
