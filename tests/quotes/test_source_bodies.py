"""Whom a speaker speaks for, taken from the source phrase that introduces her, not from the publisher.

"A spokesman for the X Council (, an industry body,) said", "the observer for the Y Alliance(, NAME,) said",
« un porte-parole du Z », a body inside the role's own relative clause ("NAME, a former minister who now
advises the X, said"), "speaking on behalf of the X", and an unnamed source in the sentence just before a
quotation ("A senior official of the X, speaking on condition of anonymity, said … . “…”"). The
sentences are written for these tests, as different press writers would phrase them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    ("A spokesman for the Cane Farmers Council, an industry body, said in an emailed statement that the ban was "
     "\"a political decision dressed up as a legal one.\" He declined to be named.", "", "Cane Farmers Council"),
    ("A spokeswoman for the Lowland Water Board, who declined to be named, said: “We will publish the tests on "
     "Friday and not a day later.”", "", "Lowland Water Board"),
    ("The observer for the Coastal Health Alliance said its review of court files showed that “litigation has "
     "replaced lobbying as the industry’s main tool”.", "", "Coastal Health Alliance"),
    ("The observer for the Coastal Health Alliance, Dr Mira Lenz, speaking for youth groups, said: “We were born "
     "after this treaty. We would like to grow old under it.”", "Mira Lenz", "Coastal Health Alliance"),
    ("Jonas Abara, 61, a former trade minister who now advises the Union of Island Exporters, said farmers were "
     "paying for the talks. “We have waited twenty years for the alternatives we were promised,” he said.",
     "Jonas Abara", "Union of Island Exporters"),
    ("Speaking on behalf of the Landlocked States Group, Ambassador Tomas Reyes said: “We cannot pay twice for "
     "the same promise.”", "Tomas Reyes", "Landlocked States Group"),
    ("A senior official of the Treaty Secretariat, speaking on condition of anonymity, said the demands were "
     "fair but the money was not there. “Everyone agrees someone should pay. Nobody agrees it should be them.”",
     "", "Treaty Secretariat"),
]
FR = [
    (f"Un porte-parole du Conseil des planteurs de canne, un lobby du secteur, a dénoncé dans un courriel "
     f"«{NB}une décision politique déguisée en décision juridique{NB}».", "", "Conseil des planteurs de canne"),
    (f"«{NB}Nous publierons les analyses vendredi, pas un jour plus tard{NB}», a indiqué une porte-parole de la "
     f"Régie des eaux de la plaine.", "", "Régie des eaux de la plaine"),
    (f"L'observateur de l'Alliance pour la santé côtière a déclaré que «{NB}le contentieux a remplacé le lobbying "
     f"comme outil principal de l'industrie{NB}».", "", "Alliance pour la santé côtière"),
    (f"L'observatrice de l'Alliance pour la santé côtière, Mira Lenz, a estimé que «{NB}le contentieux a remplacé "
     f"le lobbying{NB}».", "Mira Lenz", "Alliance pour la santé côtière"),
    (f"Jonas Abara, ancien ministre du commerce qui conseille aujourd'hui l'Union des exportateurs insulaires, a "
     f"déclaré{NB}: «{NB}Nous attendons depuis vingt ans les solutions promises.{NB}»", "Jonas Abara",
     "Union des exportateurs insulaires"),
    (f"S'exprimant au nom du Groupe des États enclavés, l'ambassadeur Tomas Reyes a déclaré{NB}: «{NB}Nous ne "
     f"pouvons pas payer deux fois la même promesse.{NB}»", "Tomas Reyes", "Groupe des États enclavés"),
    (f"Un haut fonctionnaire du Secrétariat du traité, qui a requis l'anonymat, a jugé les demandes justes. "
     f"«{NB}Tout le monde convient que quelqu'un doit payer.{NB}»", "", "Secrétariat du traité"),
]


@pytest.mark.parametrize("text, speaker, org", EN + FR)
def test_the_source_phrase_says_whom_the_words_come_from(text, speaker, org):
    q = one(text, own_voice=False)
    assert (q.speaker, q.organisation) == (speaker, org)


@pytest.mark.parametrize("text", [
    "A delegate from a producing country, who asked not to be named because talks were under way, disagreed. "
    "“You cannot close a door on forty thousand families who grow leaf for a living.”",
    f"Un délégué d'un pays producteur, qui a requis l'anonymat, n'est pas d'accord. «{NB}On ne ferme pas la porte "
    f"à quarante mille familles qui vivent de la feuille.{NB}»",
])
def test_an_unnamed_dissenter_just_before_the_quotation_is_its_source_and_nobody_is_named(text):
    q = one(text)
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "")


def test_what_kind_of_body_it_is_does_not_replace_the_body():
    q = one("The Heated Leaf Council, an industry lobby, said the exclusion was “a legal trick and nothing more”, in a statement "
            "sent to reporters on Monday.", own_voice=False)
    assert q.speaker == ""


@pytest.mark.parametrize("text, org", [
    ("Her words were echoed by the Society of Rural Medicine, which warned in a paper circulated to delegates that "
     "“green leaf sickness is the disease no ministry counts”.", "Society of Rural Medicine"),
    ("The same point was made by the Kessel Institute for Lung Research, which said on Monday that “half of all "
     "smokers die of their habit”.", "Kessel Institute for Lung Research"),
    ("The call was backed by the Union of Island Exporters, which argued in a letter to the Chair that “no grower "
     "should pay twice for the same promise”.", "Union of Island Exporters"),
    (f"Ses propos ont été repris par la Société de médecine rurale, qui a averti dans une note que «{NB}la maladie "
     f"du tabac vert est la maladie qu'aucun ministère ne compte{NB}».", "Société de médecine rurale"),
    (f"Le même constat a été dressé par l'Institut Kessel de recherche pulmonaire, qui a rappelé lundi que «{NB}la "
     f"moitié des fumeurs meurent de leur tabagisme{NB}».", "Institut Kessel de recherche pulmonaire"),
    (f"L'appel a été soutenu par l'Union des exportateurs insulaires, qui a estimé dans une lettre que «{NB}aucun "
     f"planteur ne doit payer deux fois la même promesse{NB}».", "Union des exportateurs insulaires"),
])
def test_a_body_whose_own_relative_clause_says_the_words_is_their_source(text, org):
    q = one(text, own_voice=False)
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", org)


def test_an_observer_for_a_state_speaks_for_it_in_french():
    q = one(f"Awa Tall, observatrice pour le Valdor, a lancé{NB}: «{NB}Maintenant, il faut que quelqu'un achète notre "
            f"sorgho.{NB}»")
    assert (q.speaker, q.organisation) == ("Awa Tall", "Valdor")


@pytest.mark.parametrize("text, org", [
    ("“We will publish the tests on Friday,” said a spokesman for the Port Ivel Harbour Board.",
     "Port Ivel Harbour Board"),
    ("An official of the Coastal Fisheries Board, who asked not to be named, said: “The quota is already spent.”",
     "Coastal Fisheries Board"),
    (f"«{NB}Nous publierons les analyses vendredi{NB}», a indiqué un porte-parole de la Régie Eaux du Plateau.",
     "Régie Eaux du Plateau"),
    ("A spokesman for the Prime Minister said: “The Prime Minister will not attend the closing session.”", ""),
    (f"Un porte-parole du Président a indiqué{NB}: «{NB}Le Président ne viendra pas à la clôture.{NB}»", ""),
])
def test_a_body_named_in_title_case_is_whom_an_unnamed_spokesperson_speaks_for_but_an_office_is_not(text, org):
    q = one(text, own_voice=False)
    assert (q.speaker, q.organisation) == ("", org)
