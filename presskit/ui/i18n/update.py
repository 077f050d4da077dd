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
    "All kinds": "Tous les types",
    "All languages": "Toutes les langues",
    "All dates": "Toutes les dates",
    "<h3>Search is not ready</h3><p>The kit's search index is being built; results will appear when it is done. "
    "You can browse meanwhile.</p>":
        "<h3>La recherche n’est pas prête</h3><p>L’index du dossier est en cours de construction ; les résultats "
        "apparaîtront ensuite. Vous pouvez parcourir le dossier en attendant.</p>",
    "Searching…": "Recherche…",
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
    "<tr><td><code>title:agenda</code></td><td>a word in the title</td></tr></table>"
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
        "<tr><td><code>title:programme</code></td><td>un mot du titre</td></tr></table>"
        "<p>Les listes Type, Langue et Date sous la zone de recherche affinent les résultats. Un résultat s’ouvre "
        "à sa page, chaque occurrence surlignée ; F3 et Maj+F3 passent de l’une à l’autre.</p>",
    # navigator
    "Navigator": "Navigation",
    "All documents  ({0})": "Tous les documents  ({0})",
    "Photos  ({0})": "Photos  ({0})",
    "By kind": "Par type",
    "Conference days": "Jours de la conférence",
    "By language": "Par langue",
    "Speakers": "Orateurs",
    "Organisations": "Organisations",
    # main window
    "Side panel": "Panneau latéral",
    "Browse": "Parcourir",
    "&Open kit…": "&Ouvrir un dossier…",
    "Open a kit folder or a .presskit file": "Ouvrir un dossier de presse ou un fichier .presskit",
    "Open the &sample kit": "Ouvrir le dossier d’&exemple",
    "Open &recent": "Ouverts &récemment",
    "&Close document": "&Fermer le document",
    "&Quit": "&Quitter",
    "&Find in document…": "&Rechercher dans le document…",
    "Find &next": "Occurrence &suivante",
    "Find &previous": "Occurrence &précédente",
    "&Search the kit": "&Chercher dans le dossier",
    "Zoom &in": "Zoom &avant",
    "Zoom &out": "Zoom a&rrière",
    "Fit &width": "Pleine &largeur",
    "Fit &page": "Page &entière",
    "&Full screen": "Plein é&cran",
    "&Language": "&Langue",
    "System default": "Langue du système",
    "&Reset window layout and history…": "&Réinitialiser la fenêtre et l’historique…",
    "&About this kit": "À &propos de ce dossier",
    "&Photos": "&Photos",
    "All &documents": "Tous les &documents",
    "Re&build the search index": "Re&construire l’index de recherche",
    "How to &search": "Comment &chercher",
    "&About presskit": "À &propos de presskit",
    "&File": "&Fichier",
    "&Edit": "É&dition",
    "&View": "&Affichage",
    "&Kit": "&Dossier",
    "&Help": "&Aide",
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
    "search ready": "recherche prête",
    "not indexed": "non indexé",
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
            if tr.get("type") not in ("unfinished", None) and (tr.text or tr.findall("numerusform")):
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
