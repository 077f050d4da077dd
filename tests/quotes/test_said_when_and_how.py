"""Who spoke, in further forms of press writing, each in English and French.

Surnames that open with a particle (de la Cruz, van Dijk, Ó Briain), when the words were said standing
between an inverted verb and its subject (a affirmé mercredi l’ambassadrice), a member of a delegation,
French inverted subjects wrapped at a line end (a-t-¶il), "comme le rappelait X", "a fait savoir que",
and a reading-list entry whose publisher comes first. The sentences are written for these tests
(fictional people, places and organisations).
"""

from __future__ import annotations

import pytest

from presskit.model import Item, Quote
from presskit.quotes import extract_quotes
from presskit.quotes.settle import settle_attribution
from presskit.textutil import normalise_text

from tests.quotes.finding import NB, one, quotes

INSTITUTE = ["Halvard Institute for Water Research", "Institut Halvard de recherche sur l’eau"]


# --- surnames that open with a particle --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Marta de la Vega leads the Harbour Coalition.\n\n“Two days is what the experts ask for. Anything longer "
    "is an invitation to tidy up,” de la Vega told reporters after the session.",
    f"Marta de la Vega dirige la coalition.\n\n«{NB}Deux jours, c’est ce que demandent les experts. Au-delà, "
    f"c’est une invitation à faire le ménage{NB}», a déclaré de la Vega à la sortie de la séance.",
])
def test_a_surname_with_a_lower_case_particle_after_the_quote_is_the_person(text):
    q = one(text)
    assert (q.speaker, q.attribution) == ("Marta de la Vega", "named")


@pytest.mark.parametrize("text", [
    "Marta de la Vega leads the Harbour Coalition.\n\nDe la Vega: “The figure is on the table, it only has to "
    "be written down”\n\nOvernight the group circulated a new text.",
    f"Marta de la Vega dirige la coalition.\n\nDe la Vega{NB}: «{NB}Le chiffre est sur la table, il reste à "
    f"l’écrire{NB}»\n\nDans la nuit, le groupe a fait circuler un texte.",
])
def test_a_headline_that_opens_with_a_capitalised_particle_names_the_person(text):
    q = one(text)
    assert (q.speaker, q.attribution) == ("Marta de la Vega", "headline")


def test_a_particle_surname_alone_is_a_surname_for_the_kit_to_complete():
    q = one(f"De la Vega{NB}: «{NB}Le chiffre est sur la table, il reste à l’écrire{NB}»\n\n"
            "Dans la nuit, le groupe a fait circuler un texte.")
    assert q.speaker == "De la Vega" and q.confidence < 0.95


def doc(i: str, language: str) -> Item:
    return Item(id=i, path=f"{i}.pdf", sha256="", bytes=0, media="pdf", language=language)


@pytest.mark.parametrize("surname", ["Ó Briain", "de la Vega", "De la Vega", "van Dijk"])
def test_a_particle_surname_takes_the_full_name_the_kit_gives(surname):
    full_name = {"Ó Briain": "Aoife Ó Briain", "van Dijk": "Sanne van Dijk"}.get(surname, "Marta de la Vega")
    full = (doc("a", "en"), [Quote("one", speaker=full_name, attribution="named", confidence=0.95)])
    short = (doc("b", "fr"), [Quote("deux", speaker=surname, attribution="headline", confidence=0.6)])
    settle_attribution([full, short])
    assert short[1][0].speaker == full_name


def test_an_irish_name_is_one_person_and_its_surname_finds_her():
    q = quotes("Aoife Ó Briain, the campaign coordinator, opened the briefing. Piet Varga listened.\n\n"
               "‘We will be back next year with the same four names,’ says Ó Briain")
    assert [(x.speaker, x.role) for x in q] == [("Aoife Ó Briain", "campaign coordinator")]


# --- when, between an inverted verb and its subject --------------------------------------------------


@pytest.mark.parametrize("text, role, org", [
    (f"«{NB}Nous ne signerons pas un texte qui fait de l’inspection une faveur{NB}», a affirmé mercredi "
     "l’ambassadrice de Lund, Ines Adler, à la sortie d’une réunion.", "ambassadrice", "Lund"),
    (f"«{NB}Nous ne signerons pas un texte qui fait de l’inspection une faveur{NB}», a déclaré lundi soir devant "
     "la presse l’ambassadrice Ines Adler.", "ambassadrice", ""),
    ("“We will not sign a text that makes inspection a favour,” said on Wednesday Ambassador Ines Adler of Lund.",
     "Ambassador", "Lund"),
])
def test_when_the_words_were_said_does_not_hide_who_said_them(text, role, org):
    q = one(text)
    assert (q.speaker, q.role, q.organisation) == ("Ines Adler", role, org)


def test_an_adverb_after_an_inverted_verb_is_no_role():
    q = one(f"«{NB}Un délai sans chiffre est un délai que chacun fixera{NB}», l’écrivait déjà Ines Adler en 2025.")
    assert (q.speaker, q.role) == ("Ines Adler", "")


# --- a member of a delegation ------------------------------------------------------------------------


@pytest.mark.parametrize("text, state", [
    (f"«{NB}Nous ne bloquerons pas le consensus, mais nous ne l’applaudirons pas{NB}», confie un membre de la "
     "délégation de Lund qui n’est pas autorisé à s’exprimer.", "Lund"),
    ("“We will not block consensus, but we will not applaud it either,” said a member of the delegation of Lund "
     "who was not authorised to speak.", "Lund"),
    ("Lund voted last. “We will not block consensus, but we will not applaud it either,” said a member of the "
     "Lundish delegation who was not authorised to speak.", "Lund"),
])
def test_an_unnamed_member_of_a_delegation_speaks_for_its_state(text, state):
    q = quotes(text)[-1]
    assert (q.speaker, q.organisation, q.attribution) == ("", state, "unnamed")


# --- a French inverted subject wrapped at a line end (PDF text) -------------------------------------


def test_a_wrapped_inverted_subject_is_still_a_pronoun():
    page = normalise_text(
        "Le vice-ministre de Lund, Piet Varga, est arrivé dimanche soir avec une délégation de douze\n"
        "personnes, quelques heures après l’ambassadrice de Korsa, Ines Adler. « Lund a ouvert ses sites\n"
        "en 2024 ; nous attendons la même chose de nos voisins », a-t-\n"
        "il affirmé à sa descente d’avion. Il doit prendre la parole mardi devant la plénière.\n")
    q = one(page)
    assert (q.speaker, q.attribution) == ("Piet Varga", "pronoun")


# --- "comme le rappelait", "a fait savoir que" -------------------------------------------------------


@pytest.mark.parametrize("text, org", [
    ("Comme le rappelait l’Institut Halvard de recherche sur l’eau dans sa dernière note, « un prélèvement fait "
     "après trois semaines ne prouve presque plus rien ».", "Institut Halvard de recherche sur l’eau"),
    ("Comme le rappelait l’Institut Halvard dans sa dernière note, « un prélèvement fait après trois semaines ne "
     "prouve presque plus rien ».", "Institut Halvard de recherche sur l’eau"),
    ("As the Halvard Institute noted in its latest note, “a sample taken after three weeks proves almost "
     "nothing”.", "Halvard Institute for Water Research"),
])
def test_as_an_organisation_recalled_in_its_note_is_that_organisation(text, org):
    q = one(text, known_organisations=INSTITUTE)
    assert (q.speaker, q.organisation, q.attribution) == ("", org, "organisation")


@pytest.mark.parametrize("text", [
    "Comme l’écrivait Ines Adler dans sa chronique, « un délai sans chiffre est un délai que chacun fixera ».",
    "Ainsi que le rappelle Ines Adler dans sa dernière chronique, « un délai sans chiffre est un délai que chacun "
    "fixera ».",
])
def test_as_a_person_wrote_with_an_object_pronoun_is_that_person(text):
    assert one(text).speaker == "Ines Adler"


@pytest.mark.parametrize("text, org", [
    ("L’Institut Halvard de recherche sur l’eau a fait savoir qu’il « examinera chaque témoignage transmis par "
     "écrit avant la fin de la conférence ».", "Institut Halvard de recherche sur l’eau"),
    ("The Halvard Institute let it be known that it “will examine every written testimony before the end of the "
     "conference”.", "Halvard Institute for Water Research"),
])
def test_words_an_organisation_made_known_are_its_quotation(text, org):
    q = one(text, known_organisations=INSTITUTE)
    assert (q.speaker, q.organisation, q.attribution) == ("", org, "organisation")


# --- a reading-list entry whose publisher comes first -----------------------------------------------


@pytest.mark.parametrize("text", [
    "Background documents\n\nKessa Water Board, “Wells Without Water: Lessons from Twelve Districts” (2026)\n\n"
    "Halvard Institute, “What the soil keeps after a flood” (2025)",
    f"Documents de référence\n\nOffice des eaux de Kessa, «{NB}Puits sans eau : leçons de douze districts{NB}» "
    f"(2026)\n\nInstitut Halvard, «{NB}Ce que la terre garde après une crue{NB}» (2025)",
])
def test_a_list_entry_publisher_then_title_then_year_is_a_title(text):
    assert quotes(text) == []


def test_a_speaker_a_colon_and_a_sentence_then_a_year_stays_a_quotation():
    q = one("Ana Varga: “We will sign the text on Friday, with or without them.” (2026)")
    assert q.speaker == "Ana Varga"


# --- a role or an owner before a name ----------------------------------------------------------------


@pytest.mark.parametrize("text, role, org", [
    ("UN Secretary-General Amara Diallo said: “We are closer than ever to a text.”", "UN Secretary-General", ""),
    ("The UN’s Amara Diallo said: “We are closer than ever to a text.”", "", "UN"),
    ("„Wir sind näher als je zuvor“, the German minister Amara Diallo told reporters.", "German minister", ""),
    (f"Le Secrétaire général de l’ONU, Amara Diallo, a déclaré{NB}: «{NB}Nous sommes plus proches que jamais d’un "
     f"texte.{NB}»", "Secrétaire général", "ONU"),
])
def test_a_capitalised_word_before_the_name_is_no_article_and_no_stranger(text, role, org):
    q = one(text)
    assert q.speaker == "Amara Diallo" and q.role == role and (not org or q.organisation == org)


@pytest.mark.parametrize("text", [
    "A Lund delegate said: “We are closer than ever to a text.”",
    f"Un délégué de Lund a confié{NB}: «{NB}Nous sommes plus proches que jamais d’un texte.{NB}»",
])
def test_an_unnamed_delegate_of_a_state_stays_unnamed(text):
    q = one(text)
    assert (q.speaker, q.attribution) == ("", "unnamed")


@pytest.mark.parametrize("text", [
    "The Action Plan asks States Parties to provide “technical and financial assistance to affected States for "
    "the preparation of their reports”, but it sets no figure.",
    "Le Plan d’action demande aux États parties de fournir « une assistance technique et financière aux États "
    "touchés pour la préparation de leurs rapports », sans fixer de montant.",
])
def test_a_text_after_a_bare_article_is_never_a_person(text):
    assert all(q.speaker == "" for q in extract_quotes([text]))


@pytest.mark.parametrize("text, org", [
    ("Nguyen Thi Lan, who has led the Kessa Water Board since 2019, told delegates: “We are closer than ever.”",
     "Kessa Water Board"),
    (f"Nguyen Thi Lan, qui a dirigé l’Office des eaux de Kessa jusqu’en 2024, a déclaré{NB}: «{NB}Nous sommes plus "
     f"proches que jamais.{NB}»", "Office des eaux de Kessa"),
])
def test_whom_a_person_has_led_is_whom_she_speaks_for(text, org):
    q = one(text)
    assert (q.speaker, q.organisation) == ("Nguyen Thi Lan", org)


@pytest.mark.parametrize("text", [
    "“We are closer than ever, and we will say so in the plenary,” tweeted Ana Varga.",
    f"«{NB}Nous sommes plus proches que jamais, et nous le dirons en plénière{NB}», a tweeté Ana Varga.",
])
def test_words_posted_online_are_said_too(text):
    assert one(text).speaker == "Ana Varga"


# --- British single quotes in running text -----------------------------------------------------------


def test_british_single_quotes_said_by_a_named_person_or_a_pronoun():
    qs = quotes("‘We are closer than ever,’ Ana Varga said, after the vote.\n\n"
                "Kofi Mensah spoke next. ‘We don’t need another report, we need a date,’ he told the plenary.")
    assert [(q.text, q.speaker) for q in qs] == [("We are closer than ever,", "Ana Varga"),
                                                 ("We don’t need another report, we need a date,", "Kofi Mensah")]


def test_apostrophes_never_open_a_quotation():
    text = ("The Minister’s view wasn’t shared by the delegates, who’d waited all day. ‘Twas a long day, the "
            "delegates’ mood was grim and nobody said a word about it.")
    assert quotes(text) == []


# --- a role before the name: "Agency spokesperson NAME", "le porte-parole de X, NAME" -------------------

WATER = ["Kessa Water Board", "Office des eaux de Kessa"]


@pytest.mark.parametrize("text, role, org", [
    ("“Every district will be surveyed by June,” Water Board spokesperson Tomas Berg said.",
     "Water Board spokesperson", ""),
    ("UN spokesman Tomas Berg told reporters: “Every district will be surveyed by June.”", "spokesman", ""),
    ("“Every district will be surveyed by June,” said the spokesperson of the Kessa Water Board, Tomas Berg.",
     "spokesperson", "Kessa Water Board"),
    (f"«{NB}Chaque district sera cartographié d’ici juin{NB}», a indiqué le porte-parole de l’Office des eaux de "
     "Kessa, Tomas Berg.", "porte-parole", "Office des eaux de Kessa"),
])
def test_a_role_before_the_name_gives_the_person_and_her_role(text, role, org):
    q = one(text, known_organisations=WATER)
    assert (q.speaker, q.role) == ("Tomas Berg", role) and (not org or q.organisation == org)


@pytest.mark.parametrize("text, org", [
    (f"«{NB}Chaque district sera cartographié d’ici juin{NB}», a indiqué un porte-parole de l’Office des eaux de "
     "Kessa, à Genève.", "Office des eaux de Kessa"),
    ("“Every district will be surveyed by June,” a spokesperson for the Kessa Water Board said.", "Kessa Water Board"),
])
def test_a_spokesperson_with_no_name_stays_unnamed(text, org):
    q = one(text, known_organisations=WATER)
    assert (q.speaker, q.organisation, q.attribution) == ("", org, "unnamed")
