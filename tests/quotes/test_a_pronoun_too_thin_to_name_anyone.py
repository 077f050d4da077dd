"""Where a pronoun after a quotation could mean either of two people, nobody is named (an empty speaker is honest,
a wrong one is not): after "the two men" / « les deux femmes »; after a subject whose gender the text does not
say and whose own sentence has a "he" of a clause of time ("NAME had just left the podium when he took his
seat"). A person introduced by someone else's possessive ("his adviser, NAME, …. He …") leaves "he" to the man the
possessive says is one. And an unnamed
person who goes on (« Et elle ajoutait : « … » ») stays unnamed, not the statement's speaker.

The near-misses keep their speaker: a pronoun whose gender tells the two apart, "NAME said as she left the room",
a possessive's person whose gender the text gives, and "she added" after a named speaker.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


def _of(text: str, words: str, **kw):
    return next(q for q in quotes(text, **kw) if words in q.text)


_EITHER = [
    # wire copy, English
    ("The deputy fisheries minister, Oskar Lunde-Var, left the hall at noon. The minister Tomas Erdahl was waiting "
     "for him outside. The two men talked for a quarter of an hour. “We want inspectors on the quays, not more "
     "paperwork,” he told reporters afterwards.", "inspectors on the quays"),
    # feature, English, "both women"
    ("Councillor Hanne Dovik met Mayor Sigrid Amundal on the pier. Both women had fought the closure for a decade. "
     "“The harbour will outlive this council,” she said.", "outlive this council"),
    # dépêche, French
    (f"Le vice-ministre brévalien des Pêches, Oskar Lunde-Var, a quitté la salle vers midi. Le ministre Tomas Erdahl "
     f"l’attendait dans le couloir. Les deux hommes ont parlé un quart d’heure. «{NB}Nous voulons des inspecteurs sur "
     f"les quais, pas des formulaires{NB}», a-t-il ensuite assuré à la presse.", "inspecteurs sur les quais"),
    # lettre d'information, French, « toutes deux »
    (f"La conseillère Hanne Dovik a retrouvé la maire Sigrid Amundal sur la jetée. Toutes deux se battent contre la "
     f"fermeture depuis dix ans. «{NB}Le port survivra à ce conseil{NB}», a-t-elle lancé.", "survivra à ce conseil"),
    # live blog, English: a subject of no known gender with the clause's "he"
    ("**11:20** — Brevalia’s deputy minister, Dusan Lunde-Var, came straight from the airport. Kaliska Wendt-Oru of "
     "the Coastal Peoples Assembly had just left the podium when he took his seat. “Checking every hold would close "
     "our harbours for a month,” he warned.", "close our harbours"),
]


@pytest.mark.parametrize("text, words", _EITHER)
def test_a_pronoun_that_may_mean_either_of_two_people_names_nobody(text, words):
    q = _of(text, words)
    assert q.speaker == "", (q.speaker, q.attribution)


_GOES_ON = [
    # statement, French
    (f"Une garde de notre service des pêches, dont je tairai le nom à sa demande, m’a écrit la semaine dernière{NB}: "
     f"«{NB}Quand je saisis un filet, le lendemain il en passe deux.{NB}» Et elle ajoutait{NB}: «{NB}Je n’ai pas "
     f"besoin de médailles, j’ai besoin d’un bateau.{NB}»", "besoin de médailles"),
    # statement, English
    ("A harbour guard, who asked me not to give her name, wrote to me last week: “When I seize one net, two more "
     "come in the next day.” She added: “I do not need medals, I need a boat.”", "need medals"),
    # newsletter, English, the verb after the quotation
    ("A skipper from the northern fleet, who did not want to be named, was blunt: “The quotas are written for "
     "trawlers.” “Nobody asked the small boats,” he added.", "Nobody asked the small boats"),
]


@pytest.mark.parametrize("text, words", _GOES_ON)
def test_an_unnamed_person_who_goes_on_stays_unnamed(text, words):
    q = _of(text, words, default_speaker="Ingrid Haldor-Vik")
    assert q.speaker == "", (q.speaker, q.attribution)


def test_a_pronoun_whose_gender_tells_the_two_apart_keeps_its_speaker():
    text = ("Ms Hanne Dovik met the minister Tomas Erdahl on the pier. The two men from his office stood back. "
            "“The harbour will outlive this council,” she said.")
    assert _of(text, "outlive this council").speaker == "Hanne Dovik"


def test_a_clause_of_the_speaker_s_own_saying_keeps_its_speaker():
    text = ("Kaliska Wendt-Oru told reporters as she left the room that the fund must open in 2029. Dusan Brel-Aavik "
            "nodded. “After that, everything is negotiable,” she said.")
    assert _of(text, "everything is negotiable").speaker == "Kaliska Wendt-Oru"


def test_the_possessive_s_own_man_is_he():
    text = ("Did the minister help?\n\nMinister Erdahl came to our congress. Afterwards his adviser, Kaliska "
            "Wendt-Oru, walked me to the car. He had told the hall that “no inspector should be afraid to testify”.")
    assert _of(text, "afraid to testify").speaker == "Erdahl"


def test_a_possessive_s_person_whose_gender_the_text_gives_keeps_her_speaker():
    text = ("Minister Tomas Erdahl came to our congress. Afterwards his adviser, Ms Kaliska Wendt-Oru, walked me to "
            "the car. She had told the hall that “no inspector should be afraid to testify”.")
    assert _of(text, "afraid to testify").speaker == "Kaliska Wendt-Oru"


def test_a_named_speaker_who_goes_on_keeps_her_name():
    text = (f"L’ambassadrice Sigrid Amundal a été nette{NB}: «{NB}Le port restera ouvert.{NB}» Et elle ajoutait{NB}: "
            f"«{NB}Nous paierons les inspecteurs.{NB}»")
    assert _of(text, "paierons les inspecteurs").speaker == "Sigrid Amundal"
