"""A quotation over several paragraphs (each paragraph reopens with “ or «, only the last closes), attributed
as press writers of several kinds attribute it: after its last paragraph (with "our president, NAME"), before
its first (a colon, "I told our parliament:"), or by the paragraph before it, when that paragraph's last
sentence is about a person (a feature's way). English and French; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from presskit.model import Item
from presskit.quotes.settle import quotes_of_item, settle_attribution
from tests.quotes.finding import NB, ORG, one

Q_EN = "“Our riders carry whole families every day.\n\n“They deserve the protection an airline passenger gets"
Q_FR = f"«{NB}Nos motocyclistes transportent des familles entières.\n\n«{NB}Ils méritent la protection d’un passager"

EN = [  # (text, speaker, organisation)
    (f"Two hundred riders crossed the city.\n\n{Q_EN},” said our president, Ines Valdor, who lost two brothers.",
     "Ines Valdor", ORG),
    (f"{Q_EN},” Ines Valdor, director of the Rider Safety Trust, told reporters.", "Ines Valdor",
     "Rider Safety Trust"),
    (f"Ines Valdor, director of the Rider Safety Trust, put it this way:\n\n{Q_EN}.”", "Ines Valdor",
     "Rider Safety Trust"),
    (f"Ines Valdor of the Rider Safety Trust arrived late, her helmet still on.\n\n{Q_EN},” she said.",
     "Ines Valdor", "Rider Safety Trust"),
    (f"At dawn the ring road is a river of scooters. Ines Valdor waits on the kerb where her brothers died.\n\n"
     f"{Q_EN}.”\n\nValdor founded the trust a year later.", "Ines Valdor", ""),
    (f"Update, 14:10.\n\nIn the hall, Ines Valdor of the Rider Safety Trust stood up.\n\n{Q_EN}.”", "Ines Valdor",
     "Rider Safety Trust"),
]
FR = [
    (f"Deux cents motocyclistes ont traversé la ville.\n\n{Q_FR}{NB}», a déclaré notre présidente, Inès Valdoré, "
     "qui a perdu deux frères sur la route.", "Inès Valdoré", ORG),
    (f"{Q_FR}{NB}», a expliqué Inès Valdoré, directrice de la Fondation Deux-Roues.", "Inès Valdoré",
     "Fondation Deux-Roues"),
    (f"Inès Valdoré, directrice de la Fondation Deux-Roues, a résumé ainsi{NB}:\n\n{Q_FR}.{NB}»", "Inès Valdoré",
     "Fondation Deux-Roues"),
    (f"Inès Valdoré, de la Fondation Deux-Roues, est arrivée en retard, casque à la main.\n\n{Q_FR}{NB}», "
     "a-t-elle ajouté.", "Inès Valdoré", "Fondation Deux-Roues"),
    ("À l’aube, le périphérique est un fleuve de scooters. Inès Valdoré attend au bord du trottoir où ses frères "
     f"sont morts.\n\n{Q_FR}.{NB}»\n\nValdoré a fondé la fondation un an plus tard.", "Inès Valdoré", ""),
    (f"Mise à jour, 14 h 10.\n\nDans la salle, Inès Valdoré, de la Fondation Deux-Roues, s’est levée.\n\n{Q_FR}.{NB}»",
     "Inès Valdoré", "Fondation Deux-Roues"),
]


@pytest.mark.parametrize("text,speaker,org", EN)
def test_english_quotation_over_paragraphs(text, speaker, org):
    q = one(text, language="en")
    assert q.text.startswith("Our riders carry") and q.text.rstrip(".,").endswith("airline passenger gets")
    assert q.speaker == speaker
    assert not org or q.organisation == org


@pytest.mark.parametrize("text,speaker,org", FR)
def test_french_quotation_over_paragraphs(text, speaker, org):
    q = one(text, language="fr")
    assert q.text.startswith("Nos motocyclistes") and q.text.rstrip(".,").endswith("d’un passager")
    assert q.speaker == speaker
    assert not org or q.organisation == org


def test_a_person_in_the_paragraph_before_a_one_paragraph_quotation_is_not_taken():
    q = one("Ines Valdor waits on the kerb where her brothers died.\n\n“Our riders carry whole families every day.”\n\n"
            "The trust was founded a year later.", language="en")
    assert q.speaker == ""


@pytest.mark.parametrize("lang,text", [
    ("en", f"Madam President,\n\nIn January I told our parliament:\n\n{Q_EN}.”\n\nThank you."),
    ("fr", f"Madame la Présidente,\n\nComme je l’ai dit à notre Assemblée nationale en janvier{NB}:\n\n{Q_FR}.{NB}»\n\n"
           "Je vous remercie."),
    ("fr", f"Madame la Présidente,\n\nEn janvier, j’ai dit à notre parlement{NB}:\n\n{Q_FR}.{NB}»"),
])
def test_a_statements_speaker_quoting_herself_speaks_for_her_state(lang, text):
    item = Item(id="s", path="s.pdf", sha256="", bytes=0, media="pdf", language=lang, kind="statement",
                speakers=["Ardeline Voss"], organisation="Delvoria")
    pending = [(item, quotes_of_item(item, [text], "Road Coalition"))]
    settle_attribution(pending)
    [q] = [q for q in pending[0][1] if q.kind == "quote"]
    assert (q.speaker, q.organisation) == ("Ardeline Voss", "Delvoria")
