"""Whom a person speaks for, and who "he" or "she" is, as press writing says it, in English and French.

An ambassador speaks for her State, not for the body she is accredited to; an office held over a
portfolio (a high commissioner for fisheries, an under-secretary-general for ocean affairs) is a role,
never an organisation; an organisation's name before the role ("the United Nations Under-Secretary-
General") is whom she speaks for; a membership joined to another apposition ("a ferry pilot and a
member of the Pilots' Union") says whom he speaks for; a ministry "of" a State is one name. A pronoun
or a possessive after another person's name belongs to that person, and a newsletter's narrow column
is one paragraph, not a run of headings. The sentences are written for these tests.
"""

from __future__ import annotations

from presskit.quotes.appos import parse_appos
from tests.quotes.finding import NB, one, quotes


def test_an_ambassador_speaks_for_her_state_not_for_the_body_she_is_accredited_to():
    assert parse_appos(["ambassadrice de Morvanie auprès de la Conférence"]) == ("ambassadrice", "Morvanie")
    assert parse_appos(["Ambassador of Morvania to the Conference"]) == ("Ambassador", "Morvania")
    q = one(f"Son Excellence Mme Oona Thalberg, ambassadrice de Morvanie auprès de la Conférence, a déclaré : "
            f"«{NB}Nous ne voterons pas un texte sans calendrier.{NB}»")
    assert (q.speaker, q.organisation) == ("Oona Thalberg", "Morvanie")
    q = one("Oona Thalberg, Ambassador of Morvania to the Conference, told reporters: “We will not vote for a text "
            "without a timetable.”")
    assert (q.speaker, q.organisation) == ("Oona Thalberg", "Morvania")


def test_an_office_over_a_portfolio_is_a_role_and_its_state_is_whom_it_speaks_for():
    assert parse_appos(["Haut-Commissaire aux pêches de Tervanie"]) == ("Haut-Commissaire aux pêches", "Tervanie")
    assert parse_appos(["High Commissioner for Fisheries of Tervania"]) == ("High Commissioner for Fisheries",
                                                                              "Tervania")
    # a portfolio alone is no organisation: better none than "Ocean Affairs"
    assert parse_appos(["Under-Secretary-General for Ocean Affairs"]) == ("Under-Secretary-General for Ocean Affairs",
                                                                           "")
    q = one(f"Le Haut-Commissaire aux pêches de Tervanie, Joachim Ebbesen, a détaillé le plan : «{NB}Nous fermerons "
            f"nos propres eaux d’abord.{NB}»")
    assert (q.speaker, q.organisation) == ("Joachim Ebbesen", "Tervanie")


def test_an_organisation_named_before_the_role_is_whom_the_person_speaks_for():
    q = one("Opening the session, the United Nations Under-Secretary-General for Ocean Affairs, Tuulikki Varrane, "
            "reminded delegates of the deadline. “The clock started when the treaty entered into force,” she said.")
    assert (q.speaker, q.role, q.organisation) == (
        "Tuulikki Varrane", "Under-Secretary-General for Ocean Affairs", "United Nations")
    q = one(f"En ouverture, la coordinatrice du Réseau Mer vivante, Tuulikki Varrane, a rappelé l’échéance : "
            f"«{NB}L’horloge tourne depuis l’entrée en vigueur.{NB}»")
    assert (q.speaker, q.organisation) == ("Tuulikki Varrane", "Réseau Mer vivante")


def test_a_membership_joined_to_another_apposition_says_whom_a_person_speaks_for():
    assert parse_appos(["a ferry pilot from Ostmark and a member of the Harbour Pilots Union"]) == (
        "ferry pilot from Ostmark", "Harbour Pilots Union")
    assert parse_appos(["chercheuse et membre fondatrice de la Fédération des pêcheurs"]) == (
        "chercheuse", "Fédération des pêcheurs")
    q = one("Ossian Pell, a ferry pilot from Ostmark and a member of the Harbour Pilots Union, said: “We know these "
            "channels better than any chart does.”")
    assert (q.speaker, q.organisation) == ("Ossian Pell", "Harbour Pilots Union")


def test_a_member_of_the_short_form_is_the_organisation_the_text_named():
    q = one("The Harbour Pilots Union sent eleven pilots to the talks. Ossian Pell, a member of the union who "
            "sailed in with them, was blunt: “Nobody here has ever steered a tanker at night.”")
    assert (q.speaker, q.organisation) == ("Ossian Pell", "Harbour Pilots Union")


def test_a_description_in_lower_case_is_no_organisation():
    q = one(f"La présidente de l’association des pêcheuses du port, Maëlle Rouxel, a lu sa lettre : «{NB}Nous "
            f"réparons nos filets nous-mêmes depuis vingt ans.{NB}»")
    assert (q.speaker, q.organisation) == ("Maëlle Rouxel", "")


def test_a_ministry_of_a_state_speaks_for_the_state():
    # one name, not "Ministry of Foreign Affairs" with "Tervania" cut off; and a State's ministry is the State
    # speaking, as wire copy reports it ("Tervania said …, according to its foreign ministry")
    q = one("The Ministry of Foreign Affairs of Tervania said in a statement that it “will pay for the first two "
            "years of patrols”, the first such pledge of the week.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "Tervania")
    q = one("Tervania's Foreign Ministry said in a statement that it “will pay for the first two years of patrols”.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "Tervania")
    q = one(f"Le ministère des Affaires étrangères de la Tervanie a fait savoir qu’il «{NB}paiera les deux premières "
            f"années de patrouilles{NB}».")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "Tervanie")
    q = one("The Ministry of Health said in a statement that it “will pay for the first two years of care”.")
    assert q.organisation == "Ministry of Health"  # no State named: the ministry, as named


def test_a_possessive_after_another_name_is_that_persons_not_the_subjects():
    # "his" belongs to Reyes: it says nothing of Varrane, whose first name says nothing either
    q = one("Opening the session, the Agency's director, Tuulikki Varrane, recalled that the treaty had entered into "
            "force faster than any other, a record Ambassador Tomas Reyes had praised in his own speech. “Now show "
            "the same speed in applying it,” she said.")
    assert q.speaker == "Tuulikki Varrane"


def test_an_object_pronoun_after_another_name_does_not_rule_out_the_subject():
    # "him" is Pell, whom Varrane asked: "he said" is Pell, the paragraph's subject
    q = quotes("Ossian Pell, a ferry pilot from Ostmark, has steered tankers for thirty years, long before Tuulikki "
               "Varrane asked him to join the union. “When the fog comes, the charts lie,” he said.")[0]
    assert q.speaker == "Ossian Pell"


_HEADER = "The Harbour Daily · Issue 3 · Wednesday 6 October 2027 · news and voices from the plenary"


def test_a_narrow_column_is_one_paragraph_not_a_run_of_headings():
    # a newsletter page: a header as wide as the page, then a narrow column whose lines wrap where the next
    # word does not fit ("… a ferry pilot from" / "Ostmark and …"), short beside the header
    page = "\n".join([
        _HEADER,
        "Voices from the floor",
        "The hall was full for the first afternoon.",
        "Ossian Pell, a ferry pilot from",
        "Ostmark and a member of the Pilots",
        "Union, has steered tankers for thirty",
        "years, long before Tuulikki Varrane asked",
        "him to join the talks. “When the fog",
        "comes, the charts lie,” he said.",
        "The Chair of the Conference, Ambassador",
        "Ilse Marchetti-Obi, known to all as “the",
        "Clock”, closed the day with a warning:",
        "“A deadline is not a suggestion.”",
    ])
    got = {q.text: q for q in quotes(page)}
    assert got["When the fog comes, the charts lie,"].speaker == "Ossian Pell"
    assert got["A deadline is not a suggestion."].speaker == "Ilse Marchetti-Obi"
    fr = "\n".join([
        "Le Quotidien du port · Numéro 3 · mercredi 6 octobre 2027 · nouvelles et voix de la plénière",
        "Voix de la salle",
        "La salle était pleine dès le premier après-midi.",
        "Le président de la Conférence, l’ambassadeur",
        "Bastien Oudry-Lamarre, que tous appellent",
        "« l’Horloge », a clos la journée par un",
        "avertissement : « Une échéance n’est pas",
        "une suggestion. »",
    ])
    q = one(fr)
    assert q.speaker == "Bastien Oudry-Lamarre"


def test_a_block_of_short_lines_is_no_column_and_its_first_words_are_nobody():
    # a registry file quoted in a manual: short lines that do not wrap; "Windows Registry Editor" is no one
    page = "\n".join([
        "To give the program more memory on Windows, create a file named moremem.reg with these lines in it:",
        "Windows Registry Editor Version 5.00",
        "[HKEY_LOCAL_MACHINE\\Software\\Example]",
        "\"heap_chunk_in_mb\"=dword:ffffff00",
        "then run the command regedit /s moremem.reg as an administrator and start the program again.",
    ])
    assert all(not q.speaker for q in quotes(page))


def test_a_place_after_an_institution_noun_is_nobodys_voice():
    assert parse_appos(["chirurgienne à l’hôpital de Kessel"]) == ("chirurgienne à l’hôpital de Kessel", "")
    assert parse_appos(["coordinator of the camp of Tassoumi"]) == ("coordinator of the camp of Tassoumi", "")
    assert parse_appos(["director of the Centre for Ocean Law"]) == ("director", "Centre for Ocean Law")
    q = one(f"La docteure Amélie Fontaine-Mbeki, chirurgienne à l’hôpital de Kessel, a raconté : «{NB}Nous avons "
            f"manqué de tout, sauf de courage.{NB}»")
    assert (q.speaker, q.organisation) == ("Amélie Fontaine-Mbeki", "")
