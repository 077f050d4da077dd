"""A person of a State's own agency, named by the State's adjective ("chief inspector, Kerlandian Food Safety
Agency", « le directeur de l’Agence kerlandaise des sols »), speaks for the State when the kit names it, as the
head of a State's national agency does. A news agency named by the adjective, an agency named by a region's
adjective, and a union or a federation named by the State's adjective keep their own name. Written for these
tests, in English and French, as government releases, wire copy and newsletters put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

NAMING = ("naming", "en", "Kerland supports the ban. “We are ready to act first, and we will,” said Ivo Marsh, "
          "Kerland's ambassador.")

AGENCY = [
    ("en", "“We counted every drum, and a fifth of them leak.”\n\n— Lisbet Harrow-Nunn, chief inspector, Kerlandian "
           "Food Safety Agency\n"),                                                                       # release
    ("en", "Lisbet Harrow-Nunn, director of the Kerlandian Soil Authority, told reporters: “The records are lost.”"),  # wire
    ("en", "“The records are lost,” said Lisbet Harrow-Nunn of the Kerlandian Plant Health Inspectorate."),   # newsletter
    ("fr", f"Interrogé, le directeur de l’Agence kerlandaise des sols, Évrard Lusin-Batti, a reconnu que "
           f"«{NB}les registres sont en partie perdus{NB}»."),                                              # communiqué
    ("fr", f"«{NB}Les registres sont perdus{NB}», a dit Évrard Lusin-Batti, directeur de l’Autorité kerlandaise "
           f"de sûreté des aliments."),                                                                     # dépêche
]


@pytest.mark.parametrize("lang,text", AGENCY)
def test_a_state_s_agency_by_its_adjective_speaks_for_the_state(lang, text):
    _naming, doc = settled_kit(NAMING, ("other", lang, text))
    assert [q.organisation for q in doc] == ["Kerland"]


OWN = [
    ("en", "“The records are lost,” said Lisbet Harrow-Nunn of the Kerlandian Growers' Federation."),      # a union
    ("en", "“The records are lost,” said Lisbet Harrow-Nunn of the European Soil Agency."),               # a region
    ("fr", f"«{NB}Les registres sont perdus{NB}», a dit Évrard Lusin-Batti, de l’Agence kerlandaise de presse."),  # news
]


@pytest.mark.parametrize("lang,text", OWN)
def test_a_union_a_region_s_agency_or_a_news_agency_keeps_its_name(lang, text):
    _naming, doc = settled_kit(NAMING, ("other", lang, text))
    assert [q.organisation for q in doc] != ["Kerland"]
