"""A wire story's dateline with its agency in brackets ("KESSA, March 3 (Wire) - ", « KESSA, 3 mars (Dépêche) –
») says where and by whom the story was filed: the first sentence's subject starts after it, so "The Kessel
Watch said in a statement that “…”" gives the body, and a person after it gets no role "KESSA (Wire)".
Written for these tests, in English and French, as different agencies file their copy.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

Q_EN = "\"the brands we name on Thursday are sold in at least 40 countries\""
Q_FR = f"«{NB}les marques citées jeudi sont vendues dans au moins 40 pays{NB}»"
BODY_EN = [
    f"KESSA, March 3 (Wire) - Kessel Watch said in a statement that {Q_EN}.",
    f"KESSA, Jan 15 (SNS) - The Kessel Watch network said on Tuesday that {Q_EN}.",
    f"PORT ELVANE (Courier) — Kessel Watch warned in a press release that {Q_EN}.",
    f"KESSA, 3 March 2031 (Coast Wire) – Kessel Watch said that {Q_EN}.",
    f"NEW KESSA, March 3 (Wire) - In a statement, Kessel Watch said that {Q_EN}.",
    f"KESSA, March 3 (KW) - Kessel Watch told reporters that {Q_EN}.",
]
BODY_FR = [
    f"KESSA, 3 mars (Dépêche) - Kessel Watch a indiqué dans un communiqué que {Q_FR}.",
    f"KESSA, 15 janv. (SNS) - Kessel Watch a affirmé mardi que {Q_FR}.",
    f"PORT-ELVANE (Courrier) — Kessel Watch a prévenu dans un communiqué que {Q_FR}.",
    f"KESSA, 3 mars 2031 (Dépêche côtière) – Kessel Watch a déclaré que {Q_FR}.",
    f"SAINT-KESSA, 3 mars (Dépêche) - Dans un communiqué, Kessel Watch a estimé que {Q_FR}.",
    f"KESSA, 3 mars (KW) - Kessel Watch a dit aux journalistes que {Q_FR}.",
]


@pytest.mark.parametrize("text", BODY_EN + BODY_FR)
def test_a_body_after_a_wire_dateline_is_the_source(text):
    [q] = quotes("Par Owen Tregarthen\n\n" + text if "«" in text else "By Owen Tregarthen\n\n" + text,
                 language="fr" if "«" in text else "en", own_voice=False, known_organisations=["Kessel Watch"])
    assert (q.speaker, q.organisation) == ("", "Kessel Watch")


@pytest.mark.parametrize("text, lang", [
    (f"KESSA (Wire) — Ana Velt, a spokeswoman for Kessel Watch, said that {Q_EN}.", "en"),
    (f"KESSA (Dépêche) — Ana Velt, porte-parole de Kessel Watch, a déclaré que {Q_FR}.", "fr"),
])
def test_a_person_after_a_wire_dateline_has_no_dateline_for_a_role(text, lang):
    [q] = quotes(text, language=lang, own_voice=False, known_organisations=["Kessel Watch"])
    assert q.speaker == "Ana Velt" and "KESSA" not in q.role and q.organisation == "Kessel Watch"
