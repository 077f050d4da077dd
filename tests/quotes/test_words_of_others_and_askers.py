"""Three ways a quotation was given a wrong person's name, now read right or left empty: a body's own
attribution after a paragraph of its director ("“…,” the Fund said" is not the director going on), the
person who asks a question ("NAME, asked by NAME2 of the Ledger …, paused. “…,” she said" is NAME's), and
the speaker of a statement repeating another's words ("I will repeat her words: « … »" is hers). A wrong
name counts worse than none. The sentences are written for these tests, as wire copy, a feature, a live
blog, an interview, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

DIRECTOR = "“Taking a child out of the pit is the easy half,” said Mira Castellane, its director, in Halden."
DIRECTRICE = (f"«{NB}Sortir un enfant du puits, c'est la moitié facile{NB}», a déclaré Mira Castellane, sa "
              f"directrice, à Halden.")
BODY_AFTER = [
    f"{DIRECTOR}\n\n“We do not replace the buyers' duty. We show them what it costs,” the Fund said.",
    f"{DIRECTOR}\n\n“Schools first, then everything else,” said the Foundation in its newsletter.",
    f"{DIRECTOR}\n\n“A register of every mine, by Friday,” the Network wrote on its live blog.",
    f"{DIRECTOR}\n\n“The money is there; the inspectors are not,” the Institute noted in a statement.",
    f"{DIRECTOR}\n\n“Nobody audits the auditors,” the Alliance added in a release on Tuesday.",
    f"{DIRECTOR}\n\n“This is the week to decide,” the Trust told the wire service.",
    f"{DIRECTRICE}\n\n«{NB}Nous ne remplaçons pas le devoir des acheteurs, nous leur montrons ce qu'il coûte{NB}», conclut le Fonds.",
    f"{DIRECTRICE}\n\n«{NB}L'école d'abord, le reste ensuite{NB}», affirme la Fondation dans sa lettre.",
    f"{DIRECTRICE}\n\n«{NB}Un registre de chaque mine, d'ici vendredi{NB}», écrit le Réseau sur son fil.",
    f"{DIRECTRICE}\n\n«{NB}L'argent est là, les inspecteurs non{NB}», rappelle l'Institut dans un communiqué.",
    f"{DIRECTRICE}\n\n«{NB}Personne n'audite les auditeurs{NB}», souligne l'Alliance mardi.",
    f"{DIRECTRICE}\n\n«{NB}C'est la semaine où il faut décider{NB}», a déclaré la Fondation à l'agence.",
]


@pytest.mark.parametrize("text", BODY_AFTER)
def test_a_body_saying_the_next_words_is_not_its_director_going_on(text):
    first, second = quotes(text)
    assert first.speaker == "Mira Castellane"
    assert second.speaker == ""


ASKED = [
    ("Osterholt-Vane, asked by Annika Brodmann of the Ledger whether the week was worth it, paused. “Ask me on "
     "Friday night,” she said.", "Osterholt-Vane"),
    ("10:15 — Osterholt-Vane, pressed by Greta Lindqvist from Radio Sud about the timetable, smiled. “The "
     "timetable is the easy part,” she said.", "Osterholt-Vane"),
    ("Q: Osterholt-Vane, questioned by Sara Millet of the Courier on the fund, was brief. “It exists. It is "
     "empty,” she told us.", "Osterholt-Vane"),
    ("Karamatov, interviewed by Jonas Perrault for the wire, did not hesitate. “We will sign on Friday,” he "
     "said.", "Karamatov"),
    ("Karamatov, approached by Tomas Bereni of the Daily after the plenary, shrugged. “Ask the presidency,” he "
     "said.", "Karamatov"),
    ("Karamatov, asked by Oren Valadez whether the bill would pass, laughed. “It will pass in June,” he "
     "replied.", "Karamatov"),
    (f"Osterholt-Vane, interrogée par Annika Brodmann du Courrier sur le bilan, a souri. «{NB}Demandez-moi "
     f"vendredi soir{NB}», a-t-elle dit.", "Osterholt-Vane"),
    (f"Osterholt-Vane, questionnée par Greta Lindqvist de Radio Sud sur le calendrier, a hésité. «{NB}Le "
     f"calendrier est la partie facile{NB}», a-t-elle répondu.", "Osterholt-Vane"),
    (f"Osterholt-Vane, relancée par Sara Millet sur le fonds, a été brève. «{NB}Il existe. Il est vide{NB}», "
     f"a-t-elle lâché.", "Osterholt-Vane"),
    (f"Karamatov, interrogé par Jonas Perrault pour l'agence, n'a pas hésité. «{NB}Nous signerons "
     f"vendredi{NB}», a-t-il dit.", "Karamatov"),
    (f"Karamatov, abordé par Tomas Bereni du Quotidien après la plénière, a haussé les épaules. «{NB}Demandez à "
     f"la présidence{NB}», a-t-il lancé.", "Karamatov"),
    (f"Karamatov, questionné par Oren Valadez sur le projet de loi, a ri. «{NB}Il passera en juin{NB}», "
     f"a-t-il répondu.", "Karamatov"),
]


@pytest.mark.parametrize("text,name", ASKED)
def test_the_one_asked_answers_not_the_one_asking(text, name):
    q = quotes(text)[-1]
    assert q.speaker in (name, "")  # the surname for the kit to complete, or nobody: never the asker
    assert q.speaker == name


SPEAKER = "Octavia Lindqvist-Moreau"
REPEATED = [
    ("At a meeting in Merrow, the Minister of Labour of Ilvaro, Lucile Ferrand, put it to us in her own "
     "language, and I will repeat her words as she said them: « Une loi sans inspecteur, c’est une affiche. »",
     "Lucile Ferrand"),
    ("Last month I met Amadou Keita, who runs the miners' federation. I quote him: “A child at school is one "
     "miner less.”", "Amadou Keita"),
    ("Dr Ruth Kamsky, who audits the mines, told me something I will not forget. In her words: “The "
     "certificate is a photograph taken on a sunny day.”", "Ruth Kamsky"),
    ("Our partner in the valley, Jonas Perrault, said it better than I can, so I repeat him: “Pay the father "
     "and the child goes to school.”", "Jonas Perrault"),
    ("The inspector, Noor Haddane, wrote to me on Monday, and I will read her words as she wrote them: “We "
     "arrive without warning.”", "Noor Haddane"),
    ("Professor Ilse Marrow, whose study we all read, put it plainly, and let me quote her: “Nobody audits "
     "the auditors.”", "Ilse Marrow"),
    (f"À Merrow, la ministre du Travail d'Ilvaro, Lucile Ferrand, nous l'a dit dans sa langue, et je "
     f"reprends ses mots{NB}: «{NB}Une loi sans inspecteur, c'est une affiche.{NB}»", "Lucile Ferrand"),
    (f"Le mois dernier, j'ai rencontré Amadou Keita, président de la fédération des mineurs. Je le "
     f"cite{NB}: «{NB}Un enfant à l'école, c'est un mineur de moins.{NB}»", "Amadou Keita"),
    (f"La docteure Ruth Kamsky, qui inspecte les mines, m'a dit une chose que je n'oublierai pas. Je la "
     f"cite{NB}: «{NB}Un certificat est une photographie prise un jour de beau temps.{NB}»", "Ruth Kamsky"),
    (f"Notre partenaire dans la vallée, Jonas Perrault, l'a mieux dit que moi, et je reprends ses "
     f"paroles{NB}: «{NB}Payez le père et l'enfant ira à l'école.{NB}»", "Jonas Perrault"),
    (f"L'inspectrice Noor Haddane m'a écrit lundi, et je reprends ses termes{NB}: «{NB}Nous arrivons sans "
     f"prévenir.{NB}»", "Noor Haddane"),
    (f"La professeure Ilse Marrow, dont nous avons tous lu l'étude, l'a dit simplement, et je la cite{NB}: "
     f"«{NB}Personne n'audite les auditeurs.{NB}»", "Ilse Marrow"),
]


@pytest.mark.parametrize("text,name", REPEATED)
def test_words_a_statement_repeats_are_not_its_speakers(text, name):
    q = quotes(text, default_speaker=SPEAKER)[-1]
    assert q.speaker != SPEAKER
    assert q.speaker == name
