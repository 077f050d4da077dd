"""A paragraph that opens on a definite role, with nobody named for it, right under a headline quoting one person
(« NAME : « … » » ¶ « Le coordinateur du Réseau … a pris la parole … », "NAME: “…”" ¶ "The network's coordinator
spoke …"): the role is that person, and so is the pronoun after the next quotation, also when someone of the
other gender is named between. The texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    # newsletter
    "## Tiberio Lanscombe: “Miners are not the problem, they are the answer”\n\nThe coordinator of the Small Miners' "
    "Health Network spoke in plenary yesterday, a first for a miner. Ambassador Ines Valdoro praised the speech. "
    "“I brought the voices of sixty thousand families,” he said on the way out.",
    # feature
    "## Tiberio Lanscombe: “We dig because there is nothing else”\n\nThe network's coordinator walked in late. Minister "
    "Ines Valdoro waved him over. “Nobody asked us before,” he said.",
    # live blog
    "### 10:40 — Tiberio Lanscombe: “Give us retorts, not speeches”\n\nThe coordinator of the Small Miners' Health "
    "Network took the floor after the Chair. Delegate Ines Valdoro took notes. “We can stop burning mercury in a "
    "year,” he added.",
    # wire
    "# Tiberio Lanscombe: “The fund is late”\n\nThe head of the Small Miners' Health Network arrived from the valley "
    "on Monday. Ms Ines Valdoro met him at the station. “Every month of delay costs lungs,” he told reporters.",
    # Q&A introduction
    "## Tiberio Lanscombe: “We are the solution”\n\nThe director of the Small Miners' Health Network answered our "
    "questions between two sessions. Dr Ines Valdoro sat beside her. “Ask the miners first,” she said.",
    # statement summary
    "## Tiberio Lanscombe: “We will not go home without a fund”\n\nThe spokesperson of the Small Miners' Health Network read a "
    "statement. Ambassador Ines Valdoro thanked him. “We will be back next year,” he said.",
]
FR = [
    f"## Tiberio Lanscombe : «{NB}Les mineurs ne sont pas le problème{NB}»\n\nLe coordinateur du Réseau pour la santé "
    f"des petits mineurs a pris la parole hier en plénière. L'ambassadrice Ines Valdoro a salué son intervention. "
    f"«{NB}J'ai apporté la voix de soixante mille familles{NB}», a-t-il déclaré à la sortie.",
    f"## Tiberio Lanscombe : «{NB}Nous creusons parce qu'il n'y a rien d'autre{NB}»\n\nLe coordinateur du réseau est "
    f"arrivé en retard. La ministre Ines Valdoro lui a fait signe. «{NB}Personne ne nous a demandé avant{NB}», "
    f"dit-il.",
    f"### 10 h 40 — Tiberio Lanscombe : «{NB}Des cornues, pas des discours{NB}»\n\nLe coordinateur du Réseau pour la "
    f"santé des petits mineurs a parlé après la présidence. La déléguée Ines Valdoro prenait des notes. «{NB}Nous "
    f"pouvons cesser de brûler du mercure en un an{NB}», a-t-il ajouté.",
    f"# Tiberio Lanscombe : «{NB}Le fonds est en retard{NB}»\n\nLe directeur du Réseau pour la santé des petits "
    f"mineurs est arrivé lundi. Mme Ines Valdoro l'attendait à la gare. «{NB}Chaque mois de retard coûte des "
    f"poumons{NB}», a-t-il confié.",
    f"## Tiberio Lanscombe : «{NB}Nous sommes la solution{NB}»\n\nLa directrice du Réseau pour la santé des petits "
    f"mineurs a répondu à nos questions. Le docteur Anton Valdoro était assis à côté. «{NB}Demandez d'abord aux "
    f"mineurs{NB}», a-t-elle dit.",
    f"## Tiberio Lanscombe : «{NB}Nous ne rentrerons pas sans un fonds{NB}»\n\nLe porte-parole du Réseau pour la santé des petits "
    f"mineurs a lu une déclaration. L'ambassadrice Ines Valdoro l'a remercié. «{NB}Nous reviendrons l'an "
    f"prochain{NB}», a-t-il assuré.",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_role_under_a_headline_is_the_headlines_person(text):
    qs = quotes(text)
    assert qs[0].speaker == "Tiberio Lanscombe"
    assert qs[-1].speaker == "Tiberio Lanscombe"

