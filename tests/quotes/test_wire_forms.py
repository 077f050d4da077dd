"""Wire-copy forms written before measuring on new text, none of them from an evaluation half.

A news agency between the verb and the speaker (« a assuré à l’AFP NAME », "said to Reuters NAME"); an
organisation whose name ends in Programme (and its French name in sentence case, "des Nations unies pour
les océans") speaking through "has estimated that"; « l’a rappelé devant vous le ROLE, NAME » and "My
colleague from X, Ambassador NAME"; a French object pronoun before the verb (« NAME, qui …, me répète
: »); a collective (« du collectif Mer propre ») as an organisation. The sentences are written for these
tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_a_news_agency_between_the_verb_and_the_speaker_is_the_listener():
    q = one(f"«{NB}Nous ne lâcherons rien{NB}», a assuré à l'AFP Karim Belkacem, porte-parole du collectif Mer propre.")
    assert (q.speaker, q.role, q.organisation) == ("Karim Belkacem", "porte-parole", "collectif Mer propre")
    q = one("“We will give up nothing,” said to Reuters Karim Belkacem, spokesman for the Clean Sea Collective.")
    assert q.speaker == "Karim Belkacem"


def test_a_programme_is_an_organisation_in_both_languages():
    q = one("The United Nations Ocean Programme has estimated that “catches will fall by a third before 2050 on "
            "current policies”.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "United Nations Ocean Programme")
    q = one(f"Le Programme des Nations unies pour les océans a estimé que «{NB}les prises baisseront d'un tiers d'ici "
            f"2050{NB}».")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation",
                                                          "Programme des Nations unies pour les océans")


def test_a_role_then_a_name_after_an_inverted_verb_and_its_listener():
    q = one(f"Comme l'a rappelé devant vous le Haut-Commissaire à la pêche de mon pays, Bertrand Okafor, «{NB}le "
            f"meilleur filet est celui qu'on ne jette pas{NB}».")
    assert q.speaker == "Bertrand Okafor"
    q = one("As the High Commissioner for fisheries of my country, Bertrand Okafor, reminded you, “the best net is "
            "the one we never throw away”.")
    assert q.speaker == "Bertrand Okafor"


def test_a_colleague_from_a_state_speaks_for_it():
    q = one("My colleague from Lanvera, Ambassador Nguyen Thu Ha, said yesterday that “a cap without a pathway is "
            "a wish, and a pathway without a cap is a delay”.")
    assert (q.speaker, q.organisation) == ("Nguyen Thu Ha", "Lanvera")
    q = one(f"Mon homologue de la Lanverie, l'ambassadrice Nguyen Thu Ha, a dit hier qu'«{NB}un plafond sans "
            f"trajectoire est un vœu pieux{NB}».")
    assert (q.speaker, q.organisation) == ("Nguyen Thu Ha", "Lanverie")


def test_an_object_pronoun_before_the_verb_is_not_the_subject():
    q = one(f"C'est la devise de mon directeur. Tomas Weber, qui dirige notre département de toxicologie, me répète "
            f"depuis des années{NB}: «{NB}Mesurer d'abord, crier ensuite, jamais l'inverse.{NB}»")
    assert q.speaker == "Tomas Weber"
    q = one("It is my director's motto. Tomas Weber, who runs our toxicology department, has told me for years: "
            "“Measure first, shout later, never the other way round.”")
    assert q.speaker == "Tomas Weber"
    q = one(f"Comme nous l’avions promis le premier jour{NB}: «{NB}Chaque rapport, chaque État, chaque soir, jusqu’au "
            f"bout{NB}».")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "Harbour Coalition")  # "nous": we


def test_several_speakers_at_once_single_out_nobody():
    q = one(f"Anna Weber et Paul Mensah ont tenu une conférence de presse commune. «{NB}Nous avons deux jours, pas un "
            f"de plus{NB}», ont-ils déclaré.")
    assert q.speaker == ""
    q = one("Anna Weber and Paul Mensah held a joint press conference. “We have two days and not one more,” they "
            "said.")
    assert q.speaker == ""
    q = one("Anna Weber and Paul Mensah held a joint press conference.\n\n“We have two days and not one more.”")
    assert q.speaker == ""  # the sentence before is about two people: which of them spoke is a guess


def test_a_ministry_in_lower_case_after_a_role_is_whom_she_speaks_for():
    q = one(f"La porte-parole du ministère norvien des Pêches, Kim Lund, a été claire{NB}: «{NB}Pas de quotas, pas "
            f"d'accord.{NB}»")
    assert (q.speaker, q.role, q.organisation) == ("Kim Lund", "porte-parole", "ministère norvien des Pêches")
    q = one("“No quotas, no deal,” said Kim Lund, spokesperson of the ministry of fisheries of Norvia.")
    assert (q.speaker, q.organisation) == ("Kim Lund", "Norvia")


def test_french_ways_of_giving_someones_view():
    q = one(f"À en croire Anna Weber, directrice du Réseau des pêcheuses, «{NB}le texte ne tiendra pas la nuit{NB}».")
    assert (q.speaker, q.role, q.organisation) == ("Anna Weber", "directrice", "Réseau des pêcheuses")
    q = one(f"Aux yeux d'Anna Weber, «{NB}le texte ne tiendra pas la nuit, quoi qu'en dise la présidence{NB}».")
    assert q.speaker == "Anna Weber"
    q = one(f"«{NB}Ce texte est une insulte aux pêcheurs{NB}», dixit Anna Weber.")
    assert q.speaker == "Anna Weber"
    q = one(f"«{NB}Ce texte est une insulte aux pêcheurs{NB}», note sobrement Anna Weber, qui suit les négociations.")
    assert (q.speaker, q.role) == ("Anna Weber", "")  # "sobrement" is how she said it, not her role
