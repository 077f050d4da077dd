"""Readings of a radio newsroom's, a town council's and a corridor column's writing, each written for these tests
(English and French):

* a word of thanks before a first name is no part of it (« Merci Odile. » after a listener's message);
* « a rappelé le mot d’Amaryn, qui … : « … » »: the words are the one whose word it is, not the one recalling it;
* "notre propre rapport national, remis au Secrétariat en mars, dit que « … »" in a minister's speech: the report's
  words, for her State, not hers;
* a short fragment someone is said to have said a thing was ("had said on Monday that the Guild was “not the
  wall”", « dit qu’elle n’est « pas le mur » ») is a quotation;
* a turn that opens on the name of the one it speaks to (« RUYSDAAL : NAME, la Guilde dit qu’elle … ») gives the
  words to the sentence's own subject;
* "was heard muttering that", « se plaint d’avoir », « s’engage à » introduce words;
* a body's report that "notes that “…” and that “…”": both are the body's;
* a live blog's heading "18:55 — Guild: “…”" names a body by its kind;
* the Secretariat of a treaty named in full is a body, its report's words no treaty text.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


def test_thanks_before_a_first_name_is_no_name():
    text = (f"**AUBRAC :** On a un message d’une auditrice. Mireille, à Pont-Varenne, nous écrit{NB}: «{NB}Mon père est "
            f"aveugle depuis vingt ans. Dites aux ministres qu’il attend la suite.{NB}» Merci Mireille. Passons à la "
            f"suite.\n")
    assert [q.speaker for q in quotes(text, language="fr")] == ["Mireille"]


def test_the_word_of_someone_recalled_is_hers():
    text = (f"Céline Vantorre, directrice du laboratoire, était l’invitée de l’émission.\n\n"
            f"Après l’émission, Agathe Mornay a rappelé à l’antenne le mot de Vantorre, qui avait fait réagir le "
            f"standard{NB}: «{NB}On ne mesure pas des délais, on mesure des renoncements{NB}».\n")
    assert quotes(text, language="fr")[-1].speaker == "Céline Vantorre"


def test_our_own_report_says_is_the_report_s():
    text = (f"Je constate que notre propre rapport national, remis au Secrétariat en mars, dit que «{NB}71 % des "
            f"demandes adressées à l’étranger restent sans réponse au bout d’un an{NB}».")
    q = quotes(text, language="fr", default_speaker="Hortense Valdrac", default_organisation="Dalvanie",
               own_voice=False)[0]
    assert q.speaker == "" and q.organisation == "Dalvanie"


@pytest.mark.parametrize("text,lang,who", [
    ("Her chief executive, Crispin Ward-Tennant, had said on Monday that the Guild was “not the wall”, and she went "
     "further.", "en", "Crispin Ward-Tennant"),
    (f"Le président, Gaspard Meunier-Ivo, a répété jeudi que la fédération n’était «{NB}pas le mur{NB}».", "fr",
     "Gaspard Meunier-Ivo"),
])
def test_a_short_fragment_said_of_a_thing_is_a_quotation(text, lang, who):
    assert [q.speaker for q in quotes(text, language=lang)] == [who]


def test_a_turn_that_opens_on_whom_it_speaks_to():
    text = (f"**AUBRAC :** Théo Marchal-Ide, la Guilde des éditeurs dit qu’elle n’est «{NB}pas le mur{NB}». Qu’est-ce "
            f"que vous lui répondez{NB}?\n")
    q = quotes(text, language="fr")[0]
    assert q.speaker == "" and "Guilde des éditeurs" in q.organisation


@pytest.mark.parametrize("text,lang", [
    ("One delegate from a Nordic Party was heard muttering that the timer was “the only binding instrument in the "
     "room”.", "en"),
    (f"Un diplomate, qui a requis l’anonymat, se plaint d’avoir «{NB}passé plus de temps sur un verbe que sur mon "
     f"mariage{NB}».", "fr"),
])
def test_muttering_and_complaining_introduce_an_unnamed_person_s_words(text, lang):
    assert [(q.speaker, q.attribution) for q in quotes(text, language=lang)] == [("", "unnamed")]


def test_a_body_s_commitment_and_its_report_s_two_findings():
    fr = (f"Le Secrétariat du Traité de Brume, selon la lettre de sa secrétaire exécutive lue en séance, s’engage à "
          f"«{NB}laisser la halle dans l’état où il l’a trouvée, et les maraîchers avec elle{NB}».")
    assert [(q.attribution, q.organisation) for q in quotes(fr, language="fr", own_voice=False)] == [
        ("organisation", "Secrétariat du Traité de Brume")]
    en = ('In its report to the Conference, the Secretariat of the Brume Treaty notes that "the exchange of copies '
          'between Parties remains far below what the Treaty allows" and that "contractual limits were cited by most '
          'Parties as the main obstacle".')
    assert [(q.kind, q.organisation) for q in quotes(en, language="en", own_voice=False)] == [
        ("quote", "Secretariat of the Brume Treaty")] * 2


def test_a_live_blog_heading_names_a_body_by_its_kind():
    text = ("## 18:40 — Reactions\n\nThe Guild of Audio Publishers reacted first, in a statement to reporters.\n\n"
            "## 18:55 — Guild: “We can live with it”\n\nIts director was more direct.\n")
    q = [q for q in quotes(text, language="en") if q.text.startswith("We can")][0]
    assert q.speaker == "" and q.organisation == "Guild of Audio Publishers"


def test_a_former_office_opening_a_sentence_is_no_name():
    text = (f"La secrétaire exécutive, Annelie Vortbrand, a présenté le registre. Ancienne directrice de la bibliothèque "
            f"nationale, elle connaît les deux côtés du guichet. «{NB}Le registre peut être prêt en six mois, si les "
            f"Parties nous en donnent les moyens{NB}», a-t-elle assuré.")
    assert quotes(text, language="fr")[-1].speaker == "Annelie Vortbrand"


def test_a_surname_then_a_description_with_who_is_the_person():
    text = ("Dr Céline Amarande, who runs the reading laboratory, said the numbers hide people. “One reader stopped "
            "asking for novels,” she said. Amarande, a French speaker who grew up in Dalvania, added in her own "
            "language: « On ne mesure pas des délais, on mesure des renoncements. »")
    q = quotes(text, language="en")[-1]
    assert (q.speaker, q.organisation, q.language) == ("Céline Amarande", "", "fr")


def test_a_view_going_round_stays_a_scare_quote():
    text = ("Several delegations have said this week that verification of conventional ammunition is “impossible in "
            "practice”. I would like to respectfully disagree.")
    assert quotes(text, language="en") == []


def test_a_wrapped_line_ending_on_a_body_s_kind_is_no_heading():
    text = ("What they told Kestrel Watch after Monday's plenary.\n•  Sofie Holmqvik, Children's Health Watch:\n“My "
            "generation will inherit every loophole\nyou leave in Article 6”\n•  Anders Holmqvik, Polymer Producers\n"
            "Council: “We support a treaty. We do not support the end of an entire industry”\n")
    assert [q.speaker for q in quotes(text, language="en")] == ["Sofie Holmqvik", "Anders Holmqvik"]


@pytest.mark.parametrize("text,lang", [
    (f"Un diplomate d’Europe du Nord, qui a requis l’anonymat, se plaint d’avoir «{NB}passé plus de temps sur un verbe "
     f"que sur mon mariage{NB}».", "fr"),
    ("A diplomat from Northern Europe, who asked not to be named, complained that the talks were “a verb looking for a "
     "treaty”.", "en"),
])
def test_a_region_is_no_body_an_unnamed_diplomat_speaks_for(text, lang):
    assert [(q.attribution, q.organisation) for q in quotes(text, language=lang)] == [("unnamed", "")]
