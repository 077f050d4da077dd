"""A quotation over several paragraphs in a PDF (lines wrapped, no blank line between paragraphs), each of its
paragraphs opening with a mark of its own and only the last one closed, as English and French writers set a
long testimony: its paragraphs end where a sentence ends on a short line and the next line opens a mark, so
the person the paragraph before introduces with a colon is its speaker, and the paragraph after it is a
paragraph of its own (« La coalition rappelle … « … », précise-t-elle » is the coalition's, not the
speaker's). A last line as wide as the page's full lines cannot be told from a wrapped one: its
paragraph runs on. Written for these tests, in the forms of releases, wires, newsletters and statements.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.quotes.finding import NB, quotes


def pdf_page(*paras: str) -> str:
    """``paras`` as a PDF page's text reads: lines wrapped at one width, no blank line between paragraphs."""
    return "\n".join(textwrap.fill(p, 96) for p in paras)


LEAD_EN = ("Geneva, 4 May — The meeting opened this morning with an appeal from the countries of the delta, "
           "who asked for a fund of their own and for a calendar that the secretariat would publish every week.")
LEAD_FR = ("Genève, 4 mai — La réunion s’est ouverte ce matin sur un appel des pays du delta, qui demandent un "
           "fonds à eux et un calendrier que le secrétariat publierait chaque semaine jusqu’à la clôture.")
EN = [  # (introduction, the quotation's two paragraphs, the paragraph after)
    ("Amara Quist, coordinator of the Delta Rescue Network, spoke at the opening session:",
     "Amara Quist"),
    ("In her statement to the plenary, Minister Ines Valk of Ostmark told the story of her district:",
     "Ines Valk"),
    ("Hours later, Jon Arvid Brekke, a nurse from the northern valleys, gave the delegates his account:",
     "Jon Arvid Brekke"),
    ("Then the floor went to Lucia Ferrante, who chairs the network of village midwives, and she said this:",
     "Lucia Ferrante"),
    ("Our director, Pavel Horak, closed the side event with these words:", "Pavel Horak"),
    ("Asked what had changed since the last meeting, Nadia Osei, a field doctor, answered:", "Nadia Osei"),
]
FR = [
    ("Amara Quist, coordinatrice du Réseau de secours du delta, a pris la parole lors de la séance d’ouverture :",
     "Amara Quist"),
    ("Dans sa déclaration en plénière, la ministre ostmarienne Ines Valk a raconté l’histoire de son district :",
     "Ines Valk"),
    ("Quelques heures plus tard, Jon Arvid Brekke, infirmier des vallées du nord, a livré son récit aux délégués :",
     "Jon Arvid Brekke"),
    ("La parole est ensuite revenue à Lucia Ferrante, qui préside le réseau des sages-femmes de village :",
     "Lucia Ferrante"),
    ("Notre directeur, Pavel Horak, a conclu l’événement parallèle par ces mots :", "Pavel Horak"),
    ("Interrogée sur ce qui avait changé depuis la dernière réunion, Nadia Osei, médecin de terrain, a répondu :",
     "Nadia Osei"),
]
BODY_EN = ("“I was bitten when I was twelve. It took two days in a cart and three clinics before anyone found a "
           "single vial.", "“I am alive because my mother sold our cow. No family should have to choose.”")
BODY_FR = ("« J’ai été mordue à douze ans. Il a fallu deux jours de charrette et trois dispensaires pour trouver un "
           "flacon.", "« Je suis vivante parce que ma mère a vendu notre vache. Aucune famille ne devrait faire ce choix. »")
AFTER_EN = ("The coalition recalls that its petition for a fund has now gathered 212,000 signatures from the delta. "
            "“We will hand them to the Bureau on Thursday,” it said.")
AFTER_FR = ("La coalition rappelle que sa pétition pour un fonds a recueilli 212 000 signatures dans le delta. "
            f"«{NB}Nous les remettrons jeudi au Bureau de la conférence{NB}», précise-t-elle.")


@pytest.mark.parametrize("lang,intro,speaker", [("en", *c) for c in EN] + [("fr", *c) for c in FR])
def test_a_quotation_over_wrapped_paragraphs_is_the_one_introduced(lang, intro, speaker):
    body, after, lead = (BODY_EN, AFTER_EN, LEAD_EN) if lang == "en" else (BODY_FR, AFTER_FR, LEAD_FR)
    qs = quotes(pdf_page(lead, intro, *body, after), language=lang, own_voice=False)
    first = next(q for q in qs if "bitten" in q.text or "mordue" in q.text)
    assert first.speaker == speaker
    assert "vache" in first.text or "cow" in first.text  # both paragraphs are one quotation
    last = next(q for q in qs if "Thursday" in q.text or "jeudi" in q.text)
    assert (last.speaker, last.organisation) == ("", "Harbour Coalition")  # the coalition's, not the speaker's
