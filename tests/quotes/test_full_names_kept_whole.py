"""A person's full name, stated as hers in one document, is not lengthened by the word of the column before it in
another document's text (a Markdown table's row as the reader gives it, cells apart by two spaces; a PDF's
columns apart by several spaces or a tab): a first name the finder's lists do not hold is no double surname to
complete, and a name's words stand one space apart."""

from __future__ import annotations

import re

import pytest

from tests.quotes.finding import settled_kit

# (language, the document that quotes her, the other document where a word runs into her name, her name)
CASES = [
    ("en", "“We will not sign an empty list,” said Tavrenne Oduya-Marsh, the trade minister of Selbria.",
     "Party  Position  Speaker\nSelbria  open, paid by Selbria  Tavrenne Oduya-Marsh",
     "Tavrenne Oduya-Marsh"),
    ("en", "Kestland's environment minister, Orsolya Brandt-Ikeme, told the Daily: “Our register opens on Monday.”",
     "Photo  Kestland\tOrsolya Brandt-Ikeme at the opening plenary. © Coalition",
     "Orsolya Brandt-Ikeme"),
    ("en", "Q: Will the fund be ready?\n\nA: “Not this year, and I will not pretend otherwise,” Ilkay Morvan-Sato "
     "told us after the session.",
     "Programme, Tuesday\n\n10:00  Plenary  Ilkay Morvan-Sato and the contact group chairs",
     "Ilkay Morvan-Sato"),
    ("en", "09:40 — The chair gave the floor to Zephyrine Okafor-Lund, Veldane's head of delegation. “We came "
     "with numbers,” Zephyrine Okafor-Lund said.",
     "Delegations\n\nVeldane    Zephyrine Okafor-Lund, head of delegation",
     "Zephyrine Okafor-Lund"),
    ("en", "In a statement, Baltasar Nwachukwu-Berg said: “The inspections will be published in full.”",
     "Signed on behalf of  Marrowby  Baltasar Nwachukwu-Berg",
     "Baltasar Nwachukwu-Berg"),
    ("en", "Newsletter. Ayodele Strand-Kovac, who chairs the panel, put it plainly: “Nobody reads a secret "
     "list.”", "Speakers  Tarnow  Ayodele Strand-Kovac (chair)", "Ayodele Strand-Kovac"),
    ("fr", "« Nous viendrons avec des chiffres », a déclaré Tavrenne Oduya-Marsh, ministre du Commerce.",
     "Partie  Position  Orateur\nSelbrie  publique, financée par la Selbrie  "
     "Tavrenne Oduya-Marsh", "Tavrenne Oduya-Marsh"),
    ("fr", "La ministre kestlandaise, Orsolya Brandt-Ikeme, l'a redit : « Le registre ouvre lundi. »",
     "Photo  Kestlande\tOrsolya Brandt-Ikeme lors de la plénière. © Coalition", "Orsolya Brandt-Ikeme"),
    ("fr", "Q : Le fonds sera-t-il prêt ?\n\nR : « Pas cette année, je ne ferai pas semblant », nous a dit "
     "Ilkay Morvan-Sato.", "Programme du mardi\n\n10 h  Plénière  Ilkay Morvan-Sato et les présidents",
     "Ilkay Morvan-Sato"),
    ("fr", "« Nous sommes venus avec des chiffres », a lancé Zephyrine Okafor-Lund, cheffe de la délégation.",
     "Délégations\n\nVeldane    Zephyrine Okafor-Lund, cheffe de délégation", "Zephyrine Okafor-Lund"),
    ("fr", "Dans un communiqué, Baltasar Nwachukwu-Berg a déclaré : « Les inspections seront publiées. »",
     "Signé au nom de  Marrowby  Baltasar Nwachukwu-Berg", "Baltasar Nwachukwu-Berg"),
    ("fr", "Ayodele Strand-Kovac, qui préside le panel, l'a dit sans détour : « Personne ne lit une liste "
     "secrète. »", "Intervenants  Tarnow  Ayodele Strand-Kovac (présidente)", "Ayodele Strand-Kovac"),
]


#: a quotation in the other document, below its columns: the document is then read for the people it names
QUOTED = {"en": "\n\nMarek Hollis, the network's chair, told us: “Publishing our reports cost us less than printing them.”",
          "fr": "\n\nMarek Hollis, président du réseau, nous a dit : « Publier nos rapports coûte moins que les imprimer. »"}


@pytest.mark.parametrize("flat", [False, True], ids=["columns", "flattened"])
@pytest.mark.parametrize("lang, text, other, name", CASES)
def test_a_name_stated_in_full_keeps_its_words(lang, text, other, name, flat):
    if flat:  # a Markdown table as its reader gives it: cells one space apart, the columns lost
        other = re.sub(r"[ \t]+", " ", other)
        if "Veldane Zephyrine" in other:  # "WORD First NAME, head of delegation": one person's full name with her
            pytest.skip("role, as flat text says; only the columns tell a State's cell (docs/quotes.md, Left to do)")
    doc, _other = settled_kit(("a-doc", lang, text), ("b-other", lang, other + QUOTED[lang]))
    assert [q.speaker for q in doc] == [name] * len(doc) and doc
