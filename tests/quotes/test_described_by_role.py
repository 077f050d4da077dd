"""A speaker named by her role alone, as agency copy names a person once in full and then by her role.

"the council’s director-general" is the one person the document named for the council; "the Chair" is the
person introduced as "the Chair, Ambassador NAME"; « la coordinatrice du Réseau » after a sentence about
a named person is that person; but "the official" after "an official of the ministry" is that unnamed
official, and a description never reaches past its paragraph nor to someone who is not a sentence's
subject. The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes


def test_the_role_of_an_organisation_is_the_one_person_named_for_it():
    q = one("Anders Berg of the Trawler Council stopped at the exhibition with his delegation. Sofie Lind, of Reef "
            "Watch, arrived later. “These people are part of the solution, and we have always said so,” the "
            "council’s director-general said.")
    assert (q.speaker, q.organisation) == ("Anders Berg", "Trawler Council")
    q = one(f"Anders Berg, du Conseil des chalutiers, s'est arrêté devant l'exposition. «{NB}Ces gens font partie de "
            f"la solution, nous l'avons toujours dit{NB}», a déclaré le directeur général du Conseil des chalutiers.")
    assert q.speaker == "Anders Berg"


def test_a_role_given_before_a_title_is_who_that_role_means_later():
    got = quotes("Paul Mensah held up a cucumber and turned to the Chair, Ambassador Joao Ferraz of Montalbre. “Mr "
                 "Chair, this cucumber already had a skin,” he said.\n\n“We have until Friday and not one hour "
                 "more,” the Chair said.")
    assert [q.speaker for q in got] == ["Paul Mensah", "Joao Ferraz"]
    got = quotes(f"Paul Mensah s'est tourné vers le président, l'ambassadeur Joao Ferraz. «{NB}Monsieur le "
                 f"Président, ce concombre avait déjà une peau{NB}», a lancé Paul Mensah.\n\n«{NB}Nous avons jusqu'à "
                 f"vendredi, et pas une heure de plus{NB}», a répondu le président.")
    assert [q.speaker for q in got] == ["Paul Mensah", "Joao Ferraz"]


def test_a_role_after_a_sentence_about_a_named_person_is_that_person():
    q = one(f"Mariam Traoré a pris la parole à la sortie de la plénière. «{NB}Nous sommes vingt millions à pêcher "
            f"à la main{NB}», a déclaré la coordinatrice du Réseau des pêcheurs.")
    assert (q.speaker, q.role, q.organisation) == ("Mariam Traoré", "coordinatrice", "Réseau des pêcheurs")
    q = one("Mariam Traore spoke as the plenary broke up. “We are twenty million people fishing by hand,” the "
            "coordinator said.")
    assert (q.speaker, q.role) == ("Mariam Traore", "coordinator")


def test_a_role_is_the_unnamed_person_the_paragraph_introduced_or_nobody():
    q = one("Anna Weber met an official of the ministry. “We will not sign a blank page today,” the official said.")
    assert q.speaker == ""
    q = one(f"Anna Weber a croisé un délégué de la Norvie. «{NB}Nous ne signerons pas une page blanche{NB}», a dit "
            f"le délégué.")
    assert q.speaker == ""
    q = one("Speaking after Anna Weber, the delegate said: “We will not sign a blank page today.”")
    assert q.speaker == ""  # Anna Weber is not the sentence's subject
    q = one("Anna Weber met the press on Monday.\n\n“We will not sign a blank page today,” the ambassador said.")
    assert q.speaker == ""  # not past the paragraph


def test_an_adverbial_after_the_verb_is_not_the_subject():
    got = quotes("Paul Mensah turned to the Chair, Ambassador Joao Ferraz of Montalbre.\n\nThe Chair answered in "
                 "French, to the delight of the interpreters: “We have until Friday and not one hour more.”")
    assert [q.speaker for q in got] == ["Joao Ferraz"]
    got = quotes(f"Paul Mensah s'est tourné vers le président, l'ambassadeur Joao Ferraz.\n\nLe président a répondu "
                 f"en anglais, au grand plaisir des interprètes{NB}: «{NB}We have until Friday and not one hour "
                 f"more.{NB}»")
    assert [q.speaker for q in got] == ["Joao Ferraz"]
    q = one("When I asked a teacher what she needed, she did not hesitate: “Books, and a roof that holds.”")
    assert q.speaker == ""  # the clause after the comma is the subject here: "she", the teacher


def test_whose_view_a_sentence_gives_before_a_colon_speaks():
    got = quotes(f"Mariam Traoré estime que «{NB}le traité parle de nous sans nous nommer{NB}». Pour la coordinatrice "
                 f"du Réseau des pêcheurs, l'enjeu dépasse le texte{NB}:\n\n«{NB}Nous sommes vingt millions à pêcher à "
                 f"la main.\n\n«{NB}Quand le prix du poisson s'effondre, c'est nous qui ne mangeons pas.{NB}»")
    assert [q.speaker for q in got] == ["Mariam Traoré", "Mariam Traoré"]
    q = one("For a European delegate, the verdict was simple: “The text is dead, and everyone here knows it.”")
    assert (q.speaker, q.attribution) == ("", "unnamed")
    q = one("For years, the coast has waited: “We are still waiting for the boats to come back.”")
    assert q.speaker == ""
