"""What a first name says of a person's gender, for "she"/"il" after a quotation when the text says
nothing else ("Omar Haddad … Ana Varga … “…,” he added": Omar Haddad).

Only first names that are clearly one gender in the languages press kits are written in are listed;
a name used for both (Camille, Dominique, Andrea, Yuki, Amara, Sasha …) is not, and says nothing. The
gender the text states (titles, role words, "his"/"her") always comes first: this is the fallback.
"""

from __future__ import annotations

from ..textutil import fold

_FEMALE = """
ada adela adele adriana agnes aicha aisha alba alejandra alessandra alexandra alice alicia alina alma amal amalia
amelia amelie amina aminata ana anastasia angela angelica angelika anita anja anna annabelle anne
annette anouk antonia ariane astrid aurelie aurora barbara beatrice beatriz birgit brigitte camila carla carmen
carolina caroline catalina catherine cecile cecilia celine chantal charlotte chiara christina christine claire
clara claudia clemence colette constance cristina dalia daniela danielle delphine diana dolores dora dorothea
edith elena eleonore elif elisa elisabeth elise eliza elizabeth ella ellen elodie eloise elsa emilia emilie
emily emma esther eugenie eva eve fatima fatou fatoumata florence francesca francoise frederique gabriela
gabrielle genevieve georgia gertrude giulia grace greta gudrun hana hanna hannah heidi helen helena helene
henrike hilde ida ilse ines ingrid irene iris isabel isabella isabelle jacqueline jana jane janet janine jeanne
jelena johanna josephine judith julia julie juliette justine karen karin katarina katharina katherine kathleen
katja laila lara laura laurence lea leila lena leonie leticia lina linda lisa liv louise lucia lucie lucy ludmila
luisa lydia madeleine magdalena maite malika margaret margarethe marguerite maria mariam marianne marie marina
marion marisol marta martha martina mary maryam mathilde maya mercedes mia michelle mireille miriam
monica monika nadia nadine nadja naomi natalia natalie natasha nathalie nicole nina noemie nora olga olivia
paola patricia paula pauline petra pilar rachel rebecca regina renata rita rosa rosalie rosalind ruth sabine
sabrina salma samira sandra sara sarah silvia simone sofia solange sonia sophie stella stephanie sunniva susan
susanne svetlana sylvie tamara tania tatiana teodora teresa therese ursula valentina valerie vanessa vera
veronica veronique victoria virginie yasmin yasmina yvonne zainab zeynep zoe zora
sofie saoirse aoife siobhan niamh ingeborg kristin kirsten sigrid maja agnieszka katarzyna malgorzata zofia ewa
olena oksana irina natalya ekaterina yelena priya anjali lakshmi deepa sunita meera kavita fatma ayse leyla nour
noura huda rania hiba amira yasmine zahra adwoa akosua abena chioma ngozi amaka folake funmilayo olufunke wanjiru
achieng nomvula thandiwe mariana fernanda valeria ximena guadalupe rocio joana helga frida ulla solveig marit
annika elin ebba linnea kaisa aino mariama awa khadija aminata ramatou rokia nafissatou
odile solene agathe berthe marthe margot manon chloe oceane maud aude sandrine corinne martine gisele yvette
lucienne josiane nadege marlene ilse perrine apolline clementine capucine soizic nolwenn gwenaelle
"""
_MALE = """
abdul abdullah adam adrian ahmed ahmet alain alberto albert alejandro alessandro alexander alexandre alfred ali
amadou andre andreas andrei andres anton antoine antonio arnaud arthur axel bernard bjorn boris bruno carl carlos
cedric christian christoph christophe claus daniel david denis diego dimitri dmitri eduardo edward emil emile
emmanuel enrique eric erik ernst etienne fabien farid felipe felix fernando florian francesco francis francisco
francois frank franz frederic gabriel georg george georges gerard gerhard giorgio giovanni guillaume gustav hamid
hans harald hassan heinrich henri henrik henry hugo ibrahim igor ismail ivan jacob jacques jakob james jan javier
jean jens jerome joachim johan johannes john jonas jorge jose josef joseph juan julien jurgen karim karl kemal
klaus kofi konstantin kwame lars laurent leon leonardo lorenzo louis luca lucas ludovic luis lukas magnus mamadou
manuel marc marcel marco marcus mario marius mark markus martin mateo mathieu matthias maurice max maxime michael
michel miguel mikhail mohamed mohammed moussa nicolas niklas nils olaf olivier omar oskar oscar pablo patrick paul
pedro peter philippe pierre pieter rafael rainer ramon raphael raul richard robert roberto rolf ruben samuel
sebastian sebastien sergei sergio simon stefan stephane sven thomas tobias tomas ulrich victor vincent vladimir
walter werner william xavier yann youssef yusuf yves
anders tomasz piotr krzysztof pawel marek jakub wojciech andrzej bertrand ousmane joaquim joao tiago rui nuno
henrique goncalo ricardo alvaro santiago mateus gustavo rodrigo sipho thabo kwabena kwesi chukwuemeka emeka
oluwaseun tunde babatunde kamau otieno mwangi ravi rajesh arjun vikram sanjay rahul amit suresh mehmet mustafa
emre hakan ahmad khalid tariq bilal hamza ciaran sean seamus padraig liam eoin niall declan conor olav knut
gunnar leif mikael jukka matti pekka dmitry alexei andriy taras bogdan ondrej jiri pavel vaclav goran dragan
zoran cheikh abdoulaye oumar seydou boubacar idrissa
theodule benoit gilles thierry didier herve loic gaetan fulbert baptiste clement romain jules bastien cyril
gaspard lucien octave hippolyte aristide anatole leopold honore achille ignacio joaquin gonzalo jaime giuseppe
matteo benedek jaromir joachim
"""
FEMALE = frozenset(_FEMALE.split())
MALE = frozenset(_MALE.split())

#: Endings that make a first name the list above lacks a woman's or a man's in the European languages press
#: kits are written in (Aurelia, Séverine, Nadège, Ottilie, Henriette, Fabienne; Lorenzo, Rasmus). A list of
#: names is never complete: a new writer's people are new people. The names these endings would get wrong
#: (Italian men's names in -ia, Augustine, Élie, Charlie, Japanese women's names in -ko …) are kept out.
_FEMALE_ENDINGS = ("ia", "ina", "ella", "illa", "etta", "ette", "elle", "ine", "ienne", "ege", "lie", "ilde", "isse",
                   "iane", "rude", "ise")
_MALE_ENDINGS = ("o", "us")
_NOT_BY_ENDING = frozenset("""
attila mattia elia tobia isaia geremia zaccaria zacharia jeremia nicola luca andrea nikita ilya sasha sacha misha kosta
augustine valentine constantine celestine ernestine elie charlie ollie moise
ko yoko keiko hiroko akiko naoko tomoko yuko kyoko michiko sachiko reiko margo cleo flo juno mayo marlo
""".split())


def first_name_gender(full_name: str) -> str:
    """"f" or "m" from the first word of ``full_name`` when it is a clearly gendered first name (listed, or by
    its ending when it is not), else ""."""
    words = full_name.split()
    if len(words) < 2:
        return ""  # a surname alone says nothing
    first = fold(words[0]).replace("-", " ").split()[0] if fold(words[0]) else ""
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    if len(first) < 4 or first in _NOT_BY_ENDING or first.endswith("ko") or not words[0][:1].isupper():
        return ""
    return "f" if first.endswith(_FEMALE_ENDINGS) else "m" if first.endswith(_MALE_ENDINGS) else ""


def article_gender(text: str, surname: str) -> str:
    """"f" for « la ministre Kaboré », « la présidente Kaboré »; "m" for « le ministre Kaboré »: the gender a French
    role noun's article gives the surname right after it; "" otherwise (an elided « l’ », an English "the
    minister" give none)."""
    import re

    m = re.search(rf"(?<![\w\-])(?P<t>[Ll]a|[Ll]e)\s+[a-zà-ÿ][a-zà-ÿ\-]{{2,}}\s+{re.escape(surname)}(?![\w\-])", text or "")
    if m is None:  # « une auxiliaire de vie, Mme NAME », "Mrs NAME": a title of address says it too
        m = re.search(rf"(?<![\w\-])(?P<t>Mme|Mmes|Mlle|Madame|Mrs|Ms|M\.|Monsieur|Mr)\.?\s+{re.escape(surname)}(?![\w\-])",
                      text or "")
        return "" if m is None else "m" if m.group("t") in ("M.", "Monsieur", "Mr") else "f"
    return "f" if m.group("t").lower() == "la" else "m"
