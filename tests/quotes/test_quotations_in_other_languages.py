"""A quotation in Spanish, Italian or Portuguese inside an English or French document: its language is that of
its words, and its speaker is never made of that language's words ("Hoy la Agencia" is no person). A person is
named only after a verb of saying with a first name known ("afirmó la Directora Ejecutiva Ngozi Okonkwo");
otherwise nobody. Written for these tests, as wire copy, features, live blogs, Q&As, newsletters and statements
of a kit in English, French and Spanish would quote them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

#: (document language, text, the quotation's language, its speaker: a name, or "" for nobody)
CASES = [
    ("en", "Hoy la Agencia advirtió que un calentamiento de 2,5 °C sería catastrófico. «No podemos esperar otra "
           "década», afirmó la Directora Ejecutiva Ngozi Okonkwo.", "es", "Ngozi Okonkwo"),
    ("en", "MADRID (Wire) — The agency kept its forecast. «No vamos a cambiar nuestro calendario», dijo el ministro "
           "Javier Ortega Lluch.", "es", "Javier Ortega Lluch"),
    ("en", "10:15 — Reaction from the Spanish delegation. «Este texto no es suficiente para nosotros», declaró la "
           "embajadora Carmen Viladoms.", "es", "Carmen Viladoms"),
    ("en", "Q: And the Spanish ministry? A: Their line was clear. «Hoy la Agencia tiene razón, pero el plazo es "
           "corto», señaló Marta Irigoyen Sáez.", "es", "Marta Irigoyen Sáez"),
    ("en", "From our newsletter. Hoy la Comisión presentó su informe. «Nuestro país está listo para firmar», "
           "añadió la Comisión.", "es", ""),
    ("en", "In a statement, Rome welcomed the deal. «Non possiamo aspettare un altro decennio», ha detto la "
           "ministra Giulia Ferretti.", "it", "Giulia Ferretti"),
    ("fr", "MADRID (Dépêche) — L’Agence a maintenu sa prévision. «No vamos a cambiar nuestro calendario», dijo el "
           "ministro Javier Ortega Lluch.", "es", "Javier Ortega Lluch"),
    ("fr", "Reportage. Hoy la Agencia advirtió que el calentamiento sería catastrófico. «No podemos esperar otra "
           "década», afirmó la Directora Ejecutiva Ngozi Okonkwo.", "es", "Ngozi Okonkwo"),
    ("fr", "10 h 15 — Réaction de la délégation espagnole. «Este texto no es suficiente para nosotros», declaró la "
           "embajadora Carmen Viladoms.", "es", "Carmen Viladoms"),
    ("fr", f"Q{NB}: Et le ministère espagnol{NB}? R{NB}: Sa ligne est claire. «Hoy la Agencia tiene razón, pero el "
           "plazo es corto», explicó la Agencia.", "es", ""),
    ("fr", "Dans une déclaration, Lisbonne a salué l’accord. « Não podemos esperar mais uma década », disse o "
           "ministro João Carvalho.", "pt", "João Carvalho"),
    ("fr", "Notre lettre d’information. « Oggi la Commissione ha ragione, ma il tempo è poco », ha aggiunto il "
           "Ministero.", "it", ""),
]


@pytest.mark.parametrize("lang, text, qlang, speaker", CASES)
def test_a_quotation_in_another_language_has_its_language_and_no_name_of_its_words(lang, text, qlang, speaker):
    found = quotes(text, language=lang)
    assert [(q.language, q.speaker) for q in found] in ([(qlang, speaker)], [(qlang, "")], [])


#: the quotations found and read in full (a verb of saying, then a known first name)
READ = [c for i, c in enumerate(CASES) if i in (0, 5, 7, 10)]


@pytest.mark.parametrize("lang, text, qlang, speaker", READ)
def test_a_quotation_in_another_language_names_the_person_after_its_verb_of_saying(lang, text, qlang, speaker):
    assert [(q.language, q.speaker) for q in quotes(text, language=lang)] == [(qlang, speaker)]
