"""French for the main window's day-long work: start page, history, keyboard, briefing packs, side by side.

Read by ``update.py`` (merged into its ``FR`` table); kept apart so that features translated by
different people do not edit the same lines.
"""

FR_VIEWER: dict[str, str | tuple[str, str]] = {
    # undo, briefing packs
    "&Undo": "&Annuler",
    "&Redo": "&Rétablir",
    "Briefing pac&ks": "Dossiers de &briefing",
    "Briefing packs": "Dossiers de briefing",
    "That pack holds nothing this kit still has.": "Ce dossier de briefing ne contient plus rien de ce dossier de presse.",
    "Mark %n item(s)": ("Marquer %n élément", "Marquer %n éléments"),
    "Unmark %n item(s)": ("Démarquer %n élément", "Démarquer %n éléments"),
    "Clear the selection": "Vider la sélection",
    "Save the pack “{0}”": "Enregistrer le dossier de briefing « {0} »",
    "Open the pack “{0}”": "Ouvrir le dossier de briefing « {0} »",
    "Delete the pack “{0}”": "Supprimer le dossier de briefing « {0} »",
    "Unmark everything (Edit › Undo brings it back)": "Tout démarquer (Édition › Annuler le rétablit)",
    "Keep this selection under a name, or reopen one kept before":
        "Garder cette sélection sous un nom, ou rouvrir une sélection gardée",
    "&Save the selection as a pack…": "&Enregistrer la sélection comme dossier de briefing…",
    "{0} (%n item(s))": ("{0} (%n élément)", "{0} (%n éléments)"),
    "&Open (replaces the selection)": "&Ouvrir (remplace la sélection)",
    "&Add to the selection": "&Ajouter à la sélection",
    "&Export…": "E&xporter…",
    "&Delete": "&Supprimer",
    "No packs kept yet": "Aucun dossier de briefing pour l’instant",
    "Save a briefing pack": "Enregistrer un dossier de briefing",
    "Name of this briefing pack (%n item(s)):":
        ("Nom de ce dossier de briefing (%n élément) :", "Nom de ce dossier de briefing (%n éléments) :"),
    "Briefing pack {0}": "Dossier de briefing {0}",
    "Save": "Enregistrer",
    # opening kits, start page
    "Open a kit folder or file": "Ouvrir un dossier de presse (dossier ou fichier)",
    "Kits (*.presskit manifest.json)": "Dossiers de presse (*.presskit manifest.json)",
    "Recent kits": "Dossiers récents",
    "(not found)": "(introuvable)",
    "This kit cannot be opened; the kit you were reading stays open.":
        "Ce dossier ne peut pas être ouvert ; le dossier que vous lisiez reste ouvert.",
    "Read, search and export press kits — offline.": "Lire, chercher et exporter des dossiers de presse — hors ligne.",
    "Open the sample kit": "Ouvrir le dossier d’exemple",
    "Open a kit folder or file…": "Ouvrir un dossier de presse…",
    "A kit folder, or a .presskit file (Ctrl+O)": "Un dossier de presse décompressé, ou un fichier .presskit (Ctrl+O)",
    "Or drop a kit folder or a .presskit file anywhere on this window.":
        "Ou déposez un dossier de presse ou un fichier .presskit n’importe où sur cette fenêtre.",
    "Kits you open will be listed here.": "Les dossiers que vous ouvrez apparaîtront ici.",
    "Show details": "Afficher les détails",
    "Hide details": "Masquer les détails",
    "There is nothing called “{0}” at that place: it may have been moved, renamed or be on a drive that is "
    "not plugged in.":
        "Il n’y a rien qui s’appelle « {0} » à cet endroit : il a peut-être été déplacé, renommé, ou se trouve "
        "sur un disque qui n’est pas branché.",
    "“{0}” was made by a newer presskit: install a newer presskit to read it.":
        "« {0} » a été fait par un presskit plus récent : installez un presskit plus récent pour le lire.",
    "“{0}” is damaged or is not a press kit: copy it again from where you got it, or ask its publisher for a new copy.":
        "« {0} » est endommagé ou n’est pas un dossier de presse : copiez-le à nouveau depuis sa source, ou "
        "demandez-en une nouvelle copie à son éditeur.",
    "Publishers: pack the kit again with 'presskit pack'.":
        "Éditeurs : refaites le fichier du dossier avec « presskit pack ».",
    "“{0}” is a folder but not a press kit: it has no list of contents (manifest.json).":
        "« {0} » est un répertoire mais pas un dossier de presse : il n’a pas de liste de contenu (manifest.json).",
    "Publishers: build the kit from this folder with 'presskit build'.":
        "Éditeurs : construisez le dossier à partir de ce répertoire avec « presskit build ».",
    "“{0}” is damaged: its list of contents cannot be read. Ask its publisher for a new copy.":
        "« {0} » est endommagé : sa liste de contenu est illisible. Demandez-en une nouvelle copie à son éditeur.",
    "Publishers: rebuild the kit with 'presskit build'.": "Éditeurs : reconstruisez le dossier avec « presskit build ».",
    "“{0}” is not a press kit: a kit is a folder with a manifest.json, or a .presskit file.":
        "« {0} » n’est pas un dossier de presse : un dossier est un répertoire avec un manifest.json, ou un "
        "fichier .presskit.",
    "&Clear the list": "&Vider la liste",
    "Show the &selection": "Afficher la &sélection",
    "Close the guide": "Fermer le guide",
    # filters
    "Speaker: {0}": "Orateur : {0}",
    "Organisation: {0}": "Organisation : {0}",
    "show all": "tout afficher",
    # history, keyboard, side by side
    "&Back": "&Précédent",
    "Fit wi&dth": "Pleine &largeur",
    "Fit pa&ge": "Page &entière",
    "Lang&uage": "Lan&gue",
    "Back to the previous document, page or search (Alt+Left)":
        "Revenir au document, à la page ou à la recherche précédente (Alt+Gauche)",
    "For&ward": "Sui&vant",
    "Forward again (Alt+Right)": "Avancer de nouveau (Alt+Droite)",
    "&Side by side with the translation": "Côte à côte avec la &traduction",
    "The document and its translation in two panes, scrolled together":
        "Le document et sa traduction dans deux volets qui défilent ensemble",
    "&Next pane": "Volet suiva&nt",
    "&Previous pane": "Volet précé&dent",
    "&Leave full screen": "&Quitter le plein écran",
    "Side by side": "Côte à côte",
    "The translation beside this document (Ctrl+T)": "La traduction à côté de ce document (Ctrl+T)",
    "The translation, as a PDF": "La traduction, en PDF",
    "The translation": "La traduction",
    # the library: what sets apart kits of one title (a "dossier" is a kit: a folder is a "répertoire")
    "published by {0}": "publié par {0}",
    "built {0}": "construit le {0}",
    "folder {0}": "répertoire {0}",
    "file {0}": "fichier {0}",
    "untitled": "sans titre",
    "no dates": "sans dates",
    "no publisher named": "éditeur non nommé",
    "no build date": "date de construction inconnue",
}
