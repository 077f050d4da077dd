"""Texts of the OCR evaluation (bench/ocr_eval.py): press-kit prose in English and French.

Written for this evaluation (fictional organisations and people). Each entry is one page:
``(language, font, size, paragraphs)``, in English/French pairs of the same layout. Pairs at even
positions are the tuning half, the others the held-out half (see ``ocr_eval.split``): settings are
chosen on the first and reported on the second.
"""

PAGES = [
    ("en", "sans-serif", 11, [
        "GENEVA, 14 November 2026 — The Lantern Coalition today called on the States Parties to the "
        "Convention to agree, before Friday, on a binding deadline for the destruction of every stockpile "
        "of cluster munitions still held in national arsenals.",
        "“Every month of delay is another month in which these weapons can be used against civilians,” "
        "said Amara Diallo, Director of the Lantern Coalition. “The technical work is done; what is missing "
        "is political will.”",
        "According to the Coalition's latest monitoring report, 112 countries have joined the treaty and "
        "41 of them have completed the destruction of their stocks, eliminating 1.6 million munitions and "
        "more than 178 million submunitions since 2010.",
        "The Review Conference runs until 18 November at the Palais des Nations. Journalists can reach the "
        "Coalition's media team every day from 8:30 in room XVII.",
    ]),
    ("fr", "sans-serif", 11, [
        "GENÈVE, 14 novembre 2026 — La Coalition Lanterne a appelé aujourd'hui les États parties à la "
        "Convention à fixer, avant vendredi, une échéance contraignante pour la destruction de tous les "
        "stocks d'armes à sous-munitions encore détenus dans les arsenaux nationaux.",
        "« Chaque mois de retard est un mois de plus pendant lequel ces armes peuvent être utilisées contre "
        "des civils », a déclaré Amara Diallo, directrice de la Coalition Lanterne. « Le travail technique "
        "est achevé ; ce qui manque, c'est la volonté politique. »",
        "Selon le dernier rapport de l'Observatoire, 112 pays ont rejoint le traité et 41 d'entre eux ont "
        "achevé la destruction de leurs stocks, éliminant 1,6 million d'armes et plus de 178 millions de "
        "sous-munitions depuis 2010.",
        "La Conférence d'examen se poursuit jusqu'au 18 novembre au Palais des Nations. Les journalistes "
        "peuvent joindre l'équipe média de la Coalition chaque jour dès 8 h 30, salle XVII.",
    ]),
    ("en", "serif", 12, [
        "Statement by the Lantern Coalition to the General Debate",
        "Madam President, distinguished delegates, thank you for giving civil society the floor. Fifteen "
        "years ago, survivors travelled to this city to ask governments for a simple thing: that no other "
        "family should suffer what theirs had suffered.",
        "Since then, the number of new casualties recorded each year has fallen sharply, but it has not "
        "fallen to zero. Last year our researchers documented 219 new casualties in six countries; "
        "children accounted for almost half of them.",
        "We therefore urge all delegations to support the draft action plan as it stands, without the "
        "weakening amendments circulated on Tuesday, and to commit resources to clearance, risk education "
        "and lifelong assistance to victims.",
    ]),
    ("fr", "serif", 12, [
        "Déclaration de la Coalition Lanterne au débat général",
        "Madame la Présidente, mesdames et messieurs les délégués, merci de donner la parole à la société "
        "civile. Il y a quinze ans, des survivants sont venus dans cette ville demander aux gouvernements "
        "une chose simple : qu'aucune autre famille ne vive ce que la leur avait vécu.",
        "Depuis, le nombre de nouvelles victimes recensées chaque année a fortement diminué, mais il n'est "
        "pas tombé à zéro. L'an dernier, nos chercheurs ont documenté 219 nouvelles victimes dans six pays ; "
        "les enfants en représentaient presque la moitié.",
        "Nous exhortons donc toutes les délégations à soutenir le projet de plan d'action tel qu'il est "
        "rédigé, sans les amendements affaiblissants diffusés mardi, et à consacrer des ressources au "
        "déminage, à l'éducation aux risques et à une assistance durable aux victimes.",
    ]),
    ("en", "sans-serif", 10, [
        "CONFERENCE NEWSLETTER — Day 3, Wednesday 16 November",
        "Morning session: the working group on victim assistance met behind closed doors. Several "
        "delegations, among them Chile, Ghana and New Zealand, asked for the plan's indicators to be "
        "published each year rather than every five years.",
        "Side event: at lunchtime the Coalition presented its photo exhibition “Fields Again”, which follows "
        "farmers returning to land cleared in 2024 and 2025. The exhibition stays open in the main hall "
        "until the end of the conference.",
        "Afternoon: the President's informal consultations on the final declaration continued until 19:45. "
        "Observers expect a revised text on Thursday morning; paragraphs 12 to 17, on deadlines, remain "
        "the most disputed.",
        "Quote of the day: “We do not need new promises, we need the old ones kept.” — Rosa Kamau, survivor "
        "and campaigner.",
    ]),
    ("fr", "sans-serif", 10, [
        "LETTRE DE LA CONFÉRENCE — Jour 3, mercredi 16 novembre",
        "Séance du matin : le groupe de travail sur l'assistance aux victimes s'est réuni à huis clos. "
        "Plusieurs délégations, dont le Chili, le Ghana et la Nouvelle-Zélande, ont demandé que les "
        "indicateurs du plan soient publiés chaque année plutôt que tous les cinq ans.",
        "Événement parallèle : à midi, la Coalition a présenté son exposition de photographies « Des champs "
        "à nouveau », qui suit des agriculteurs de retour sur des terres déminées en 2024 et 2025. "
        "L'exposition reste ouverte dans le hall principal jusqu'à la fin de la conférence.",
        "Après-midi : les consultations informelles de la Présidence sur la déclaration finale se sont "
        "poursuivies jusqu'à 19 h 45. Les observateurs attendent un texte révisé jeudi matin ; les "
        "paragraphes 12 à 17, sur les échéances, restent les plus disputés.",
        "Citation du jour : « Nous n'avons pas besoin de nouvelles promesses, mais que les anciennes soient "
        "tenues. » — Rosa Kamau, survivante et militante.",
    ]),
    ("en", "serif", 11, [
        "FACT SHEET: Clearance of contaminated land",
        "At least 26 countries and other areas remain contaminated by cluster munition remnants. In 2025, "
        "operators cleared a total of 94.3 square kilometres and destroyed 71,254 submunitions, the highest "
        "annual figure recorded so far.",
        "Clearance is slow and expensive: a survey team of eight people can release about two hectares of "
        "land per week in difficult terrain. International support for clearance reached 187 million US "
        "dollars, a decrease of 6% compared with the previous year.",
        "Key recommendations: prioritise land used for farming and schools; publish clearance data openly; "
        "involve affected communities in planning; and keep funding predictable over several years.",
    ]),
    ("fr", "serif", 11, [
        "FICHE D'INFORMATION : Dépollution des terres contaminées",
        "Au moins 26 pays et autres régions restent contaminés par des restes d'armes à sous-munitions. En "
        "2025, les opérateurs ont dépollué au total 94,3 kilomètres carrés et détruit 71 254 sous-munitions, "
        "le chiffre annuel le plus élevé jamais enregistré.",
        "La dépollution est lente et coûteuse : une équipe d'enquête de huit personnes peut libérer environ "
        "deux hectares de terre par semaine sur un terrain difficile. Le soutien international à la "
        "dépollution a atteint 187 millions de dollars, soit une baisse de 6 % par rapport à l'année "
        "précédente.",
        "Recommandations principales : donner la priorité aux terres agricoles et aux écoles ; publier "
        "ouvertement les données ; associer les communautés touchées à la planification ; garantir un "
        "financement prévisible sur plusieurs années.",
    ]),
    ("en", "sans-serif", 12, [
        "MEDIA ADVISORY — Press conference on Thursday",
        "What: launch of the annual Monitor report on cluster munitions, with new figures on use, "
        "casualties, stockpile destruction and clearance.",
        "Who: Amara Diallo (Lantern Coalition), Dr Jean-Pierre Moreau (Monitor editorial board) and "
        "Rosa Kamau (survivor advocate).",
        "When and where: Thursday 17 November, 11:00 to 11:45, Press Room 1, Palais des Nations. "
        "Accredited journalists only; interpretation in English and French.",
        "Embargo: the report and its country profiles are under embargo until 00:01 Central European Time "
        "on 17 November. Advance copies are available on request.",
    ]),
    ("fr", "sans-serif", 12, [
        "AVIS AUX MÉDIAS — Conférence de presse jeudi",
        "Quoi : lancement du rapport annuel de l'Observatoire des armes à sous-munitions, avec de nouveaux "
        "chiffres sur l'utilisation, les victimes, la destruction des stocks et le déminage.",
        "Qui : Amara Diallo (Coalition Lanterne), Dr Jean-Pierre Moreau (comité de rédaction de "
        "l'Observatoire) et Rosa Kamau (militante, survivante).",
        "Quand et où : jeudi 17 novembre, de 11 h à 11 h 45, salle de presse 1, Palais des Nations. "
        "Réservé aux journalistes accrédités ; interprétation en anglais et en français.",
        "Embargo : le rapport et ses profils par pays sont sous embargo jusqu'au 17 novembre à 0 h 01, "
        "heure d'Europe centrale. Des exemplaires sont disponibles sur demande.",
    ]),
    ("en", "serif", 10, [
        "ANALYSIS: What the draft final declaration says, and what it leaves out",
        "The second revision of the draft declaration, circulated late on Wednesday, keeps the strong "
        "condemnation of any use of cluster munitions by any actor, which several delegations had tried to "
        "soften during the first week.",
        "It also keeps a reference to the rights of survivors, their families and communities, in line "
        "with the language agreed five years ago. However, the new text drops the request that States "
        "report on their national budgets for victim assistance.",
        "Our assessment: the declaration is acceptable only if paragraph 14 restores the reporting "
        "obligation. Without it, the action plan's promises on assistance cannot be measured, and what "
        "cannot be measured is rarely delivered.",
    ]),
    ("fr", "serif", 10, [
        "ANALYSE : Ce que dit le projet de déclaration finale, et ce qu'il omet",
        "La deuxième révision du projet de déclaration, diffusée tard mercredi, conserve la condamnation "
        "ferme de toute utilisation d'armes à sous-munitions par quelque acteur que ce soit, que plusieurs "
        "délégations avaient tenté d'atténuer pendant la première semaine.",
        "Elle maintient aussi une référence aux droits des survivants, de leurs familles et de leurs "
        "communautés, conformément au texte adopté il y a cinq ans. Toutefois, le nouveau texte supprime la "
        "demande faite aux États de rendre compte de leurs budgets nationaux d'assistance aux victimes.",
        "Notre évaluation : la déclaration n'est acceptable que si le paragraphe 14 rétablit l'obligation "
        "de rendre compte. Sans elle, les promesses du plan d'action ne pourront être mesurées, et ce qui "
        "ne se mesure pas est rarement tenu. Les œuvres de déminage en dépendent.",
    ]),
    ("en", "sans-serif", 11, [
        "Summary of the closing plenary, Friday 18 November",
        "The Conference adopted its final declaration and a five-year action plan by consensus shortly "
        "after 18:00. The declaration reaffirms that the Convention's prohibitions apply in all "
        "circumstances.",
        "States agreed to report every year on stockpile destruction, clearance and victim assistance, "
        "using a simplified form. The next meeting of States Parties will take place in Geneva in September, "
        "chaired by Costa Rica.",
        "In its closing statement, the Lantern Coalition welcomed the consensus but regretted that no "
        "deadline was set for the States that have not yet begun destroying their stocks. “We will be "
        "watching, and we will report,” said Amara Diallo.",
    ]),
    ("fr", "sans-serif", 11, [
        "Résumé de la séance plénière de clôture, vendredi 18 novembre",
        "La Conférence a adopté sa déclaration finale et un plan d'action quinquennal par consensus peu "
        "après 18 h. La déclaration réaffirme que les interdictions de la Convention s'appliquent en "
        "toutes circonstances.",
        "Les États sont convenus de rendre compte chaque année de la destruction des stocks, du déminage "
        "et de l'assistance aux victimes, au moyen d'un formulaire simplifié. La prochaine réunion des "
        "États parties aura lieu à Genève en septembre, sous la présidence du Costa Rica.",
        "Dans sa déclaration de clôture, la Coalition Lanterne a salué le consensus, tout en regrettant "
        "qu'aucune échéance n'ait été fixée pour les États qui n'ont pas encore commencé à détruire leurs "
        "stocks. « Nous serons vigilants, et nous en rendrons compte », a déclaré Amara Diallo. Ce fut un "
        "moment émouvant, au cœur d'une année difficile.",
    ]),
    ("en", "serif", 12, [
        "Letter to the Ministers of Foreign Affairs",
        "Dear Minister, we are writing to you on behalf of 340 member organisations in 95 countries to ask "
        "for your government's leadership at the Review Conference in Geneva.",
        "Your delegation can make a decisive difference on three points: a clear timetable for stockpile "
        "destruction, annual and public reporting, and sustained funding for survivors, whose needs do not "
        "end when a conference closes.",
        "We would welcome the opportunity to meet your delegation during the first week. Please contact "
        "our coordinator, Ms Léa Fontaine, at the address below. Yours sincerely, the Steering Committee.",
    ]),
    ("fr", "serif", 12, [
        "Lettre aux ministres des Affaires étrangères",
        "Madame la Ministre, Monsieur le Ministre, nous vous écrivons au nom de 340 organisations membres "
        "dans 95 pays pour solliciter l'engagement de votre gouvernement lors de la Conférence d'examen "
        "à Genève.",
        "Votre délégation peut faire une différence décisive sur trois points : un calendrier clair pour "
        "la destruction des stocks, des rapports annuels et publics, et un financement durable pour les "
        "survivants, dont les besoins ne s'arrêtent pas à la clôture d'une conférence.",
        "Nous serions heureux de rencontrer votre délégation au cours de la première semaine. Veuillez "
        "contacter notre coordinatrice, Mme Léa Fontaine, à l'adresse ci-dessous. Veuillez agréer "
        "l'expression de notre haute considération. Le Comité de pilotage.",
    ]),
]
