"""Who spoke, when the clause before a quotation is long or its subject is a pronoun, in English and French.

A number with a thousands comma inside a long clause ("600,000 people"), a French object pronoun before
the verb ("nous avait prévenus"), a pronoun in the paragraph that introduces a quotation with a colon,
a surname after a title in lower case ("le docteur Dufresne, lui, …"), and a possessive that is no
organisation ("When I asked the centre’s director"). The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes


def test_a_number_with_a_comma_does_not_cut_a_long_clause():
    q = one("Ambassador Tomas Rell of Vardia, whose country has taken in more than 450,000 people since 2021 and "
            "who was elected on Monday to chair the meeting, told journalists: “We did not come here to applaud "
            "ourselves.”")
    assert (q.speaker, q.organisation, q.attribution) == ("Tomas Rell", "Vardia", "named")
    q = one(f"L’ambassadeur Tomas Rell, dont le pays a accueilli plus de 450,000 personnes depuis 2021, a déclaré "
            f"aux journalistes{NB}: «{NB}Nous ne sommes pas venus ici pour nous applaudir.{NB}»")
    assert q.speaker == "Tomas Rell"


def test_a_french_object_pronoun_before_the_verb_is_not_the_subject():
    q = one(f"Lors de notre visite, la directrice régionale de l’Office des eaux de Kessa, Ana Pirès, nous avait "
            f"prévenus en anglais{NB}: “If the pumps fail in May, the wells will be dry by July.”")
    assert (q.speaker, q.organisation) == ("Ana Pirès", "Office des eaux de Kessa")
    q = one(f"Le maire de Sarn, Luc Amel, vous a répondu hier{NB}: «{NB}Nous ouvrirons les écoles lundi, quoi qu’il "
            f"arrive.{NB}»")
    assert q.speaker == "Luc Amel"


def test_we_as_the_subject_is_still_the_publisher():
    q = one(f"Nous avons rappelé aux États donateurs{NB}: «{NB}Chaque engagement doit avoir une date.{NB}»",
            default_organisation="Harbour Coalition")
    assert (q.speaker, q.organisation) == ("", "Harbour Coalition")


def test_a_pronoun_means_the_person_of_the_paragraph_that_introduces_the_quotation():
    en = ("In May I met Omar Haddad, a teacher. He told me: “Nobody has asked for my diploma.”\n\n"
          "When I asked the clinic’s director, Dr Paul Mensah, what he needed most, he answered with a list:\n\n"
          "“Nurses who are paid every month.\n\n“And a promise that the money will still be there next year.”")
    assert [q.speaker for q in quotes(en)] == ["Omar Haddad", "Paul Mensah"]
    fr = (f"En mai, j’ai rencontré Omar Haddad, un enseignant. Il m’a dit{NB}: «{NB}Personne ne m’a demandé mon "
          f"diplôme.{NB}»\n\nQuand j’ai demandé au directeur de la clinique, le docteur Paul Mensah, ce dont il avait "
          f"besoin, il a répondu par une liste{NB}:\n\n«{NB}Des infirmières payées chaque mois.\n\n«{NB}Et la promesse "
          f"que l’argent sera encore là l’an prochain.{NB}»")
    assert [q.speaker for q in quotes(fr)] == ["Omar Haddad", "Paul Mensah"]


def test_a_possessive_with_words_in_lower_case_is_no_organisation():
    q = quotes("When I asked the clinic’s director, Dr Paul Mensah, what he needed most, he answered: “Nurses who "
               "are paid every month.”")[0]
    assert q.speaker == "Paul Mensah" and "asked" not in q.organisation


def test_a_surname_after_a_title_in_lower_case_is_whom_a_pronoun_means():
    fr = (f"Interrogée à la radio, Ines Lund a été plus directe{NB}: «{NB}Le problème n’est pas la générosité.{NB}»\n\n"
          f"Le docteur Marek, lui, a choisi de parler des patients{NB}:\n\n«{NB}Dans nos cliniques, un patient sur trois "
          f"attend six mois.\n\n«{NB}Nous n’avons aucun budget pour les psychologues{NB}», a-t-il conclu.")
    assert [q.speaker for q in quotes(fr)] == ["Ines Lund", "Marek"]
    en = ("Asked on the radio, Ines Lund was blunter: “The problem is not generosity.”\n\n"
          "The doctor Marek, for his part, chose to speak about patients:\n\n“In our clinics, one patient in three "
          "waits six months.\n\n“We have no budget for psychologists,” he concluded.")
    assert [q.speaker for q in quotes(en)] == ["Ines Lund", "Marek"]


# --- an interview's answers: the label is not the sentence's subject --------------------------------------


def test_the_label_of_an_answer_is_not_the_subject_of_the_sentence_after_it():
    fr = (f"Le Journal{NB}: Et le docteur Marek{NB}?\n\nIna Voss{NB}: Paul Marek répète toujours la même phrase, et il "
          f"a raison{NB}: «{NB}On ne soigne pas quelqu’un qu’on laisse attendre dix ans.{NB}»")
    assert one(fr).speaker == "Paul Marek"
    en = ("The Journal: And Dr Marek?\n\nIna Voss: Paul Marek always repeats the same sentence, and he is right: "
          "“You cannot heal someone you keep waiting for ten years.”")
    assert one(en).speaker == "Paul Marek"


def test_the_one_who_answers_is_never_the_he_of_her_answer():
    fr = (f"Le Journal{NB}: Et le docteur Marek{NB}?\n\nIna Voss{NB}: Il répète toujours la même phrase, et il a "
          f"raison{NB}: «{NB}On ne soigne pas quelqu’un qu’on laisse attendre dix ans.{NB}»")
    assert one(fr).speaker in ("Marek", "")


def test_a_headline_name_and_colon_is_still_the_speaker():
    q = one(f"Ina Voss{NB}: «{NB}Les réfugiés savent déjà ce qui marche{NB}»\n\nLa fondatrice du réseau a parlé jeudi.")
    assert q.speaker == "Ina Voss"


# --- a relative or a friend the text does not name ---------------------------------------------------------


def test_a_relative_named_by_a_possessive_is_nobody_named():
    en = one("A: A work permit. My mother told me the night I left: “Whatever they take from you, they cannot take "
             "what you have learned.”", default_organisation="Harbour Coalition")
    fr = one(f"Ma grand-mère me répétait chaque hiver{NB}: «{NB}Ce qu’on t’apprend, personne ne peut te le prendre.{NB}»",
             default_organisation="Harbour Coalition")
    for q in (en, fr):
        assert (q.speaker, q.organisation, q.attribution) == ("", "", "unnamed")


def test_a_relative_whose_name_follows_is_named():
    q = one("My sister, Ana Varga, told me: “Whatever they take from you, they cannot take what you have learned.”")
    assert q.speaker == "Ana Varga"


# --- a person the sentence is about, not its speaker ---------------------------------------------------------


def test_a_name_after_a_preposition_is_not_the_speaker():
    en = one("Speaking after Ana Varga, the Lund delegate said: “We will not sign a blank page.”")
    fr = one(f"Interrogé sur la proposition d’Ana Varga, l’envoyé a répondu{NB}: «{NB}Nous ne signerons pas une page "
             f"blanche, ni aujourd’hui ni demain.{NB}»")
    assert en.speaker == "" and fr.speaker == ""


def test_a_name_then_its_apposition_is_still_the_speaker():
    en = one("Ana Varga, the Lund delegate, said: “We will not sign a blank page.”")
    fr = one(f"Ana Varga, déléguée de Lund, a répondu{NB}: «{NB}Nous ne signerons pas une page blanche.{NB}»")
    assert (en.speaker, fr.speaker, fr.organisation) == ("Ana Varga", "Ana Varga", "Lund")


def test_a_person_who_was_told_the_words_did_not_say_them():
    q = one("“We will not sign a blank page,” Ana Varga was told by an official of the ministry.")
    assert q.speaker == ""
    q = one("“We will not sign a blank page,” Ana Varga told an official of the ministry.")
    assert q.speaker == "Ana Varga"


def test_the_person_right_before_who_is_the_one_who_speaks():
    en = one("Ana Varga thanked Ivo Laine, who replied: “We will not sign a blank page.”")
    fr = one(f"Ana Varga a remercié Ivo Laine, qui a répondu{NB}: «{NB}Nous ne signerons pas une page blanche.{NB}»")
    assert en.speaker == fr.speaker == "Ivo Laine"
    q = one("Ana Varga, who spoke after Ivo Laine, replied: “We will not sign a blank page.”")
    assert q.speaker == "Ana Varga"


def test_a_comparison_or_a_spokesperson_is_not_the_speaker():
    en = one("Unlike Ana Varga, the envoy was blunt: “We will not sign a blank page.”")
    fr = one(f"Le porte-parole d’Ana Varga a déclaré{NB}: «{NB}Nous ne signerons pas une page blanche.{NB}»")
    assert en.speaker == "" and fr.speaker == ""


def test_a_named_listener_between_the_verb_and_its_subject_is_not_the_speaker():
    q = one(f"«{NB}Nous ne signerons pas une page blanche{NB}», a répondu à Ana Varga l’ambassadrice Ina Voss.")
    assert q.speaker == "Ina Voss"
    q = one(f"«{NB}Nous ne signerons pas une page blanche{NB}», a répondu à Ana Varga le délégué de Lund.")
    assert q.speaker == "" and q.attribution == "unnamed"


def test_he_and_she_after_two_people_go_to_the_one_of_that_gender():
    he = one("Ana Varga met Ivo Laine on Monday. He told her: “This is a historic day for the region.”")
    she = one("Ana Varga met Ivo Laine on Monday. She told him: “This is a historic day for the region.”")
    assert (he.speaker, she.speaker) == ("Ivo Laine", "Ana Varga")
    il = one(f"Ana Varga a reçu Ivo Laine lundi. Il lui a dit{NB}: «{NB}C’est un jour historique pour la région.{NB}»")
    assert il.speaker == "Ivo Laine"
