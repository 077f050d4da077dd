"""Attribution as writers no evaluation half was written by: wire copy, magazine features, verbatim records,
live blogs and radio transcripts, and the French of Swiss, Belgian, Canadian and West African newsrooms.

Each form is a sentence written for this test (every person and place is invented). The speaker is the
person the sentence names, or nobody ("") where it names nobody; the organisation is checked where the
sentence says whom the speaker speaks for.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

FORMS = [
    # wire copy (agency style: age, the agency as listener, a statement, a replied answer, a quote going on)
    ("“We have run out of tents,” Ingrid Halvorsen-Maas, 54, told Reuters by telephone from the camp.",
     "Ingrid Halvorsen-Maas", None),
    ("“It is a catastrophe for the harvest,” said Maria Lopes-Tandy, 42, a grain trader in the port.",
     "Maria Lopes-Tandy", None),
    ("“We were never consulted,” a senior Corvellan official told reporters on condition of anonymity.", "", None),
    ("Ingrid Halvorsen-Maas said in a statement: “The ceasefire must hold beyond Friday.”", "Ingrid Halvorsen-Maas",
     None),
    ("“The ceasefire must hold beyond Friday,” the ministry said in a statement.", "", None),
    ("Asked whether the deal would survive, Ingrid Halvorsen-Maas replied: “It has to.”", "Ingrid Halvorsen-Maas",
     None),
    ("“The ceasefire must hold,” Ingrid Halvorsen-Maas told The Associated Press.", "Ingrid Halvorsen-Maas", None),
    ("“There is no plan B,” Ingrid Halvorsen-Maas said. “There is barely a plan A, and it is written in pencil.”",
     "Ingrid Halvorsen-Maas", None),
    ("Corvellan Foreign Minister Pavel Ostrowski-Dane said the talks were “the last chance for a negotiated "
     "settlement”.", "Pavel Ostrowski-Dane", None),
    ("“We will not pay twice,” said the Norvian ambassador, Karl Lindqvist-Moe, adding that “the polluter pays, "
     "not the victim”.", "Karl Lindqvist-Moe", None),
    ("Speaking to delegates on Tuesday, UN Secretary-General Antonio Ferreira-Lund said: “The drylands cannot "
     "wait.”", "Antonio Ferreira-Lund", None),
    ("“This is not over,” warned Senator Ruth Ekwueme-Hall, who chairs the water subcommittee.", "Ruth Ekwueme-Hall",
     None),
    ("In an interview with the BBC, Ruth Ekwueme-Hall said “the vote was never about water”.", "Ruth Ekwueme-Hall",
     None),
    # magazine features (a gesture between two parts, "she says" inside the sentence, a colon after a verdict)
    ("“I never wanted to be a negotiator,” says Amara Okafor-Lind, leaning back in her chair. “I wanted to be a "
     "hydrologist.”", "Amara Okafor-Lind", None),
    ("Amara Okafor-Lind laughs when asked about her first conference. It was, she says, “a week of learning where "
     "the coffee was”.", "Amara Okafor-Lind", None),
    ("For Amara Okafor-Lind, the answer is simple: “You pay for the water, or you pay for the funerals.”",
     "Amara Okafor-Lind", None),
    ("Amara Okafor-Lind does not hesitate. “You pay for the water, or you pay for the funerals.”",
     "Amara Okafor-Lind", None),
    ("Ruth Ekwueme-Hall, the subcommittee’s chair, put it bluntly. “This is not over,” she told CNN.",
     "Ruth Ekwueme-Hall", None),
    ("Lindqvist-Moe, whose country has lost a fifth of its wetlands since 1990, was unmoved: “We will not pay "
     "twice.”", "Lindqvist-Moe", None),
    # verbatim records, live blogs, radio transcripts
    ("14:05 Ambassador Karl Lindqvist-Moe (Norvia) has just told the plenary: “We will not block consensus.”",
     "Karl Lindqvist-Moe", "Norvia"),
    ("10:42 — Karl Lindqvist-Moe: “We will not block consensus, but we will not join it either.”",
     "Karl Lindqvist-Moe", None),
    ("UPDATE 15:15 — “The text is dead,” tweeted the Corvellan environment minister, Pavel Ostrowski-Dane.",
     "Pavel Ostrowski-Dane", None),
    ("HOST: What did the minister tell you?\nDIALLO: She said, and I quote, “the money is already spent and the "
     "wells are still dry”.", "", None),
    # Swiss, Belgian, Canadian and West African French
    (f"«{NB}Le barrage n’est pas négociable{NB}», indique à Belga Marie Vandeputte, porte-parole de la ministre.",
     "Marie Vandeputte", None),
    (f"«{NB}On ne peut plus attendre{NB}», a lancé la ministre Chantal Tremblay-Roy, jointe par La Presse.",
     "Chantal Tremblay-Roy", None),
    (f"«{NB}Le paysan sahélien n’a pas attendu Paris pour s’adapter{NB}», confie Aminata Sawadogo-Traoré à RFI.",
     "Aminata Sawadogo-Traoré", None),
    (f"«{NB}Nous sommes prêts à signer dès demain{NB}», soutient M. Boubacar Diallo-Keita, ministre de l’Eau.",
     "Boubacar Diallo-Keita", None),
    (f"«{NB}Il faut des actes, pas des communiqués{NB}», a déclaré au micro de la RTBF Sophie Vanderlinden, "
     f"députée écologiste.", "Sophie Vanderlinden", None),
    (f"«{NB}Nous voulons des puits, pas des promesses{NB}», nous explique Awa Ndiaye-Fall, présidente de "
     f"l’association des femmes de Kédougou.", "Awa Ndiaye-Fall", None),
    (f"C’est ce qu’a affirmé jeudi Jean-Pierre Kabasele-Mbuyi{NB}: «{NB}Le fleuve ne connaît pas les "
     f"frontières.{NB}»", "Jean-Pierre Kabasele-Mbuyi", None),
    (f"«{NB}La sécheresse n’a pas de passeport{NB}», tonne Fatou Diop-Sarr, coordonnatrice du réseau Sahel vert.",
     "Fatou Diop-Sarr", None),
    (f"«{NB}Le texte est mort-né{NB}», avance-t-on du côté du ministère des Affaires étrangères.", "", None),
    (f"«{NB}Nous ne reculerons pas{NB}», a souligné le chef de l’État, Mahamadou Issoufou-Bako, lors de son "
     f"allocution.", "Mahamadou Issoufou-Bako", ""),
    (f"«{NB}Ce n’est pas une aumône que nous demandons{NB}», a fait valoir la conseillère fédérale Viola "
     f"Amherd-Kälin devant les Chambres.", "Viola Amherd-Kälin", None),
    (f"Interrogée par Le Soleil, la ministre sénégalaise de l’Hydraulique, Khady Diop-Mbaye, a été claire{NB}: "
     f"«{NB}Pas un litre ne sera gaspillé.{NB}»", "Khady Diop-Mbaye", ""),
    (f"«{NB}C’est un jour sombre pour nos pêcheurs{NB}», a réagi sur X le premier ministre québécois, François "
     f"Lapointe-Gagnon.", "François Lapointe-Gagnon", None),
    (f"Le député Mamadou Konaté-Sylla ne décolère pas{NB}: «{NB}On nous a menti, purement et simplement.{NB}»",
     "Mamadou Konaté-Sylla", None),
    (f"«{NB}Nous n’avons jamais été consultés{NB}», a glissé à l’ATS le syndic de la commune, Marc Dubuis-Favre.",
     "Marc Dubuis-Favre", None),
    (f"Interrogé par Radio-Canada, Éric Bouchard-Lévesque a répondu{NB}: «{NB}Il le faut.{NB}»",
     "Éric Bouchard-Lévesque", None),
    (f"«{NB}Nous ne signerons rien sans les éleveurs{NB}», a-t-il martelé. Moussa Tall-Cissé, qui préside la "
     f"coordination des éleveurs du Ferlo, ne lâche rien.", "", None),
    ("“We have been waiting since the last drought,” one herder told the radio, before walking back to his "
     "animals.", "", None),
]


@pytest.mark.parametrize("text,speaker,organisation", FORMS, ids=[f"form{i:02d}" for i in range(len(FORMS))])
def test_the_speaker_is_the_one_the_sentence_names(text, speaker, organisation):
    found = quotes(text)
    assert found, "no quotation found"
    assert [q.speaker for q in found] == [speaker] * len(found)
    if organisation is not None:
        assert [q.organisation for q in found] == [organisation] * len(found)
