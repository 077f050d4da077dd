"""Whom a person speaks for when the text gives a town, a trade, a client, a colleague or a firm, and who speaks in
a transcript whose turns run together (round 52, read on the `pocket/` half's misses). The sentences are written
for these tests, in the press styles those misses showed: a petition's signatories with their towns, a carer from a
State who holds no office, a lawyer for a company, an analyst's "our colleague", "the company" after "X plc", a TV
debate's transcript, a reader's question in an advice column.
"""

from __future__ import annotations

import pytest

from presskit.model import Item
from presskit.quotes.settle import quotes_of_item, settle_attribution
from tests.quotes.finding import NB, ORG, one, quotes, settled_kit


# -- a town after the name is where she lives --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“My grandmother never once locked a door behind her,” wrote Dolores Achterby, of Kessel-on-Wyre.",
    "Priya Wendle-Saleh, of Lannbury, a nurse: \"I signed on my night shift.\"",
    "Colm Fairley-Dube, of Lannbury: ‘Signed. Embarrassed it took a petition.’",
])
def test_a_town_after_a_comma_is_where_she_lives_not_whom_she_speaks_for(text):
    q = one(text)
    assert q.speaker and q.organisation in ("", ORG)
    assert "Lannbury" not in q.organisation and "Kessel" not in q.organisation


def test_a_role_after_the_town_is_still_hers():
    q = one("Priya Wendle-Saleh, of Lannbury, a nurse, told the petition: “I signed on my night shift.”")
    assert q.speaker == "Priya Wendle-Saleh" and q.role == "nurse"


def test_near_miss_a_state_after_a_title_with_no_comma_is_whom_she_speaks_for():
    q = one("Ambassador Kwabena Trelawn-Osei of Mirrhane, whose country sends carers abroad, said: “A passport in a "
            "drawer is a chain.”")
    assert q.organisation == "Mirrhane"


# -- an article is no body's name; a meeting is no body ------------------------------------------------------------

def test_a_role_wrapped_after_its_article_gives_no_body_named_la():
    page = ("République de Bassavie · Ministère du Travail · Brassignac, 5 septembre 2040\n"
            "Discours de M. Ignacio Quinterra, ministre du Travail de la\n"
            "République de Bassavie\n"
            "Première Réunion des États parties à la Convention de Teodora, mercredi 5 septembre 2040.\n"
            "Monsieur le Président,\n"
            "J’ai rencontré lundi Théa Moravik, la secrétaire générale de la Fédération, qui m’a rappelé que rien ne\n"
            "se fera sans les travailleuses elles-mêmes, et qu’il faudra compter chaque dimanche, chaque nuit.\n"
            "Elle m’a dit : « Vos ressortissantes ne vous demandent pas de les protéger ».\n")
    found = quotes(page)
    assert found and all(q.organisation != "la" for q in found)
    assert all(p[2] != "la" for p in getattr(quotes.__globals__["extract_quotes"]([page]), "people", []))


_SECRETARIAT = "Le Secrétariat de la Convention de Teodora publie chaque jour une note. "


@pytest.mark.parametrize("text", [
    f"Le Secrétariat indique dans sa note du jour que «{NB}quatorze États parties ont déjà transmis un projet{NB}».",
    f"Le Secrétariat lui-même écrit dans sa note de synthèse : «{NB}les données sur le repos font défaut{NB}».",
])
def test_a_body_s_verb_or_emphasis_is_no_part_of_its_name(text):
    q = one(_SECRETARIAT + text)
    assert q.speaker == "" and q.organisation.startswith("Secrétariat")
    assert "indique" not in q.organisation and "même" not in q.organisation


# -- a State's adjective on a private person -----------------------------------------------------------------------

_MINISTER = ("m", "fr", f"«{NB}Nous tiendrons parole{NB}», a déclaré Ignacio Quinterra, ministre du Travail de la "
                        "Bassavie.")


def test_a_carer_from_a_state_holding_no_office_speaks_for_no_one():
    carer = ("c", "fr", f"Rosalba Quinterra, auxiliaire de vie bassavienne, arrive avec vingt minutes d'avance. "
                        f"«{NB}C'est la première fois que je suis en avance pour moi{NB}», sourit-elle.")
    q = settled_kit(_MINISTER, carer)[1][0]
    assert q.speaker == "Rosalba Quinterra" and q.organisation == ""


def test_near_miss_an_unnamed_diplomat_of_that_state_speaks_for_it():
    diplomat = ("d", "fr", f"«{NB}Les pays d'accueil n'aiment pas qu'on parle de clés{NB}», a glissé un diplomate "
                           "bassavien.")
    assert settled_kit(_MINISTER, diplomat)[1][0].organisation == "Bassavie"


@pytest.mark.parametrize("text", [
    "Hamid Zerrouk-Pohl, a congress delegate for Bassavian carers working abroad, said: “I send home a salary.”",
])
def test_people_named_by_nationality_are_no_body(text):
    assert "carers" not in one(text).organisation


def test_another_of_her_nationality_is_no_role_of_hers():
    q = one(f"Rosalba Quinterra se souvient d'une voisine, une autre Bassavienne qui travaillait plus loin : «{NB}Elle "
            f"m'a dit un jour qu'ici, on n'a pas de dimanche{NB}».")
    assert "autre" not in q.role


# -- a client, a colleague, a union's people, a firm ------------------------------------------------------------

def test_a_lawyer_speaks_for_the_client_the_sentence_opens_on():
    q = one(f"9 h 41. Pour Careline Homes, Me Gunnar Brekstad conteste. «{NB}Ma cliente applique la loi, ni plus ni "
            f"moins{NB}», dit-il.")
    assert q.speaker == "Gunnar Brekstad" and q.organisation == "Careline Homes"


def test_a_lawyer_who_pleads_for_a_body_speaks_for_it():
    q = one(f"Me Odile Ferrac-Nyberg, qui plaide pour la Fédération depuis juillet, attaque : «{NB}Une nuit où l'on ne "
            f"peut pas sortir est une nuit de travail{NB}».")
    assert q.organisation == "Fédération"


def test_near_miss_arguing_for_a_rating_is_no_body():
    q = one("Rupert Okonk-Hale, who has covered the agency since 2034 and who argued for the Buy rating last year, "
            "now writes: “The market has priced Careline as a staffing company.”")
    assert "rating" not in q.organisation


def test_a_shop_steward_of_a_federation_speaks_for_it():
    q = one("‘The company sells us by the week,’ said Nakamur-Holm, shop steward for the live-in section of the "
            "International Federation of Household Workers’ Unions.")
    assert "Federation of Household Workers" in q.organisation


def test_our_colleague_is_one_of_the_publisher_s_people():
    q = one("Asked by our colleague Rupert Okonk-Hale whether night hours would be repriced, she paused.\n\n"
            "Rupert Okonk-Hale, who has covered the agency since 2034, now writes: “The market has priced Careline "
            "as a staffing company.”")
    assert q.speaker == "Rupert Okonk-Hale" and q.organisation == ORG


def test_the_company_is_the_firm_named_with_its_suffix():
    q = one("Careline Homes plc: the Convention reaches the balance sheet\n\nA senior executive at the company, "
            "speaking on condition of anonymity, was blunter: \"If nights become working hours, our price goes up "
            "by a third.\"")
    assert q.speaker == "" and q.organisation == "Careline Homes"


def test_a_local_section_in_its_body_s_own_record_is_the_body():
    item = Item(id="v", path="v.md", sha256="", bytes=0, media="text", language="en",
                organisation="International Federation of Household Workers' Unions")
    text = ("Ngozi Brath-Lind, for the Oddvik live-in section, moved the amendment. “Our members call the spare room "
            "the staff quarters,” Brath-Lind said.")
    pending = [(item, quotes_of_item(item, [text], "Hearth Rights Alliance"))]
    settle_attribution(pending)
    assert pending[0][1][0].organisation == "International Federation of Household Workers' Unions"


# -- the publisher's own words -------------------------------------------------------------------------------------

def test_the_demand_we_bring_is_the_publisher_s():
    q = one(f"«{NB}Une colonne de plus dans le formulaire de rapport{NB}» : c'est la demande que nous portons à "
            "Brassignac.", own_voice=True)
    assert q.speaker == "" and q.organisation == ORG


# -- a transcript whose turns run together -----------------------------------------------------------------------

_DEBATE = ("Débat animé par Jeanne Castan-Roux. Invités : Aurélie Vanderstee-Moukoko, porte-parole de\n"
           "l'Alliance Droits au foyer ; Bertrand Mallefil, président de l'Union des familles employeuses.\n"
           "CASTAN-ROUX : Bonsoir. La Convention dit, à l'article 9, que la travailleuse est « libre de passer son\n"
           "repos hors du foyer ». Bertrand Mallefil, est-ce que les familles sont prêtes ?\n"
           "MALLEFIL : Les familles sont prêtes à respecter la loi. Mais il faut comprendre la réalité. Une\n"
           "personne âgée dépendante ne s'arrête pas de l'être le dimanche. Un de nos adhérents me l'a écrit la\n"
           "semaine dernière : « Si mon aide-soignante part vingt-quatre heures, qui relève ma mère la nuit ? »\n"
           "VANDERSTEE-MOUKOKO : Quelqu'un d'autre, payé pour ça. C'est ce que nous disons depuis lundi\n"
           ": « Le repos de l'une ne peut pas reposer sur le sacrifice de l'autre ». Et j'ai rencontré cette semaine\n"
           "Rosalba Quinterra, qui a passé dix-sept ans à demeure. Elle m'a dit : « Le dimanche, je l'ai passé dans\n"
           "la buanderie, à attendre qu'on m'appelle ».\n"
           "MALLEFIL : Je ne conteste pas les abus. Je conteste le mot « enfermement » qu'on entend partout\n"
           "cette semaine.\n")


def test_she_who_told_the_speaker_is_the_woman_the_turn_names():
    q = next(q for q in quotes(_DEBATE) if q.text.startswith("Le dimanche"))
    assert q.speaker == "Rosalba Quinterra"


def test_what_we_have_been_saying_is_the_speaker_s_body():
    q = next(q for q in quotes(_DEBATE) if q.text.startswith("Le repos"))
    assert q.speaker == "" and q.organisation == "Alliance Droits au foyer"


# -- a reader's question; a code's article -------------------------------------------------------------------------

def test_a_reader_s_question_mark_is_no_initial():
    text = (f"**Q. Mon employeuse garde mon passeport «{NB}pour que je ne le perde pas{NB}». A-t-elle le droit ? — "
            "Lina, 34 ans, Oddvik**\n\nR. Non.")
    assert all("Mon" not in q.speaker for q in quotes(text))


def test_a_code_s_article_that_excludes_is_quoted_text():
    text = (f"Pour Careline Homes, Me Gunnar Brekstad conteste. «{NB}Ma cliente applique la loi{NB}», dit-il. Il cite "
            f"l'article L. 412 du code du travail, qui exclut «{NB}les personnes logées au domicile de l'employeur{NB}» "
            "du décompte horaire.")
    assert [q.text for q in quotes(text)] == ["Ma cliente applique la loi"]


# -- in a minister's own statement ---------------------------------------------------------------------------------

_SPEECH = dict(default_speaker="Ignacio Quinterra", default_organisation="Bassavie", own_voice=True)


def test_a_namesake_the_speaker_says_is_no_relation_is_not_the_speaker():
    q = one(f"On m’a raconté cette semaine ce qu’une auxiliaire de vie, Mme Quinterra — aucun lien avec moi, je le "
            f"précise —, avait confié à un magazine : «{NB}J’ai élevé trois enfants qui ne sont pas les miens{NB}».",
            **_SPEECH)
    assert q.speaker != "Ignacio Quinterra"


def test_a_letter_the_speaker_reads_out_is_its_unnamed_writer_s():
    q = one(f"J’ai reçu, avant de partir, la lettre d’une travailleuse rentrée au pays. Je vous la lis : «{NB}Monsieur "
            f"le Ministre, j’ai travaillé douze ans à Oddvik.{NB}»", **_SPEECH)
    assert q.speaker == "" and q.attribution == "unnamed"


def test_a_diplomat_of_the_speaker_s_delegation_speaks_for_the_speaker_s_state():
    q = one(f"Un diplomate de ma délégation m’a dit hier soir : «{NB}Monsieur le Ministre, les pays d’accueil n’aiment "
            f"pas qu’on parle de clés{NB}».", **_SPEECH)
    assert q.speaker == "" and q.organisation == "Bassavie"


def test_the_kit_completes_a_titled_surname_by_the_gender_the_title_gives():
    minister = ("m", "fr", f"«{NB}Nous tiendrons parole{NB}», a déclaré Ignacio Quinterra, ministre du Travail de la "
                           "Bassavie.")
    carer = ("c", "fr", f"Rosalba Quinterra, auxiliaire de vie, arrive en avance. «{NB}C'est la première fois{NB}», "
                        "sourit-elle.")
    told = ("t", "fr", f"Une auxiliaire de vie, Mme Quinterra, avait confié à un magazine : «{NB}J’ai élevé trois "
                       f"enfants{NB}».")
    assert settled_kit(minister, carer, told)[2][0].speaker == "Rosalba Quinterra"


# -- a body the text says it is ------------------------------------------------------------------------------------

_AGENCY = ("Day three of the strike at Careline Homes, the agency that places live-in carers with four thousand "
           "households, began at gate two.\n\n")


def test_a_body_the_text_introduces_by_its_kind_is_no_person():
    q = one(_AGENCY + "Careline Homes said in a written statement on Tuesday that “every carer placed by the company "
                      "receives a contract that complies fully with the law”.")
    assert q.speaker == "" and q.organisation == "Careline Homes"


def test_near_miss_the_agency_s_director_is_a_person():
    q = one(_AGENCY + "Ana Varghese, the agency’s director, said: “We respect the right to strike.”")
    assert q.speaker == "Ana Varghese"


def test_near_miss_an_official_from_a_body_introduced_by_its_kind_is_someone_unnamed_of_it():
    q = one("A senior official from the Quiet Seas Alliance, a coalition of fishing and conservation groups, said the "
            "minister was \"closer to a deal than her speeches suggest.\"")
    assert q.speaker == "" and q.organisation == "Quiet Seas Alliance"
