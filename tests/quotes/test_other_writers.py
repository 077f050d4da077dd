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

FORMS += [
    # more wire copy and features: a title with a dot, a quotation as the object of "was how", a statement
    # from a body, a possessive subject before a colon, "in her words", a pull quote, a live blog's headline
    ("“We'll see,” said Dr. Chidi Nkemelu-Park, the agency's chief scientist, when asked about the deadline.",
     "Chidi Nkemelu-Park", None),
    ("“A betrayal of the coast” was how Kofi Adjei-Brandt described the draft on Tuesday.", "Kofi Adjei-Brandt", None),
    ("According to a statement from the Tidewater Alliance, “no vessel has been inspected since June”.", "",
     "Tidewater Alliance"),
    ("The Tidewater Alliance's executive director, Grace Mensah-Uhl, warned that “the coast has run out of time”.",
     "Grace Mensah-Uhl", "Tidewater Alliance"),
    ("Grace Mensah-Uhl leads the Tidewater Alliance.\n\n“We will not sign,” Mensah-Uhl, who has led the alliance "
     "since 2019, told the Daily.", "Grace Mensah-Uhl", None),
    ("Grace Mensah-Uhl’s message to the plenary was blunt: “Pay now or pay later.”", "Grace Mensah-Uhl", None),
    ("“Pay now or pay later.” — Grace Mensah-Uhl, Tidewater Alliance", "Grace Mensah-Uhl", "Tidewater Alliance"),
    ("As one delegate put it: “We came for a treaty and got a brochure.”", "", None),
    ("Grace Mensah-Uhl was asked about the deadline. In her words, “the coast cannot wait another session”.",
     "Grace Mensah-Uhl", None),
    ("“We are tired of promises,” lamented Mr Kwesi Appiah-Darko, the chairman of the Elmina fishermen’s "
     "association.", "Kwesi Appiah-Darko", None),
    ("Grace Mensah-Uhl on the draft: “A betrayal of the coast, and of every boat on it”", "Grace Mensah-Uhl", None),
    ("REPORTER: The minister told us before the vote: “The boats will stay in port until the text changes.”", "",
     None),
    ("The Secretary-General’s spokesperson, Anders Lykke-Obi, told a briefing in New York that “the "
     "Secretary-General is following the talks closely”.", "Anders Lykke-Obi", None),
    ("“The boats will stay in port,” Jean-Baptiste Kaboré-Ouédraogo warned. He went on: “Until the text changes, "
     "nothing moves.”", "Jean-Baptiste Kaboré-Ouédraogo", None),
    # more French of the francophone press
    (f"Marie-Claude Fortin-Dubé quitte la salle, furieuse. «{NB}Ce texte est une insulte aux pêcheurs{NB}», "
     f"lâche-t-elle avant de partir.", "Marie-Claude Fortin-Dubé", None),
    (f"«{NB}La côte ne peut plus attendre{NB}», résume sobrement Marie-Claude Fortin-Dubé, présidente de l’Union "
     f"des pêcheurs.", "Marie-Claude Fortin-Dubé", "Union des pêcheurs"),
    (f"Marie-Claude Fortin-Dubé (Union des pêcheurs){NB}: «{NB}La côte ne peut plus attendre.{NB}»",
     "Marie-Claude Fortin-Dubé", "Union des pêcheurs"),
    (f"«{NB}La côte ne peut plus attendre.{NB}» — Marie-Claude Fortin-Dubé, présidente de l’Union des pêcheurs",
     "Marie-Claude Fortin-Dubé", None),
    (f"À en croire Marie-Claude Fortin-Dubé, «{NB}la côte ne peut plus attendre une session de plus{NB}».",
     "Marie-Claude Fortin-Dubé", None),
    (f"La réponse de Marie-Claude Fortin-Dubé a été sèche{NB}: «{NB}La côte ne peut plus attendre.{NB}»",
     "Marie-Claude Fortin-Dubé", None),
    (f"Marie-Claude Fortin-Dubé a quitté la salle. Selon ses propres mots, «{NB}la côte ne peut plus attendre une "
     f"session de plus{NB}».", "Marie-Claude Fortin-Dubé", None),
    (f"«{NB}Personne ne croit à ce calendrier{NB}», selon un diplomate européen.", "", None),
    (f"Un haut fonctionnaire du ministère a accepté de nous parler. «{NB}Personne ne croit à ce calendrier{NB}», "
     f"a-t-il confié sous le couvert de l’anonymat.", "", None),
    (f"«{NB}Nous ne paierons pas deux fois{NB}», a commenté pour Le Soir le ministre-président wallon, Élie "
     f"Vandermeersch.", "Élie Vandermeersch", None),
    (f"«{NB}Nous ne paierons pas deux fois{NB}», relève le conseiller d’État vaudois Pierre-Yves Rossier-Maillard.",
     "Pierre-Yves Rossier-Maillard", None),
    (f"«{NB}Nous ne paierons pas deux fois{NB}», a lancé en point de presse la première ministre, Danielle "
     f"Lavoie-Smith.", "Danielle Lavoie-Smith", None),
    (f"«{NB}Nous ne paierons pas deux fois{NB}», a martelé le président de la Commission de la CEDEAO, Omar "
     f"Touray-Diallo.", "Omar Touray-Diallo", "Commission de la CEDEAO"),
    (f"JOURNALISTE{NB}: Que vous a dit le ministre{NB}?\nINVITÉE{NB}: Il m’a dit{NB}: «{NB}Les bateaux resteront au "
     f"port tant que le texte ne change pas.{NB}»", "", None),
    (f"Le ministre des Pêches, Jean-Baptiste Kaboré-Ouédraogo, l’a dit sans détour{NB}: «{NB}Les bateaux resteront "
     f"au port.{NB}»", "Jean-Baptiste Kaboré-Ouédraogo", None),
    (f"«{NB}Les bateaux resteront au port{NB}», prévient Jean-Baptiste Kaboré-Ouédraogo. Et d’ajouter{NB}: «{NB}Tant "
     f"que le texte ne change pas, rien ne bouge.{NB}»", "Jean-Baptiste Kaboré-Ouédraogo", None),
]

BODY = ("Port Alder, 3 May 2028 — As the Fourth Session of the Assembly on Coastal Fisheries opened on Monday,\n"
        "the Tidewater Alliance urged governments to adopt a binding quota before the end of the week and to\n"
        "publish every catch figure that their fleets report to the regional fisheries bodies before the summer.\n")
FORMS += [
    # PDF pages: kickers, headlines with the name after the words, a quote of the day signed below it
    ("Drought finance: “We will not wait another year,” says Grace Mensah-Uhl\n" + BODY, "Grace Mensah-Uhl", None),
    ("INTERVIEW | Grace Mensah-Uhl: “The coast cannot wait another session”\n" + BODY, "Grace Mensah-Uhl", None),
    ("Quote of the day\n“The coast cannot wait another session, and neither can the boats.”\n— Grace Mensah-Uhl, "
     "executive director,\nTidewater Alliance\n" + BODY, "Grace Mensah-Uhl", None),
    ("Tidewater Alliance · Press release · 3 May 2028\nCoastal states arrive in Port Alder with empty nets\n"
     "“We will not wait another year”: Grace Mensah-Uhl\n" + BODY, "Grace Mensah-Uhl", None),
    (f"Alliance Marée haute · Communiqué · 3 mai 2028\nLes pays côtiers arrivent à Port-Alder les filets vides\n"
     f"«{NB}Nous n’attendrons pas une année de plus{NB}», prévient Grace Mensah-Uhl\n" + BODY, "Grace Mensah-Uhl", None),
    ("“Every week we lose is a season the fishers lose,” said Grace\nMensah-Uhl, who leads the Tidewater Alliance, "
     "after the session, before leaving for the airport an hour later.\n", "Grace Mensah-Uhl", "Tidewater Alliance"),
    # titles and names of many traditions
    ("“We will not sign this,” said Grace A. Mensah-Uhl, the alliance’s director.", "Grace A. Mensah-Uhl", None),
    ("“We will not sign this,” said J. K. Ansah-Brandt, the alliance’s director.", "J. K. Ansah-Brandt", None),
    ("“We will not sign this,” said Siobhan O’Brien-Kamara, the alliance’s director.", "Siobhan O’Brien-Kamara", None),
    ("“We will not sign this,” said Hon. Kwame Ofori-Atta, Ghana’s fisheries minister.", "Kwame Ofori-Atta", None),
    ("“We will not sign this,” said H.E. Ambassador Kwame Ofori-Atta of Ghana.", "Kwame Ofori-Atta", "Ghana"),
    ("“We will not sign this,” Capt. Ingrid Solberg-Hale of the coastguard told reporters.", "Ingrid Solberg-Hale",
     None),
    ("“We will not sign this,” Chief Emeka Okafor-Lind, a traditional ruler from the delta, told the hearing.",
     "Emeka Okafor-Lind", None),
    ("Nguyen Thi Lan, Vietnam’s deputy minister of fisheries, said: “We will not sign this.”", "Nguyen Thi Lan",
     "Vietnam"),
    (f"«{NB}Nous ne signerons pas{NB}», a déclaré Me Élodie Vasseur-Ngo, avocate des pêcheurs.", "Élodie Vasseur-Ngo",
     None),
    (f"«{NB}Nous ne signerons pas{NB}», a déclaré le père Emmanuel Kaboré, curé de la paroisse.", "Emmanuel Kaboré",
     None),
    # several people, or a group: nobody singled out
    ("“We will not sign this,” Grace Mensah-Uhl and Omar Haddad-Lind said in a joint statement.", "", None),
    (f"«{NB}Nous ne signerons pas{NB}», ont déclaré conjointement Grace Mensah-Uhl et Omar Haddad-Lind.", "", None),
    ("Grace Mensah-Uhl and Omar Haddad-Lind told reporters: “We will not sign this.”", "", None),
    ("“We will not sign this,” the fishers said as they left the hall.", "", None),
    ("Grace Mensah-Uhl, who founded the alliance with Omar Haddad-Lind, told reporters: “We will not sign this.”",
     "Grace Mensah-Uhl", None),
]


@pytest.mark.parametrize("text,speaker,organisation", FORMS, ids=[f"form{i:02d}" for i in range(len(FORMS))])
def test_the_speaker_is_the_one_the_sentence_names(text, speaker, organisation):
    found = quotes(text)
    assert found, "no quotation found"
    assert [q.speaker for q in found] == [speaker] * len(found)
    if organisation is not None:
        assert [q.organisation for q in found] == [organisation] * len(found)
