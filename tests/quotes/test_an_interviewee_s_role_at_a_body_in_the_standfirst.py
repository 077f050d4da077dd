"""An interview's standfirst that gives the interviewee's role *at* a body: « La docteure NAME, chercheuse principale à
l’Institut X, étudie … », "Dr NAME, senior researcher at the X Institute, has studied …", or a role that opens the
sentence whose subject is a pronoun, the heading naming her: « Toxicologue à l’Institut X, elle mesure … »,
"Epidemiologist at the X Institute, she has counted …". A document of "ours" in her answer is that body's.

Near-misses: a role that opens the sentence of another subject ("Epidemiologist at the X Institute, her deputy …")
and a role at a place with no body's word keep the publisher. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_STANDFIRSTS = [
    # a French newsletter's interview: the role, two words, « à » the body
    ("fr", f"«{NB}Un navire, c’est d’abord un contrat{NB}»\n\nLa docteure Ysolde Marrack-Penn, chercheuse principale "
           f"à l’Institut Calvary du travail portuaire, étudie les ports depuis douze ans. Elle a répondu à nos "
           f"questions à Port-Aven.\n\nPourquoi parler de contrat{NB}?\n\nParce que c’est ce qui est rompu. Notre "
           f"propre note le dit{NB}: «{NB}l’abandon est une maladie chronique des ports{NB}».", "maladie"),
    # a weekly's interview in English: a senior researcher at the body
    ("en", "“A ship is first a contract”\n\nDr Ysolde Marrack-Penn, senior researcher at the Calvary Institute of "
           "Port Labour, has studied ports for twelve years.\n\nWhy speak of contracts?\n\nBecause that is what "
           "breaks. Our own briefing note says it plainly: “abandonment is a chronic disease of ports”.", "chronic"),
    # a French interview titled by her words: the role opens the sentence, « elle » its subject
    ("fr", f"«{NB}On ne rince pas le plomb d’un poumon{NB}», dit Ysolde Marrack-Penn\n\nToxicologue à l’Institut "
           f"Calvary de toxicologie, elle mesure depuis dix ans le plomb dans le sang des enfants.\n\nL’Institut "
           f"publie bientôt un rapport{NB}?\n\nOui, en avril. Notre propre protocole le dit{NB}: «{NB}aucun "
           f"prélèvement sans l’accord écrit d’un parent{NB}».", "prélèvement"),
    # the same in English
    ("en", "“You cannot rinse lead out of a lung,” says Ysolde Marrack-Penn\n\nEpidemiologist at the Calvary "
           "Institute of Toxicology, she has counted lead in children’s blood for ten years.\n\nIs a report coming?"
           "\n\nYes, in April. Our own field manual says it in one line: “we take no sample without the written consent of a parent”.",
     "no sample"),
]


@pytest.mark.parametrize("lang,text,key", _STANDFIRSTS)
def test_her_role_at_the_body_gives_the_answer_s_our(lang, text, key):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if key in q.text]
    assert len(q) == 1
    assert "Calvary" in q[0].organisation


_NEAR = [
    # the role opens the sentence of someone else
    ("en", "“You cannot rinse lead out of a lung,” says Ysolde Marrack-Penn\n\nEpidemiologist at the Calvary "
           "Institute of Toxicology, her deputy counted lead in children’s blood for ten years.\n\nIs a report "
           "coming?\n\nYes, in April. Our own field manual says it in one line: “we take no sample without the written "
           "consent of a parent”.", "no sample"),
    # a role at a place, no body's word
    ("fr", f"«{NB}On ne rince pas le plomb d’un poumon{NB}», dit Ysolde Marrack-Penn\n\nToxicologue à Port-Aven, "
           f"elle mesure depuis dix ans le plomb dans le sang des enfants.\n\nUn rapport bientôt{NB}?\n\nOui, en "
           f"avril. Notre propre protocole le dit{NB}: «{NB}aucun prélèvement sans l’accord écrit d’un parent{NB}».",
     "prélèvement"),
]


@pytest.mark.parametrize("lang,text,key", _NEAR)
def test_no_role_of_hers_at_a_body_keeps_the_publisher(lang, text, key):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if key in q.text]
    assert len(q) == 1
    assert "Calvary" not in q[0].organisation
