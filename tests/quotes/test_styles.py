"""Attribution as real press writing does it (issue 11, items 1-3), one test per style, English and French.

The sentences are written for these tests (fictional people, places and organisations); they follow
the styles the issue lists, not the evaluation set's documents.
"""

from __future__ import annotations

import pytest

from presskit.model import Quote
from presskit.quotes import extract_quotes

NB = "\u00a0"


def quotes(text: str | list[str], **kw) -> list[Quote]:
    return extract_quotes([text] if isinstance(text, str) else text, **kw)


def one(text, **kw) -> Quote:
    qs = quotes(text, **kw)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def who(q: Quote) -> tuple[str, str, str]:
    return q.speaker, q.role, q.organisation


# --- a pronoun after the quote: the person the paragraph introduced -----------------------------------


def test_pronoun_goes_to_the_person_introduced_not_the_last_name_mentioned():
    q = one("Tarsia's trade minister, Ondine Achebe-Laurin, reached the hall late and, by her own admission, "
            "tired. She sat down next to Ambassador Piet Varga of Lund, who was reading the draft. “We are here "
            "to fix the text, not to admire it,” she told the committee.")
    assert who(q) == ("Ondine Achebe-Laurin", "trade minister", "Tarsia")
    assert q.attribution == "pronoun"


def test_pronoun_when_the_introduction_has_no_verb_of_saying_fr():
    q = one("Le ministre du commerce de la Tarsie, Hugo Lemaire-Santos, est arrivé en retard. Il s’est assis "
            "à côté de l’ambassadrice de Lund, Ana Varga, qui lisait le projet. « Nous sommes là pour corriger "
            "le texte, pas pour l’admirer », a-t-il lancé.")
    assert q.speaker == "Hugo Lemaire-Santos"
    assert q.role == "ministre du commerce" and q.organisation == "Tarsie"


def test_pronoun_skips_people_of_the_other_gender_and_two_people_named_together_fr():
    q = one("Mirela Okafor a pris la parole en premier. Le ministre Tomas Berg et l’ambassadrice Ines Adler "
            "se sont levés. « Ne nous félicitez pas, agissez », a-t-elle ajouté.")
    assert q.speaker == "Mirela Okafor"


# --- headlines ---------------------------------------------------------------------------------------


def test_headline_name_colon_quote_en():
    qs = quotes(["The Harbour Daily\n\nBerg: “The calendar is the whole treaty. Without it we have a wish list”\n\n"
                 "Sweden’s envoy, Tomas Berg, spoke for the second time this week about reporting dates."])
    assert [(q.speaker, q.attribution) for q in qs] == [("Tomas Berg", "headline")]
    assert qs[0].role == "envoy" and qs[0].organisation == "Sweden"


def test_headline_name_colon_guillemets_fr():
    q = one(f"Adler{NB}: «{NB}Lund a publié son rapport. Les autres n’ont plus d’excuse{NB}»\n\n"
            "L’ambassadrice Ines Adler, qui représente Lund depuis 2021, a ouvert la séance.")
    assert (q.speaker, q.attribution) == ("Ines Adler", "headline")
    assert q.role == "ambassadrice"


def test_headline_quote_says_name():
    q = one("“Clearing a town takes longer than destroying it,” says Mara Okoye\n\n"
            "The Demining Office’s director, Mara Okoye, briefed journalists on Tuesday.")
    assert who(q) == ("Mara Okoye", "director", "Demining Office")


# --- long clauses, clause boundaries, titles -----------------------------------------------------------


def test_long_clause_between_name_and_verb():
    q = one("Ambassador Piet Varga of Lund, whose country finished clearing its northern valleys in 2021 and now "
            "pays for survey teams in four other countries, told journalists: “Clearing is the cheap part. "
            "Waiting is what costs lives.”")
    assert who(q) == ("Piet Varga", "Ambassador", "Lund")


def test_role_stops_at_a_relative_clause_and_the_title_goes_to_the_role_fr():
    q = one("La chirurgienne en chef du Réseau des hôpitaux de campagne, la docteure Lina Moreau, qui opère à "
            "Kessa depuis 2019, a résumé : « Nous réparons ce que les rapports auraient pu empêcher ».")
    assert who(q) == ("Lina Moreau", "chirurgienne en chef", "Réseau des hôpitaux de campagne")


def test_role_stops_at_who_and_a_heading_and_a_table_does_not_give_roles():
    text = ("Why it matters\n\nPaul Ndiaye, head of research at the Harbour Institute, who has led the survey "
            "since 2022, put it plainly: \"A report nobody reads protects nobody.\"\n\nWho to ask\n\n"
            "| Speaker | Organisation |\n|---|---|\n| Mara Okoye | Demining Office |\n\n"
            "Okoye has visited every site. \"The maps are late, and they are still the best we have,\" she said.")
    q1, q2 = quotes(text)
    assert who(q1) == ("Paul Ndiaye", "head of research", "Harbour Institute")
    assert q2.speaker == "Mara Okoye" and "Demining" not in q2.role and "|" not in q2.organisation


def test_a_role_is_never_another_persons_name():
    q = one("Speakers: Dr Ana Berg, Professor Tomas Lind.\n\n“We counted every site twice,” said Ana Berg.")
    assert q.speaker == "Ana Berg" and "Lind" not in q.role


def test_surname_alone_on_a_later_page_takes_the_full_name():
    pages = ["Dr Selma Ruiz, director of the Harbour Institute, opened the meeting.",
             "“We will publish the numbers every evening,” Ruiz added."]
    q = one(pages)
    assert (q.speaker, q.page, q.role, q.organisation) == ("Selma Ruiz", 2, "director", "Harbour Institute")


# --- quotes reported inside a speech ------------------------------------------------------------------


def test_a_quote_reported_in_a_statement_belongs_to_the_person_met_not_the_statements_speaker():
    text = ("Last spring I visited Kessa and met Noor Haddad, a nurse whose clinic was hit twice. She showed me "
            "the ward. She told me: “I do not need sympathy. I need a roof that stays up.”")
    q = one(text, default_speaker="Hanna Vik")
    assert who(q) == ("Noor Haddad", "nurse", "")


def test_a_quote_from_an_unnamed_person_in_a_statement_gets_no_speaker():
    text = ("In the same square, a baker who had stayed through the siege said to me: “We stopped counting after "
            "the first month. Nobody asked us anyway.”")
    q = one(text, default_speaker="Hanna Vik", default_organisation="Republic of Lund")
    assert (q.speaker, q.organisation, q.attribution) == ("", "", "unnamed")


def test_unnamed_person_fr_and_never_the_statements_speaker_by_default():
    text = ("Un vieil homme, qui attendait devant la mairie, m’a demandé : « Est-ce que quelqu’un à Genève sait "
            "que nous sommes encore là ? »")
    q = one(text, default_speaker="Hanna Vik")
    assert q.speaker == "" and q.attribution == "unnamed"


def test_the_words_of_a_person_closing_a_statement_fr():
    text = "Je veux terminer avec les mots de Mme Noor Haddad, qui m’a accompagnée : « Revenez avec des maçons »."
    assert one(text, default_speaker="Hanna Vik").speaker == "Noor Haddad"


# --- organisations and the publisher as sources -------------------------------------------------------


def test_an_organisation_is_the_source_and_no_person():
    q = one("As the Harbour Institute for Peace Research noted in its annual review, “States that publish "
            "their rules of engagement see fewer civilian deaths”.")
    assert (q.speaker, q.organisation, q.attribution) == ("", "Harbour Institute for Peace Research", "organisation")


def test_an_organisation_named_by_its_short_form_fr():
    text = ("L’Office de déminage de Kessa a publié ses chiffres. Comme l’a rappelé l’Office dans son bilan, "
            "« une rue sur quatre reste fermée aux familles ».")
    q = one(text)
    assert q.speaker == "" and q.organisation == "Office de déminage de Kessa"


@pytest.mark.parametrize("text", [
    "“Numbers like these are choices, and choices can change,” the coalition said in its note.",
    "As we told delegates this morning: “Reporting is the law these States wrote for themselves.”",
    "« Rendre compte, ou expliquer pourquoi, voilà notre demande », indique la coalition.",
    "Comme nous le disions lundi : « Ce qui n’est pas déclaré n’a pas eu lieu ».",
])
def test_the_coalition_and_we_are_the_publisher(text):
    q = one(text, default_organisation="Harbour Coalition")
    assert (q.speaker, q.organisation, q.attribution) == ("", "Harbour Coalition", "organisation")


# --- several paragraphs, languages -------------------------------------------------------------------


def test_a_french_quotation_over_several_paragraphs_is_one_quotation():
    text = ("Noor Haddad, infirmière à Kessa, prendra la parole jeudi :\n\n"
            "« Je ne viens pas pour qu’on me plaigne. Je viens demander des dates.\n\n"
            "« Depuis cinq ans, on nous promet des rapports.\n\n"
            "« Qu’on nous les montre. »")
    q = one(text)
    assert q.text == ("Je ne viens pas pour qu’on me plaigne. Je viens demander des dates. Depuis cinq ans, on "
                      "nous promet des rapports. Qu’on nous les montre.")
    assert q.speaker == "Noor Haddad"


def test_an_english_quotation_over_several_paragraphs_is_one_quotation():
    text = ("Selma Ruiz has spent ten years on this. Asked what success would look like, she did not hesitate.\n\n"
            "“A calendar, with dates.\n\n“Money for the countries that need help.\n\n"
            "“And survivors at the table,” she said.")
    q = one(text)
    assert q.text.startswith("A calendar, with dates. Money for") and q.speaker == "Selma Ruiz"


def test_the_language_of_a_quote_is_the_language_of_its_words():
    text = ("Lund’s ambassador, Ines Adler, replied in French: « Un calendrier, oui, mais un calendrier que les "
            "pays touchés peuvent tenir », she said.")
    q = one(text, language="en")
    assert (q.language, q.speaker) == ("fr", "Ines Adler")


# --- not quotations -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The institute’s new report, “Counting the Cost of Silence: Ten Years of Data”, was published today.",
    "Le nouveau rapport de l’institut, « Compter le prix du silence : dix ans de données », paraît demain.",
    "Tonight the network screens the documentary “Roofs Over Kessa”, followed by a debate.",
    "Le professeur Lind a présenté l’étude « Villes sans chiffres, chiffres sans villes » devant la salle.",
    "The paper \"Counting civilians in contested towns\" by Dr Ana Berg is out.",
])
def test_titles_are_not_quotations(text):
    assert quotes(text) == []


def test_reading_lists_and_scare_quotes_are_not_quotations():
    text = ("Reading list\n\n• “Counting the Cost of Silence”, Harbour Institute, 2026.\n\n"
            "• “Why reporting works: lessons from a decade of data”, Lund University, 2025.\n\n"
            "Several delegations defended so-called “precision” weapons and « frappes ciblées ».")
    assert quotes(text) == []


def test_quoted_treaty_text_is_kept_apart_and_never_given_a_person():
    text = ("Ambassador Piet Varga opened the debate. Article 4 of the treaty requires each State to “take all "
            "feasible precautions to protect civilians in populated areas”, he reminded them.")
    q = one(text)
    assert (q.kind, q.speaker) == ("text", "")
    fr = one("L’article 9 du traité prévoit que les États « remettent un rapport tous les deux ans ».")
    assert (fr.kind, fr.speaker) == ("text", "")


# --- abstain rather than guess ------------------------------------------------------------------------


def test_every_quote_says_how_its_speaker_was_found_with_a_confidence():
    text = ("“We will be back next year,” said Selma Ruiz, director of the Harbour Institute. The room emptied "
            "slowly.\n\nA delegate who asked not to be named was blunt: “Nobody here reads the reports.”\n\n"
            "“A calendar is not a favour.”")
    a, b, c = quotes(text, default_speaker="Hanna Vik", default_organisation="Harbour Coalition")
    assert (a.attribution, a.speaker) == ("named", "Selma Ruiz") and a.confidence >= 0.9
    assert (b.attribution, b.speaker, b.organisation) == ("unnamed", "", "")
    # nothing in the text says who: the document is the source, its speaker is not given by default
    assert (c.attribution, c.speaker, c.organisation, c.inferred) == ("document", "", "Harbour Coalition", False)
    assert c.confidence < 0.5


# --- more of the forms press writing takes ----------------------------------------------------------


@pytest.mark.parametrize("text, speaker, how", [
    ("Karo Lund chaired the session. A delegate from a small island state waited until the end. "
     "“We cannot wait another cycle,” she said.", "", "unnamed"),
    ("Last week I met a woman whose house was hit twice. She told me: “I rebuilt once. I cannot rebuild again.”",
     "", "unnamed"),
    ("Une infirmière qui a travaillé pendant le siège m’a confié plus tard. « Nous avons arrêté de compter », "
     "a-t-elle dit.", "", "unnamed"),
    ("“We will not sign a text that cannot be checked,” said one delegate from the north.", "", "unnamed"),
    ("The minister told the conference: “We will sign the treaty before the summer is over.”", "", "unnamed"),
    ("Selon la coalition, « aucun rapport n’a été publié à temps ».", "", "organisation"),
    ("According to the coalition, “not a single report arrived on time”.", "", "organisation"),
    ("The Agency's latest report warns that “clearance alone cannot keep pace with contamination”.", "",
     "organisation"),
    ("Le rapport de l’Office de déminage souligne que « une rue sur quatre reste fermée aux familles ».", "",
     "organisation"),
    ("Our message to delegates is simple: “Report, or explain why not.”", "", "organisation"),
    ("Nous l’avons dit et nous le répétons : « Ce qui n’est pas déclaré n’a pas eu lieu ».", "", "organisation"),
    ("“The maps are late and incomplete,” Okoye, who chairs the working group, told reporters.", "Okoye", "named"),
    ("According to Okoye, “the maps are late and incomplete”.", "Okoye", "named"),
    ("My colleague Noor Haddad put it well: “We count the dead and forget the wounded.”", "Noor Haddad", "named"),
    ("I still remember what Noor Haddad told me that evening: “We count the dead and forget the wounded.”",
     "Noor Haddad", "named"),
    ("Comme me l’a dit Noor Haddad, « nous comptons les morts et oublions les blessés ».", "Noor Haddad", "named"),
    ("The network's coordinator, Sara Ode, was in the room. Asked about the fund, she did not hesitate: "
     "“Money is not the problem. Rules are.”", "Sara Ode", "pronoun"),
    ("Mira Holm spoke last. « Nous ne signerons pas un texte invérifiable », selon elle.", "Mira Holm", "pronoun"),
    ("‘We have waited long enough for this treaty,’ says Mira Holm\n\nThe envoy spoke on Monday.", "Mira Holm",
     "named"),
    ("Minister Holm: “We are ready to sign the text today”\n\nThe chief negotiator spoke briefly.", "Holm",
     "headline"),
    ("Karl Berg and Anna Lind both spoke. “We can live with it,” she said.", "", "none"),
])
def test_more_forms(text, speaker, how):
    q = one(text, default_organisation="Harbour Coalition")
    assert (q.speaker, q.attribution) == (speaker, how)


def test_a_common_plural_is_not_a_surname():
    assert one("Delegates said the text was “too weak to be of any use at all”.").speaker == ""


@pytest.mark.parametrize("text", [
    "The campaign “Count What You Hold” starts on Monday.",
    "Read the coalition’s memoir, “A Life in Numbers and Other Stories”, before the session.",
    "Reading list\n\n- “Why towns burn: a short history of shelling” — Harbour Institute, 2025.",
    "The side event “How to Count What Nobody Counts” is at 13:00.",
    "Several states defended the so-called “precision-guided munitions of the future” again.",
    "Plusieurs États ont défendu les munitions dites « de précision et de nouvelle génération ».",
    "La campagne « Comptez ce que vous détenez » commence lundi.",
])
def test_more_titles_and_scare_quotes_are_not_quotations(text):
    assert [q for q in quotes(text) if q.kind == "quote"] == []


@pytest.mark.parametrize("text", [
    "Under Article 4, States must “take all feasible precautions in populated areas”.",
    "The preamble recognises “the suffering of the civilian victims of explosive weapons”.",
])
def test_more_treaty_text(text):
    q = one(text)
    assert (q.kind, q.speaker) == ("text", "")


@pytest.mark.parametrize("text, speaker, how", [
    ("La ministre de la défense de la Tarsie, Ana Berg, est arrivée tôt. Elle a salué l’ambassadeur de Lund, "
     "Piet Varga. « Nous voulons un calendrier », a-t-elle déclaré.", "Ana Berg", "pronoun"),
    ("Le porte-parole de l’Office, Karl Lind, a répondu aux questions. « Les cartes sont en retard », a-t-il reconnu.",
     "Karl Lind", "pronoun"),
    ("« Les cartes sont en retard », reconnaît Karl Lind, porte-parole de l’Office de déminage.", "Karl Lind", "named"),
    ("Pour Karl Lind, porte-parole de l’Office, « les cartes sont en retard et incomplètes ».", "Karl Lind", "named"),
    ("Interrogée par la presse, Ana Berg a été claire : « Nous ne signerons pas sans calendrier. »", "Ana Berg",
     "named"),
    ("Ana Berg, qui dirige la délégation depuis 2021, a été claire : « Nous ne signerons pas sans calendrier. »",
     "Ana Berg", "named"),
    ("« Nous ne signerons pas sans calendrier », a prévenu la ministre Ana Berg.", "Ana Berg", "named"),
    ("« Tout le monde veut un calendrier, sauf pour soi », glisse un diplomate.", "", "unnamed"),
    ("La coalition le répète depuis lundi : « Rendre compte, ou expliquer pourquoi ».", "", "organisation"),
    ("“The maps are late and incomplete,” the Demining Office’s spokesperson, Karl Lind, told reporters.",
     "Karl Lind", "named"),
    ("“The maps are late and incomplete.” — Karl Lind, Demining Office", "Karl Lind", "named"),
    ("Asked whether the maps were ready, Lind shook his head. “Not this year,” he said, “and probably not next "
     "year either.”", "Lind", "pronoun"),
])
def test_more_forms_fr_and_en(text, speaker, how):
    q = quotes(text, default_organisation="Coalition Bouclier civil")[0]
    assert (q.speaker, q.attribution) == (speaker, how)


# --- a second round of forms, written after the first held-out measurement ---------------------------


@pytest.mark.parametrize("text, speaker, how, org", [
    # the pronoun goes to the woman the paragraph introduced, not to the man sat beside her
    ("Tarsia's foreign minister, Jana Kova, arrived on Monday with a delegation of twelve. Beside her sat Mark "
     "Ode of the Agency, who said little. \"We came to sign, not to talk,\" she told the plenary.",
     "Jana Kova", "pronoun", "Tarsia"),
    ("La ministre des affaires étrangères de la Tarsie, Jana Kova, est arrivée lundi. À ses côtés, Marc Ode, de "
     "l’Agence, s’est tu. « Nous sommes venus pour signer », estime-t-elle.", "Jana Kova", "pronoun", "Tarsie"),
    # "J’ai" opens a sentence and is nobody's name
    ("J’ai rencontré Samir Haddad dans les ruines de son école. Il m’a dit : « Nous faisons cours dans la cour, "
     "quand il ne pleut pas. »", "Samir Haddad", "pronoun", ""),
    # an unnamed noun named right after is that person
    ("Madam President, in Kessa I met a teacher, Amal Nour, who teaches in a tent. She said to me: “The children "
     "still come. The walls do not.”", "Amal Nour", "pronoun", ""),
    # "X’s deputy minister" after a name is the person's role, not an organisation speaking
    ("Rafael Ortiz, Belmora's deputy foreign minister, whose government has spent a decade rebuilding the towns "
     "of the north, said on Tuesday: \"We know the price of delay.\"", "Rafael Ortiz", "named", "Belmora"),
    # organisations as subjects, after the quote and before it, and "it" / "elle" for them
    ("« Les États qui comptent leurs victimes protègent mieux leurs civils », souligne l’Institut Kellerman dans "
     "son rapport annuel.", "", "organisation", "Institut Kellerman"),
    ("L’Institut Kellerman l’a écrit sans détour dans sa dernière note : « Les armes à large rayon d’impact n’ont "
     "pas leur place dans les villes. »", "", "organisation", "Institut Kellerman"),
    ("Comme le souligne l’Agence internationale de déminage, « une rue sur quatre reste fermée ».", "",
     "organisation", "Agence internationale de déminage"),
    ("The coalition welcomed the vote. “This is a first step, not the last,” it said.", "", "organisation",
     "Harbour Coalition"),
    ("La coalition a salué le vote. « C’est un premier pas, pas le dernier », a-t-elle déclaré.", "",
     "organisation", "Harbour Coalition"),
    # someone the text does not name
    ("Someone in the camp said: “We are still waiting for the maps.”", "", "unnamed", ""),
    ("Quelqu’un dans le camp m’a dit : « Nous attendons toujours les cartes. »", "", "unnamed", ""),
    # a short sentence someone is said to have said is a quotation, not a scare quote
    ("Belmora's deputy minister, Rafael Ortiz, has spent two years on the text. On Monday he sat through six "
     "hours of debate next to Ines Adler. \"We are close,\" he said.", "Rafael Ortiz", "pronoun", "Belmora"),
    ("Ana Ruiz a parlé la dernière. « Pas encore », a-t-elle dit.", "Ana Ruiz", "pronoun", ""),
])
def test_second_round_of_forms(text, speaker, how, org):
    q = one(text, default_organisation="Harbour Coalition", default_speaker="Hanna Vik")
    assert (q.speaker, q.attribution, q.organisation) == (speaker, how, org)


def test_short_words_nobody_is_said_to_have_said_stay_scare_quotes():
    assert quotes("Some delegations call these weapons “smart” or “surgical”.") == []
    assert quotes("They called it “Dead wrong.” Then they left.") == []


@pytest.mark.parametrize("text, speaker, org", [
    ("“We need the money now,” said Dr Ana Ruiz (Kessa Trauma Centre).", "Ana Ruiz", "Kessa Trauma Centre"),
    ("Dr Ana Ruiz (Kessa Trauma Centre) said: “We need the money now.”", "Ana Ruiz", "Kessa Trauma Centre"),
    ("“We need the money now,” said Ana Ruiz, a researcher at the Kellerman Institute in Valmont.", "Ana Ruiz",
     "Kellerman Institute"),
    ("Ana Ruiz, from the Survivors' Network, said: “We need the money now.”", "Ana Ruiz", "Survivors' Network"),
    ("“We need the money now,” said Ana Ruiz, who represents Belmora at the conference.", "Ana Ruiz", "Belmora"),
    ("Ana Ruiz, who heads the delegation of Tarsia, said: “We need the money now.”", "Ana Ruiz", "Tarsia"),
    ("« Il nous faut l’argent maintenant », a déclaré Ana Ruiz, représentante permanente de la Belmora à Valmont.",
     "Ana Ruiz", "Belmora"),
    ("Dr Ekwueme Obi, director of the Kessa Trauma Centre since 2019 and a veteran of three sieges, said: “We are "
     "running out of everything.”", "Ekwueme Obi", "Kessa Trauma Centre"),
    ("\"We will not wait another decade,\" says Lund's ambassador Ines Adler\n\nThe envoy spoke on Tuesday.",
     "Ines Adler", "Lund"),
    # a State named by its adjective, when the document names the State
    ("Belmora has cleared 400 sites. “We need the money now,” said Ana Ruiz, the Belmoran ambassador.", "Ana Ruiz",
     "Belmora"),
    ("La Tarsie n’a pas remis de rapport. « Il nous faut l’argent maintenant », a déclaré Ana Ruiz, cheffe de la "
     "délégation tarsienne.", "Ana Ruiz", "Tarsie"),
])
def test_the_organisation_a_person_speaks_for(text, speaker, org):
    q = one(text)
    assert (q.speaker, q.organisation) == (speaker, org)


def test_a_quotation_paragraph_after_an_attributed_one_continues_the_same_speaker():
    text = ("“We have waited long enough,” said Kwame Boateng, coordinator of the Survivors’ Network, who lost his "
            "brother in 2019.\n\n“Nobody had counted it. Nobody had checked it.”")
    a, b = quotes(text)
    assert (b.speaker, b.organisation) == ("Kwame Boateng", "Survivors’ Network") and b.confidence < a.confidence
    # another sentence between, or no attribution after the first quotation: not sure, so nobody
    other = ("“We have waited long enough,” said Kwame Boateng. Ana Ruiz disagreed.\n\n“Nobody had counted it, "
             "nobody.”")
    assert quotes(other)[1].speaker == ""
    before = ("Kwame Boateng said the findings mattered. “We have waited long enough.”\n\n"
              "“The figures come from governments themselves, not from us.”")
    assert quotes(before)[1].speaker == ""


@pytest.mark.parametrize("text, speaker, how", [
    ("Let me quote the words of a survivor I met in Kessa: “We are not numbers. Count us anyway.”", "", "unnamed"),
    ("Permettez-moi de citer les mots d’une survivante rencontrée à Kessa : « Nous ne sommes pas des chiffres. "
     "Comptez-nous quand même. »", "", "unnamed"),
    ("I was struck by what Dr Amal Nour, a surgeon in Kessa, told me: “I operate by torchlight three nights a "
     "week.”", "Amal Nour", "named"),
    ("J’ai été frappée par ce que m’a dit la docteure Amal Nour, chirurgienne à Kessa : « J’opère à la lampe de "
     "poche trois nuits par semaine. »", "Amal Nour", "named"),
])
def test_people_a_statement_quotes_are_not_its_speaker(text, speaker, how):
    q = one(text, default_speaker="Hanna Vik", default_organisation="Republic of Lund")
    assert (q.speaker, q.attribution) == (speaker, how)


@pytest.mark.parametrize("text", [
    "Article 5 of the treaty reads: “Each State Party shall report annually on the measures it has taken to "
    "protect civilians.”",
    "L’article 5 du traité se lit ainsi : « Chaque État partie rend compte chaque année des mesures prises pour "
    "protéger les civils. »",
    "Le troisième paragraphe de la déclaration dispose : « L’utilisation d’armes explosives dans les zones peuplées "
    "peut avoir des effets dévastateurs sur les civils. »",
])
def test_treaty_text_introduced_by_a_colon_is_quoted_text(text):
    q = one(text)
    assert (q.kind, q.speaker) == ("text", "")


@pytest.mark.parametrize("text", [
    "Some delegations still talk of “acceptable levels of collateral damage in urban settings”.",
    "Certaines délégations parlent encore de « niveaux acceptables de dommages collatéraux en milieu urbain ».",
    "What the military calls “effects-based targeting in dense environments” is, for survivors, their street.",
    "Le terme « effets à large rayon » n’est pas défini dans le traité.",
    "Our guide explains the annex; its chapter “Reading the numbers backwards” is the place to start.",
])
def test_phrases_held_at_a_distance_are_not_quotations(text):
    assert [q for q in quotes(text) if q.kind == "quote"] == []


@pytest.mark.parametrize("text, speaker", [
    ("Lena Park has run the Agency's field teams for a decade. Last year Kofi Mensah asked her to brief the "
     "committee. “Clearance is slow because it has to be perfect,” she said.", "Lena Park"),
    ("Survivor Yara Haddad travelled from Kessa. In the hall, Ambassador Piet Varga of Lund greeted her. “I did "
     "not come here to be thanked,” she said.", "Yara Haddad"),
    ("La survivante Yara Haddad a fait le voyage depuis Kessa. Dans la salle, l’ambassadeur de Lund, Piet Varga, "
     "l’a saluée. « Je ne suis pas venue pour être remerciée », a-t-elle dit.", "Yara Haddad"),
])
def test_the_person_a_pronoun_means_is_not_the_one_who_greeted_her(text, speaker):
    assert one(text).speaker == speaker


def test_a_list_of_voices_under_headings_and_name_org_colon():
    text = ("Voices\n\nInes Adler, ambassador of Lund\n\n“We will publish our report on the first day, as we always "
            "have.”\n\nTomas Berg, Sweden\n\n“Sweden will follow, as it did in 2025.”")
    assert [(q.speaker, q.organisation) for q in quotes(text)] == [("Ines Adler", "Lund"), ("Tomas Berg", "Sweden")]
    text = ("What they said\n\nInes Adler, Lund: “We will publish our report on the first day, as we always have.”"
            "\n\nTomas Berg, Sweden: “Sweden will follow, as it did in 2025.”")
    assert [(q.speaker, q.organisation) for q in quotes(text)] == [("Ines Adler", "Lund"), ("Tomas Berg", "Sweden")]


@pytest.mark.parametrize("heading", ["Plenary", "Closing Plenary Session", "Kessa General Hospital",
                                     "Opening Session, Room XX"])
def test_a_heading_that_is_not_a_person_gives_no_speaker(heading):
    q = one(f"{heading}\n\n“We will publish our report on the first day, as we always have.”")
    assert q.speaker == ""


@pytest.mark.parametrize("text, org", [
    ("Kofi Mensah, who leads Ghana's delegation, said: “We want dates, not promises, this week.”", "Ghana"),
    ("“We want dates, not promises, this week,” said Kofi Mensah, speaking on behalf of the African Group.",
     "African Group"),
    ("“We want dates, not promises, this week,” said Kofi Mensah, speaking for Ghana.", "Ghana"),
    ("Speaking on behalf of Ghana, Kofi Mensah said: “We want dates, not promises, this week.”", "Ghana"),
    ("Au nom du Ghana, Kofi Mensah a déclaré : « Nous voulons des dates, pas des promesses. »", "Ghana"),
    ("“We want dates, not promises, this week,” Ghana's Kofi Mensah said.", "Ghana"),
])
def test_whom_a_person_speaks_for(text, org):
    q = one(text)
    assert (q.speaker, q.organisation) == ("Kofi Mensah", org)


@pytest.mark.parametrize("text, speaker, how", [
    ("When I asked a teacher in Port Salvane what she needed most, she did not hesitate: “Windows. Glass windows "
     "that do not shatter.”", "", "unnamed"),
    ("La semaine dernière, j’ai parlé avec la docteure Hana Ilic, qui dirige le seul service des grands brûlés du "
     "nord. Elle était épuisée. « Nous soignons des enfants avec des blessures que je n’avais vues que dans les "
     "manuels », m’a-t-elle confié.", "Hana Ilic", "pronoun"),
])
def test_more_of_what_a_statement_reports(text, speaker, how):
    q = one(text, default_speaker="Teodora Vukan-Ilic", default_organisation="Karvenia")
    assert (q.speaker, q.attribution) == (speaker, how)


@pytest.mark.parametrize("text, speaker, org", [
    ("The Daily\n\nKarvenia: “We will report every year, not every two”\n\nKarvenia’s ambassador spoke in the "
     "general debate.", "", "Karvenia"),
    ("The Daily\n\nDeputy minister Okonjo-Santos: “Reporting is the treaty’s pulse”\n\nBelmora’s deputy foreign "
     "minister, Rafael Okonjo-Santos, spoke.", "Rafael Okonjo-Santos", "Belmora"),
    ("The Daily\n\n“Clearance cannot go faster than the shelling stops” — Henrik Adeyemi-Strand\n\nThe Agency’s "
     "spokesperson, Henrik Adeyemi-Strand, briefed journalists.", "Henrik Adeyemi-Strand", None),
])
def test_more_headlines(text, speaker, org):
    q = one(text)
    assert q.speaker == speaker and (org is None or q.organisation == org)


@pytest.mark.parametrize("text, org", [
    ("Rosalie Mbemba addressed the plenary this morning on behalf of the Survivors’ Network, a first in a formal "
     "session. Delegates rose to applaud. “Do not applaud us. Report to us,” she said once the room was quiet.",
     "Survivors’ Network"),
    ("Rosalie Mbemba a pris la parole ce matin au nom du Réseau des survivants, une première. Les délégués se sont "
     "levés. « Ne nous applaudissez pas. Rendez-nous des comptes », a-t-elle lancé.", "Réseau des survivants"),
    ("Rosalie Mbemba, who spoke for the Survivors’ Network, was blunt: “Do not applaud us. Report to us.”",
     "Survivors’ Network"),
])
def test_whom_a_person_spoke_for_in_the_sentence_that_introduces_her(text, org):
    q = one(text)
    assert (q.speaker, q.organisation) == ("Rosalie Mbemba", org)
