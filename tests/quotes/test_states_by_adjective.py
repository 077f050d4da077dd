"""A State given only by its adjective ("la ministre talvésienne", "the Dravonian delegation", « un diplomate
dravonien ») speaks for that State: when the document names the State with other accents (« la Talvèse »
beside « talvésienne »), and when only another document of the kit names it. The sentences are written for
these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from presskit.model import Item
from presskit.quotes.settle import quotes_of_item, settle_attribution
from tests.quotes.finding import NB, one

# the State named in the same document, its adjective written with other accents
SAME_DOCUMENT = [
    (f"Le lac est partagé avec la Talvèse. La ministre talvésienne de l'Eau, Irène Vasquez-Holm, dont le "
     f"gouvernement n'a rien publié, a affirmé{NB}: «{NB}Le lac n'appartient à personne.{NB}»", "Talvèse"),
    (f"La Sérévie a fermé ses vannes. «{NB}Nous respecterons le calendrier{NB}», a assuré le vice-ministre "
     f"sérévien de l'Énergie, Paul Armand-Krüger.", "Sérévie"),
    (f"Le Norvalès conteste les chiffres. L'ambassadeur norvalésien, Marc Okonjo-Lind, a répondu{NB}: «{NB}Nos "
     f"stations fonctionnent toutes.{NB}»", "Norvalès"),
    ("Telvèsa shares the lake. The Telvesan water minister, Irene Vasquez-Holm, told the plenary: “The lake "
     "belongs to nobody and its decline is everybody’s business.”", "Telvèsa"),
    ("Sérevia closed its sluices on Monday. “We will keep to the calendar,” said the Serevian deputy minister "
     "for energy, Paul Armand-Kruger.", "Sérevia"),
]


def _item(i: str, lang: str) -> Item:
    return Item(id=i, path=f"{i}.md", sha256="", bytes=0, media="text", language=lang)


@pytest.mark.parametrize("text, state", SAME_DOCUMENT)
def test_a_states_adjective_gives_the_state_the_document_names_with_other_accents(text, state):
    q = one(text, own_voice=False)
    assert q.organisation == state


# the State named only in another document of the kit (in either language); the quoting one has its adjective
OTHER_DOCUMENT = [
    ("en", "A Dravonian diplomat, who would not be named, told me last night: “If anyone takes the dam to the "
           "Committee, we will be the first to be surprised.”"),
    ("en", "The Dravonian delegation asked for the floor to say it would “not stand in the way of a consensus "
           "on notice”."),
    ("en", "Dravonia’s neighbours were waiting. The Dravonian energy minister, Viktor Halland, said: “We have "
           "always respected our neighbours.”"),
    ("fr", f"Un diplomate dravonien, que je ne nommerai pas, m'a confié hier{NB}: «{NB}Si quelqu'un saisit le "
           f"Comité, nous serons les premiers surpris.{NB}»"),
    ("fr", f"La délégation dravonienne a demandé la parole pour dire qu'elle ne «{NB}bloquera pas un consensus sur "
           f"le préavis{NB}»."),
    ("fr", f"«{NB}Nous avons toujours respecté nos voisins{NB}», a déclaré le ministre dravonien de l'Énergie, "
           f"Viktor Halland."),
]


@pytest.mark.parametrize("lang, text", OTHER_DOCUMENT)
def test_a_states_adjective_gives_the_state_another_document_names(lang, text):
    intro = (_item("a-intro", "fr"), f"«{NB}Le barrage ne sera pas rempli sans préavis{NB}», a promis le "
                                     f"gouvernement de la Dravonie, qui l'exploite.")
    intro_en = (_item("b-intro", "en"), "“The dam will not be filled without notice,” the government of Dravonia "
                                        "said in a statement.")
    quoting = (_item("c-quoting", lang), text)
    pending = [(it, quotes_of_item(it, [t], "Open Rivers", kit_info=None)) for it, t in (intro, intro_en, quoting)]
    settle_attribution(pending)
    q = pending[-1][1][-1]
    assert q.organisation == ("Dravonia" if lang == "en" else "Dravonie")


def test_a_regional_adjective_gives_no_state():
    q = one(f"La Dravonie ferme ses vannes. Un diplomate européen m'a confié{NB}: «{NB}Tout le monde a perdu un "
            f"mois.{NB}»", own_voice=False)
    assert q.organisation == ""
