"""Readings of press writing met in a parliament's and a fact-check desk's documents, each written for these tests
in forms of its own (English and French):

* a body's document "describes X as" over several words ("The Secretariat's technical note describes the 2039
  survey as “…”") is the body's, never carried over from the person quoted in the paragraph before;
* « répondu par écrit que » : « écrit » after « par » is a noun, not the verb; the body that answered is the
  subject, not "X nous a répondu par";
* a label in capitals before a dash ("19:42 CLAIM — NAME, Minister of Housing:") is nobody's role, and a minister's
  portfolio signed after her name is her role, never a body;
* a parliament's committee is its « commission »: « présidente de la commission », « La commission le dit » in the
  committee's own release are the committee's;
* a few French words with « an » and « de » are French (« zéro an de réparations »);
* a signature's delegation or board ("— Dr NAME, Korrland delegation", wrapped over two lines or not) and "the
  delegation's adviser" in a State's delegation report give whom the person speaks for;
* what some people have called a thing (“the slowest money in Varsenne”) and a banner's name (« sous la bannière
  commune « Une cave, un test » ») are no quotations.
"""

from __future__ import annotations

import pytest

from presskit.model import Item, KitInfo, Quote
from presskit.quotes.entities import Organisations
from tests.quotes.finding import NB, one, quotes


def test_a_body_s_note_that_describes_over_several_words_is_the_body_s():
    text = ("The Secretariat of the Corvel Convention published its technical note on Monday.\n\n"
            "The Executive Secretary, Marta Ilves-Dorn, opened the session. “Forty Parties have joined,” she said.\n\n"
            "The Secretariat’s technical note describes the regional radon survey as “the widest count of cellars "
            "ever made on one continent”.\n")
    q = quotes(text, language="en")[-1]
    assert q.speaker == "" and q.attribution == "organisation"
    assert "Secretariat" in q.organisation


@pytest.mark.parametrize("text,org", [
    (f"Le ministère de la Santé nous a répondu par écrit que «{NB}le nouveau seuil rend le contrôle inutile dans la "
     f"plupart des cas{NB}».", "Ministère de la Santé"),
    (f"L’Agence des sols nous a répondu par écrit que «{NB}aucune mesure n’est prévue cette année pour les "
     f"caves{NB}».", "Agence des sols"),
])
def test_a_written_reply_s_body_is_the_subject(text, org):
    q = one(text, language="fr", own_voice=False)
    assert q.speaker == "" and q.organisation.lower() == org.lower()


@pytest.mark.parametrize("text,role,org", [
    ("## 19:42 CLAIM — Jonas Breitfeld, Minister of Housing: “Our threshold is already the lowest in the region.”",
     "Minister of Housing", ""),
    ("## 20:05 FACT CHECK — Amira Solenne, Minister of Health of Quarvel:\n\n“Every family here can test its "
     "cellar for free, and has since 2037.”", "Minister of Health", "Quarvel"),
])
def test_a_label_in_capitals_before_a_dash_is_no_role(text, role, org):
    q = one(text, language="en", own_voice=False)
    assert q.speaker in ("Jonas Breitfeld", "Amira Solenne")
    assert q.role == role and q.organisation == org


COMMITTEE = "Committee on Housing and Building Standards"


def test_a_committee_s_release_calls_it_la_commission():
    text = (f"«{NB}Nous avons entendu douze fois la même chose, et personne ne conteste les chiffres{NB}», a déclaré "
            f"Mme Odile Ferrant-Lasalle, présidente de la commission, en présentant le rapport.\n\n"
            f"La commission le dit sans détour{NB}: «{NB}le seuil actuel protège les tableaux, pas les "
            f"familles{NB}».\n")
    qs = quotes(text, language="fr", default_organisation=COMMITTEE)
    assert [(q.speaker, q.role, q.organisation) for q in qs] == [
        ("Odile Ferrant-Lasalle", "présidente", COMMITTEE), ("", "", COMMITTEE)]


def test_a_release_s_body_is_not_the_other_body_it_cites():
    """A French release of a committee kit.toml names in English, which cites a builders' federation by its French
    name: the federation is not the committee's French name (their head nouns are no translation of each other),
    and nor when the committee speaks in the release under the name the kit gives it."""
    cp = Item(id="cp", path="cp.pdf", sha256="", bytes=1, kind="press-release", language="fr", organisation=COMMITTEE)
    quotes_ = [(cp, Quote(text="…", organisation="Fédération des bâtisseurs du plateau", attribution="organisation"))]
    orgs = Organisations.of_kit(KitInfo(), [cp], quotes_)
    assert not orgs.same(COMMITTEE, "Fédération des bâtisseurs du plateau")
    quotes_ = [(cp, Quote(text="…", organisation="Union des bâtisseurs du plateau", attribution="organisation")),
               (cp, Quote(text="…", organisation=COMMITTEE, attribution="organisation"))]
    orgs = Organisations.of_kit(KitInfo(), [cp], quotes_)
    assert not orgs.same(COMMITTEE, "Union des bâtisseurs du plateau")


@pytest.mark.parametrize("text,lang", [
    (f"«{NB}Trois ans de mesures, zéro an de réparations{NB}», dit Ysolde Marchetti-Brun", "fr"),
    ("“Deux ans de retard, un an de silence,” says Ysolde Marchetti-Brun", "fr"),
])
def test_a_few_french_words_with_an_and_de_are_french(text, lang):
    assert one(text, language="en").language == lang


@pytest.mark.parametrize("text", [
    "Some have called our grant “the slowest money in the republic”. They were right, and we are changing it.",
    "Critics dubbed the scheme “a tax on breathing in the dark”, and the name stuck.",
    f"Les deux États publieront leurs résultats sous la bannière commune «{NB}Une cave, un test{NB}».",
])
def test_a_name_going_round_or_a_banner_s_is_no_quotation(text):
    assert quotes(text) == []


def test_a_named_person_s_judgement_of_several_words_stays_a_quotation():
    q = one("The minister, Jonas Breitfeld, called the delay “a failure that costs lives every winter”.",
            language="en")
    assert q.speaker == "Jonas Breitfeld"


@pytest.mark.parametrize("tail,org", [("Korrland delegation", "Korrland"), ("Korrland\ndelegation", "Korrland"),
                                      ("Korrland Radon Board", "Korrland Radon Board")])
def test_a_signature_s_delegation_or_board_is_whom_she_speaks_for(tail, org):
    text = f"## Quote of the day\n\n‘A map that stops at a border is a map of politics, not of rocks.’ — Dr Ilse Varnholt, {tail}\n"
    q = one(text, language="en")
    assert q.speaker == "Ilse Varnholt" and q.organisation == org  # (a delegation: its State)


def test_the_delegation_s_adviser_speaks_for_the_delegation_s_state():
    text = ("Dr Ilse Varnholt, the delegation’s radon adviser, who spent the week in the working group on codes and "
            "chaired its drafting session, reported to the delegation: “Every Party agrees on new houses. Nobody "
            "agrees on the old ones.”")
    q = one(text, language="en", default_organisation="Korrland", own_voice=False)
    assert (q.speaker, q.role, q.organisation) == ("Ilse Varnholt", "radon adviser", "Korrland")
