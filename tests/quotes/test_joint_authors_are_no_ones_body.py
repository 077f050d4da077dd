"""A joint communiqué of two ministers has two authors ("Ministry of the Sea of Lundia; Ministère de la Mer de
Varnie"): that list is the document's, never one speaker's body. A minister it quotes speaks for her own State or
ministry, as the text says ("Varnia's Minister of the Sea", « le ministre de la Mer de Varnie »), here and in the
other documents of the kit. Written for these tests, in the forms of joint statements and releases, in English and
French.
"""

from __future__ import annotations

from presskit.model import Item
from presskit.quotes.settle import joint_bodies, quotes_of_item, settle_attribution

JOINT = "Ministry of Maritime Affairs of Lundia; Ministère de la Mer de Varnie"
EN = ("Varnia's Minister of the Sea, Piet Varga, said the pact showed “that two small coastal States can move "
      "faster than the whole table”.\n\n"
      "Minister Varga thanked his colleague. “I have never been received at a signing with a bucket of langoustines "
      "before,” he said.")
FR = ("« Deux petits États côtiers peuvent aller plus vite que toute la table », a ajouté le ministre de la Mer de "
      "Varnie, Piet Varga.\n\n"
      "« On ne m’avait jamais reçu pour une signature avec un seau de langoustines », a déclaré le ministre Varga.")
RELEASE = ("Le ministre varnien de la Mer, Piet Varga, a reçu les pêcheurs. « Ce que vous entendez depuis vos "
           "bateaux, nous allons enfin l’écrire dans nos registres », leur a-t-il dit.")


def _settled() -> dict[str, list]:
    items = [
        Item(id="joint", path="joint.pdf", sha256="", bytes=0, media="text", language="en", kind="statement",
             organisation=JOINT, speakers=["Ana Lind", "Piet Varga"]),
        Item(id="joint-fr", path="joint-fr.pdf", sha256="", bytes=0, media="text", language="fr", kind="statement",
             organisation=JOINT, speakers=["Ana Lind", "Piet Varga"]),
        Item(id="release", path="release.md", sha256="", bytes=0, media="text", language="fr"),
    ]
    texts = {"joint": EN, "joint-fr": FR, "release": RELEASE}
    pending = [(it, quotes_of_item(it, [texts[it.id]], "Harbour Coalition")) for it in items]
    settle_attribution(pending)
    return {it.id: [q for q in qs if q.kind == "quote"] for it, qs in pending}


def test_a_joint_documents_authors_are_no_speakers_body():
    for doc, qs in _settled().items():
        assert qs, doc
        for q in qs:
            assert q.speaker == "Piet Varga", (doc, q.text)
            assert not joint_bodies(q.organisation), (doc, q.text, q.organisation)


def test_one_body_is_not_joint():  # near-miss: a body's own name, with a comma or "and", is one body
    assert not joint_bodies("Ministry of Fisheries, Forests and Water")
    assert not joint_bodies("Harbour Coalition")
    assert joint_bodies(JOINT)
