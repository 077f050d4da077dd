"""The body that says "we": a person a release calls "our director" speaks for the release's organisation
wherever the text puts "our" (before or after the name, or only where the person is first introduced), and
the words "we wrote" / « avons-nous écrit » are the organisation's own. The sentences are written for these
tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, one, quotes

# the name, then "our ROLE" after it
AFTER_NAME = [
    ("“Nobody has said the word ‘aquifer’ all week,” said Lena Okafor-Brandt, our director, at a briefing "
     "this morning.", "Lena Okafor-Brandt"),
    ("“The forests will not wait for the next meeting,” Tomas Rielle, our campaigns lead, told reporters.",
     "Tomas Rielle"),
    ("Speaking for the network, Ada Kwesi-Marlow, our policy officer, was blunt: “A deadline without a "
     "penalty is a wish.”", "Ada Kwesi-Marlow"),
    (f"«{NB}On parle des barrages depuis lundi, jamais des nappes{NB}», a déclaré Lena Okafor-Brandt, notre "
     f"directrice, lors d'un point presse.", "Lena Okafor-Brandt"),
    (f"«{NB}Les forêts n'attendront pas la prochaine réunion{NB}», a lancé Tomas Rielle, notre responsable des "
     f"campagnes, devant la presse.", "Tomas Rielle"),
    (f"Ada Kwesi-Marlow, notre chargée de plaidoyer, l'a dit sans détour{NB}: «{NB}Un délai sans sanction "
     f"n'est qu'un souhait.{NB}»", "Ada Kwesi-Marlow"),
]

# "our ROLE, NAME" where the person is introduced, then a pronoun or the name alone carries the words
INTRODUCED = [
    "Our field officer, Jonas Medvik, walked most of the valley himself. He presented the map with the "
    "Agency’s hydrologist, Pavel Orsini. “Half the springs my father drank from are damp stains now,” he said.",
    "Our treasurer, Imke Salvado, has run the numbers twice. The report was checked by Dr Leon Garnier of the "
    "university. “There is no cheaper water than the water you do not lose,” she told the press.",
    f"Notre chargé de terrain, Jonas Medvik, a parcouru la vallée à pied. Il a présenté la carte avec "
    f"l'hydrologue Pavel Orsini. «{NB}La moitié des sources où buvait mon père sont des taches humides{NB}», "
    f"a-t-il raconté.",
    f"Notre trésorière, Imke Salvado, a refait les comptes deux fois. Le Dr Léon Garnier les a relus. "
    f"«{NB}Il n'y a pas d'eau moins chère que celle qu'on ne perd pas{NB}», a-t-elle expliqué.",
    f"Notre juriste, Imke Salvado, a grandi au bord du lac. Salvado s'est adressée aux délégués dans leur "
    f"langue{NB}: «{NB}Le lac n'appartient à personne.{NB}»",
]

# the organisation writes in the first person plural
WE_WROTE = [
    "We say it plainly: three months protects nobody. “The coalition will back no text that leaves the "
    "villages without notice,” we wrote to the heads of delegation last night.",
    "“No dam should be filled in the dark,” we told ministers in a letter on Monday.",
    f"Nous le disons clairement{NB}: trois mois ne protègent personne. «{NB}La coalition ne soutiendra aucun "
    f"texte qui laisse les villages sans préavis{NB}», avons-nous écrit hier aux chefs de délégation.",
    f"«{NB}Aucun barrage ne doit se remplir dans le noir{NB}», écrivions-nous lundi aux ministres.",
    f"«{NB}Le delta n'est pas une variable d'ajustement{NB}», avons-nous rappelé aux délégations.",
]


@pytest.mark.parametrize("text, speaker", AFTER_NAME)
def test_our_role_after_the_name_gives_the_releases_organisation(text, speaker):
    q = one(text)
    assert (q.speaker, q.organisation) == (speaker, ORG)


@pytest.mark.parametrize("text", INTRODUCED)
def test_a_person_introduced_as_our_role_speaks_for_the_release_later(text):
    q = one(text)
    assert q.speaker in ("Jonas Medvik", "Imke Salvado")
    assert q.organisation == ORG


@pytest.mark.parametrize("text", WE_WROTE)
def test_what_we_wrote_is_the_organisations_own(text):
    q = one(text)
    assert (q.speaker, q.organisation) == ("", ORG)


@pytest.mark.parametrize("text, speaker", AFTER_NAME[:2] + AFTER_NAME[3:5])
def test_our_in_another_writers_article_is_not_the_publisher(text, speaker):
    """In a feature or a wire story "our" is the writer's outlet, not the body that hosts the article."""
    q = one(text, own_voice=False)
    assert q.speaker == speaker
    assert q.organisation != ORG


def test_our_role_of_one_person_does_not_go_to_another():
    qs = quotes("Our director, Lena Okafor-Brandt, opened the session. “We are ready,” she said. Later the "
                "minister, Paul Haran, spoke. “We are not,” Paul Haran said.")
    assert [(q.speaker, q.organisation) for q in qs][0] == ("Lena Okafor-Brandt", ORG)
    assert qs[1].speaker == "Paul Haran" and qs[1].organisation != ORG


def test_our_before_a_verb_is_no_role_of_ours():
    """"what our group heard from Professor NAME" makes her no officer of the document's organisation."""
    q = one("I also wish to report what our group heard from Professor Ruth Aldana at the side event. She told "
            "us: “Give us ten more wetlands and we will give you back a million birds.”")
    assert q.speaker == "Ruth Aldana" and q.organisation != ORG
    q = one(f"Je veux rapporter ce que notre groupe a entendu de la professeure Ruth Aldana lundi. Elle nous a dit"
            f"{NB}: «{NB}Donnez-nous dix zones humides de plus, et nous vous rendrons un million d'oiseaux.{NB}»")
    assert q.speaker == "Ruth Aldana" and q.organisation != ORG
