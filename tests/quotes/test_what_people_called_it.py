"""Words a person or a delegation called something, or that the text says were her own, are her quotation
however short ("called the text “a trap for small launchers”", « a qualifié la décision de « texte que personne
n’appliquera » », « un « compromis honorable », selon ses propres mots »); a nickname of three words or fewer
after a verb of calling ("called the draft “a half-open door”") is held at a distance, nobody's quotation.
Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

INTRO_EN = "Kaldoria and Ostrevan spoke on the second day. "
INTRO_FR = "La Kaldorie et l’Ostrévanie ont parlé le deuxième jour. "

#: (text, words, speaker, organisation)
CALLED_EN = [
    ("A negotiator from Ostrevan, speaking off the record, called the bracketed text “a trap for small "
     "launchers”.", "a trap for small launchers", "", "Ostrevan"),                                         # newsletter
    ("The presidency circulated a compromise that the Kaldorian delegation called “a floor, not a ceiling”.",
     "a floor, not a ceiling", "", "Kaldoria"),                                                               # feature
    ("Ambassador Lea Brandt of Kaldoria called the draft “late, but better than nothing”.",
     "late, but better than nothing", "Lea Brandt", "Kaldoria"),                                              # wire
    ("11:02 — Lea Brandt, Kaldoria’s ambassador, described the text as “a promise with no date on it”.",
     "a promise with no date on it", "Lea Brandt", "Kaldoria"),                                               # live blog
    ("Dr Ivo Marsh of the Kessel Institute said the figures were “conservative, if anything”.",
     "conservative, if anything", "Ivo Marsh", "Kessel Institute"),                                           # briefing
    ("Ambassador Lea Brandt of Kaldoria welcomed a “fair deal”, as she put it.", "fair deal", "Lea Brandt",
     "Kaldoria"),                                                                                             # statement
]
CALLED_FR = [
    ("Un membre de la délégation de l’Ostrévanie, qui n’était pas autorisé à parler, a qualifié la décision de "
     "« texte que personne n’appliquera ».", "texte que personne n’appliquera", "", "Ostrévanie"),
    (f"La présidence a fait circuler un compromis que l’ambassadrice Lea Brandt a aussitôt qualifié de «{NB}plancher, "
     f"pas plafond{NB}».", "plancher, pas plafond", "Lea Brandt", ""),
    ("La ministre kaldorienne des Sciences, Lea Brandt, a salué un « compromis honorable », selon ses propres mots.",
     "compromis honorable", "Lea Brandt", ""),
    ("L’ambassadrice Lea Brandt a décrit l’accord comme « une promesse sans date ».", "une promesse sans date",
     "Lea Brandt", ""),
    ("10 h 05 — Lea Brandt a décrit le projet comme « un texte pour rien, ou presque ».",
     "un texte pour rien, ou presque", "Lea Brandt", ""),
    ("Lea Brandt, ambassadrice de la Kaldorie, a parlé d’un « accord juste », pour reprendre ses termes.",
     "accord juste", "Lea Brandt", "Kaldorie"),
]
EPITHETS_EN = [
    "Campaigners from the Kessel Coalition called the draft “a half-open door”.",
    "A delegate, speaking off the record, called the plan “the snail doctrine”.",
    "Dr Ivo Marsh called the gap “the blank continent”.",
    "Several donors have described their support as “burden-sharing” while cutting budgets.",
    "Diplomats called the chosen wording “constructive ambiguity”.",
    "Several delegations described the refusals as “technical delays”.",
]
EPITHETS_FR = [
    "Les militants de la Coalition de Kessel ont qualifié le projet de « porte entrouverte ».",
    "Un délégué a qualifié le plan de « doctrine de l’escargot ».",
    "Le docteur Ivo Marsh a qualifié la lacune de « continent blanc ».",
    "Plusieurs donateurs ont décrit leur soutien comme « partage du fardeau ».",
    f"Les diplomates ont qualifié la formule d’«{NB}ambiguïté constructive{NB}».",
    "Plusieurs délégations ont qualifié les refus de « retards techniques ».",
]


def _quotes(text: str):
    fr = "«" in text
    return quotes((INTRO_FR if fr else INTRO_EN) + text, language="fr" if fr else "en", own_voice=False)


@pytest.mark.parametrize("text, words, speaker, org", CALLED_EN + CALLED_FR)
def test_words_called_or_said_to_be_one_s_own_are_quoted(text, words, speaker, org):
    [q] = _quotes(text)
    assert (q.text, q.speaker) == (words, speaker)
    if org:
        assert q.organisation == org


@pytest.mark.parametrize("text", EPITHETS_EN + EPITHETS_FR)
def test_nicknames_after_a_verb_of_calling_are_no_quotation(text):
    assert _quotes(text) == []


#: a nickname right after another person's quotation: the sentence that calls it starts after that quotation's
#: closing mark, so the verb of saying before the mark is not the nickname's
AFTER_A_QUOTE = [
    "Ines Varga added: “Give us the rivers and we will give you swimmers.” The instructors call the first lesson "
    "“the morning rope of the ford”.",
    "“We count them twice a day,” Ines Varga said. Villagers call the crossing “the mouth of the river”.",
    "10:40 — Ines Varga told the panel: “Nobody swims alone here.” Wardens call the hour after a flood “the "
    "quiet water hour”.",
    "Ines Varga said: “Ten lessons are enough.” Parents call the course “the summer of the rope”.",
    "Newsletter. Ines Varga warned: “The lake does not care.” Fishermen call that lake “the patient one at dusk”.",
    "Ines Varga recalled: “It rose four metres in a night.” Residents now call that spring “the long night of "
    "March”.",
    f"Ines Varga a ajouté{NB}: «{NB}Donnez-nous les rivières, nous vous rendrons des nageurs.{NB}» Les moniteurs "
    f"appellent la première leçon «{NB}la corde du matin{NB}».",
    f"«{NB}On les compte deux fois par jour{NB}», dit Ines Varga. Les villageois appellent le gué «{NB}la bouche "
    f"du fleuve{NB}».",
    f"10 h 40 — Ines Varga a prévenu{NB}: «{NB}Personne ne nage seul ici.{NB}» Les gardiens surnomment l’heure qui "
    f"suit la crue «{NB}l’heure de l’eau calme{NB}».",
    f"Ines Varga a dit{NB}: «{NB}Dix leçons suffisent.{NB}» Les parents appellent ce stage «{NB}l’été de la "
    f"corde{NB}».",
    f"Bulletin. Ines Varga a averti{NB}: «{NB}Le lac s’en moque.{NB}» Les pêcheurs appellent ce lac «{NB}le patient "
    f"du soir{NB}».",
    f"Ines Varga a rappelé{NB}: «{NB}Il est monté de quatre mètres en une nuit.{NB}» Les riverains nomment ce "
    f"printemps «{NB}la longue nuit de mars{NB}».",
]


@pytest.mark.parametrize("text", AFTER_A_QUOTE)
def test_a_nickname_after_another_s_quotation_is_no_quotation(text):
    assert [q.speaker for q in _quotes(text)] == ["Ines Varga"]
