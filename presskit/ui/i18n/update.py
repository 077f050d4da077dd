#!/usr/bin/env python3
"""Refresh the viewer's translations: lupdate -> fill French from FR below -> lrelease.

    python presskit/ui/i18n/update.py

``presskit_fr.ts`` is the translators' file (open it in Qt Linguist); this script keeps what is in it
and fills only messages still unfinished from :data:`FR`. ``presskit_en.qm`` carries only English
plural forms ("1 document" / "2 documents") for messages written with ``%n``.
Needs ``pyside6-lupdate`` and ``pyside6-lrelease`` (shipped with pyside6-essentials).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent

#: French for every source string of the viewer. A tuple gives the singular and plural forms.
FR: dict[str, str | tuple[str, str]] = {
    # photos
    "Photo: {0}": "Photo : {0}",
    "Credit unknown": "Crédit inconnu",
    "Photo gallery": "Galerie de photos",
    "Photo": "Photo",
    "Photo credit": "Crédit photo",
    "Photo caption": "Légende de la photo",
    "Fit": "Ajuster",
    "Fit the photo to the window": "Ajuster la photo à la fenêtre",
    "100 %": "100 %",
    "Show the photo at its actual size": "Afficher la photo en taille réelle",
    "This photo cannot be shown: {0}": "Impossible d’afficher cette photo : {0}",
    "Opening the photo…": "Ouverture de la photo…",
    # dates, kinds, languages
    "No date": "Sans date",
    "Day {0} · {1}": "Jour {0} · {1}",
    "Press release": "Communiqué de presse",
    "Statement": "Déclaration",
    "Newsletter": "Bulletin",
    "Analysis": "Analyse",
    "Summary": "Synthèse",
    "Fact sheet": "Fiche d’information",
    "Briefing": "Note d’information",
    "Media contacts": "Contacts presse",
    "Other": "Autre",
    "English": "anglais",
    "French": "français",
    "Spanish": "espagnol",
    "Arabic": "arabe",
    "Russian": "russe",
    "Chinese": "chinois",
    "German": "allemand",
    "Unknown language": "langue inconnue",
    # kit info
    "Published by": "Publié par",
    "In this kit": "Dans ce dossier",
    "Languages:": "Langues :",
    "On the web": "Sur le web",
    "Clicking a link copies its address; this laptop may be offline, so nothing is opened.":
        "Cliquer sur un lien copie son adresse ; cet ordinateur est peut-être hors ligne, rien n’est donc ouvert.",
    "Files left out": "Fichiers écartés",
    "Publisher": "Éditeur",
    "Publisher: {0}": "Éditeur : {0}",
    "%n document(s)": ("%n document", "%n documents"),
    "%n photo(s)": ("%n photo", "%n photos"),
    "%n page(s)": ("%n page", "%n pages"),
    "%n page(s) match": ("%n page correspond", "%n pages correspondent"),
    "%n item(s)": ("%n élément", "%n éléments"),
    # find bar and reader
    "Find:": "Rechercher :",
    "Find in document": "Rechercher dans le document",
    "Find in this document": "Rechercher dans ce document",
    "Previous": "Précédent",
    "Previous match (Shift+F3)": "Occurrence précédente (Maj+F3)",
    "Next": "Suivant",
    "Next match (F3)": "Occurrence suivante (F3)",
    "Close": "Fermer",
    "Close the find bar (Esc)": "Fermer la barre de recherche (Échap)",
    "Zoom out (Ctrl+Minus)": "Zoom arrière (Ctrl+Moins)",
    "Zoom in (Ctrl+Plus)": "Zoom avant (Ctrl+Plus)",
    "Fit width": "Pleine largeur",
    "Fit the page width to the window": "Ajuster la largeur de la page à la fenêtre",
    "Fit page": "Page entière",
    "Show whole pages": "Afficher des pages entières",
    "Page": "Page",
    "Page number": "Numéro de page",
    "◀ Previous": "◀ Précédent",
    "Previous hit (Shift+F3)": "Résultat précédent (Maj+F3)",
    "Next ▶": "Suivant ▶",
    "Next hit (F3)": "Résultat suivant (F3)",
    "Find…": "Rechercher…",
    "Find in this document (Ctrl+F)": "Rechercher dans ce document (Ctrl+F)",
    "Web links": "Liens web",
    "Web addresses in this document": "Adresses web citées dans ce document",
    "About this kit": "À propos de ce dossier",
    "No kit open": "Aucun dossier ouvert",
    "Open a kit with File › Open kit… (Ctrl+O).": "Ouvrez un dossier avec Fichier › Ouvrir un dossier… (Ctrl+O).",
    "scanned: no searchable text": "numérisé : pas de texte cherchable",
    "The file {0} is missing from the kit.": "Le fichier {0} manque dans le dossier.",
    "This file cannot be read: {0}": "Impossible de lire ce fichier : {0}",
    "Read in {0}": "Lire en {0}",
    "Web links ({0})": "Liens web ({0})",
    "of {0}": "sur {0}",
    "Hit {0} of {1}": "Résultat {0} sur {1}",
    "Document text": "Texte du document",
    "PDF document": "Document PDF",
    "This PDF is protected by a password; presskit cannot show it yet.":
        "Ce PDF est protégé par un mot de passe ; presskit ne peut pas encore l’afficher.",
    "This PDF cannot be opened: {0}": "Impossible d’ouvrir ce PDF : {0}",
    "Copy": "Copier",
    "Select the page's text": "Sélectionner le texte de la page",
    "Select the sentence of the hit": "Sélectionner la phrase du résultat",
    # list pane
    "Documents and search results": "Documents et résultats",
    "Search the kit (Ctrl+K)": "Rechercher dans le dossier (Ctrl+K)",
    "Search the kit": "Rechercher dans le dossier",
    "How to search: phrases, OR, -word, prefix*, kind:, lang:":
        "Comment chercher : expressions, OR, -mot, préfixe*, kind:, lang:",
    "Search syntax help": "Aide sur la recherche",
    "Filter by kind": "Filtrer par type",
    "Filter by language": "Filtrer par langue",
    "Filter by date": "Filtrer par date",
    "<h3>No kit is open</h3><p>Use <b>File › Open kit…</b> (Ctrl+O) or drop a kit folder on this window.</p>":
        "<h3>Aucun dossier ouvert</h3><p>Utilisez <b>Fichier › Ouvrir un dossier…</b> (Ctrl+O) "
        "ou déposez un dossier de presse sur cette fenêtre.</p>",
    "<h3>Nothing here</h3><p>No document matches these filters.</p>":
        "<h3>Rien ici</h3><p>Aucun document ne correspond à ces filtres.</p>",
    "All kinds": "Tout type",
    "“{0}” (no such kind)": "« {0} » (type inconnu)",
    "“{0}” (no such language)": "« {0} » (langue inconnue)",
    "All languages": "Toute langue",
    "All dates": "Toute date",
    "<h3>Search is not ready</h3><p>The kit's search index is being built; results will appear when it is done. "
    "You can browse meanwhile.</p>":
        "<h3>La recherche n’est pas prête</h3><p>L’index du dossier est en cours de construction ; les résultats "
        "apparaîtront ensuite. Vous pouvez parcourir le dossier en attendant.</p>",
    "<h3>Search is not ready</h3><p>{0}</p>": "<h3>La recherche n’est pas prête</h3><p>{0}</p>",
    "Searching…": "Recherche…",
    "Listing the documents…": "Affichage des documents…",
    "Search is not available": "La recherche n’est pas disponible",
    "That search did not work": "Cette recherche n’a pas abouti",
    "p. {0}": "p. {0}",
    "Page {0}": "Page {0}",
    "did you mean <a href='suggest:{0}'>{1}</a>?": "vouliez-vous dire <a href='suggest:{0}'>{1}</a> ?",
    "Check the spelling, or use fewer words.": "Vérifiez l’orthographe, ou utilisez moins de mots.",
    "Accents and word endings do not matter: <i>desarmement</i> finds <i>désarmement</i>.":
        "Les accents et les terminaisons ne comptent pas : <i>desarmement</i> trouve <i>désarmement</i>.",
    "<a href='clear-filters'>Clear the filters</a> — they may hide results.":
        "<a href='clear-filters'>Effacer les filtres</a> — ils masquent peut-être des résultats.",
    "No documents match “{0}”": "Aucun document ne correspond à « {0} »",
    "Did you mean <a href='suggest:{0}'>{1}</a>?": "Vouliez-vous dire <a href='suggest:{0}'>{1}</a> ?",
    "How to search": "Comment chercher",
    "No results": "Aucun résultat",
    "<h3>Searching the kit</h3><p>Accents, capitals and word endings do not matter: <code>desarmement</code> finds "
    "<i>désarmement</i>, <code>treaties</code> finds <i>treaty</i>.</p><table cellpadding='4'>"
    "<tr><td><code>nuclear ban</code></td><td>both words, anywhere in a page</td></tr>"
    "<tr><td><code>\"nuclear ban\"</code></td><td>the exact phrase (also « … » and “ … ”)</td></tr>"
    "<tr><td><code>ban OR treaty</code></td><td>either word</td></tr>"
    "<tr><td><code>treaty -draft</code></td><td>without the word <i>draft</i></td></tr>"
    "<tr><td><code>disarm*</code></td><td>words starting with <i>disarm</i></td></tr>"
    "<tr><td><code>kind:statement</code></td><td>only statements (also press-release, newsletter, …)</td></tr>"
    "<tr><td><code>lang:fr</code></td><td>only documents in French</td></tr>"
    "<tr><td><code>speaker:diallo</code></td><td>documents by or quoting a speaker</td></tr>"
    "<tr><td><code>title:agenda</code></td><td>a word in the title</td></tr>"
    "<tr><td><code>l'examen</code></td><td>the word itself: also <i>d’examen</i>, <i>examen</i></td></tr>"
    "<tr><td><code>ammunitoin</code></td><td>a misspelt word still finds <i>ammunition</i> (not a word "
    "in capitals, such as <code>ONU</code>: an acronym is searched as typed)</td></tr></table>"
    "<p>Use the Kind, Language and Date lists under the search box to narrow results. Open a result to land on its "
    "page with every hit highlighted; F3 and Shift+F3 step through them.</p>":
        "<h3>Chercher dans le dossier</h3><p>Les accents, les majuscules et les terminaisons ne comptent pas : "
        "<code>desarmement</code> trouve <i>désarmement</i>, <code>traites</code> trouve <i>traité</i>.</p>"
        "<table cellpadding='4'>"
        "<tr><td><code>interdiction nucléaire</code></td><td>les deux mots, n’importe où sur une page</td></tr>"
        "<tr><td><code>\"interdiction nucléaire\"</code></td><td>l’expression exacte (aussi « … » et “ … ”)</td></tr>"
        "<tr><td><code>interdiction OR traité</code></td><td>l’un ou l’autre mot</td></tr>"
        "<tr><td><code>traité -projet</code></td><td>sans le mot <i>projet</i></td></tr>"
        "<tr><td><code>désarm*</code></td><td>les mots qui commencent par <i>désarm</i></td></tr>"
        "<tr><td><code>kind:statement</code></td><td>seulement les déclarations (aussi press-release, newsletter, …)</td></tr>"
        "<tr><td><code>lang:fr</code></td><td>seulement les documents en français</td></tr>"
        "<tr><td><code>speaker:diallo</code></td><td>documents d’un orateur ou qui le citent</td></tr>"
        "<tr><td><code>title:programme</code></td><td>un mot du titre</td></tr>"
        "<tr><td><code>l'examen</code></td><td>le mot lui-même : aussi <i>d’examen</i>, <i>examen</i></td></tr>"
        "<tr><td><code>munitoins</code></td><td>un mot mal orthographié trouve quand même <i>munitions</i> (pas un "
        "mot en capitales, comme <code>ONU</code> : un sigle est cherché tel quel)</td></tr></table>"
        "<p>Les listes Type, Langue et Date sous la zone de recherche affinent les résultats. Un résultat s’ouvre "
        "à sa page, chaque occurrence surlignée ; F3 et Maj+F3 passent de l’une à l’autre.</p>",
    # navigator
    "Navigator": "Navigation",
    "All documents  ({0})": "Tous les documents  ({0})",
    "Photos  ({0})": "Photos  ({0})",
    "By kind": "Par type",
    "Conference days": "Jours de la conférence",
    "Dates": "Dates",
    "By language": "Par langue",
    "Speakers": "Orateurs",
    "Organisations": "Organisations",
    # main window
    "quotes, selection, export, printing and citations": "citations, sélection, export, impression et références",
    "the signature badge and importing updates": "le badge de signature et l’import des mises à jour",
    "Part of presskit could not start: {0}. The rest works.":
        "Une partie de presskit n’a pas pu démarrer : {0}. Le reste fonctionne.",
    "Side panel": "Panneau latéral",
    "Browse": "Parcourir",
    "&Open kit…": "&Ouvrir un dossier…",
    "Open a kit folder or a .presskit file": "Ouvrir un dossier de presse ou un fichier .presskit",
    "Open the &sample kit": "Ouvrir le dossier d’e&xemple",
    "Open &recent": "Ouverts &récemment",
    "&Close document": "&Fermer le document",
    "&Quit": "&Quitter",
    "&Find in document…": "Rec&hercher dans le document…",
    "Find &next": "Occurrence &suivante",
    "Find &previous": "Occurrence &précédente",
    "&Search the kit": "&Chercher dans le dossier",
    "Zoom &in": "Zoom &avant",
    "Zoom &out": "Zoom arr&ière",
    "Fit &width": "Pleine &largeur",
    "Fit &page": "Page &entière",
    "&Full screen": "Plein é&cran",
    "&Language": "&Langue",
    "System default": "Langue du système",
    "&Reset window layout and history…": "&Réinitialiser la fenêtre et l’historique…",
    "&About this kit": "À pr&opos de ce dossier",
    "&Photos": "&Photos",
    "All &documents": "Tous les &documents",
    "Re&build the search index": "Reconstruire l’inde&x de recherche",
    "How to &search": "Comment &chercher",
    "&About presskit": "À &propos de presskit",
    "&File": "&Fichier",
    "&Edit": "É&dition",
    "&View": "&Affichage",
    "&Kit": "D&ossier",
    "&Help": "A&ide",
    "Main toolbar": "Barre d’outils principale",
    "Photos": "Photos",
    "Reset presskit?": "Réinitialiser presskit ?",
    "Forget the window layout, recent kits and where you were in each document? Your kits are not touched.":
        "Oublier la disposition de la fenêtre, les dossiers récents et la position dans chaque document ? "
        "Vos dossiers ne sont pas modifiés.",
    "Window layout and history were reset.": "La fenêtre et l’historique ont été réinitialisés.",
    "Settings were reset": "Réglages réinitialisés",
    "presskit could not read its settings file, so it started with default settings.":
        "presskit n’a pas pu lire son fichier de réglages ; il a démarré avec les réglages par défaut.",
    "The unreadable file was kept as {0}": "Le fichier illisible a été conservé sous {0}",
    "Open a kit folder": "Ouvrir un dossier de presse",
    "Clear the list": "Vider la liste",
    "No recent kits": "Aucun dossier récent",
    "Opening {0}…": "Ouverture de {0}…",
    "This kit cannot be opened.": "Impossible d’ouvrir ce dossier.",
    "presskit": "presskit",
    "Search will be ready when the kit is indexed": "La recherche sera prête une fois le dossier indexé",
    "Indexing…": "Indexation…",
    "Not indexed": "Non indexé",
    "Search unavailable": "Recherche indisponible",
    "search ready": "recherche prête",
    "not indexed": "non indexé",
    "index damaged": "index endommagé",
    "The search index of this kit is damaged. Kit › Rebuild the search index makes a new one on this computer; "
    "you can browse the kit meanwhile.": "L’index de recherche de ce dossier est endommagé. Dossier › Reconstruire "
    "l’index de recherche en crée un nouveau sur cet ordinateur ; vous pouvez parcourir le dossier en attendant.",
    "Preparing the kit for search…": "Préparation du dossier pour la recherche…",
    "Cancel": "Annuler",
    "Indexing": "Indexation",
    "Preparing the kit for search…\n{0}": "Préparation du dossier pour la recherche…\n{0}",
    "The kit is ready to search.": "Le dossier est prêt pour la recherche.",
    "Search is unavailable: the kit could not be indexed": "Recherche indisponible : le dossier n’a pas pu être indexé",
    "The kit could not be indexed for search; you can still browse it.":
        "Le dossier n’a pas pu être indexé ; vous pouvez tout de même le parcourir.",
    "Not indexed: Kit › Rebuild the search index": "Non indexé : Dossier › Reconstruire l’index de recherche",
    "Indexing stopped. Browse the kit, or use Kit › Rebuild the search index to search it.":
        "Indexation arrêtée. Parcourez le dossier, ou utilisez Dossier › Reconstruire l’index de recherche "
        "pour y chercher.",
    "Copied {0} — this laptop may be offline, so presskit does not open links.":
        "{0} copié — cet ordinateur est peut-être hors ligne, presskit n’ouvre donc pas les liens.",
    "About presskit": "À propos de presskit",
    "<h3>presskit {0}</h3><p>Read, search and export a press kit offline.</p><p>presskit never connects to the "
    "network.</p><p>Qt for Python {1} · PyMuPDF · Whoosh</p><p>Licence: AGPL-3.0-or-later.</p>":
        "<h3>presskit {0}</h3><p>Lire, chercher et exporter un dossier de presse hors ligne.</p><p>presskit ne se "
        "connecte jamais au réseau.</p><p>Qt for Python {1} · PyMuPDF · Whoosh</p><p>Licence : AGPL-3.0 ou "
        "ultérieure.</p>",
}


# Strings added by the journalism, trust, desktop, printing and marking features.
FR.update({
    # About presskit, user guide, welcome (desktop.py)
    "Read, search and export a press kit offline.": "Lire, chercher et exporter un dossier de presse hors ligne.",
    "presskit never connects to the network.": "presskit ne se connecte jamais au réseau.",
    "Licence": "Licence",
    "Third-party software": "Logiciels tiers",
    "GNU AGPL v3 (full text)": "GNU AGPL v3 (texte intégral)",
    "presskit is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General "
    "Public License as published by the Free Software Foundation, either version 3 of the License, or (at your "
    "option) any later version (AGPL-3.0-or-later).":
        "presskit est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la "
        "licence publique générale GNU Affero (GNU Affero General Public License) publiée par la Free Software "
        "Foundation, en version 3 ou (à votre choix) toute version ultérieure (AGPL-3.0-or-later).",
    "presskit is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied "
    "warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU Affero General Public License for "
    "more details.":
        "presskit est distribué dans l’espoir qu’il sera utile, mais SANS AUCUNE GARANTIE ; sans même la garantie "
        "implicite de QUALITÉ MARCHANDE ou d’ADÉQUATION À UN USAGE PARTICULIER. Consultez la GNU Affero General "
        "Public License pour plus de détails.",
    "Why the AGPL: presskit reads and renders PDFs with PyMuPDF (MuPDF), which is licensed under the AGPL-3.0. "
    "Whoever passes this app on, for example on a USB stick, must also offer its complete source code under the "
    "same licence.":
        "Pourquoi l’AGPL : presskit lit et affiche les PDF avec PyMuPDF (MuPDF), publié sous licence AGPL-3.0. "
        "Quiconque transmet cette application, par exemple sur une clé USB, doit aussi en proposer le code source "
        "complet sous la même licence.",
    "Qt and Qt for Python are used as shared libraries under the LGPL-3.0: they sit as separate files in the app's "
    "folder and can be replaced by your own build of the same version.":
        "Qt et Qt for Python sont utilisés comme bibliothèques partagées sous licence LGPL-3.0 : ce sont des "
        "fichiers distincts dans le dossier de l’application, que vous pouvez remplacer par votre propre "
        "compilation de la même version.",
    "presskit user guide": "Guide d’utilisation de presskit",
    "Contents": "Sommaire",
    "User guide": "Guide d’utilisation",
    "The user guide is missing from this installation ({0}).": "Le guide d’utilisation manque dans cette installation ({0}).",
    "Copied {0} — presskit does not open web links (this laptop may be offline).":
        "{0} copié — presskit n’ouvre pas les liens web (cet ordinateur est peut-être hors ligne).",
    "That link points outside the user guide.": "Ce lien pointe hors du guide d’utilisation.",
    "Welcome to presskit": "Bienvenue dans presskit",
    "Search": "Chercher",
    "Type in the search box at the top of the list (Ctrl+K). Accents and word endings do not matter: "
    "<i>verification</i> also finds <i>vérification</i>. Put quotation marks around an exact phrase: "
    "<i>\"future crime scene\"</i>.":
        "Tapez dans la zone de recherche en haut de la liste (Ctrl+K). Les accents et les terminaisons ne comptent "
        "pas : <i>verification</i> trouve aussi <i>vérification</i>. Mettez une expression exacte entre "
        "guillemets : <i>\"future scène de crime\"</i>.",
    "Read": "Lire",
    "Click a result: the document opens at the page, with your words highlighted. F3 goes to the next hit. Photos "
    "always show their caption and credit.":
        "Cliquez sur un résultat : le document s’ouvre à la bonne page, vos mots surlignés. F3 passe à "
        "l’occurrence suivante. Les photos s’affichent toujours avec leur légende et leur crédit.",
    "Mark documents and photos with Ctrl+M, then File › Export selection (Ctrl+E): a ZIP, a folder or one PDF, with "
    "the credits.":
        "Cochez des documents et des photos (ou Ctrl+M), puis Fichier › Exporter la sélection (Ctrl+E) : un ZIP, "
        "un dossier ou un seul PDF, avec les crédits.",
    "presskit works offline: nothing you do here goes on the network. Help › User guide explains everything else.":
        "presskit fonctionne hors ligne : rien de ce que vous faites ici ne passe par le réseau. Aide › Guide "
        "d’utilisation explique tout le reste.",
    "Don't show this again": "Ne plus afficher",
    "Open the user guide": "Ouvrir le guide d’utilisation",
    "Start reading": "Commencer la lecture",
    "presskit opens press kits: documents, statements and photos you can read, search and export without a network.":
        "presskit ouvre les dossiers de presse : documents, déclarations et photos à lire, chercher et exporter "
        "sans réseau.",
    "from {0}": "de {0}",
    "{0} and {1}, with their credits.": "{0} et {1}, avec leurs crédits.",
    "{0}, with their credits.": "{0}, avec leurs crédits.",
    "{0}.": "{0}.",
    "&User guide": "&Guide d’utilisation",
    "&Welcome": "&Bienvenue",
    # export dialog
    "Export the selection": "Exporter la sélection",
    ", of which %n photo(s)": (", dont %n photo", ", dont %n photos"),
    "Export as:": "Exporter sous forme de :",
    "ZIP archive: the files by kind, CREDITS.txt, index.html":
        "Archive ZIP : les fichiers classés par type, CREDITS.txt, index.html",
    "Folder: the same, unpacked (e.g. onto a USB stick)": "Dossier : la même chose, décompressée (par ex. sur une clé USB)",
    "One PDF: cover, contents, bookmarks, photos with credits":
        "Un seul PDF : couverture, sommaire, signets, photos avec leurs crédits",
    "Export to": "Exporter vers",
    "Choose…": "Choisir…",
    "To:": "Vers :",
    "Print each photo's credit in a white strip under the image":
        "Imprimer le crédit de chaque photo dans une bande blanche sous l’image",
    "Export": "Exporter",
    "Export into which folder?": "Exporter dans quel dossier ?",
    "ZIP archives (*.zip)": "Archives ZIP (*.zip)",
    "PDF documents (*.pdf)": "Documents PDF (*.pdf)",
    "Choose where to export to.": "Choisissez où exporter.",
    "The folder {0} already exists and is not empty. Choose a new folder name.":
        "Le dossier {0} existe déjà et n’est pas vide. Choisissez un autre nom de dossier.",
    "\n… and %n more": ("\n… et %n autre", "\n… et %n autres"),
    "Photos without a credit": "Photos sans crédit",
    "%n photo(s) have no known credit:": ("%n photo n’a pas de crédit connu :", "%n photos n’ont pas de crédit connu :"),
    "Export them anyway? Check with the publisher before using them.":
        "Les exporter quand même ? Vérifiez auprès de l’éditeur avant de les utiliser.",
    "Not exported. Unmark those photos, or export anyway.":
        "Rien n’a été exporté. Décochez ces photos, ou exportez quand même.",
    "Exporting…": "Exportation…",
    "Stopping…": "Arrêt en cours…",
    "Exporting… {0}": "Exportation… {0}",
    "Exported %n item(s) to {0}.": ("%n élément exporté vers {0}.", "%n éléments exportés vers {0}."),
    "Warnings:": "Avertissements :",
    "Export again": "Exporter à nouveau",
    "The export failed: {0}": "L’exportation a échoué : {0}",
    "Export cancelled; nothing was written.": "Exportation annulée ; rien n’a été écrit.",
    # import update
    "Import &update…": "Importer une &mise à jour…",
    "Apply a day's update pack (.presskit) from the kit's publisher":
        "Appliquer la mise à jour du jour (.presskit) fournie par l’éditeur du dossier",
    "Import an update": "Importer une mise à jour",
    "presskit updates (*.presskit)": "Mises à jour presskit (*.presskit)",
    "This update cannot be read.": "Impossible de lire cette mise à jour.",
    "%n new item(s)": ("%n nouvel élément", "%n nouveaux éléments"),
    "%n changed item(s)": ("%n élément modifié", "%n éléments modifiés"),
    "%n removed item(s)": ("%n élément retiré", "%n éléments retirés"),
    "an unnamed publisher": "un éditeur sans nom",
    "signed by {0}": "signée par {0}",
    "NOT signed": "NON signée",
    "Update for “{0}”, {1}: {2}.": "Mise à jour de « {0} », {1} : {2}.",
    "no new items": "aucun nouvel élément",
    "Import update": "Importer la mise à jour",
    "presskit checks that it comes from the same publisher as this kit before changing anything.":
        "presskit vérifie qu’elle vient du même éditeur que ce dossier avant de modifier quoi que ce soit.",
    "Applying the update…": "Application de la mise à jour…",
    "Applying the update: {0}": "Application de la mise à jour : {0}",
    "The update was not applied; the kit is unchanged.": "La mise à jour n’a pas été appliquée ; le dossier est inchangé.",
    "This update cannot be applied; the kit is unchanged.": "Cette mise à jour ne peut pas être appliquée ; le dossier est inchangé.",
    "signed by {0}\nKey fingerprint: {1}": "signée par {0}\nEmpreinte de la clé : {1}",
    "NOT signed: nothing shows where it comes from": "NON signée : rien ne montre d’où elle vient",
    "Update for “{0}”, {1}.": "Mise à jour de « {0} », {1}.",
    "Removed": "Retirés",
    "{0} ({1}):": "{0} ({1}) :",
    "… and {0} more (Show Details)": "… et {0} de plus (Afficher les détails)",
    "It changes no document.": "Elle ne modifie aucun document.",
    "NEW": "NOUVEAU",
    "CHANGED": "MODIFIÉ",
    "REMOVED": "RETIRÉ",
    "presskit checked that it comes from the same publisher as this kit and is newer; the list above is what applying it does.":
        "presskit a vérifié qu’elle vient du même éditeur que ce dossier et qu’elle est plus récente ; la liste "
        "ci-dessus est exactement ce que son application fera.",
    "This update is already applied; nothing to do.": "Cette mise à jour est déjà appliquée ; rien à faire.",
    "⚠ Signed with another key than when you last opened it":
        "⚠ Signé avec une autre clé qu’à votre dernière ouverture",
    "⚠ No longer signed, though it was when you last opened it":
        "⚠ Plus signé, alors qu’il l’était à votre dernière ouverture",
    "When you last opened this kit here, it was signed with the key {0}. {1}":
        "À votre dernière ouverture de ce dossier ici, il était signé avec la clé {0}. {1}",
    # selection, export, print, citations (journalism.py, selection.py, printing.py)
    "Selected": "Sélection",
    "Quotes": "Citations",
    "&Export selection…": "&Exporter la sélection…",
    "&Print…": "&Imprimer…",
    "Print selectio&n…": "Imprimer la sé&lection…",
    "Copy with &citation": "C&opier avec la source",
    "Copy the selected text or quotation with its source": "Copier le texte ou la citation choisis avec leur source",
    "Citation st&yle": "St&yle de référence",
    "News (“…,” said …)": "Presse (« … », a déclaré …)",
    "Bibliographic (MLA-like)": "Bibliographique (proche MLA)",
    "&Mark for export": "&Cocher pour l’export",
    "Add the selected documents or photos to the selection, or remove them":
        "Ajouter à la sélection les documents ou photos choisis, ou les en retirer",
    "Select all &listed items": "Sélectionner tout ce qui est &listé",
    "Add every document or photo the list shows (e.g. all search results) to the selection":
        "Ajouter à la sélection tous les documents et photos de la liste (par ex. tous les résultats d’une recherche)",
    "Show the selection": "Afficher la sélection",
    "&Quotations": "Ci&tations",
    "%n selected": ("%n sélectionné", "%n sélectionnés"),
    "Selected ({0})": "Sélection ({0})",
    "%n item(s) added to the selection": ("%n élément ajouté à la sélection", "%n éléments ajoutés à la sélection"),
    "%n item(s) removed from the selection": ("%n élément retiré de la sélection",
                                              "%n éléments retirés de la sélection"),
    "Mark documents or photos first (Ctrl+M).": "Cochez d’abord des documents ou des photos (Ctrl+M).",
    "Exported to {0}": "Exporté vers {0}",
    "Open a document to print it.": "Ouvrez un document pour l’imprimer.",
    "This document cannot be printed.": "Impossible d’imprimer ce document.",
    "The selection cannot be printed.": "Impossible d’imprimer la sélection.",
    "Copied the quotation with its citation.": "Citation copiée avec sa source.",
    "Select some text in a document, or a quotation, first.":
        "Sélectionnez d’abord du texte dans un document, ou une citation.",
    "Copied with its citation.": "Copié avec sa source.",
    "Copied the photo's caption and credit with its source.": "Légende et crédit de la photo copiés avec leur source.",
    "Copy with citation": "Copier avec la source",
    "Selected documents and photos": "Documents et photos sélectionnés",
    "Export…": "Exporter…",
    "Print…": "Imprimer…",
    "Clear": "Vider",
    "Unmark everything": "Tout décocher",
    "%n item(s) selected": ("%n élément sélectionné", "%n éléments sélectionnés"),
    " (%n photo(s))": (" (%n photo)", " (%n photos)"),
    "Nothing selected. Tick the box of a document or photo (or press Space or Ctrl+M on it), or use Kit › Select "
    "all listed items after a search.":
        "Rien n’est sélectionné. Cochez la case d’un document ou d’une photo (ou appuyez sur Espace ou Ctrl+M), "
        "ou utilisez Dossier › Sélectionner tout ce qui est listé après une recherche.",
    "Print {0}": "Imprimer {0}",
    "Printing…": "Impression…",
    "Preparing the selection for printing…": "Préparation de la sélection pour l’impression…",
    # quotes
    "Search quotations": "Chercher dans les citations",
    "Filter by speaker": "Filtrer par orateur",
    "Filter by organisation": "Filtrer par organisation",
    "Quotations": "Citations",
    "Open a kit to see its quotations (File › Open kit…, Ctrl+O).":
        "Ouvrez un dossier de presse pour voir ses citations (Fichier › Ouvrir un dossier…, Ctrl+O).",
    "Quotations appear when the kit is ready to search.":
        "Les citations apparaissent quand le dossier est prêt pour la recherche.",
    "Loading quotations…": "Chargement des citations…",
    "All speakers": "Tous les orateurs",
    "All organisations": "Toutes les organisations",
    "unattributed": "sans attribution",
    "(attributed to the document)": "(attribuée au document)",
    "(read from a pronoun; check the sentence)": "(déduit d’un pronom ; vérifiez la phrase)",
    "%n quotation(s)": ("%n citation", "%n citations"),
    "No quotation matches.": "Aucune citation ne correspond.",
    "Open at this quotation": "Ouvrir à cette citation",
    # the Quotes view (quotes_view.py)
    "‹ Documents": "‹ Documents",
    "Back to the documents (Esc)": "Retour aux documents (Échap)",
    "Search the words of the quotations": "Chercher dans les mots des citations",
    "Filter by language": "Filtrer par langue",
    "Filter by day": "Filtrer par jour",
    "Speaker": "Orateur",
    "Organisation": "Organisation",
    "Language": "Langue",
    "Day": "Jour",
    "All languages": "Toutes les langues",
    "All days": "Tous les jours",
    "Check who said it (Space)": "Vérifier qui l’a dit (Espace)",
    "Open at the page (Enter)": "Ouvrir à la page (Entrée)",
    "Copy with citation (Ctrl+Shift+C)": "Copier avec la source (Ctrl+Maj+C)",
    "(the organisation is the source)": "(l’organisation est la source)",
    "Speaker not stated in the text": "Auteur des propos non indiqué dans le texte",
    "named in the sentence": "nommé dans la phrase",
    "a pronoun for the person the paragraph introduces": "un pronom désignant la personne que le paragraphe présente",
    "a pronoun for someone an earlier paragraph names, not given as the speaker":
        "un pronom désignant une personne qu’un paragraphe précédent nomme, non retenue comme auteur des propos",
    "(a pronoun for someone named earlier; check the sentence)":
        "(un pronom désignant une personne nommée plus haut ; vérifiez la phrase)",
    "named in a heading": "nommé dans un titre",
    "an organisation is the source": "une organisation est la source",
    "the text does not name who spoke": "le texte ne nomme pas qui a parlé",
    "the text does not say; the document is the source": "le texte ne le dit pas ; le document est la source",
    "who spoke cannot be told from the text": "le texte ne permet pas de dire qui a parlé",
    "How the speaker is known: {0} (confidence {1} %)": "Comment on sait qui parle : {0} (confiance {1} %)",
    "No quotation matches: change the words or the filters.":
        "Aucune citation ne correspond : changez les mots ou les filtres.",
    "No sentence of the text names who spoke.": "Aucune phrase du texte ne nomme qui a parlé.",
    "The whole quotation:": "La citation entière :",
    "Open at the page": "Ouvrir à la page",
    "Check who said it": "Vérifier qui l’a dit",
    "Choose a quotation first.": "Choisissez d’abord une citation.",
    # signature badge and "New" panel
    "Checking signature…": "Vérification de la signature…",
    "presskit is checking who signed this kit.": "presskit vérifie qui a signé ce dossier.",
    "✔ Signed by {0} — checking files {1}%": "✔ Signé par {0} — vérification des fichiers {1} %",
    "✔ Signed by {0}": "✔ Signé par {0}",
    "✔ Signed by {0} — checking files…": "✔ Signé par {0} — vérification des fichiers…",
    "Signed by {0}.\nKey fingerprint: {1}": "Signé par {0}.\nEmpreinte de la clé : {1}",
    "Unsigned": "Non signé",
    "⚠ Unsigned, files changed": "⚠ Non signé, fichiers modifiés",
    "Nobody vouches for where this kit comes from.": "Personne ne garantit la provenance de ce dossier.",
    "⚠ Modified after signing: {0}": "⚠ Modifié après signature : {0}",
    "⚠ Bad signature": "⚠ Signature invalide",
    "The check is still running.": "La vérification est en cours.",
    "Key fingerprint: {0}": "Empreinte de la clé : {0}",
    "Changed": "Modifiés",
    "Missing": "Manquants",
    "Not in the manifest (never shown)": "Absents du manifeste (jamais affichés)",
    "%n file(s) checked ({0:.1f} MB) in {1:.1f} s.": ("%n fichier vérifié ({0:.1f} Mo) en {1:.1f} s.",
                                                     "%n fichiers vérifiés ({0:.1f} Mo) en {1:.1f} s."),
    "Files are still being checked.": "Les fichiers sont encore en cours de vérification.",
    "Signature": "Signature",
    "New": "Nouveau",
    "New (%n)": ("Nouveautés (%n)", "Nouveautés (%n)"),
    "%n item(s) new or changed since you last opened this kit.":
        ("%n élément nouveau ou modifié depuis votre dernière ouverture de ce dossier.",
         "%n éléments nouveaux ou modifiés depuis votre dernière ouverture de ce dossier."),
    # files left out, passwords
    "protected by a password": "protégé par un mot de passe",
    "damaged": "endommagé",
    "empty": "vide",
    "not a kind of file presskit reads": "type de fichier que presskit ne lit pas",
    "too big": "trop volumineux",
    "could not be read": "illisible",
    "took too long to read": "lecture trop longue",
    "needed too much memory to read": "lecture trop gourmande en mémoire",
    "made the reader crash": "a fait planter la lecture",
    "These files are in the kit but could not be read, so they are not listed or searchable.":
        "Ces fichiers sont dans le dossier mais n’ont pas pu être lus : ils ne sont ni listés ni cherchables.",
    "Open it with its password": "L’ouvrir avec son mot de passe",
    "and %n more": ("et %n autre", "et %n autres"),
    "This PDF": "Ce PDF",
    "That password is not right, so “{0}” stays closed.":
        "Ce mot de passe n’est pas le bon : « {0} » reste fermé.",
    "Try another password…": "Essayer un autre mot de passe…",
    "“{0}” is protected by a password.": "« {0} » est protégé par un mot de passe.",
    "Enter the password…": "Saisir le mot de passe…",
    "Password needed": "Mot de passe requis",
    "“{0}” is protected by a password. Enter it to read the document:":
        "« {0} » est protégé par un mot de passe. Saisissez-le pour lire le document :",
    "That password is not right. Try again, or ask the kit's publisher for it.":
        "Ce mot de passe n’est pas le bon. Réessayez, ou demandez-le à l’éditeur du dossier.",
    "Open": "Ouvrir",
    # opening kits
    "<h3>No kit is open</h3><p>Use <b>File › Open kit…</b> (Ctrl+O) or drop a kit file or folder on this "
    "window.</p>":
        "<h3>Aucun dossier ouvert</h3><p>Utilisez <b>Fichier › Ouvrir un dossier…</b> (Ctrl+O) ou déposez un "
        "fichier ou un dossier de presse sur cette fenêtre.</p>",
    "Open a kit file (.presskit)": "Ouvrir un fichier de dossier de presse (.presskit)",
    "Open kit &folder…": "Ouvrir un dossier &décompressé…",
    "Open a kit that is a folder": "Ouvrir un dossier de presse décompressé dans un répertoire",
    "Kit file (*.presskit)": "Fichier de dossier de presse (*.presskit)",
    "Kit folder manifest (manifest.json)": "Manifeste d’un dossier décompressé (manifest.json)",
    "All files (*)": "Tous les fichiers (*)",
    "Open a kit": "Ouvrir un dossier de presse",
    # scanned pages (OCR) and Word/OpenDocument files
    "Text recognised from a scan — check against the page before quoting":
        "Texte reconnu par OCR — vérifiez-le sur la page avant de citer",
    "Scanned page whose text could not be recognised: search does not find its words":
        "Page numérisée dont le texte n’a pas pu être reconnu : la recherche ne trouve pas ses mots",
    "About this page": "À propos de cette page",
    "%n scanned": ("%n numérisée", "%n numérisées"),
    "Page {0}": "Page {0}",
    "Section {0}": "Section {0}",
})


# the library on the start page (presskit/ui/library.py)
FR.update({
    "Unsigned": "Non signé",
    "Changed after signing": "Modifié après signature",
    "Signature fails": "Signature invalide",
    "Not checked": "Non vérifié",
    "Signed": "Signé",
    "Signed by {0}": "Signé par {0}",
    "%n document(s)": ("%n document", "%n documents"),
    "%n kit(s) in your library": ("%n dossier dans votre bibliothèque", "%n dossiers dans votre bibliothèque"),
    "%n not found (drive not plugged in)": ("%n introuvable (support non branché)",
                                            "%n introuvables (support non branché)"),
    "%n kit(s) added.": ("%n dossier ajouté.", "%n dossiers ajoutés."),
    "from %n kit(s)": ("dans %n dossier", "dans %n dossiers"),
    "Your library": "Votre bibliothèque",
    "&Library": "&Bibliothèque",
    "Your kits, one search across them, and what is new":
        "Vos dossiers, une recherche dans tous, et les nouveautés",
    "(not found: plug in its drive)": "(introuvable : branchez son support)",
    "Search every kit of your library": "Rechercher dans tous les dossiers de votre bibliothèque",
    "Save search…": "Enregistrer la recherche…",
    "Be told what is new for this search when a kit or an update arrives":
        "Être averti des nouveautés pour cette recherche quand un dossier ou une mise à jour arrive",
    "Kit": "Dossier",
    "Organisation": "Organisation",
    "What is new for your saved searches": "Nouveautés de vos recherches enregistrées",
    "Kits in your library": "Dossiers de votre bibliothèque",
    "Results from every kit": "Résultats de tous les dossiers",
    "Add kits from a folder or USB stick…": "Ajouter depuis un répertoire ou une clé USB…",
    "Add a kit file…": "Ajouter un fichier de dossier…",
    "Remove from library": "Retirer de la bibliothèque",
    "The kit's files are not touched": "Les fichiers du dossier ne sont pas modifiés",
    "All kits": "Tous les dossiers",
    "All organisations": "Toutes les organisations",
    "Add the kits of a folder or USB stick": "Ajouter les dossiers d’un répertoire ou d’une clé USB",
    "Add a kit file": "Ajouter un fichier de dossier",
    "Press kits (*.presskit manifest.json)": "Dossiers de presse (*.presskit manifest.json)",
    "Looking for kits…": "Recherche de dossiers…",
    "Save search": "Enregistrer la recherche",
    "Name of the saved search:": "Nom de la recherche enregistrée :",
    "Your library is empty. Open a kit, drop one here, or add the kits of a folder or USB stick: they stay "
    "listed and are searched together.":
        "Votre bibliothèque est vide. Ouvrez un dossier, déposez-en un ici, ou ajoutez les dossiers d’un "
        "répertoire ou d’une clé USB : ils restent listés et sont cherchés ensemble.",
    "Type a search first, then save it.": "Tapez d’abord une recherche, puis enregistrez-la.",
    "%n new": ("%n nouveau", "%n nouveaux"),
    "%n new for {0}": ("%n nouveauté pour {0}", "%n nouveautés pour {0}"),
    "no kit found there": "aucun dossier trouvé à cet endroit",
    "Removed “{0}” from your library; its files were not touched.":
        "« {0} » a été retiré de votre bibliothèque ; ses fichiers n’ont pas été modifiés.",
    "Not added: {0}": "Non ajoutés : {0}",
    "No documents match.": "Aucun document ne correspond.",
    "Did you mean {0}?": "Vouliez-vous dire {0} ?",
    "No kit of your library can be searched: add a kit, or plug in the stick it is on.":
        "Aucun dossier de votre bibliothèque ne peut être consulté : ajoutez un dossier, ou branchez la clé qui le porte.",
    "Add a letter: too many words match {0}.": "Ajoutez une lettre : trop de mots correspondent à {0}.",
    "“{0}” could be more than one kind ({1}): type more of it.":
        "« {0} » peut désigner plusieurs types ({1}) : tapez-en davantage.",
    "“{0}” could be more than one language ({1}): type more of it.":
        "« {0} » peut désigner plusieurs langues ({1}) : tapez-en davantage.",
    "“{0}” is not a kind of document. Kinds: {1}.": "« {0} » n’est pas un type de document. Types : {1}.",
    "“{0}” is not a language presskit knows. Languages: {1}.":
        "« {0} » n’est pas une langue que presskit connaît. Langues : {1}.",
    "Nothing to search for: add a word that is not an operator or punctuation.":
        "Rien à chercher : ajoutez un mot qui ne soit ni un opérateur ni de la ponctuation.",
    "Indexing {0} ({1}/{2})…": "Indexation de {0} ({1}/{2})…",
    "the library of kits and its search": "la bibliothèque de dossiers et sa recherche",
})


sys.path.insert(0, str(HERE))
from fr_viewer import FR_VIEWER  # noqa: E402 - the main window's own strings

FR.update(FR_VIEWER)


def plural_en(source: str) -> tuple[str, str]:
    """English forms of a '%n thing(s)' source: ('1 thing', '2 things')."""
    return (re.sub(r"\((?:e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source))


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def fill(ts: Path, lang: str) -> tuple[int, int]:
    tree = ET.parse(ts)
    total = done = 0
    for msg in tree.getroot().iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        total += 1
        if lang == "en":
            if not numerus:
                continue  # English strings are the source; only plurals need a translation
            forms = plural_en(src)
        else:
            finished = tr.get("type") is None and (
                (tr.text or "").strip() or any((f.text or "").strip() for f in tr.findall("numerusform")))
            if finished:  # a translator's work (Linguist, or an earlier run) is never overwritten
                done += 1
                continue
            forms = FR.get(src)
            if forms is None:
                continue
        for child in list(tr):
            tr.remove(child)
        if numerus:
            tr.text = None
            fs = forms if isinstance(forms, tuple) else (forms, forms)
            for f in fs:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = forms if isinstance(forms, str) else forms[0]
        tr.attrib.pop("type", None)
        done += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, total


def main() -> int:
    sources = sorted(str(p) for p in UI.rglob("*.py") if "i18n" not in p.parts)
    for lang in ("fr", "en"):
        ts = HERE / f"presskit_{lang}.ts"
        run(["pyside6-lupdate", *sources, "-no-obsolete", "-target-language", lang, "-ts", str(ts)])
        done, total = fill(ts, lang)
        run(["pyside6-lrelease", str(ts), "-qm", str(HERE / f"presskit_{lang}.qm")])
        print(f"{lang}: {done}/{total} messages translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
