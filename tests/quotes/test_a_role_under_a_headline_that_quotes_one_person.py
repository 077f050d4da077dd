"""A role nobody is named for, as the subject of a quotation in the paragraph right under a headline that
quotes and names one person by surname (« ## OSTERWALD : « … » » then « « … », a précisé la directrice de
l’Institut d’Ostmerre »; "## KESTREL: “…”" then "“…,” the director of the Lowland Grain Institute said"): that
person, as a careful reader takes it. A role of the other gender, or a headline that names two people or
none, gives nobody.

The sentences are written for these tests (newsletter, live blog, bulletin, briefing, feature, release).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_FR = [
    f"# Bulletin 3\n\n## KESTREL-AMARU : «{NB}Le froid est le premier des engrais{NB}»\n\n«{NB}Nous avons "
    f"mesuré 41 degrés dans une remorque{NB}», a précisé la directrice de l’Institut des grains devant le groupe.",
    f"# Lettre du jour\n\n## KESTREL-AMARU{NB}: «{NB}Le froid est le premier des engrais{NB}»\n\n«{NB}Nous avons mesuré 41 degrés "
    f"dans une remorque{NB}», a expliqué la chercheuse.",
    f"# Direct\n\n## 10 h 20 — KESTREL-AMARU : «{NB}Le froid est le premier des engrais{NB}»\n\n«{NB}Nous avons mesuré 41 degrés "
    f"dans une remorque à l’arrêt{NB}», a affirmé mardi la directrice de l’Institut des grains.",
    f"# Note\n\n## KESTREL-AMARU : «{NB}Le froid est le premier des engrais{NB}»\n\n«{NB}Nous avons mesuré 41 degrés{NB}», a "
    f"rappelé la présidente de l’Alliance des grains.",
    f"# Bulletin\n\n## KESTREL-AMARU : «{NB}Le froid est le premier des engrais{NB}»\n\n«{NB}Nous avons mesuré 41 degrés dans une "
    f"remorque{NB}», a souligné la directrice.",
    f"# Reportage\n\n## KESTREL-AMARU : «{NB}Le froid est le premier des engrais{NB}»\n\n«{NB}Nous avons mesuré 41 degrés{NB}», "
    f"a insisté la coordinatrice du Réseau des grains.",
]
_EN = [
    "# Daily 2\n\n## KESTREL-AMARU: “Cold is the first of all fertilisers”\n\n“We measured 41 degrees in a parked trailer,” the "
    "director of the Lowland Grain Institute told the contact group.",
    "# Live\n\n## 10:20 — KESTREL-AMARU: “Cold is the first of all fertilisers”\n\n“We measured 41 degrees in a parked trailer,” the "
    "researcher said.",
    "# Newsletter\n\n## KESTREL-AMARU: “Cold is the first of all fertilisers”\n\n“We measured 41 degrees in a parked trailer,” said "
    "the director of the Lowland Grain Institute.",
    "# Briefing\n\n## KESTREL-AMARU: “Cold is the first of all fertilisers”\n\n“We measured 41 degrees,” the chair of the Grain "
    "Alliance added.",
    "# Feature\n\n## KESTREL-AMARU: “Cold is the first of all fertilisers”\n\n“We measured 41 degrees in a parked trailer,” the "
    "coordinator said on Tuesday.",
    "# Release\n\n## KESTREL-AMARU: “Cold is the first of all fertilisers”\n\n“We measured 41 degrees in a parked trailer,” the "
    "director added.",
]


@pytest.mark.parametrize("text", _FR + _EN)
def test_the_role_under_the_headline_is_its_person(text):
    qs = [q for q in quotes(text) if "41" in q.text]
    assert len(qs) == 1
    assert qs[0].speaker == "Kestrel-Amaru"


@pytest.mark.parametrize("text", [
    f"## KESTREL-AMARU et VOSS : «{NB}Le froid est le premier des engrais{NB}»\n\n«{NB}Nous avons mesuré 41 degrés{NB}», a précisé "
    f"la directrice.",
    f"## Le froid est le premier des engrais\n\n«{NB}Nous avons mesuré 41 degrés{NB}», a précisé la directrice.",
    "## KESTREL-AMARU: “Cold is the first of all fertilisers”\n\nThe trucks were parked all day in the sun at the border post, with no "
    "shade at all and no power for the fridges.\n\n“We measured 41 degrees,” the director said.",
])
def test_no_one_headline_person_right_above_gives_nobody(text):
    qs = [q for q in quotes(text) if "41" in q.text]
    assert [q.speaker for q in qs] == [""]
