"""The blind, aside, kept, reserve, withheld, shelved, untouched, closed, unread, hidden and later halves of the quote evaluation set,
spent once their misses were read.

Each was the held-out half until its misses were classified to find which ways of attribution fail on text
nobody tuned on (docs/quotes.md, "What changed after the blind half"); now each is a regression test like
the halves before it, measured exactly as ``tools/measure_quotes.py`` measures it, on a kit built in
process. Their misses left are listed in docs/quotes.md.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_eval_tune import _measure_half

#: Measured when the blind half was read (104 quotations, 56 non-quotations); QUOTES_VERSION 33.
BLIND_PINNED = {"precision": 0.99, "recall": 1.0, "speaker_named": 0.97, "speaker_empty": 1.0,
                "organisation": 0.98, "page": 1.0, "language": 1.0}



#: Measured when the aside half was read (97 quotations, 50 non-quotations); QUOTES_VERSION 34. Its misses
#: left: one quotation inside a French sentence's scare-quote form, one short French quotation read as English,
#: one organisation (docs/quotes.md).
ASIDE_PINNED = {"precision": 1.0, "recall": 0.98, "speaker_named": 0.96, "speaker_empty": 1.0,
                "organisation": 0.97, "page": 1.0, "language": 0.98}



#: Measured when the kept half was read (110 quotations, 47 non-quotations); QUOTES_VERSION 36. Its misses
#: left: a short English quotation in a French live blog read as French, a slogan traced to its speaker two
#: sentences later, a State's representative speaking for his group (docs/quotes.md).
KEPT_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.94, "speaker_empty": 1.0,
               "organisation": 0.95, "page": 1.0, "language": 0.99}



#: Measured when the reserve half was read (99 quotations, 47 non-quotations); QUOTES_VERSION 38. Its misses
#: left: a feature's multi-paragraph quotation introduced by a sentence in the paragraph before, two namesakes
#: told apart only by "herself", a sentence one person repeats after another, and organisations the truth takes
#: from other documents (docs/quotes.md).
RESERVE_PINNED = {"precision": 1.0, "recall": 0.97, "speaker_named": 0.92, "speaker_empty": 1.0,
                  "organisation": 0.90, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 62: organisation 0.88 -> 0.91)



#: Measured when the withheld half was read (105 quotations, 50 non-quotations); QUOTES_VERSION 39. Its misses
#: left: a verb of saying split from the name by its addressee, a role noun given to the last name, a pronoun
#: after quoted treaty text, a coordinator named the sentence before, bodies of "we" in an interview, a
#: ministry by "its", a State only a question names, a body issuing a statement, and two non-quotations (a
#: placard's words, a scare quote after « d'un »); its two short quotations (« s'est dite « … » », « Pour le X,
#: c'est « … » ») are read since QUOTES_VERSION 40 (docs/quotes.md).
WITHHELD_PINNED = {"precision": 0.98, "recall": 1.0, "speaker_named": 0.92, "speaker_empty": 1.0,
                   "organisation": 0.93, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 40: recall 0.98 -> 1.0)


#: Measured when the shelved half was read (98 quotations, 48 non-quotations); QUOTES_VERSION 40. Its misses
#: left: an unnamed board member of a body named only as "the pedestrians' federation", and "one of his advisers"
#: whose State is given only through "his" (docs/quotes.md).
SHELVED_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 1.0, "speaker_empty": 1.0,
                  "organisation": 0.97, "page": 1.0, "language": 1.0}

#: Measured when the untouched half was read (108 quotations, 47 non-quotations); QUOTES_VERSION 41. Its misses
#: left: "I spoke to NAME, and he told me" in an interview's answer, the first person of an answer, "Her deputy"
#: whose body is the minister's « pour la Halstrie », a body's name cut at « et », « a, lui, estimé que », and a
#: name given only in the sentence after its quotation (docs/quotes.md).
UNTOUCHED_PINNED = {"precision": 1.0, "recall": 0.99, "speaker_named": 0.94, "speaker_empty": 1.0,
                    "organisation": 0.94, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 42: 0.94 -> 0.95 both)

#: Measured when the closed half was read (103 quotations, 49 non-quotations); QUOTES_VERSION 42. Its misses
#: left: two scare quotes the earlier halves count as quotations ("NAME has called X “…”", "said her country was
#: “…”"), a convention the halves do not share (docs/quotes.md).
CLOSED_PINNED = {"precision": 0.98, "recall": 1.0, "speaker_named": 0.96, "speaker_empty": 1.0,
                 "organisation": 0.99, "page": 1.0, "language": 1.0}

#: Measured when the unread half was read (103 quotations, 48 non-quotations); QUOTES_VERSION 43. Its misses
#: left: two long forms (a possessive apposition joined by "and" before a relative clause; "His last message to
#: me was short. “…”"), an answer's "She said:" whose person only the question names, a body by its short name
#: after an inverted verb, a slogan in a question and quoted treaty text reported (docs/quotes.md).
UNREAD_PINNED = {"precision": 0.98, "recall": 1.0, "speaker_named": 0.93, "speaker_empty": 1.0,
                 "organisation": 0.94, "page": 1.0, "language": 1.0}

#: Measured when the hidden half was read (100 quotations, 50 non-quotations); QUOTES_VERSION 44. Its misses
#: left: a passage with no quotation marks that the truth counts as the publisher's (docs/quotes.md).
HIDDEN_PINNED = {"precision": 1.0, "recall": 0.99, "speaker_named": 1.0, "speaker_empty": 1.0,
                 "organisation": 1.0, "page": 1.0, "language": 1.0}

#: Measured when the spare half was read (105 quotations, 46 non-quotations); QUOTES_VERSION 45. Its misses
#: left: a pronoun with two men who are both subjects before it, the person only an interview's question names,
#: a body's name cut at its lower-case words, "Its negotiator NAME" after his State, what a body "calls" a
#: thing, and two non-quotations (a scare quote after a verb of removing, a headline's phrase after a colon)
#: (docs/quotes.md).
SPARE_PINNED = {"precision": 0.98, "recall": 0.99, "speaker_named": 0.92, "speaker_empty": 1.0,
                "organisation": 0.94, "page": 1.0, "language": 1.0}

#: Measured when the vault half was read (105 quotations, 47 non-quotations); QUOTES_VERSION 46. Its misses
#: left: four quotations not found (a body's words after "In the X's words" and "which calls", lower-case single
#: marks), a title named by its kind, a pronoun with a woman named between, a statement's "When I said",
#: the publisher's line before a colon, a wrong name after a live blog's entry (docs/quotes.md).
VAULT_PINNED = {"precision": 0.99, "recall": 0.97, "speaker_named": 0.95, "speaker_empty": 0.97,
                "organisation": 0.95, "page": 1.0, "language": 1.0}

#: Measured when the cellar half was read (97 quotations, 46 non-quotations); QUOTES_VERSION 47. Its misses
#: left: a fragment after "told me herself it was", a relative clause with no comma after a State's adjective
#: ("the X ambassador who chaired"), a body's figures run on into its verb, a reporter's paper from his byline,
#: a body by its plural short name (docs/quotes.md).
CELLAR_PINNED = {"precision": 1.0, "recall": 0.98, "speaker_named": 1.0, "speaker_empty": 1.0,
                 "organisation": 0.95, "page": 1.0, "language": 1.0}

#: Measured when the attic half was read (105 quotations, 48 non-quotations); QUOTES_VERSION 48. Its misses
#: left: five quotations not found (words cited as "the phrase" or « ce qu'il appelle », a body's words through
#: "its" bulletin, the publisher's appeal in an interview, a fragment after « pourrait »), a role alone whose
#: holder the document named only as an object, a three-paragraph French quotation after « a pris la parole »,
#: an unnamed student given the body before (docs/quotes.md).
ATTIC_PINNED = {"precision": 1.0, "recall": 0.97, "speaker_named": 0.97, "speaker_empty": 1.0,
                "organisation": 0.98, "page": 1.0, "language": 1.0}

#: Measured when the locker half was read (108 quotations, 48 non-quotations); QUOTES_VERSION 49, on its truth
#: corrected so that the publisher's eleven quotations name the publisher (as the README and every other half
#: have it). Its misses left: the publisher's line quoted in an interview (not found), a colleague's words
#: reported in an interview, a shared surname on a later page, a question a resident asked in a minister's
#: statement, and bodies of a reporter, an analyst and an unnamed delegate (docs/quotes.md).
LOCKER_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.97, "speaker_empty": 1.0,
                 "organisation": 0.95, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 54: recall, organisation;
# QUOTES_VERSION 68: speaker and organisation, an answer under spaced initials « T. M.-L. : »)

#: Measured when the pantry half was read (107 quotations, 49 non-quotations); QUOTES_VERSION 50. Its misses
#: left: pronouns and reported words given the wrong person (four wrong names), a secretariat by its short name,
#: States not given for their people, two names given to things (« ce que … ont appelé « … » ») and quoted treaty
#: text reported, two short fragments not found (docs/quotes.md).
PANTRY_PINNED = {"precision": 0.99, "recall": 0.98, "speaker_named": 0.95, "speaker_empty": 0.96,
                 "organisation": 0.93, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 55: 0.84 -> 0.88; 58: 0.89; 60: precision 0.99)

#: Measured when the larder half was read (95 quotations, 46 non-quotations); QUOTES_VERSION 50. Its misses
#: left: the publisher's words after « qui ajoute », a fragment after « a salué un texte », States by their
#: adjective in French appositions, "Its report" named only in the next sentence, a reporter's paper from her
#: byline (docs/quotes.md).
LARDER_PINNED = {"precision": 1.0, "recall": 0.97, "speaker_named": 1.0, "speaker_empty": 1.0,
                 "organisation": 0.98, "page": 1.0, "language": 1.0}

#: Measured when the cupboard half was read (100 quotations, 46 non-quotations); QUOTES_VERSION 51. Its misses
#: left: pronouns after two people the kit tells apart, quotations over several English paragraphs, pronouns
#: after an unnamed person (five wrong names), bodies by a lower-case or short name, States not given for their
#: people, a reprinted article's paper (docs/quotes.md).
CUPBOARD_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.9, "speaker_empty": 1.0,
                   "organisation": 0.90, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 58: empty 0.94 -> 1.0)

#: Measured when the drawer half was read (98 quotations, 48 non-quotations); QUOTES_VERSION 52. Its misses
#: left: a bare surname with a role noun on a later page, a title and name before a pluperfect, French words
#: reported in an English answer, a secretariat by its treaty's short name, bodies through "it"/"whose", States
#: not given for their people, a reprinted article's paper (docs/quotes.md).
DRAWER_PINNED = {"precision": 1.0, "recall": 0.98, "speaker_named": 0.96, "speaker_empty": 1.0,
                 "organisation": 0.90, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 58: 0.95, 0.84 -> 0.96, 0.88)

#: Measured when the trunk half was read (99 quotations, 47 non-quotations); QUOTES_VERSION 53. Its misses
#: left: the writer's or a statement speaker's own words in the first person, a French letter over two
#: paragraphs in an interview's answer, a minister's words relayed in an answer, "the researcher" among several
#: people, a relayed unnamed official, a headline in single quotes with a bare surname (docs/quotes.md).
TRUNK_PINNED = {"precision": 1.0, "recall": 0.97, "speaker_named": 0.90, "speaker_empty": 1.0,
                "organisation": 0.92, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 54: 0.91 -> 0.92; 58: 0.93; 59: 0.94)

#: Measured when the chest half was read (101 quotations, 52 non-quotations); QUOTES_VERSION 54. Its misses
#: left: a statement's quotation under its delegation's table, a surname from another document after « comme le
#: dit » and before a time, an unnamed source « au Secrétariat de … », "Its vice-president" in a body's release,
#: and a State the kit never names (docs/quotes.md).
CHEST_PINNED = {"precision": 1.0, "recall": 0.99, "speaker_named": 0.96, "speaker_empty": 1.0,
                "organisation": 0.94, "page": 1.0, "language": 1.0}

#: Measured when the crate half was read (105 quotations, 45 non-quotations); QUOTES_VERSION 55. Its misses
#: left: fragments after "called"/« a parlé d'un » and a quote of the day in single marks (not found), a pronoun
#: across an interview's question to a surname two people bear, a guest's own words under a heading that
#: describes him, a live blog's "says SURNAME" and « notre responsable » under a surname headline (docs/quotes.md).
CRATE_PINNED = {"precision": 1.0, "recall": 0.96, "speaker_named": 0.92, "speaker_empty": 1.0,
                "organisation": 0.90, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 61: 0.94, 0.92, 0.88
# before; 64: organisation 0.89 before, two "X Convention Secretariat" now read as "Secretariat of the X Convention")

#: Measured when the hamper half was read (109 quotations, 47 non-quotations); QUOTES_VERSION 56. Its misses
#: left: a surname from another document in an interview's answer, a role noun for a headline's person in
#: capitals, the interviewee's own earlier words, a surname two people share with the role in the sentence before
#: (now nobody), a fragment after « l'a jugée » and a quote of the day in single marks (not found) (docs/quotes.md).
HAMPER_PINNED = {"precision": 1.0, "recall": 0.98, "speaker_named": 0.94, "speaker_empty": 1.0,
                 "organisation": 0.93, "page": 1.0, "language": 1.0}

#: Measured when the coffer half was read (101 quotations, 51 non-quotations); QUOTES_VERSION 57. Its misses
#: left: a first name or a possessive surname in an interview's answer, a French quotation over paragraphs after
#: a colon ending its own paragraph, an object pronoun in the subject's own relative clause, a fragment woven into
#: a sentence, a quote of the day in single marks, a leaflet's title in Title Case (docs/quotes.md).
COFFER_PINNED = {"precision": 0.98, "recall": 0.98, "speaker_named": 0.91, "speaker_empty": 1.0,
                 "organisation": 0.93, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 61: recall 0.97 -> 0.98)

#: Measured when the casket half was read (100 quotations, 48 non-quotations); QUOTES_VERSION 58. Its misses
#: left: an unnamed negotiator of a State the kit names only by its adjective, a role noun for a headline's person
#: in capitals, a namesake met in the statement of another, the words of the agency in its director's answer, a
#: reprinted article's paper, a conference's secretary for its secretariat, a quote of the day in single marks
#: and a fragment inside reported speech (not found) (docs/quotes.md).
CASKET_PINNED = {"precision": 1.0, "recall": 0.99, "speaker_named": 0.95, "speaker_empty": 1.0,
                 "organisation": 0.94, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 61: recall 0.98 -> 0.99)

#: Measured when the satchel half was read (101 quotations, 49 non-quotations); QUOTES_VERSION 59. Its misses
#: left: a pronoun after two people one of whom is an object of unknown gender, a pronoun after a titled surname
#: in a statement, a role noun for a headline's person in capitals, a quote of the day in single marks and a
#: fragment inside reported speech (not found), a State's own people, a list line's title read as a body, and
#: the title of a draft text after an attributed quotation (docs/quotes.md).
SATCHEL_PINNED = {"precision": 0.98, "recall": 0.98, "speaker_named": 0.91, "speaker_empty": 1.0,
                  "organisation": 0.94, "page": 1.0, "language": 1.0}  # (QUOTES_VERSION 61: recall 0.97 -> 0.98)

#: Measured when the hatbox half was read (96 quotations, 48 non-quotations); QUOTES_VERSION 60. Its misses
#: left: an unnamed negotiator of a State the kit names only by its adjective (three), a reporter's own sentence
#: for her newspaper, "one of our gleaners" in a body's release, a chair « du Sommet » whose State only a table
#: gives, a headline the source garbled, "our policy lead" under a headline, an English answer read as French
#: (docs/quotes.md).
HATBOX_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.98, "speaker_empty": 1.0,
                 "organisation": 0.93, "page": 1.0, "language": 0.98}  # (QUOTES_VERSION 62: organisation 0.92 -> 0.93)

#: Measured when the valise half was read (96 quotations, 48 non-quotations); QUOTES_VERSION 61. Its misses
#: left: one quotation by a surname two people of the kit share ("“…,” Fennimore said later in Ravensholm, where
#: Halvaria is pressing …", the minister told apart from the ranger only by his State): nobody, by design
#: (docs/quotes.md).
VALISE_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.94, "speaker_empty": 1.0,
                 "organisation": 0.96, "page": 1.0, "language": 1.0}

#: Measured when the holdall half was read (101 quotations, 49 non-quotations); QUOTES_VERSION 62. Its misses
#: left: a surname before its role and place in brackets (« Stanbridge (vaccinateur, Halmyre), joint par téléphone
#: à Tarrun : « … » », the full name only in another document: nobody, and the publisher as the body), the
#: testimony of « un de ses vaccinateurs » read out unnamed in a body's release (the lower-case quotation after
#: « j'avais déclaré à cette tribune que » is found since QUOTES_VERSION 65) (docs/quotes.md).
HOLDALL_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.96, "speaker_empty": 1.0,
                  "organisation": 0.99, "page": 1.0, "language": 1.0}

#: Measured when the duffel half was read (97 quotations, 52 non-quotations); QUOTES_VERSION 63, raised for 65
#: (a bare first name, "Rokia", now the kit's one Rokia, and a pluperfect before « que » found). Its misses
#: left: the interviewee's own earlier words and a colleague's quoted in an
#: answer, a role noun under a heading that gives the surname, two pronouns with two others they could mean
#: (nobody, by design), a State's or a body's unnamed people (« notre laboratoire national », "our public
#: health centre", a French body's name in an English wire, « un de ses collègues »), an interview's turn label
#: read as a body, an interview's title, a three-word quotation, and two titles
#: reported (an event's after "Side event:", a report's after « Selon le rapport … , ») (docs/quotes.md).
DUFFEL_PINNED = {"precision": 0.97, "recall": 0.97, "speaker_named": 0.89, "speaker_empty": 1.0,
                 "organisation": 0.91, "page": 1.0, "language": 1.0}
# (QUOTES_VERSION 68: speaker and organisation, the interviewee's own earlier words under « M. E.-L. : »)

#: Measured when the rucksack half was read (104 quotations, 48 non-quotations); QUOTES_VERSION 64. Its misses
#: left: six wrong names (a pronoun after a sentence whose named person is its object, two bare first names, a
#: person met in a statement's first person, a quotation opening the paragraph after its speaker's, a reaction
#: label's possessive read as a name), a Q&A's interviewee named only in its standfirst or headline, a role noun
#: under a heading that names the speaker, a verbless quotation with two men between it and its speaker, a
#: reaction's label with a bare role and body, « Pour la Guilde …, « … », selon un communiqué » and an
#: apposition's description taken for the body, a body's own note or people in an interview, a short form of a
#: French body's name, a label's role that swallows its State, a "Quote of the day" with an em-dash byline and an
#: English sentence in a French answer (not found), and a report's title in a reading list (docs/quotes.md).
RUCKSACK_PINNED = {"precision": 0.99, "recall": 0.98, "speaker_named": 0.80, "speaker_empty": 1.0,
                   "organisation": 0.85, "page": 1.0, "language": 1.0}

#: Measured when the kitbag half was read (101 quotations, 49 non-quotations); QUOTES_VERSION 65. Its misses
#: left: two pronouns left to nobody where two men could be meant (« Les deux hommes ont parlé … », a subject of no
#: known gender with a clause's "he"), and a "he" after "his adviser, NAME" whose minister the kit names twice, an
#: answer's « Il » for the man the question names, a Q&A's and a newsletter's headline quoting the interviewee, a
#: verbless follow-up in French after a named quotation, a wire's opening quotation named in the next paragraph,
#: "Castaldi the inspector" beside a namesake; organisations: a body's people in an interview (an unnamed warden,
#: "one of our best guards" carried to the newsletters), « notre propre note » under initials, a journalist's
#: paper, a French body's name without accents in an English wire, "the Council's elders", a statement's table of
#: people; not found: an interview's title, a newsletter's « ## « … », dit NAME » and "the cost clause was “…”";
#: a release's headline reported beside the same words in its body (docs/quotes.md).
KITBAG_PINNED = {"precision": 0.98, "recall": 0.97, "speaker_named": 0.87, "speaker_empty": 1.0,
                 "organisation": 0.85, "page": 1.0, "language": 1.0}

#: Measured when the pannier half was read (110 quotations, 48 non-quotations); QUOTES_VERSION 66. Its misses
#: left, no wrong person named: "“…,” Brannagh says of him" after a namesake met "— no relation —" (nobody, on
#: purpose), speech reported in an answer or a statement (« Le ministre Brannagh … Il m'a dit », « Saoirse NAME …
#: Elle m'a dit », « Lisandru NAME, notre inspecteur …, m'a écrit »), an interview's title the interviewee says in
#: an answer, "I said in 2031 that “…”" in an interview with no labels, a long sentence whose "she said" follows
#: « … »; organisations: those that follow, an "and" inside a body's name ("Association of Net and Rope Makers"), a
#: treaty's secretariat in lower case (2), an interviewee's own deputy and technical note, « À la Fédération, on le
#: dit », a body's short name, « un de nos patrons » in its own release, a survey's Institute, a village after a
#: name, "the Caddorian ambassador who …" (docs/quotes.md).
PANNIER_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.85, "speaker_empty": 1.0,
                  "organisation": 0.87, "page": 1.0, "language": 1.0}

#: Measured when the carpetbag half was read (101 quotations, 51 non-quotations); QUOTES_VERSION 67. Its misses
#: left, no wrong person named: an interview's title the standfirst has the interviewee say again without marks,
#: "In my inaugural lecture I said that “…”" in an interview with no labels; organisations: those that follow, "Our
#: own technical note is clear" in an answer and "The Secretariat's technical note puts …" in a briefing (given
#: the publisher), a French release's name of a body the kit names in English, "The Stonecutters' … Coalition, a
#: group of …, said in a statement", "The Reseau des survivants …, a patients' group, … the group said" in an
#: English wire (docs/quotes.md).
CARPETBAG_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.94, "speaker_empty": 1.0,
                    "organisation": 0.92, "page": 1.0, "language": 1.0}

#: Measured when the haversack half was read (106 quotations, 48 non-quotations); QUOTES_VERSION 68. Its misses
#: left, no wrong person named: a surname or first name alone named in full in another document only (« il a
#: lâché », « NAME lui-même m'a dit », "Gideon used to tell", a live blog's "## 17:15 — NAME:", "NAME, Brauvenne's
#: ambassador, told reporters"), « Notre directrice » named elsewhere only (2), a namesake met "no relation" (2, on
#: purpose), a Q&A's headline and "she says"/"she adds" in answers without labels, « il m'a écrit » after a first
#: name alone, « a-t-il ajouté » across a body's sentence; seven quotations not found (fragments after « évoque »,
#: « juge », "was … he said", a body's report, single marks signed with a dash, an interview's title said again);
#: a slogan a body "says"; organisations: those that follow, a State the kit names only by its adjective (5, the
#: truth's convention), a dispenser's body from other documents (docs/quotes.md).
HAVERSACK_PINNED = {"precision": 0.99, "recall": 0.93, "speaker_named": 0.72, "speaker_empty": 1.0,
                    "organisation": 0.76, "page": 1.0, "language": 1.0}

#: Measured when the knapsack half was read (111 quotations, 50 non-quotations); QUOTES_VERSION 69. Its misses
#: left, no wrong person named: a three-word fragment after « ouvriraient » not found; a report's title said in an
#: answer (« Oui, « … », en avril »); organisations: "a Federation statement" and "the Federation" for the name
#: the kit gives with its "and", a nurse of a dispensary "not a member of the Cooperative", a body's own protocol
#: or submission quoted by its member, someone reported inside a speaker's words, "the Cooperative added" and an
#: unnamed member in its own release, a coalition's words in a wire and in a minister's statement, « Son
#: institut » (docs/quotes.md).
KNAPSACK_PINNED = {"precision": 0.99, "recall": 0.99, "speaker_named": 1.0, "speaker_empty": 1.0,
                   "organisation": 0.90, "page": 1.0, "language": 1.0}

#: Measured when the portmanteau half was read (104 quotations, 61 non-quotations); QUOTES_VERSION 70. Its misses
#: left, no wrong person named: three quotations not found (an interview's headline that is its interviewee's
#: words, a live blog's single marks signed with a dash and a surname, a fragment after « avec »); speakers left
#: empty: an interviewee's own earlier words in answers without labels (2), a first name alone named in full in
#: another document only, « Notre responsable des politiques » under a headline of his surname, a title alone
#: after the full name (« la vice-ministre du Travail a ajouté »), the second half of a quotation after a relative
#: clause; organisations: those that follow, « du Travail » read as a body, a State's lower-case inspectorate,
#: someone unnamed reported inside a speaker's words or a release (6), the masthead's policy officer quoted by
#: surname (3), « conclut le communiqué » in a union's release, a State's own law, a national office's director
#: (the truth's convention), an unnamed nurse in an op-ed (docs/quotes.md).
PORTMANTEAU_PINNED = {"precision": 1.0, "recall": 0.97, "speaker_named": 0.89, "speaker_empty": 1.0,
                      "organisation": 0.79, "page": 1.0, "language": 1.0}

#: Measured when the musette half was read (105 quotations, 46 non-quotations); QUOTES_VERSION 71. Its misses
#: left: four wrong names (a State's unnamed representative given the chair of the paragraph before, a body's
#: finding and a body's letter reported by a speaker given the speaker, "he said" after two paragraphs going past
#: a surname the kit completes); ten quotations not found (short fragments after a verb of saying or « pour NAME »
#: (4), a web story's headline and subhead and a release's headline (3), « pour rappeler que », "since", a
#: request at a statement's foot); two non-quotations (an agenda item's title, « on dit plutôt « … » »); speakers
#: left empty: a person quoted inside an interviewee's answer (2), a first name after a colon in another
#: language, an ambiguous « a-t-elle lancé » (the source's); organisations: those that follow, panellists quoted
#: by surname (7), a fisherman's town read as his body (4), a body's own words without a speaker (5), "Solenne’s
#: deputy", an unnamed official of a State's ministry, "The industry's Council of …" cut (docs/quotes.md).
MUSETTE_PINNED = {"precision": 0.97, "recall": 0.90, "speaker_named": 0.91, "speaker_empty": 0.91,
                  "organisation": 0.72, "page": 1.0, "language": 1.0}

#: Measured when the gladstone half was read (103 quotations, 50 non-quotations); QUOTES_VERSION 72. Its misses
#: left: a "Quote of the day" in single quotes without a final stop, signed with a dash and a surname (not
#: found); speakers left empty: a surname two people share, said right after the one named in full ("Elodie
#: NAME — no relation — …. “…,” NAME said"), an interview's title the standfirst gives to the interviewee, her own
#: words of years before said again in an answer; organisations: a thread's posts whose authors' body only the
#: introduction names (3), words of unnamed people reported (4), a paper's findings (2), those that follow the
#: interview's empty speakers (2), a body's technical note, a French name with an English gloss (docs/quotes.md).
GLADSTONE_PINNED = {"precision": 1.0, "recall": 0.99, "speaker_named": 0.94, "speaker_empty": 1.0,
                    "organisation": 0.88, "page": 1.0, "language": 1.0}

#: Measured when the reticule half was read (106 quotations, 52 non-quotations); QUOTES_VERSION 73. Its misses
#: left: quotations not found: a wire's « qu’elle a qualifiée de « … » » (what she called it), an interview's
#: title its standfirst gives to the interviewee, a live blog's "Quote of the day" in single marks signed
#: "— SURNAME, BODY", a live blog's correction ("attributed the words “…” to NAME. They were said by NAME2");
#: speakers left empty: a listener called by first name and place, the interviewee's own words said again in her
#: answers (2), a surname two people share, a caption after a sentence about its man by surname, a bulletin's
#: heading under its title line; organisations: those that follow (3 of them), a body's own text read out by
#: another (2), a witness called by title given the record's publisher (2), a caption's place after the role, an
#: official's words of before he headed his Office; one non-quotation: a briefing's table cell quoting the draft's
#: bracket (docs/quotes.md).
RETICULE_PINNED = {"precision": 0.99, "recall": 0.96, "speaker_named": 0.92, "speaker_empty": 1.0,
                   "organisation": 0.90, "page": 1.0, "language": 1.0}

#: Measured when the bindle half was read (103 quotations, 47 non-quotations); QUOTES_VERSION 74. Its misses
#: left: quotations not found: a guidance note's words after "says that operators should treat … “…”", a FAQ's
#: « Le ministère « … » » with no verb of saying outside the marks, a guide's English line after « Sa première
#: recommandation est claire : », an interview's title its standfirst gives to the interviewee; speakers left
#: empty: the interviewee's own words said again in her answer, a quote sheet's two-sentence line; organisations:
#: an office or cabinet replying for its minister in a fact-check (4), a fact-checker's own words (2), editorials
#: a review or an analyst cites (3), unnamed people of a delegation or company by its adjective (4), a company's
#: officers and an analyst by his firm (3), a directorate or a role read as the body (3), a chair given the
#: meeting she presides (2), a campaign group's French name in English copy, those that follow (docs/quotes.md).
BINDLE_PINNED = {"precision": 1.0, "recall": 0.96, "speaker_named": 0.94, "speaker_empty": 1.0,
                 "organisation": 0.79, "page": 1.0, "language": 1.0}

#: Measured when the dillybag half was read (103 quotations, 46 non-quotations); QUOTES_VERSION 75. Its misses
#: left: quotations not found: « selon un communiqué » after a body's words, « parle d’une « … » », a podcast's
#: "His line was “…”", a feature's and a live blog's short phrases, « est prête à « … » », a chronicle's « de « … » »;
#: speakers left empty: a first name alone before a colon ("From VILLAGE, NAME again:"), a briefing's "the
#: spokesperson said" named at its top, a speech the newsletter introduces before « Extraits. », a role the kit
#: names elsewhere heard saying it; a name given where nobody is named: a minister's "I also listened to the
#: General Secretary of the union, who reminded me that “…”"; organisations: a union member given his airport's
#: town (6, the truth's convention), a service under its French short form (2), a body's "our survey" in a
#: podcast's or interview's answer and an institute's report (4), those that follow; three non-quotations: a
#: board rule in marks after a colon, a chronicle's title, a scare quote (docs/quotes.md).
DILLYBAG_PINNED = {"precision": 0.96, "recall": 0.93, "speaker_named": 0.90, "speaker_empty": 0.96,
                   "organisation": 0.76, "page": 1.0, "language": 1.0}

#: Measured when the sporran half was read (105 quotations, 48 non-quotations); QUOTES_VERSION 76. Its misses
#: left: quotations not found: a Q&A's headline its standfirst gives to the interviewee ("He repeats the line
#: above"), « la Coalition demande aux Parties de « … » »; speakers left empty: a quote box's bold surname with its
#: body's acronym (« SURNAME (IIRS) : »), a scene's "“…?” he asks" after a sentence about "a man", a second
#: quotation after "“…,” SURNAME says, when he asks her …", a record's "The PRESIDENT said that …; in his words,
#: “…”"; organisations: an institute by "the institute's", "who founded the institute", "our own survey", a
#: study cited in French and a technician it does not let speak (6), a State by its adjective or "from" (2), an
#: official of the Secretariat given the publisher, the body of a survey a speaker reports, a minister's own
#: ministry, "Its chair, NAME" after its body, a chamber's French name (truth's convention), those that follow
#: (3); two non-quotations: a decision's words after "which" in a release, a side event's title in a programme;
#: a four-word English sentence in a French op-ed read as French (docs/quotes.md).
SPORRAN_PINNED = {"precision": 0.98, "recall": 0.98, "speaker_named": 0.92, "speaker_empty": 1.0,
                  "organisation": 0.86, "page": 1.0, "language": 0.99}

#: Measured when the pochette half was read (110 quotations, 47 non-quotations); QUOTES_VERSION 77. Its misses
#: left: quotations not found: « a invité les Parties à « … » », a wire's three words "audible “through the
#: deck”"; speakers left empty: a blog's block quotations attributed in footnotes and the blogger's own "I wrote
#: that “…”", a surname named in full only in another document after a dash or before "who answered", "a phrase
#: he said he would read “…”", a narrator's « Il m’a expliqué … » after « ce que lui avait dit un capitaine », a
#: minister named only after the message read out;
#: organisations: "a harbour pilot at Lisquen for twenty-two years" read as a body (3), counsel named in a table's
#: "Counsel for ORG" (3), a short name in a possessive or a demonym ("the Watch's", "the Secretariat's", "a
#: Tarvessan delegate", 5), "our own technical note" in a transcript's turn (3), « l’agence » of a dispatch, those
#: that follow; three non-quotations: a fact sheet's cited title, a programme's name in two languages
#: (docs/quotes.md).
POCHETTE_PINNED = {"precision": 0.97, "recall": 0.98, "speaker_named": 0.88, "speaker_empty": 1.0,
                   "organisation": 0.77, "page": 1.0, "language": 1.0}

#: Measured when the sabretache half was read (98 quotations, 48 non-quotations); QUOTES_VERSION 78. Its misses
#: left: speakers left empty: an interview's title quotation its standfirst calls « la formule qui sert de
#: titre », a heading's surname over « L'élue des Tanneurs », "That is how R. T. begins …", a surname two
#: councillors share told apart by "the Saltmead councillor" and "she", a spokesperson's long relative clause and
#: her two-paragraph conclusion, a late colleague's words the director "recalled", « Sa collègue de longue date
#: NAME », "quoted SURNAME's line"; wrong people: « NAME lui a remis le rapport. « … », a-t-elle promis » and
#: the going on after the tribute's French colleague; organisations: councillors of a council the text names only
#: as "City councillors" or « le conseil municipal » (13), the tribute's staff of the institute (5), a ministry's
#: unnamed official or statement (5), a signature's tail run into "Quick facts", a spokesperson's name as her
#: body, those that follow (docs/quotes.md).
SABRETACHE_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.80, "speaker_empty": 1.0,
                     "organisation": 0.68, "page": 1.0, "language": 1.0}

#: Measured when the saddlebag half was read (103 quotations, 48 non-quotations); QUOTES_VERSION 79. Its misses
#: left: quotations not found: a three-word fragment « avant jeudi midi », a box's quotation in single marks, a
#: study's words after "calls the summer's haze"; wrong people: "“…,” he said" after a surname two people share,
#: given the ambassador named in the reported clause, and a body's bulletin given to its director (nobody named);
#: speakers left empty: a headline's "dit Varoche" (two Varoches), « Varoche, lui, … », « Pour le secrétaire
#: exécutif …, NAME, … », pronouns after a first name alone (2), "Mahlet wrote to our field team" in a document that
#: never introduces her, a caption's "Mahlet, 24, a teacher" read as "a teacher", a caption's "Yerlan devant sa
#: bergerie" after its credit, "“…” — Fenna" left to the document, a herder named in apposition in an op-ed;
#: organisations: a nurse's clinic for her network (5), a body's English and French names not joined (2), a
#: body's document as the sayer (3), an official seconded by a State (2), "our health officer" in a State's
#: statement, those that follow (docs/quotes.md).
SADDLEBAG_PINNED = {"precision": 1.0, "recall": 0.97, "speaker_named": 0.83, "speaker_empty": 0.96,
                    "organisation": 0.82, "page": 1.0, "language": 1.0}

#: Measured when the gripsack half was read (106 quotations, 52 non-quotations); QUOTES_VERSION 80. Its misses
#: left: quotations not found: the interview's headline quotation its standfirst repeats, « si le mot
#: « progressive » reste dans le texte » (a quotation that holds a quoted word), a study's words after "calls
#: bread"; a wrong person: « …, aimait-il dire » after a list of his pupils, given the one named last; speakers
#: left empty: "The Spokesperson said …" in briefing highlights whose byline names the spokesperson (one of
#: three, since a passive's agent no longer goes into the role before a name), "Émeric used to say" (a first
#: name alone), "As I said in Vernasse" in an interview's answer; organisations: a union
#: member given her branch, her workplace or nothing where the truth gives the union (13), a body's document as
#: the sayer (3), "a Marvelle shift supervisor", social-media handles with display names (3), those that follow
#: (docs/quotes.md).
GRIPSACK_PINNED = {"precision": 1.0, "recall": 0.98, "speaker_named": 0.90, "speaker_empty": 1.0,
                   "organisation": 0.75, "page": 1.0, "language": 1.0}

#: Measured when the bumbag half was read (97 quotations, 51 non-quotations); QUOTES_VERSION 81. Its misses left:
#: quotations not found: "The minutes record one official as calling the permits “…”, and state that the ministry
#: would “…”" (2), « Selon un document consulté par …, le ministère … a arrêté une ligne simple : il « … » », "Our
#: charter says it in one line: “…”"; wrong people: "“…,” she said" after a deputy head whose first name the
#: lists do not hold, given the woman named before her; "Madam President, Minister SURNAME, you told this
#: conference" kept as the surname two ministers share; speakers left empty: a fisheries minister's surname
#: after "no relation to" his namesake (nobody, on purpose), "She said to me" and "She told us in French" in
#: interview answers, « prévient la ministre » after « La ministre SURNAME », the role before the words and the
#: name in the sentence after, "In 2035 I wrote … that “…”", « Comme je le disais lundi », "Our spokesperson
#: NAME … added"; organisations: a company's own "our" and « du groupe » (3), a body's document or voice as the
#: source (4), a right-of-reply box's heading (2), a cooperative by its French name or its place (2), a ministry
#: given no State, "a forestry officer from STATE", those that follow (docs/quotes.md).
BUMBAG_PINNED = {"precision": 1.0, "recall": 0.95, "speaker_named": 0.85, "speaker_empty": 1.0,
                 "organisation": 0.78, "page": 1.0, "language": 1.0}

#: carryall after round 45 (read on QUOTES_VERSION 81, fixed for 82). Misses left: a paper's title in a programme
#: table's column, which the PDF's layout breaks into lines (the one non-quotation); quotations missed, a body as
#: the source: "what its discussion paper calls “…”", « les travaux de l'Institut …, qui recommande « … » », «
#: BODY parle d'un « … » » in a glossary; the name given where nobody is named: "She noted that her Institute's
#: 2037 bulletin had already warned that “…”"; speakers left empty: "described hearing as “…”" and « a qualifié
#: l'ouïe … de « … » » in a communiqué recalling a president's words, "What I said on Monday, that “…”" in an
#: interview's answer, a surname named in full only in another document (2), an ambassador's remarks quoting a
#: worker over two paragraphs, an interview's headline, a wire's headline "SURNAME: “…”", "NAME (BODY) asked, in
#: French, about …: « … »"; organisations: those that follow, a State for an institute in parentheses (3), the
#: institute's French name (2), « Sa fondation » read as a body, unnamed officials whose State the sentence gives
#: (2), a dépêche's speaker given its publisher (3), a body's declaration or conclusion as the source (3), the
#: discussant "in a personal capacity", "Ravensworth told reporters" given the publisher (docs/quotes.md).
CARRYALL_PINNED = {"precision": 0.99, "recall": 0.97, "speaker_named": 0.89, "speaker_empty": 0.97,
                   "organisation": 0.76, "page": 1.0, "language": 1.0}

#: dittybag after round 46 (read on QUOTES_VERSION 82, fixed for 83). Misses left: non-quotations: a statute's words
#: after the verb of the law that holds them (« l'article … punit le fait de vendre un spécimen « … » », "the offence
#: …: to have moved protected specimens “…”") (2), a campaign's slogan in its second language (1); quotations
#: missed: a reader's verbatim signed « — FIRST NAME, TOWN » (3), a body as the source (« a diffusé un communiqué
#: estimant que … « … » », "The Secretariat's report calls … “…”", "submitted that the Ambresse Convention “…”", «
#: demande aux Parties de faire … « … » ») (4), "submitted … that « … »", "by asking delegates to “…”", "“…”,
#: prosecutors told the High Court", a live blog's ‘…’ in single marks (4); the name given where nobody is named: «
#: Bazar Kalmo assure que » (a body's two-word name read as a person's) and "The Minister submitted …. She argued
#: that “…”" given to a Justice named in the list of the bench; speakers left empty: counsel right after the
#: table naming the bench, « Le gérant a répondu qu'il … », a witness's "he replied", a closing speech over a page
#: break, an interview's headline, « Je leur ai dit : “…” » in an interview's answer; organisations: those that
#: follow, counsel for the party they act for ("counsel for X", « avocate de X ») (8), the judge or « la
#: présidente » for the court (5), a law firm partner for her firm (2), « le gérant de la société », an unnamed
#: spokesperson or a party's written case (5), a State for its office or its official (4) (docs/quotes.md).
DITTYBAG_PINNED = {"precision": 0.96, "recall": 0.89, "speaker_named": 0.86, "speaker_empty": 0.94,
                   "organisation": 0.74, "page": 1.0, "language": 1.0}

#: pouch after round 47 (read on QUOTES_VERSION 83, fixed for 85). Misses left: the quotation missed: "which the
#: Kaskilo Institute summarised as showing that “…”" (a body as the source in a relative clause); the speaker left
#: empty: a policy brief's answer to "SURNAME … had asked what …. “…,” she said", the one asked named only by surname
#: paragraphs before; organisations: unnamed officials by the adjective of a State the kit never names ("A Tuulimaan
#: diplomat") (2), "our" in a round table's panellist's turn read as the publisher's (2), the moderator's body given
#: on another page, « notre adjoint au maire » in a reader's letter read as the publisher's, a nurse's town of work
#: read as her body, "one of our district road engineers" in a minister's statement, and the one that follows the
#: empty speaker (docs/quotes.md).
POUCH_PINNED = {"precision": 1.0, "recall": 0.99, "speaker_named": 0.98, "speaker_empty": 1.0,
                "organisation": 0.91, "page": 1.0, "language": 1.0}

#: tote after round 48 (read on QUOTES_VERSION 83, fixed for 85). Misses left: speakers left empty: the first person
#: of a field diary signed « Par NAME » (« une phrase que je recopie : « … » »), an interview under « Entretien —
#: NAME » with answers opened by a dash (its headline and two of the interviewee's « je le redis : « … » ») and «
#: Oui, grâce à FIRST NAME. Il m'a dit : « … » » in one of its answers, a first name alone called on the telephone
#: under a new heading of the diary, « Quant au ministre SURNAME, il m'a assuré que « … » », "X's ambassador …
#: chaired by Ambassador NAME … “…”, she said" under the heading "SURNAME: “…”", a statement read over two
#: paragraphs (« le colonel a ensuite lu une déclaration, dont voici les extraits : »), "Her name is FIRST NAME …
#: She told me: “…”"; organisations: those that follow, the director of civil protection for his State (4), the
#: interviewee's network for its guide and one of its watchers (2), « coordonnateur humanitaire pour le Qollaya »
#: for his office, a guest's "our own technical note" in a phone-in, « Notre reporter NAME … écrit NAME », «
#: une source proche du ministère de l'Intérieur qollayen » (docs/quotes.md).
TOTE_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.89, "speaker_empty": 1.0,
               "organisation": 0.81, "page": 1.0, "language": 1.0}

#: scrip after round 49 (read on QUOTES_VERSION 86). Misses left: wrong people: two men in one paragraph where the
#: words' content (« Nos nouveaux satellites … », a company's) or a pluperfect (« avait-il lancé quelques minutes plus
#: tôt », before his successor spoke) points to the one named first (2), « Mme SURNAME, qui coordonnera le futur
#: réseau, m'a confié » in a minister's statement, named in full only in another document's project team table;
#: speakers left empty: a namesake met "— no relation —" (on purpose), « …, sourit le président du Syndicat des
#: pêcheurs de X » after the sentence naming him, a head of delegation's "« … », he said" in a newsletter,
#: "Friends, when I took this job I said that “…”" in a speech; the quotation missed: a body's report after a colon;
#: organisations: a minister's portfolio for her State (2), a body's words by a pronoun or "The society wrote that"
#: (2), a minister's statement quoting her ministry (2), those that follow (6), seven of one each (docs/quotes.md).
SCRIP_PINNED = {"precision": 1.0, "recall": 0.98, "speaker_named": 0.89, "speaker_empty": 1.0,
                "organisation": 0.80, "page": 1.0, "language": 1.0}

#: wallet after round 50 (read on QUOTES_VERSION 88, fixed for 89 to 92): its wrong names, then its empty speakers,
#: non-quotations and organisations (docs/quotes.md, "Round 50"). Left: one speaker empty (a wire's "Varsenne's
#: housing minister told the meeting" the kit names elsewhere), two two-word fragments missed, six organisations.
WALLET_PINNED = {"precision": 0.99, "recall": 0.97, "speaker_named": 0.98, "speaker_empty": 0.99,
                 "organisation": 0.93, "page": 1.0, "language": 0.99}

#: purse after round 51 (read on QUOTES_VERSION 92, fixed for 93 and 94): its three wrong names, its eight
#: quotations missed and thirteen organisations. Left: six speakers empty, one non-quotation, sixteen organisations (docs/quotes.md,
#: "Round 51").
PURSE_PINNED = {"precision": 0.99, "recall": 0.99, "speaker_named": 0.91, "speaker_empty": 0.99,
                "organisation": 0.86, "page": 1.0, "language": 0.99}

#: pocket after round 52 (read on QUOTES_VERSION 94, fixed for 95): its towns, carers and meeting given as bodies,
#: a lawyer's client, "our colleague", "the company", a transcript's turns run together, a minister's aside and the
#: letter he reads out, a company read as a person. Left: three quotations missed (a reader's question, a
#: neighbour's words inside a carer's, a speech over paragraphs with single quotes inside), one non-quotation, three
#: speakers empty and sixteen organisations (docs/quotes.md, "Round 52").
POCKET_PINNED = {"precision": 0.97, "recall": 0.97, "speaker_named": 0.95, "speaker_empty": 1.0,
                 "organisation": 0.85, "page": 1.0, "language": 1.0}

#: sachet after round 53 (read on QUOTES_VERSION 95, fixed for 96): a club's coach and captain, "Club captain NAME",
#: "Coach NAME", a steward in a "when" clause, a family from a town. Left: two speakers empty (a captain's words an
#: interviewee reports, a French statement over two paragraphs after « Puis elle a conclu ») and eleven
#: organisations (a coach the kit ties to his club only in a complement, a panel's chair and members, a club's
#: unnamed lawyer, « Selon un membre du Secrétariat ») (docs/quotes.md, "Round 53").
SACHET_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.95, "speaker_empty": 1.0,
                 "organisation": 0.84, "page": 1.0, "language": 1.0}

#: billfold after round 54 (read on QUOTES_VERSION 96, fixed for 97): headlines repeated below as a person's line, a
#: treaty's secretariat named with a possessive, a plant or a town one works at, the State another document's role
#: gives, a column's headline under its heading, a role under a headline naming its holder. Left: four speakers (a
#: bike courier the words fit, a minister's words reported by surname, a Secretariat's summary's delegate, a
#: resident's words over three paragraphs) and twelve organisations (docs/quotes.md, "Round 54").
BILLFOLD_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.94, "speaker_empty": 1.0,
                   "organisation": 0.89, "page": 1.0, "language": 1.0}

#: poke after round 55 (read on QUOTES_VERSION 97; its letters read out fixed for 98, the rest for 99): an
#: interviewee's body and people, the line in our headline, a hospital centre, a trade's town, a coroner's court, a
#: summary's President, a column's comma-closed quotation, a reader's signature. Left: one wrong name (a pronoun the
#: truth gives by what the words are about) and one organisation (docs/quotes.md, "Round 55, second part").
POKE_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.98, "speaker_empty": 1.0,
               "organisation": 0.98, "page": 1.0, "language": 1.0}

#: etui after round 56 (measured once on QUOTES_VERSION 99, read and fixed for 100): where a minister spoke, a
#: hospital service's head, an interview titled with its topic, namesakes told apart, a chat export's lines, a
#: reading list's year in the next sentence, a demand in a few words. Left: a deputy's assembly, an advice "of"
#: a professor repeated by a doctor, a quarry worker's company by its one word, a chat's "as we agreed" with no
#: sender's body (docs/quotes.md, "Round 56").
ETUI_PINNED = {"precision": 0.99, "recall": 1.0, "speaker_named": 0.98, "speaker_empty": 1.0,
               "organisation": 0.95, "page": 1.0, "language": 1.0}

#: half -> (its pinned figures, the most non-quotations it may report). The speaker and organisation pins of 30
#: halves were lowered at QUOTES_VERSION 85, when "pronoun 0.65" began to leave its speaker empty: those halves
#: had been tuned until this way read them right, and the rule was checked on four halves nobody had tuned on
#: (docs/quotes.md, "Checked on `dittybag`, `pouch`, `tote` and `scrip`").
PINNED = {"blind": (BLIND_PINNED, 1), "aside": (ASIDE_PINNED, 0), "kept": (KEPT_PINNED, 0),
          "reserve": (RESERVE_PINNED, 0), "withheld": (WITHHELD_PINNED, 2), "shelved": (SHELVED_PINNED, 0),
          "untouched": (UNTOUCHED_PINNED, 0), "closed": (CLOSED_PINNED, 2), "unread": (UNREAD_PINNED, 2),
          "hidden": (HIDDEN_PINNED, 0), "spare": (SPARE_PINNED, 2), "vault": (VAULT_PINNED, 1),
          "cellar": (CELLAR_PINNED, 0), "attic": (ATTIC_PINNED, 0), "locker": (LOCKER_PINNED, 0),
          "pantry": (PANTRY_PINNED, 1), "larder": (LARDER_PINNED, 0), "cupboard": (CUPBOARD_PINNED, 0),
          "drawer": (DRAWER_PINNED, 0), "trunk": (TRUNK_PINNED, 0), "chest": (CHEST_PINNED, 0),
          "crate": (CRATE_PINNED, 0), "hamper": (HAMPER_PINNED, 0), "coffer": (COFFER_PINNED, 1),
          "casket": (CASKET_PINNED, 0), "satchel": (SATCHEL_PINNED, 1), "hatbox": (HATBOX_PINNED, 0),
          "valise": (VALISE_PINNED, 0), "holdall": (HOLDALL_PINNED, 0),
          "duffel": (DUFFEL_PINNED, 2), "rucksack": (RUCKSACK_PINNED, 1), "kitbag": (KITBAG_PINNED, 0),
          "pannier": (PANNIER_PINNED, 0), "carpetbag": (CARPETBAG_PINNED, 0),
          "haversack": (HAVERSACK_PINNED, 1), "knapsack": (KNAPSACK_PINNED, 1),
          "portmanteau": (PORTMANTEAU_PINNED, 0), "musette": (MUSETTE_PINNED, 2),
          "gladstone": (GLADSTONE_PINNED, 0), "reticule": (RETICULE_PINNED, 1), "bindle": (BINDLE_PINNED, 0),
          "dillybag": (DILLYBAG_PINNED, 3), "sporran": (SPORRAN_PINNED, 2),
          "pochette": (POCHETTE_PINNED, 3), "sabretache": (SABRETACHE_PINNED, 0),
          "saddlebag": (SADDLEBAG_PINNED, 0), "gripsack": (GRIPSACK_PINNED, 0),
          "bumbag": (BUMBAG_PINNED, 0), "carryall": (CARRYALL_PINNED, 1), "dittybag": (DITTYBAG_PINNED, 3),
          "pouch": (POUCH_PINNED, 0), "tote": (TOTE_PINNED, 0), "scrip": (SCRIP_PINNED, 0),
          "wallet": (WALLET_PINNED, 0), "purse": (PURSE_PINNED, 1), "pocket": (POCKET_PINNED, 1),
          "sachet": (SACHET_PINNED, 0), "billfold": (BILLFOLD_PINNED, 0),
          "poke": (POKE_PINNED, 0), "etui": (ETUI_PINNED, 0)}


@pytest.mark.parametrize("half", PINNED)
def test_spent_half_is_kept_where_its_misses_were_fixed(half, tmp_path_factory):
    """Each spent half, measured as tools/measure_quotes.py measures it, stays at or above the figures it
    had once its misses were read and fixed, and reports no more non-quotations than it did then."""
    pinned, most_non_quotes = PINNED[half]
    fig, tally = _measure_half(half, tmp_path_factory.mktemp(f"spent-{half}"))
    low = {k: round(fig[k], 3) for k, v in pinned.items() if fig[k] < v}
    assert not low and fig["non_quotes"] <= most_non_quotes, (low, tally.misses)
