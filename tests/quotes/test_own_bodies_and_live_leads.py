"""Words reported from someone the speaker calls hers ("My Minister asked me to read …", « Ma ministre m’a dit
… »): nobody is named, but the speaker's own body is the source; the stamp of a live blog or a wire dateline
before "According to X," / « Pour X, »; French names of organisations that end on an adjective.

Verbatim records give each turn its delegation ("**Mr NAME** (State):"); a question-and-answer piece is titled
after the person who answers; a statement speaks for its organisation. The sentences are written for these
tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes


def test_my_minister_in_a_turn_of_a_verbatim_record_speaks_for_the_turns_state():
    got = quotes("**The PRESIDENT:** I give the floor to the representative of Quellia.\n\n**Mr BRANDT** (Quellia): "
                 "Thank you, Mr President. My Minister asked me to read one sentence to this plenary, and I will: "
                 "“Quellia will name its critical sites before the next meeting, with or without help.” I would "
                 "add that our programme already covers four of them.")
    assert [(q.speaker, q.attribution, q.organisation) for q in got] == [("", "unnamed", "Quellia")]
    got = quotes("**Mme OSTERLIND** (Quellie) : Merci, Monsieur le Président. Notre gouvernement m’a demandé de "
                 f"lire cette phrase :{NB}«{NB}La Quellie désignera ses sites avant la prochaine réunion, avec ou "
                 f"sans aide.{NB}»")
    assert [(q.speaker, q.attribution, q.organisation) for q in got] == [("", "unnamed", "Quellie")]


def test_my_minister_in_an_interview_speaks_for_the_state_of_the_person_who_answers():
    text = (f"# Ilse Varnholt :{NB}«{NB}Le Nord doit payer pour les escales du Sud{NB}»\n\nReprésentante de la "
            "Quellie, Ilse Varnholt porte cette semaine la voix de son groupe.\n\n**Q : Votre groupe bloque-t-il "
            "le texte ?**\n\nR : Non. Ma ministre m’a dit avant mon départ :\u00a0«\u00a0Ne reviens pas avec une "
            "date sans budget\u00a0». Je ne reviendrai pas sans budget.")
    got = quotes(text, language="fr")
    assert [(q.speaker, q.organisation) for q in got][-1] == ("", "Quellie")
    assert got[-1].text == "Ne reviens pas avec une date sans budget"  # a short order, said: a quotation


def test_my_minister_in_a_statement_speaks_for_the_statements_organisation():
    q = one("Before I left, my Minister told me: “Do not come back with a date and no money.”",
            default_speaker="Ilse Varnholt", default_organisation="Quellia")
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "Quellia")
    q = one("“Do not come back with a date and no money,” my mother told me.", default_organisation="Quellia",
            default_speaker="Ilse Varnholt")
    assert q.speaker == "" and q.attribution == "unnamed"  # kin speak for nobody


def test_according_to_after_a_live_blog_stamp_or_a_dateline():
    q = one(f"**14 h 20** — Pour la Fédération des villages des zones humides, «{NB}les villages des marais ne "
            f"sont pas les ennemis des oiseaux, ils sont leurs derniers gardiens{NB}».")
    assert (q.speaker, q.attribution, q.organisation) == \
        ("", "organisation", "Fédération des villages des zones humides")
    q = one("**14:20** — For the Federation of Wetland Villages, “the villages are not the enemies of the birds, "
            "they are their last guardians.”")
    assert (q.attribution, q.organisation) == ("organisation", "Federation of Wetland Villages")
    q = one("KESSA (Wire) — According to the Varne Institute, “the villages are not the enemies of the birds, "
            "they are their last guardians.”")
    assert (q.attribution, q.organisation) == ("organisation", "Varne Institute")


def test_for_a_time_is_no_source():
    q = one("For the first time in years, “the villages are not the enemies of the birds, they are their last "
            "guardians,” said Ana Varga.")
    assert q.speaker == "Ana Varga"
    got = quotes("For years, “the villages are not the enemies of the birds, they are their last guardians.”")
    assert all(q.speaker == "" and q.attribution != "organisation" for q in got)


def test_a_french_name_of_an_organisation_keeps_its_adjective():
    q = one(f"Selon l’Alliance pour les espèces sauvages, «{NB}aucun site n’a été désigné cette année{NB}».")
    assert q.organisation == "Alliance pour les espèces sauvages"
    q = one(f"«{NB}Aucun site n’a été désigné cette année{NB}», a regretté la Fédération des régions arides.")
    assert q.organisation == "Fédération des régions arides"


def test_the_language_of_a_short_slogan_from_its_own_words():
    from presskit.quotes.language import quote_language
    assert quote_language("Three years, one report, no exceptions") == "en"
    assert quote_language("Trois ans, un rapport, aucune exception") == "fr"
    q = one("L’Orlandie a fait circuler sa proposition. Son ambassadeur, Piet Osterholt, l’a résumée devant quelques "
            "journalistes : “Three years, one report, no exceptions”.", language="fr")
    assert (q.speaker, q.language) == ("Piet Osterholt", "en")
