"""A body the kit knows, called by the first word of its name after an article (« la Veille » for « Veille
pollinisateurs Marrenby », "the Vigil" for "Vigil for Pollinators"), is that body: its words are its own and a
person "of" it speaks for it. A capitalised word that begins no name, or two names, stays what it was. Written for
these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

OWN_EN, OWN_FR = "Vigil for Pollinators", "Veille pollinisateurs Marrenby"
KNOWN = ("Sentinel Network for Hedgerows", "Sentinelle des haies")

EN = [  # (text, speaker, organisation)
    ("A Tarquessan adviser said her country would sign last. “Then sign first,” replied the Vigil.", "", OWN_EN),
    ("Ana Lind, director of the Vigil, met ministers. “We did not come for a photo,” she said.", "Ana Lind", OWN_EN),
    ("“The annex is still empty,” the Sentinel said in its morning note.", "", KNOWN[0]),
    pytest.param("Q: Who is on your side? A: The Vigil has said it plainly: “No fund, no bees.”", "", OWN_EN,
                 marks=pytest.mark.xfail(strict=True, reason="a body by its first word as the subject of a clause with no verb of saying (was blunt, has said it plainly) is read as unnamed")),
    pytest.param("The Vigil was blunt in its newsletter: “A session without a fund is a session lost.”", "", OWN_EN,
                 marks=pytest.mark.xfail(strict=True, reason="a body by its first word as the subject of a clause with no verb of saying (was blunt, has said it plainly) is read as unnamed")),
    ("Tom Berg, who speaks for the Sentinel, told us: “The hedges are the cheapest measure.”", "Tom Berg", KNOWN[0]),
]
FR = [
    (f"Une conseillère tarquessienne a dit que son pays signerait le dernier. «{NB}Alors signez le premier{NB}», a répondu "
     "la Veille.", "", OWN_FR),
    (f"Ana Lind, directrice de la Veille, reçoit dans un café. «{NB}Je ne suis pas venue pour une photo{NB}», glisse-t-elle.",
     "Ana Lind", OWN_FR),
    (f"«{NB}L’annexe est toujours vide{NB}», a indiqué la Sentinelle dans sa note du matin.", "", KNOWN[1]),
    (f"La Veille l’a dit sans détour{NB}: «{NB}Pas de fonds, pas d’abeilles.{NB}»", "", OWN_FR),
    pytest.param(f"Dans sa lettre du soir, la Veille a été nette{NB}: «{NB}Une session sans fonds est une session perdue.{NB}»",
                 "", OWN_FR, marks=pytest.mark.xfail(strict=True, reason="a body by its first word as the subject of a clause with no verb of saying (was blunt, has said it plainly) is read as unnamed")),
    (f"Tom Berg, porte-parole de la Sentinelle, nous a dit{NB}: «{NB}Les haies coûtent le moins cher.{NB}»", "Tom Berg",
     KNOWN[1]),
]


def _found(text, lang):
    return [(q.speaker, q.organisation) for q in quotes(text, language=lang, own_voice=False,
                                                        default_organisation=OWN_EN, own_organisations=(OWN_FR,),
                                                        known_organisations=KNOWN)]


@pytest.mark.parametrize("text,speaker,org", EN)
def test_english_body_by_the_first_word_of_its_name(text, speaker, org):
    assert _found(text, "en")[-1] == (speaker, org)


@pytest.mark.parametrize("text,speaker,org", FR)
def test_french_body_by_the_first_word_of_its_name(text, speaker, org):
    assert _found(text, "fr")[-1] == (speaker, org)


def test_a_word_that_begins_two_names_is_neither():
    got = quotes(f"«{NB}L’annexe est toujours vide{NB}», a indiqué la Veille dans sa note.", language="fr",
                 own_voice=False, known_organisations=("Veille des haies", "Veille des sols"))
    assert [q.organisation for q in got] not in (["Veille des haies"], ["Veille des sols"])
