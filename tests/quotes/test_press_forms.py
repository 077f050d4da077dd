"""Further forms of press writing, each in English and French: who spoke, whom for, and what is no quotation.

The sentences are written for these tests (fictional people, places and organisations).
"""

from __future__ import annotations

import pytest

from presskit.model import Quote

from tests.quotes import finding
from tests.quotes.finding import NB, ORG

KNOWN = ["International Clearance Agency", "Agence internationale de déminage"]


def quotes(pages: str | list[str], **kw) -> list[Quote]:
    kw.setdefault("known_organisations", KNOWN)
    return finding.quotes(pages, **kw)


def one(pages, **kw) -> Quote:
    kw.setdefault("known_organisations", KNOWN)
    return finding.one(pages, **kw)


# --- what is no quotation ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The alliance’s count, released in its study “Counting Who Counts: a field guide”, lists forty towns.",
    f"Le décompte de l’alliance, publié dans son étude «{NB}Compter ceux qui comptent : un guide de terrain{NB}», "
    "recense quarante villes.",
])
def test_a_title_right_after_its_noun_is_a_title_even_after_in_its(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    "The Kellerman Institute wrote in its annual report, “Every year the same towns are hit, and every year we "
    "count them again.”",
    f"L’Institut Kellerman écrit dans son rapport annuel{NB}: «{NB}Chaque année, les mêmes villes sont touchées, "
    f"et chaque année nous les comptons à nouveau.{NB}»",
])
def test_words_quoted_from_a_report_after_a_comma_or_colon_stay_a_quotation(text):
    assert len(quotes(text)) == 1


@pytest.mark.parametrize("text", [
    "Several delegations called the review a light one, and others spoke of “acceptable levels of harm”. "
    "“There is no acceptable level,” said Amal Nour.",
    f"Plusieurs délégations ont qualifié l’examen d’exercice léger, d’autres ont parlé de «{NB}niveaux acceptables "
    f"de dommages{NB}». «{NB}Il n’y a pas de niveau acceptable{NB}», a déclaré Amal Nour.",
])
def test_a_phrase_held_at_a_distance_after_of_or_de_is_no_quotation(text):
    assert [q.speaker for q in quotes(text)] == ["Amal Nour"]


# --- headlines and wrapped lines ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Dr Ivo Marsh, whose team has mapped every crater in the valley since the war ended, told reporters in the\n"
    "Grand Hall of Nations: “The map is finished. The clearing has not started.”",
    "La docteure Ines Morel, dont l’équipe cartographie chaque cratère de la vallée depuis la fin de la guerre, "
    f"a confié aux journalistes dans la\nSalle Rouge{NB}: «{NB}La carte est finie. Le déminage n’a pas commencé.{NB}»",
])
def test_a_line_that_goes_on_with_its_sentence_is_no_headline(text):
    q = one(text)
    assert q.speaker in ("Ivo Marsh", "Ines Morel") and q.attribution == "named"


# --- who is no name, who is --------------------------------------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("Tarsia’s deputy minister, Lukas Brenner, listened from the back row, beside Ambassador Ana Varga of Lund. "
     "Moments later, “a plan without money is a plan for the rich,” he told the plenary.", "Lukas Brenner"),
    ("Le vice-ministre de la Tarsie, Lukas Brenner, écoutait depuis le dernier rang, à côté de l’ambassadrice de "
     f"Lund, Ana Varga. Quelques instants plus tard, «{NB}un plan sans argent est un plan pour les riches{NB}», "
     "a-t-il lancé.", "Lukas Brenner"),
])
def test_a_time_that_opens_a_sentence_is_nobodys_name(text, speaker):
    q = one(text)
    assert (q.speaker, q.attribution) == (speaker, "pronoun")


@pytest.mark.parametrize("text", [
    "Back from a month in Korsa, Okafor was blunter: “Half of the schools we cleared are empty.”",
    f"De retour d’un mois à Korsa, Okafor était plus directe{NB}: «{NB}La moitié des écoles que nous avons "
    f"déminées sont vides.{NB}»",
])
def test_a_surname_alone_before_its_verb_is_the_speaker(text):
    q = one(text)
    assert q.speaker == "Okafor" and q.attribution == "named"  # the kit may give the full name


@pytest.mark.parametrize("text, org", [
    ("Ambassador Ana Varga, who represents Lund in Valmont, announced a pledge. “Lund will pay its share,” she said.",
     "Lund"),
    (f"L’ambassadrice Ana Varga, qui représente Lund à Genève, a annoncé une contribution. «{NB}Lund paiera sa "
     f"part{NB}», a-t-elle dit.", "Lund"),
])
def test_where_a_person_represents_a_state_is_no_part_of_it(text, org):
    q = one(text)
    assert (q.speaker, q.organisation) == ("Ana Varga", org)


@pytest.mark.parametrize("text", [
    "Ines Adler lost her hand in 2019.\n\nShe also remembers a delegate, in a corridor of the conference centre, "
    "who told her: “You are right, but my capital does not know it yet.” “I found that honest, at least,” she smiled.",
    "Ines Adler a perdu la main en 2019.\n\nElle se souvient d’un délégué, dans un couloir du centre de "
    f"conférences, qui lui a dit{NB}: «{NB}Vous avez raison, mais ma capitale ne le sait pas encore.{NB}» "
    f"«{NB}J’ai trouvé ça honnête, au moins{NB}», sourit-elle.",
])
def test_who_a_relative_clause_means_and_whom_the_paragraphs_own_pronoun_means(text):
    first, second = quotes(text)
    assert (first.speaker, first.attribution) == ("", "unnamed")  # the delegate, never the interviewee
    assert (second.speaker, second.attribution) == ("Ines Adler", "pronoun")  # she smiled: not the delegate


@pytest.mark.parametrize("text", [
    "Ines Adler has crossed eleven countries.\n\n“It is little, and it is enormous,” she smiled.",
    f"Ines Adler a traversé onze pays.\n\n«{NB}C’est peu, et c’est énorme{NB}», s’amuse-t-elle.",
])
def test_a_manner_of_speaking_after_a_quotation_attributes_it(text):
    assert one(text).speaker == "Ines Adler"


@pytest.mark.parametrize("text, speaker", [
    ("Omar Haddad, head of the Kessa Mine Action Centre, said the teams were ready. Ambassador Ana Varga of Lund "
     "disagreed on the timing. “We have the people and the machines,” he added.", "Omar Haddad"),
    ("Omar Haddad, directeur du Centre d’action antimines de Kessa, a présenté le bilan. L’ambassadrice Ana Varga "
     f"l’a contesté. «{NB}Nous avons les gens et les machines{NB}», poursuit-il.", "Omar Haddad"),
    ("Tomas Berg spoke after Ines Adler. “We will report by June,” she said.", "Ines Adler"),
])
def test_a_first_name_tells_whom_a_pronoun_means_when_the_text_does_not(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker, org", [
    ("“The teams are ready, but the money is not,” said to reporters Omar Haddad, head of the Kessa Mine Action "
     "Centre.", "Omar Haddad", "Kessa Mine Action Centre"),
    (f"«{NB}Les équipes sont prêtes, mais pas l’argent{NB}», a affirmé à la presse Omar Haddad, directeur du Centre "
     "d’action antimines de Kessa.", "Omar Haddad", "Centre d’action antimines de Kessa"),
])
def test_whom_the_words_were_said_to_may_stand_between_the_verb_and_the_speaker(text, speaker, org):
    q = one(text)
    assert (q.speaker, q.organisation) == (speaker, org)


@pytest.mark.parametrize("text, org", [
    ("Quote of the day\n\n“The teams are ready, but the money is not.” — Omar Haddad, Kessa Mine Action Centre\n\n"
     "Diary", "Kessa Mine Action Centre"),
    (f"La phrase du jour\n\n«{NB}Les équipes sont prêtes, mais pas l’argent.{NB}» — Omar Haddad, Centre d’action "
     "antimines\n\nAgenda", "Centre d’action antimines"),
])
def test_a_signed_quotation_gives_the_organisation_on_the_line_of_the_name(text, org):
    q = one(text)
    assert q.speaker == "Omar Haddad" and q.organisation == org


def test_a_french_incise_inside_the_quotation_attributes_it():
    q = one(f"L’ambassadrice de Lund, Ana Varga, a parlé en dernier. «{NB}Nous sommes proches, a-t-elle dit, mais "
            f"nous n’y sommes pas encore.{NB}»")
    assert (q.speaker, q.attribution) == ("Ana Varga", "pronoun")
    q = one(f"«{NB}Nous sommes proches, dit Ana Varga, mais nous n’y sommes pas encore.{NB}»")
    assert q.speaker == "Ana Varga"


def test_an_english_quotation_broken_by_its_attribution_is_attributed_twice():
    qs = quotes("Ana Varga, Lund’s ambassador, spoke last. “We are close,” she said, “but we are not there yet, "
                "and the survivors know it.”")
    assert [q.speaker for q in qs] == ["Ana Varga", "Ana Varga"]


@pytest.mark.parametrize("text, role", [
    ("Ana Varga, Lund’s ambassador, welcomed the vote and added, “This calendar is the first the treaty has ever "
     "had.”", "ambassador"),
    (f"Ana Varga, ambassadrice de Lund, a salué le vote et a ajouté{NB}: «{NB}Ce calendrier est le premier que le "
     f"traité ait jamais eu.{NB}»", "ambassadrice"),
])
def test_a_role_apposition_before_the_verb_gives_role_and_state(text, role):
    q = one(text)
    assert (q.speaker, q.role, q.organisation) == ("Ana Varga", role, "Lund")


@pytest.mark.parametrize("text, org", [
    ("“The fund is open to every State,” said a spokesperson for the International Clearance Agency.",
     "International Clearance Agency"),
    (f"«{NB}Le fonds est ouvert à tous les États{NB}», a déclaré une porte-parole de l’Agence internationale de "
     "déminage.", "Agence internationale de déminage"),
    ("“The fund is open to every State,” a spokesperson for the presidency said.", ""),
])
def test_an_unnamed_person_has_no_name_but_keeps_whom_they_speak_for(text, org):
    q = one(text)
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", org)


@pytest.mark.parametrize("text, speaker", [
    ("Ambassador Ana Varga of Lund opened the session with a warning about funding. “This calendar is the first the "
     "treaty has ever had,” the ambassador said.", "Ana Varga"),
    (f"L’ambassadrice de Lund, Ana Varga, a ouvert la séance. «{NB}Ce calendrier est le premier que le traité ait "
     f"jamais eu{NB}», a déclaré l’ambassadrice.", "Ana Varga"),
    # two ambassadors: "the ambassador" names neither
    ("Ambassador Ana Varga of Lund and Ambassador Piet Berg of Tarsia spoke. “This calendar is the first the "
     "treaty has ever had,” the ambassador said.", ""),
    # nobody introduced with that role: an unnamed official
    ("“Nobody will pay before the elections,” the official told her.", ""),
])
def test_the_role_alone_means_the_one_person_the_document_gave_that_role(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, role", [
    (f"Ana Varga, a ouvert la séance. «{NB}Ce calendrier est le premier que le traité ait jamais eu{NB}», "
     "a-t-elle dit.", ""),
    ("Ana Varga, a surgeon, was waiting outside. “This calendar is the first the treaty has ever had,” she said.",
     "surgeon"),
])
def test_a_french_verb_after_a_is_no_role(text, role):
    q = one(text)
    assert (q.speaker, q.role) == ("Ana Varga", role)


@pytest.mark.parametrize("text", [
    "Statement by Ambassador Pieter van Rijswoud\n\nMadam President, last month in Korsa, a grandmother took my "
    "hand. She told me: “Do not send us flowers. Send us deminers.”",
    "Déclaration de Mme Clémence Arbogast\n\nMadame la Présidente, le mois dernier à Korsa, une grand-mère m’a pris "
    f"la main. Elle m’a dit{NB}: «{NB}Ne nous envoyez pas de fleurs. Envoyez-nous des démineurs.{NB}»",
])
def test_a_place_before_an_unnamed_person_is_not_her_name(text):
    q = one(text)
    assert (q.speaker, q.attribution) == ("", "unnamed")  # not the statement's speaker named in its title


@pytest.mark.parametrize("text, org", [
    ("“We will hold every State to it, date by date,” said the Harbour Peace Coalition.", "Harbour Peace Coalition"),
    (f"«{NB}Nous tiendrons chaque État à ce calendrier{NB}», a déclaré la Coalition pour la paix du port.",
     "Coalition pour la paix du port"),
])
def test_an_organisation_after_the_verb_is_no_person(text, org):
    q = one(text)
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", org)


@pytest.mark.parametrize("text, speaker", [
    ("Rosalie Mbemba lost her left hand in 2019. Asked what had changed this week, she paused. “For the first "
     "time, we were not only invited to speak.”", "Rosalie Mbemba"),
    ("Rosalie Mbemba a perdu la main gauche en 2019. Interrogée sur ce qui a changé cette semaine, elle marque une "
     f"pause. «{NB}Pour la première fois, on ne nous a pas seulement invités à parler.{NB}»", "Rosalie Mbemba"),
    # about someone the text does not name: still nobody
    ("A woman in the queue shook her head. “For the first time, we were not only invited to speak.”", ""),
])
def test_a_quotation_after_a_sentence_about_a_person_is_hers_at_a_low_confidence(text, speaker):
    q = one(text)
    assert q.speaker == speaker
    if speaker:
        assert 0.5 <= q.confidence <= 0.6


@pytest.mark.parametrize("text", [
    "The coalition’s verdict: “A good start, and a long road.”",
    f"Le verdict de la coalition{NB}: «{NB}Un bon début, et une longue route.{NB}»",
])
def test_the_verdict_of_the_coalition_is_the_publishers(text):
    q = one(text)
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", ORG)


@pytest.mark.parametrize("text", [
    "Ambassador Ines Adler of Lund left early. “We heard the survivors,” Adler said on her way out, “and now we "
    "have to pay.”",
    f"L’ambassadrice Ines Adler, de Lund, est partie tôt. «{NB}Nous avons entendu les survivants, a glissé "
    f"l’ambassadrice Adler en sortant, maintenant il faut payer.{NB}»",
])
def test_an_attribution_inside_the_quotation_may_say_more_after_the_name(text):
    assert {q.speaker for q in quotes(text)} == {"Ines Adler"}


def test_a_closing_mark_wrapped_alone_at_the_foot_of_pages_is_not_page_furniture():
    pages = ["Le Quotidien\n« Un survivant qu’on ne visite jamais est un survivant qu’on ne compte jamais, a dit "
             "Ines Adler.\n»\nPage 1",
             "Le Quotidien\n« Nous voulons changer cela avant la prochaine réunion des États parties, a ajouté "
             "Ines Adler.\n»\nPage 2"]
    qs = quotes(pages)
    assert [q.text.split(",")[0] for q in qs] == ["Un survivant qu’on ne visite jamais est un survivant qu’on ne "
                                                  "compte jamais", "Nous voulons changer cela avant la prochaine "
                                                  "réunion des États parties"]


@pytest.mark.parametrize("text", [
    "Read the coalition’s latest briefing, “Ten questions on Article 9 and what they mean for you”, at the stand.",
    f"Lisez la dernière note de la coalition, «{NB}Dix questions sur l’article 9 et ce qu’elles signifient{NB}», "
    "au stand.",
])
def test_a_briefing_or_a_note_named_before_its_title_is_a_title(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    "Ana Varga, Lund’s ambassador, spoke last. “We are close” she said.",
    f"L’ambassadrice de Lund, Ana Varga, a parlé en dernier. «{NB}Nous sommes proches{NB}» dit-elle.",
])
def test_a_short_quotation_said_with_no_comma_is_still_a_quotation(text):
    assert one(text).speaker == "Ana Varga"


@pytest.mark.parametrize("text, org", [
    ("The Kellerman Institute’s latest review found that “states that report regularly record fewer civilian "
     "casualties”.", "Kellerman Institute for Peace Studies"),
    (f"La dernière étude de l’Institut Kellerman montre que «{NB}les États qui font rapport régulièrement "
     f"enregistrent moins de victimes civiles{NB}».", "Institut Kellerman d’études sur la paix"),
])
def test_what_a_study_found_is_its_organisations_by_the_full_name_the_kit_knows(text, org):
    q = one(text, known_organisations=["Kellerman Institute for Peace Studies", "Institut Kellerman d’études sur la paix"])
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", org)
