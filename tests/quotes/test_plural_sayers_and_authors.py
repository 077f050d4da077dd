"""Words in lower case after a plural subject's verb of saying ("Its authors write that “…”", « Ses auteurs
écrivent que « … » », "“…,” say campaigners") are a quotation, not the writer's phrase held at a distance; the
authors of a study the text just named speak for the body whose study it is. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

Q_EN = "pedestrians struck at 30 km/h survive in nine cases out of ten, at 50 km/h in fewer than half"
Q_FR = "les piétons heurtés à 30 km/h survivent neuf fois sur dix, à 50 km/h moins d’une fois sur deux"

EN = [  # (text, organisation expected, or None when any)
    (f"The Kessel Institute’s speed study dominated the morning. Its authors write that “{Q_EN}”.", "Kessel Institute"),
    (f"The Kessel Institute’s annual report came out on Monday. The authors warn that “{Q_EN}”.", "Kessel Institute"),
    (f"The Kessel Institute’s review was published today. Its researchers conclude that “{Q_EN}”.", "Kessel Institute"),
    (f"Outside the hall, campaigners say that “{Q_EN}”.", None),
    (f"Delegates from the south argue that “{Q_EN}”.", None),
    (f"Road engineers explain that “{Q_EN}”.", None),
]
FR = [
    (f"L’étude de l’Institut de Kessel a dominé la matinée. Ses auteurs écrivent que « {Q_FR} ».", "Institut de Kessel"),
    (f"Le rapport annuel de l’Institut de Kessel est sorti lundi. Ses auteurs préviennent que « {Q_FR} ».",
     "Institut de Kessel"),
    (f"L’analyse de l’Institut de Kessel a été publiée. Les chercheurs concluent que « {Q_FR} ».", "Institut de Kessel"),
    (f"« {Q_FR} », disent les militants devant la salle.", None),
    (f"Les délégués du Sud estiment que « {Q_FR} ».", None),
    (f"Les ingénieurs routiers expliquent que « {Q_FR} ».", None),
]


@pytest.mark.parametrize("text,org", EN)
def test_english_plural_sayers(text, org):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "" and (org is None or q.organisation == org)


@pytest.mark.parametrize("text,org", FR)
def test_french_plural_sayers(text, org):
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == "" and (org is None or q.organisation == org)
