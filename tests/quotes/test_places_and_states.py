"""Places are not bodies; a State that speaks is one.

A town a person works in (« chercheuse à Castelmoor », "a researcher in Castelmoor") or speaks in is no
organisation; a body written in lower case and named after its village (« présidente de la coopérative des
femmes planteuses de Soumbala », "chair of the women growers' cooperative of Soumbala") is that body, not
the village; a State's ministry ("Valdoria's health ministry … the ministry said", « le ministère des
finances de la Valdorie ») and a State the text names as one ("Valdoria said", beside "the Valdorian
delegation") speak for the State, with no person. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

PLACES = [
    ("“We want quotas, not promises,” said Lena Ruiz, a researcher in Castelmoor.", "Lena Ruiz", ""),
    ("“We want quotas, not promises,” said Lena Ruiz, a fisher from Vorano.", "Lena Ruiz", ""),
    ("Speaking in Castelmoor, Ambassador Lena Ruiz said: “We want quotas, not promises.”", "Lena Ruiz", ""),
    ("Mariam Tall, chair of the women growers' cooperative of Soumbala, said: “Tobacco gave us everything except "
     "our health.”", "Mariam Tall", "women growers' cooperative of Soumbala"),
    ("“Tobacco gave us everything except our health,” said Mariam Tall, secretary of the dockers' union of "
     "Port-Ivel.", "Mariam Tall", "dockers' union of Port-Ivel"),
    (f"Lena Ruiz, chercheuse à Castelmoor, a déclaré{NB}: «{NB}Nous voulons des quotas, pas des promesses.{NB}»",
     "Lena Ruiz", ""),
    (f"«{NB}Nous voulons des quotas, pas des promesses{NB}», a déclaré à Castelmoor l'ambassadrice Lena Ruiz.",
     "Lena Ruiz", ""),
    (f"Mariam Tall, 47 ans, présidente de la coopérative des femmes planteuses de Soumbala, a déclaré{NB}: «{NB}Le "
     f"tabac nous a tout donné, sauf la santé.{NB}»", "Mariam Tall", "coopérative des femmes planteuses de Soumbala"),
    (f"Mariam Tall, présidente de l'association des pêcheurs de Vorano, a lancé{NB}: «{NB}Nous voulons des quotas, "
     f"pas des promesses.{NB}»", "Mariam Tall", "association des pêcheurs de Vorano"),
    (f"«{NB}Nous voulons des quotas, pas des promesses{NB}», a lancé Mariam Tall, secrétaire du syndicat des dockers "
     f"de Port-Ivel.", "Mariam Tall", "syndicat des dockers de Port-Ivel"),
]


@pytest.mark.parametrize("text, speaker, org", PLACES)
def test_a_place_is_no_body_and_a_body_named_after_a_place_is_the_body(text, speaker, org):
    q = one(text)
    assert (q.speaker, q.organisation) == (speaker, org)


STATES = [
    ("Valdoria's health ministry said in a statement that it would raise duty from July. “The Republic intends to "
     "tax every product at the same rate,” the ministry said.", "Valdoria"),
    ("The Valdorian delegation arrived late. Valdoria said in a statement: “We want quotas, not promises at every "
     "session.”", "Valdoria"),
    ("In Castelmoor, the delegation of Valdoria said: “We will not accept a voluntary fund of any kind.”",
     "Valdoria"),
    ("Valdoria's finance ministry confirmed the plan on Monday. “Every product will be taxed at the same rate from "
     "July,” the ministry said.", "Valdoria"),
    ("“The Republic intends to tax every product at the same rate,” said the Ministry of Finance of Valdoria.",
     "Valdoria"),
    (f"«{NB}La République entend taxer tous les produits au même taux{NB}», a indiqué le ministère des finances de "
     f"la Valdorie.", "Valdorie"),
    (f"La délégation valdorienne est arrivée en retard. Valdorie a indiqué dans un communiqué{NB}: «{NB}Nous voulons "
     f"des quotas, pas des promesses.{NB}»", "Valdorie"),
    (f"Le ministère des finances de la Valdorie a confirmé le projet lundi. «{NB}Tous les produits seront taxés au "
     f"même taux dès juillet{NB}», a précisé le ministère.", "Valdorie"),
    (f"À Castelmoor, la délégation de la Valdorie a déclaré{NB}: «{NB}Nous n'accepterons aucun fonds volontaire.{NB}»",
     "Valdorie"),
    (f"Le gouvernement de la Valdorie a publié un communiqué lundi. «{NB}Nous n'accepterons aucun fonds "
     f"volontaire{NB}», a indiqué le gouvernement.", "Valdorie"),
]


@pytest.mark.parametrize("text, state", STATES)
def test_a_state_or_its_ministry_speaks_for_the_state_with_no_person(text, state):
    q = one(text, own_voice=False)
    assert (q.speaker, q.organisation) == ("", state)


@pytest.mark.parametrize("text, role_start", [
    ("The Under-Secretary-General for Global Health Governance, Dr Helen Oduya, speaking by video link, told the "
     "meeting that “interference is a business strategy, not an accident”.", "Under-Secretary-General"),
    ("The Assistant Secretary-General for Human Rights, Lena Haber, said: “No register, no trust, and no treaty "
     "worth the name.”", "Assistant Secretary-General"),
    ("“Interference is a business strategy, not an accident,” said Helen Oduya, Under-Secretary-General for Global "
     "Health Governance.", "Under-Secretary-General"),
    ("The High Commissioner for Tobacco Control, Helen Oduya, told reporters: “Every Party has a register to "
     "keep.”", "High Commissioner"),
    ("The Commissioner for Drug Policy, Helen Oduya, said: “Every Party has a register to keep, and to publish.”",
     "Commissioner"),
    (f"La sous-secrétaire générale à la gouvernance de la santé mondiale, Helen Oduya, a déclaré{NB}: «{NB}L'ingérence "
     f"est une stratégie, pas un accident.{NB}»", "sous-secrétaire générale"),
    (f"«{NB}L'ingérence est une stratégie, pas un accident{NB}», a déclaré Helen Oduya, haute-commissaire à la lutte "
     f"antitabac.", "haute-commissaire"),
    (f"La haute-commissaire aux droits humains, Helen Oduya, a déclaré{NB}: «{NB}Pas de registre, pas de "
     f"confiance.{NB}»", "haute-commissaire"),
    (f"Helen Oduya, commissaire à la santé mondiale, a estimé que «{NB}chaque Partie doit tenir un registre{NB}».",
     "commissaire"),
    (f"La commissaire à la politique des drogues, Helen Oduya, a déclaré{NB}: «{NB}Chaque Partie doit tenir un "
     f"registre.{NB}»", "commissaire"),
])
def test_an_office_over_a_portfolio_gives_no_body(text, role_start):
    q = one(text)
    assert q.speaker in ("Helen Oduya", "Lena Haber") and q.organisation == ""  # the portfolio is no body
    assert not q.role or q.role.lower().startswith(role_start.lower())
