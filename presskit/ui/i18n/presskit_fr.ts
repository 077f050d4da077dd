<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../desktop.py" line="95" />
      <source>About presskit</source>
      <extracomment>(component, what presskit uses it for, licence) - shown in About and kept in step with NOTICE.</extracomment>
      <translation>À propos de presskit</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="106" />
      <source>Read, search and export a press kit offline.</source>
      <translation>Lire, chercher et exporter un dossier de presse hors ligne.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="108" />
      <source>presskit never connects to the network.</source>
      <translation>presskit ne se connecte jamais au réseau.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="118" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="119" />
      <source>Third-party software</source>
      <translation>Logiciels tiers</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="125" />
      <source>GNU AGPL v3 (full text)</source>
      <translation>GNU AGPL v3 (texte intégral)</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="143" />
      <source>presskit is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (AGPL-3.0-or-later).</source>
      <translation>presskit est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU Affero (GNU Affero General Public License) publiée par la Free Software Foundation, en version 3 ou (à votre choix) toute version ultérieure (AGPL-3.0-or-later).</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="147" />
      <source>presskit is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU Affero General Public License for more details.</source>
      <translation>presskit est distribué dans l’espoir qu’il sera utile, mais SANS AUCUNE GARANTIE ; sans même la garantie implicite de QUALITÉ MARCHANDE ou d’ADÉQUATION À UN USAGE PARTICULIER. Consultez la GNU Affero General Public License pour plus de détails.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="150" />
      <source>Why the AGPL: presskit reads and renders PDFs with PyMuPDF (MuPDF), which is licensed under the AGPL-3.0. Whoever passes this app on, for example on a USB stick, must also offer its complete source code under the same licence.</source>
      <translation>Pourquoi l’AGPL : presskit lit et affiche les PDF avec PyMuPDF (MuPDF), publié sous licence AGPL-3.0. Quiconque transmet cette application, par exemple sur une clé USB, doit aussi en proposer le code source complet sous la même licence.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="166" />
      <source>Qt and Qt for Python are used as shared libraries under the LGPL-3.0: they sit as separate files in the app's folder and can be replaced by your own build of the same version.</source>
      <translation>Qt et Qt for Python sont utilisés comme bibliothèques partagées sous licence LGPL-3.0 : ce sont des fichiers distincts dans le dossier de l’application, que vous pouvez remplacer par votre propre compilation de la même version.</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <location filename="../labels.py" line="71" />
      <source>No date</source>
      <translation>Sans date</translation>
    </message>
    <message>
      <location filename="../labels.py" line="130" />
      <source>Day {0} · {1}</source>
      <extracomment>A day in lists of days: the weekday helps at a conference; the year is added when the days span several years (a kit of background papers from 1998 to 2022 listed "Wed 14 Oct" with no year). Longest span of dates still read as one meeting's days (a conference with its run-up).</extracomment>
      <translation>Jour {0} · {1}</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../export_dialog.py" line="52" />
      <source>Export the selection</source>
      <translation>Exporter la sélection</translation>
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="58" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n élément</numerusform>
        <numerusform>%n éléments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="58" />
      <source>, of which %n photo(s)</source>
      <translation>
        <numerusform>, dont %n photo</numerusform>
        <numerusform>, dont %n photos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="78" />
      <source>Export as:</source>
      <translation>Exporter sous forme de :</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="82" />
      <source>ZIP archive: the files by kind, CREDITS.txt, index.html</source>
      <translation>Archive ZIP : les fichiers classés par type, CREDITS.txt, index.html</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="83" />
      <source>Folder: the same, unpacked (e.g. onto a USB stick)</source>
      <translation>Dossier : la même chose, décompressée (par ex. sur une clé USB)</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="84" />
      <source>One PDF: cover, contents, bookmarks, photos with credits</source>
      <translation>Un seul PDF : couverture, sommaire, signets, photos avec leurs crédits</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="97" />
      <location filename="../export_dialog.py" line="150" />
      <source>Export to</source>
      <translation>Exporter vers</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="98" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="100" />
      <source>To:</source>
      <translation>Vers :</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="64" />
      <source>Print each photo's credit in a white strip under the image</source>
      <translation>Imprimer le crédit de chaque photo dans une bande blanche sous l’image</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="117" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="144" />
      <source>Export into which folder?</source>
      <translation>Exporter dans quel dossier ?</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="149" />
      <source>ZIP archives (*.zip)</source>
      <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="149" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="170" />
      <source>Choose where to export to.</source>
      <translation>Choisissez où exporter.</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="176" />
      <source>The folder {0} already exists and is not empty. Choose a new folder name.</source>
      <translation>Le dossier {0} existe déjà et n’est pas vide. Choisissez un autre nom de dossier.</translation>
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="182" />
      <source>
… and %n more</source>
      <translation>
        <numerusform>
… et %n autre</numerusform>
        <numerusform>
… et %n autres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="183" />
      <source>Photos without a credit</source>
      <translation>Photos sans crédit</translation>
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="184" />
      <source>%n photo(s) have no known credit:</source>
      <translation>
        <numerusform>%n photo n’a pas de crédit connu :</numerusform>
        <numerusform>%n photos n’ont pas de crédit connu :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="185" />
      <source>Export them anyway? Check with the publisher before using them.</source>
      <translation>Les exporter quand même ? Vérifiez auprès de l’éditeur avant de les utiliser.</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="186" />
      <source>Not exported. Unmark those photos, or export anyway.</source>
      <translation>Rien n’a été exporté. Décochez ces photos, ou exportez quand même.</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="197" />
      <source>Exporting…</source>
      <translation>Exportation…</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="212" />
      <source>Stopping…</source>
      <translation>Arrêt en cours…</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="220" />
      <source>Exporting… {0}</source>
      <translation>Exportation… {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="232" />
      <source>Exported %n item(s) to {0}.</source>
      <translation>
        <numerusform>%n élément exporté vers {0}.</numerusform>
        <numerusform>%n éléments exportés vers {0}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="234" />
      <source>Warnings:</source>
      <translation>Avertissements :</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="236" />
      <source>Export again</source>
      <translation>Exporter à nouveau</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="237" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="247" />
      <source>The export failed: {0}</source>
      <translation>L’exportation a échoué : {0}</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="256" />
      <source>Export cancelled; nothing was written.</source>
      <translation>Exportation annulée ; rien n’a été écrit.</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../findbar.py" line="36" />
      <source>Find:</source>
      <translation>Rechercher :</translation>
    </message>
    <message>
      <location filename="../findbar.py" line="38" />
      <source>Find in document</source>
      <translation>Rechercher dans le document</translation>
    </message>
    <message>
      <location filename="../findbar.py" line="39" />
      <source>Find in this document</source>
      <translation>Rechercher dans ce document</translation>
    </message>
    <message>
      <location filename="../findbar.py" line="43" />
      <source>Previous</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <location filename="../findbar.py" line="43" />
      <source>Previous match (Shift+F3)</source>
      <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
      <location filename="../findbar.py" line="44" />
      <source>Next</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <location filename="../findbar.py" line="44" />
      <source>Next match (F3)</source>
      <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
      <location filename="../findbar.py" line="45" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../findbar.py" line="45" />
      <source>Close the find bar (Esc)</source>
      <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
  </context>
  <context>
    <name>ImportUpdate</name>
    <message>
      <location filename="../importupdate.py" line="32" />
      <source>Import &amp;update…</source>
      <extracomment>How many items the confirmation names in its text (all of them are in its details).</extracomment>
      <translation>Importer une &amp;mise à jour…</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="34" />
      <source>Apply a day's update pack (.presskit) from the kit's publisher</source>
      <translation>Appliquer la mise à jour du jour (.presskit) fournie par l’éditeur du dossier</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="49" />
      <source>Import an update</source>
      <translation>Importer une mise à jour</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="50" />
      <source>presskit updates (*.presskit)</source>
      <translation>Mises à jour presskit (*.presskit)</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="65" />
      <source>This update cannot be applied; the kit is unchanged.</source>
      <translation>Cette mise à jour ne peut pas être appliquée ; le dossier est inchangé.</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="70" />
      <source>signed by {0}
Key fingerprint: {1}</source>
      <translation>signée par {0}
Empreinte de la clé : {1}</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="73" />
      <source>NOT signed: nothing shows where it comes from</source>
      <translation>NON signée : rien ne montre d’où elle vient</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="74" />
      <source>Update for “{0}”, {1}.</source>
      <translation>Mise à jour de « {0} », {1}.</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="75" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="75" />
      <source>Changed</source>
      <translation>Modifiés</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="76" />
      <source>Removed</source>
      <translation>Retirés</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="78" />
      <source>{0} ({1}):</source>
      <translation>{0} ({1}) :</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="81" />
      <source>… and {0} more (Show Details)</source>
      <translation>… et {0} de plus (Afficher les détails)</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="83" />
      <source>It changes no document.</source>
      <translation>Elle ne modifie aucun document.</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="87" />
      <source>NEW</source>
      <translation>NOUVEAU</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="87" />
      <source>CHANGED</source>
      <translation>MODIFIÉ</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="87" />
      <source>REMOVED</source>
      <translation>RETIRÉ</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="95" />
      <source>presskit checked that it comes from the same publisher as this kit and is newer; the list above is what applying it does.</source>
      <translation>presskit a vérifié qu’elle vient du même éditeur que ce dossier et qu’elle est plus récente ; la liste ci-dessus est exactement ce que son application fera.</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="101" />
      <source>This update is already applied; nothing to do.</source>
      <translation>Cette mise à jour est déjà appliquée ; rien à faire.</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="70" />
      <source>an unnamed publisher</source>
      <translation>un éditeur sans nom</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="91" />
      <source>Import update</source>
      <translation>Importer la mise à jour</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="105" />
      <source>Applying the update…</source>
      <translation>Application de la mise à jour…</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="105" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="120" />
      <source>Applying the update: {0}</source>
      <translation>Application de la mise à jour : {0}</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="140" />
      <source>The update was not applied; the kit is unchanged.</source>
      <translation>La mise à jour n’a pas été appliquée ; le dossier est inchangé.</translation>
    </message>
  </context>
  <context>
    <name>JournalistTools</name>
    <message>
      <location filename="../journalism.py" line="45" />
      <location filename="../journalism.py" line="166" />
      <source>Selected</source>
      <translation>Sélection</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="94" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="96" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="105" />
      <source>&amp;Export selection…</source>
      <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="108" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="118" />
      <source>Copy with &amp;citation</source>
      <translation>C&amp;opier avec la source</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="119" />
      <source>Copy the selected text or quotation with its source</source>
      <translation>Copier le texte ou la citation choisis avec leur source</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="120" />
      <source>Citation st&amp;yle</source>
      <translation>St&amp;yle de référence</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="123" />
      <source>News (“…,” said …)</source>
      <translation>Presse (« … », a déclaré …)</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="123" />
      <source>Bibliographic (MLA-like)</source>
      <translation>Bibliographique (proche MLA)</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="134" />
      <source>&amp;Mark for export</source>
      <translation>&amp;Cocher pour l’export</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="135" />
      <source>Add the selected documents or photos to the selection, or remove them</source>
      <translation>Ajouter à la sélection les documents ou photos choisis, ou les en retirer</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="136" />
      <source>Select all &amp;listed items</source>
      <translation>Sélectionner tout ce qui est &amp;listé</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="137" />
      <source>Add every document or photo the list shows (e.g. all search results) to the selection</source>
      <translation>Ajouter à la sélection tous les documents et photos de la liste (par ex. tous les résultats d’une recherche)</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="139" />
      <source>Show the &amp;selection</source>
      <translation>Afficher la &amp;sélection</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="111" />
      <source>Print selectio&amp;n…</source>
      <translation>Imprimer la sé&amp;lection…</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="140" />
      <source>Briefing pac&amp;ks</source>
      <translation>Dossiers de &amp;briefing</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="142" />
      <source>&amp;Quotations</source>
      <translation>Ci&amp;tations</translation>
    </message>
    <message numerus="yes">
      <location filename="../journalism.py" line="165" />
      <source>%n selected</source>
      <translation>
        <numerusform>%n sélectionné</numerusform>
        <numerusform>%n sélectionnés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../journalism.py" line="166" />
      <source>Selected ({0})</source>
      <translation>Sélection ({0})</translation>
    </message>
    <message numerus="yes">
      <location filename="../journalism.py" line="195" />
      <location filename="../journalism.py" line="207" />
      <source>%n item(s) added to the selection</source>
      <translation>
        <numerusform>%n élément ajouté à la sélection</numerusform>
        <numerusform>%n éléments ajoutés à la sélection</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../journalism.py" line="196" />
      <source>%n item(s) removed from the selection</source>
      <translation>
        <numerusform>%n élément retiré de la sélection</numerusform>
        <numerusform>%n éléments retirés de la sélection</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../journalism.py" line="232" />
      <source>Mark documents or photos first (Ctrl+M).</source>
      <translation>Cochez d’abord des documents ou des photos (Ctrl+M).</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="249" />
      <source>Exported to {0}</source>
      <translation>Exporté vers {0}</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="257" />
      <source>That pack holds nothing this kit still has.</source>
      <translation>Ce dossier de briefing ne contient plus rien de ce dossier de presse.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="266" />
      <source>Open a document to print it.</source>
      <translation>Ouvrez un document pour l’imprimer.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="271" />
      <source>This document cannot be printed.</source>
      <translation>Impossible d’imprimer ce document.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="279" />
      <source>The selection cannot be printed.</source>
      <translation>Impossible d’imprimer la sélection.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="293" />
      <source>Copied the quotation with its citation.</source>
      <translation>Citation copiée avec sa source.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="301" />
      <source>Choose a quotation first.</source>
      <translation>Choisissez d’abord une citation.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="309" />
      <source>Copied the photo's caption and credit with its source.</source>
      <translation>Légende et crédit de la photo copiés avec leur source.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="312" />
      <source>Select some text in a document, or a quotation, first.</source>
      <translation>Sélectionnez d’abord du texte dans un document, ou une citation.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="319" />
      <source>Copied with its citation.</source>
      <translation>Copié avec sa source.</translation>
    </message>
    <message>
      <location filename="../journalism.py" line="323" />
      <location filename="../journalism.py" line="331" />
      <source>Copy with citation</source>
      <translation>Copier avec la source</translation>
    </message>
  </context>
  <context>
    <name>Kinds</name>
    <message>
      <location filename="../labels.py" line="12" />
      <source>Press release</source>
      <translation>Communiqué de presse</translation>
    </message>
    <message>
      <location filename="../labels.py" line="13" />
      <source>Statement</source>
      <translation>Déclaration</translation>
    </message>
    <message>
      <location filename="../labels.py" line="14" />
      <source>Newsletter</source>
      <translation>Bulletin</translation>
    </message>
    <message>
      <location filename="../labels.py" line="15" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../labels.py" line="16" />
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <location filename="../labels.py" line="17" />
      <source>Fact sheet</source>
      <translation>Fiche d’information</translation>
    </message>
    <message>
      <location filename="../labels.py" line="18" />
      <source>Briefing</source>
      <translation>Note d’information</translation>
    </message>
    <message>
      <location filename="../labels.py" line="19" />
      <source>Media contacts</source>
      <translation>Contacts presse</translation>
    </message>
    <message>
      <location filename="../labels.py" line="20" />
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../labels.py" line="21" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
  </context>
  <context>
    <name>KitFileDialog</name>
    <message>
      <location filename="../kitopening.py" line="49" />
      <source>Open a kit folder or file</source>
      <translation>Ouvrir un dossier de presse (dossier ou fichier)</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="52" />
      <source>Kits (*.presskit manifest.json)</source>
      <translation>Dossiers de presse (*.presskit manifest.json)</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="52" />
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="53" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
  </context>
  <context>
    <name>KitInfo</name>
    <message>
      <location filename="../kitinfo.py" line="39" />
      <source>protected by a password</source>
      <translation>protégé par un mot de passe</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="40" />
      <source>damaged</source>
      <translation>endommagé</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="41" />
      <source>empty</source>
      <translation>vide</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="42" />
      <source>not a kind of file presskit reads</source>
      <translation>type de fichier que presskit ne lit pas</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="43" />
      <source>too big</source>
      <translation>trop volumineux</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="44" />
      <source>could not be read</source>
      <translation>illisible</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="45" />
      <source>took too long to read</source>
      <translation>lecture trop longue</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="46" />
      <source>needed too much memory to read</source>
      <translation>lecture trop gourmande en mémoire</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="47" />
      <source>made the reader crash</source>
      <translation>a fait planter la lecture</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="56" />
      <source>Files left out</source>
      <translation>Fichiers écartés</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="57" />
      <source>These files are in the kit but could not be read, so they are not listed or searchable.</source>
      <translation>Ces fichiers sont dans le dossier mais n’ont pas pu être lus : ils ne sont ni listés ni cherchables.</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="59" />
      <source>Open it with its password</source>
      <translation>L’ouvrir avec son mot de passe</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="133" />
      <source>Publisher: {0}</source>
      <translation>Éditeur : {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../kitinfo.py" line="26" />
      <source>and %n more</source>
      <translation>
        <numerusform>et %n autre</numerusform>
        <numerusform>et %n autres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="85" />
      <source>Published by</source>
      <translation>Publié par</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="92" />
      <source>In this kit</source>
      <translation>Dans ce dossier</translation>
    </message>
    <message numerus="yes">
      <location filename="../kitinfo.py" line="20" />
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../kitinfo.py" line="23" />
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n photo</numerusform>
        <numerusform>%n photos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="98" />
      <source>Languages:</source>
      <translation>Langues :</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="102" />
      <source>Media contacts</source>
      <translation>Contacts presse</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="120" />
      <source>On the web</source>
      <translation>Sur le web</translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="121" />
      <source>Clicking a link copies its address; this laptop may be offline, so nothing is opened.</source>
      <translation>Cliquer sur un lien copie son adresse ; cet ordinateur est peut-être hors ligne, rien n’est donc ouvert.</translation>
    </message>
  </context>
  <context>
    <name>KitList</name>
    <message>
      <location filename="../startpage.py" line="103" />
      <source>Recent kits</source>
      <translation>Dossiers récents</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="113" />
      <source>(not found)</source>
      <translation>(introuvable)</translation>
    </message>
  </context>
  <context>
    <name>KitOpening</name>
    <message>
      <location filename="../kitopening.py" line="127" />
      <source>&amp;Clear the list</source>
      <translation>&amp;Vider la liste</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="129" />
      <source>No recent kits</source>
      <translation>Aucun dossier récent</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="142" />
      <source>Opening {0}…</source>
      <translation>Ouverture de {0}…</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="156" />
      <source>This kit cannot be opened; the kit you were reading stays open.</source>
      <translation>Ce dossier ne peut pas être ouvert ; le dossier que vous lisiez reste ouvert.</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="168" />
      <source>presskit</source>
      <translation>presskit</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="198" />
      <source>Search will be ready when the kit is indexed</source>
      <translation>La recherche sera prête une fois le dossier indexé</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="199" />
      <source>Indexing…</source>
      <translation>Indexation…</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="200" />
      <source>Preparing the kit for search…</source>
      <translation>Préparation du dossier pour la recherche…</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="200" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="202" />
      <source>Indexing</source>
      <translation>Indexation</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="217" />
      <source>Preparing the kit for search…
{0}</source>
      <translation>Préparation du dossier pour la recherche…
{0}</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="225" />
      <source>The kit is ready to search.</source>
      <translation>Le dossier est prêt pour la recherche.</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="232" />
      <source>Search is unavailable: the kit could not be indexed</source>
      <translation>Recherche indisponible : le dossier n’a pas pu être indexé</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="233" />
      <source>Search unavailable</source>
      <translation>Recherche indisponible</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="235" />
      <source>The kit could not be indexed for search; you can still browse it.</source>
      <translation>Le dossier n’a pas pu être indexé ; vous pouvez tout de même le parcourir.</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="241" />
      <source>Not indexed: Kit › Rebuild the search index</source>
      <translation>Non indexé : Dossier › Reconstruire l’index de recherche</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="242" />
      <source>Not indexed</source>
      <translation>Non indexé</translation>
    </message>
    <message>
      <location filename="../kitopening.py" line="244" />
      <source>Indexing stopped. Browse the kit, or use Kit › Rebuild the search index to search it.</source>
      <translation>Indexation arrêtée. Parcourez le dossier, ou utilisez Dossier › Reconstruire l’index de recherche pour y chercher.</translation>
    </message>
  </context>
  <context>
    <name>Languages</name>
    <message>
      <location filename="../labels.py" line="24" />
      <source>English</source>
      <translation>anglais</translation>
    </message>
    <message>
      <location filename="../labels.py" line="25" />
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <location filename="../labels.py" line="26" />
      <source>Spanish</source>
      <translation>espagnol</translation>
    </message>
    <message>
      <location filename="../labels.py" line="27" />
      <source>Arabic</source>
      <translation>arabe</translation>
    </message>
    <message>
      <location filename="../labels.py" line="28" />
      <source>Russian</source>
      <translation>russe</translation>
    </message>
    <message>
      <location filename="../labels.py" line="29" />
      <source>Chinese</source>
      <translation>chinois</translation>
    </message>
    <message>
      <location filename="../labels.py" line="30" />
      <source>German</source>
      <translation>allemand</translation>
    </message>
    <message>
      <location filename="../labels.py" line="31" />
      <source>Unknown language</source>
      <translation>langue inconnue</translation>
    </message>
  </context>
  <context>
    <name>LibraryPanel</name>
    <message>
      <location filename="../library.py" line="47" />
      <source>Signed by {0}</source>
      <translation>Signé par {0}</translation>
    </message>
    <message>
      <location filename="../library.py" line="48" />
      <source>Signed</source>
      <translation>Signé</translation>
    </message>
    <message>
      <location filename="../library.py" line="49" />
      <source>Unsigned</source>
      <translation>Non signé</translation>
    </message>
    <message>
      <location filename="../library.py" line="50" />
      <source>Changed after signing</source>
      <translation>Modifié après signature</translation>
    </message>
    <message>
      <location filename="../library.py" line="51" />
      <source>Signature fails</source>
      <translation>Signature invalide</translation>
    </message>
    <message>
      <location filename="../library.py" line="52" />
      <source>Not checked</source>
      <translation>Non vérifié</translation>
    </message>
    <message>
      <location filename="../library.py" line="234" />
      <source>(not found: plug in its drive)</source>
      <translation>(introuvable : branchez son support)</translation>
    </message>
    <message>
      <location filename="../library.py" line="100" />
      <location filename="../library.py" line="101" />
      <source>Search every kit of your library</source>
      <translation>Rechercher dans tous les dossiers de votre bibliothèque</translation>
    </message>
    <message>
      <location filename="../library.py" line="59" />
      <source>published by {0}</source>
      <translation>publié par {0}</translation>
    </message>
    <message>
      <location filename="../library.py" line="60" />
      <source>built {0}</source>
      <translation>construit le {0}</translation>
    </message>
    <message>
      <location filename="../library.py" line="61" />
      <source>folder {0}</source>
      <translation>répertoire {0}</translation>
    </message>
    <message>
      <location filename="../library.py" line="62" />
      <source>file {0}</source>
      <translation>fichier {0}</translation>
    </message>
    <message>
      <location filename="../library.py" line="63" />
      <source>untitled</source>
      <translation>sans titre</translation>
    </message>
    <message>
      <location filename="../library.py" line="63" />
      <source>no dates</source>
      <translation>sans dates</translation>
    </message>
    <message>
      <location filename="../library.py" line="64" />
      <source>no publisher named</source>
      <translation>éditeur non nommé</translation>
    </message>
    <message>
      <location filename="../library.py" line="65" />
      <source>no build date</source>
      <translation>date de construction inconnue</translation>
    </message>
    <message>
      <location filename="../library.py" line="103" />
      <source>Save search…</source>
      <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
      <location filename="../library.py" line="104" />
      <source>Be told what is new for this search when a kit or an update arrives</source>
      <translation>Être averti des nouveautés pour cette recherche quand un dossier ou une mise à jour arrive</translation>
    </message>
    <message>
      <location filename="../library.py" line="110" />
      <source>Kit</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../library.py" line="112" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../library.py" line="120" />
      <source>What is new for your saved searches</source>
      <translation>Nouveautés de vos recherches enregistrées</translation>
    </message>
    <message>
      <location filename="../library.py" line="129" />
      <source>Kits in your library</source>
      <translation>Dossiers de votre bibliothèque</translation>
    </message>
    <message>
      <location filename="../library.py" line="130" />
      <source>Results from every kit</source>
      <translation>Résultats de tous les dossiers</translation>
    </message>
    <message>
      <location filename="../library.py" line="134" />
      <source>Add kits from a folder or USB stick…</source>
      <translation>Ajouter les dossiers d’un répertoire ou d’une clé USB…</translation>
    </message>
    <message>
      <location filename="../library.py" line="135" />
      <source>Add a kit file…</source>
      <translation>Ajouter un fichier de dossier…</translation>
    </message>
    <message>
      <location filename="../library.py" line="136" />
      <source>Remove from library</source>
      <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../library.py" line="137" />
      <source>The kit's files are not touched</source>
      <translation>Les fichiers du dossier ne sont pas modifiés</translation>
    </message>
    <message>
      <location filename="../library.py" line="214" />
      <location filename="../library.py" line="384" />
      <source>All kits</source>
      <translation>Tous les dossiers</translation>
    </message>
    <message>
      <location filename="../library.py" line="218" />
      <source>Your library is empty. Open a kit, drop one here, or add the kits of a folder or USB stick: they stay listed and are searched together.</source>
      <translation>Votre bibliothèque est vide. Ouvrez un dossier, déposez-en un ici, ou ajoutez les dossiers d’un répertoire ou d’une clé USB : ils restent listés et sont cherchés ensemble.</translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="222" />
      <source>%n kit(s) in your library</source>
      <translation>
        <numerusform>%n dossier dans votre bibliothèque</numerusform>
        <numerusform>%n dossiers dans votre bibliothèque</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="224" />
      <source>%n not found (drive not plugged in)</source>
      <translation>
        <numerusform>%n introuvable (support non branché)</numerusform>
        <numerusform>%n introuvables (support non branché)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="242" />
      <source>%n new</source>
      <translation>
        <numerusform>%n nouveau</numerusform>
        <numerusform>%n nouveaux</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../library.py" line="296" />
      <source>Add the kits of a folder or USB stick</source>
      <translation>Ajouter les dossiers d’un répertoire ou d’une clé USB</translation>
    </message>
    <message>
      <location filename="../library.py" line="301" />
      <source>Add a kit file</source>
      <translation>Ajouter un fichier de dossier</translation>
    </message>
    <message>
      <location filename="../library.py" line="302" />
      <source>Press kits (*.presskit manifest.json)</source>
      <translation>Dossiers de presse (*.presskit manifest.json)</translation>
    </message>
    <message>
      <location filename="../library.py" line="308" />
      <source>Looking for kits…</source>
      <translation>Recherche de dossiers…</translation>
    </message>
    <message>
      <location filename="../library.py" line="313" />
      <source>Indexing {0} ({1}/{2})…</source>
      <translation>Indexation de {0} ({1}/{2})…</translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="322" />
      <source>%n kit(s) added.</source>
      <translation>
        <numerusform>%n dossier ajouté.</numerusform>
        <numerusform>%n dossiers ajoutés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../library.py" line="323" />
      <source>Not added: {0}</source>
      <translation>Non ajoutés : {0}</translation>
    </message>
    <message>
      <location filename="../library.py" line="335" />
      <source>Removed “{0}” from your library; its files were not touched.</source>
      <translation>« {0} » a été retiré de votre bibliothèque ; ses fichiers n’ont pas été modifiés.</translation>
    </message>
    <message>
      <location filename="../library.py" line="369" />
      <source>No documents match.</source>
      <translation>Aucun document ne correspond.</translation>
    </message>
    <message>
      <location filename="../library.py" line="370" />
      <source>Did you mean {0}?</source>
      <translation>Vouliez-vous dire {0} ?</translation>
    </message>
    <message>
      <location filename="../library.py" line="382" />
      <source>All organisations</source>
      <translation>Toutes les organisations</translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="462" />
      <source>%n new for {0}</source>
      <translation>
        <numerusform>%n nouveauté pour {0}</numerusform>
        <numerusform>%n nouveautés pour {0}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../library.py" line="547" />
      <source>Your library</source>
      <translation>Votre bibliothèque</translation>
    </message>
    <message>
      <location filename="../library.py" line="551" />
      <source>&amp;Library</source>
      <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
      <location filename="../library.py" line="555" />
      <source>Your kits, one search across them, and what is new</source>
      <translation>Vos dossiers, une recherche dans tous, et les nouveautés</translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="237" />
      <location filename="../library.py" line="387" />
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="387" />
      <source>from %n kit(s)</source>
      <translation>
        <numerusform>dans %n dossier</numerusform>
        <numerusform>dans %n dossiers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../library.py" line="394" />
      <source>p. {0}</source>
      <translation>p. {0}</translation>
    </message>
    <message>
      <location filename="../library.py" line="431" />
      <source>Type a search first, then save it.</source>
      <translation>Tapez d’abord une recherche, puis enregistrez-la.</translation>
    </message>
    <message>
      <location filename="../library.py" line="441" />
      <source>Save search</source>
      <translation>Enregistrer la recherche</translation>
    </message>
    <message>
      <location filename="../library.py" line="442" />
      <source>Name of the saved search:</source>
      <translation>Nom de la recherche enregistrée :</translation>
    </message>
    <message>
      <location filename="../librarywork.py" line="116" />
      <source>no kit found there</source>
      <translation>aucun dossier trouvé à cet endroit</translation>
    </message>
  </context>
  <context>
    <name>ListPane</name>
    <message>
      <location filename="../resultslist.py" line="208" />
      <source>scanned: no searchable text</source>
      <translation>numérisé : pas de texte cherchable</translation>
    </message>
    <message>
      <location filename="../resultslist.py" line="211" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="99" />
      <location filename="../listpane.py" line="218" />
      <source>Search the kit (Ctrl+K)</source>
      <extracomment>a search found the kit's index damaged (the window says search is unavailable)</extracomment>
      <translation>Rechercher dans le dossier (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="100" />
      <source>Search the kit</source>
      <translation>Rechercher dans le dossier</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="108" />
      <source>How to search: phrases, OR, -word, prefix*, kind:, lang:</source>
      <translation>Comment chercher : expressions, OR, -mot, préfixe*, kind:, lang:</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="109" />
      <source>Search syntax help</source>
      <translation>Aide sur la recherche</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="120" />
      <source>Filter by kind</source>
      <translation>Filtrer par type</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="121" />
      <source>Filter by language</source>
      <translation>Filtrer par langue</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="122" />
      <source>Filter by date</source>
      <translation>Filtrer par date</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="193" />
      <source>Listing the documents…</source>
      <translation>Affichage des documents…</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="283" />
      <source>&lt;h3&gt;No kit is open&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File › Open kit…&lt;/b&gt; (Ctrl+O) or drop a kit file or folder on this window.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Aucun dossier ouvert&lt;/h3&gt;&lt;p&gt;Utilisez &lt;b&gt;Fichier › Ouvrir un dossier…&lt;/b&gt; (Ctrl+O) ou déposez un fichier ou un dossier de presse sur cette fenêtre.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <location filename="../listpane.py" line="298" />
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n photo</numerusform>
        <numerusform>%n photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../listpane.py" line="305" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../listpane.py" line="309" />
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../listpane.py" line="313" />
      <source>&lt;h3&gt;Nothing here&lt;/h3&gt;&lt;p&gt;No document matches these filters.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Rien ici&lt;/h3&gt;&lt;p&gt;Aucun document ne correspond à ces filtres.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="320" />
      <source>Speaker: {0}</source>
      <translation>Orateur : {0}</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="322" />
      <source>Organisation: {0}</source>
      <translation>Organisation : {0}</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="325" />
      <source>show all</source>
      <translation>tout afficher</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="335" />
      <source>All kinds</source>
      <translation>Tout type</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="337" />
      <source>All languages</source>
      <translation>Toute langue</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="339" />
      <source>All dates</source>
      <translation>Toute date</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="372" />
      <source>“{0}” (no such kind)</source>
      <translation>« {0} » (type inconnu)</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="374" />
      <source>“{0}” (no such language)</source>
      <translation>« {0} » (langue inconnue)</translation>
    </message>
  </context>
  <context>
    <name>ListSearching</name>
    <message>
      <location filename="../listsearch.py" line="128" />
      <source>&lt;h3&gt;Search is not ready&lt;/h3&gt;&lt;p&gt;The kit's search index is being built; results will appear when it is done. You can browse meanwhile.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;La recherche n’est pas prête&lt;/h3&gt;&lt;p&gt;L’index du dossier est en cours de construction ; les résultats apparaîtront ensuite. Vous pouvez parcourir le dossier en attendant.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="131" />
      <source>&lt;h3&gt;Search is not ready&lt;/h3&gt;&lt;p&gt;{0}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;La recherche n’est pas prête&lt;/h3&gt;&lt;p&gt;{0}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="139" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="166" />
      <source>Search is not available</source>
      <translation>La recherche n’est pas disponible</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="167" />
      <source>The search index of this kit is damaged. Kit › Rebuild the search index makes a new one on this computer; you can browse the kit meanwhile.</source>
      <translation>L’index de recherche de ce dossier est endommagé. Dossier › Reconstruire l’index de recherche en crée un nouveau sur cet ordinateur ; vous pouvez parcourir le dossier en attendant.</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="172" />
      <source>That search did not work</source>
      <translation>Cette recherche n’a pas abouti</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="198" />
      <source>p. {0}</source>
      <translation>p. {0}</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="203" />
      <source>Page {0}</source>
      <translation>Page {0}</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="208" />
      <source>did you mean &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt;?</source>
      <translation>vouliez-vous dire &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt; ?</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="215" />
      <source>Check the spelling, or use fewer words.</source>
      <translation>Vérifiez l’orthographe, ou utilisez moins de mots.</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="216" />
      <source>Accents and word endings do not matter: &lt;i&gt;desarmement&lt;/i&gt; finds &lt;i&gt;désarmement&lt;/i&gt;.</source>
      <translation>Les accents et les terminaisons ne comptent pas : &lt;i&gt;desarmement&lt;/i&gt; trouve &lt;i&gt;désarmement&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="218" />
      <source>&lt;a href='clear-filters'&gt;Clear the filters&lt;/a&gt; — they may hide results.</source>
      <translation>&lt;a href='clear-filters'&gt;Effacer les filtres&lt;/a&gt; — ils masquent peut-être des résultats.</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="219" />
      <source>No documents match “{0}”</source>
      <translation>Aucun document ne correspond à « {0} »</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="225" />
      <source>Did you mean &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt;?</source>
      <translation>Vouliez-vous dire &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt; ?</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="228" />
      <source>How to search</source>
      <translation>Comment chercher</translation>
    </message>
    <message>
      <location filename="../listsearch.py" line="230" />
      <source>No results</source>
      <translation>Aucun résultat</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../mainwindow.py" line="195" />
      <source>Side panel</source>
      <translation>Panneau latéral</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="197" />
      <source>Browse</source>
      <translation>Parcourir</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="286" />
      <source>&amp;Open kit…</source>
      <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="288" />
      <source>Open the &amp;sample kit</source>
      <translation>Ouvrir le dossier d’e&amp;xemple</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="289" />
      <source>Open &amp;recent</source>
      <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="292" />
      <source>&amp;Close document</source>
      <translation>&amp;Fermer le document</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="295" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="299" />
      <source>&amp;Find in document…</source>
      <translation>Rec&amp;hercher dans le document…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="301" />
      <source>Find &amp;next</source>
      <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="302" />
      <source>Find &amp;previous</source>
      <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="305" />
      <source>&amp;Search the kit</source>
      <translation>&amp;Chercher dans le dossier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="315" />
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="317" />
      <source>Zoom &amp;out</source>
      <translation>Zoom arr&amp;ière</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="329" />
      <source>&amp;Full screen</source>
      <translation>Plein é&amp;cran</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="337" />
      <source>System default</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="346" />
      <source>&amp;Reset window layout and history…</source>
      <translation>&amp;Réinitialiser la fenêtre et l’historique…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="270" />
      <source>&amp;About this kit</source>
      <translation>À pr&amp;opos de ce dossier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="271" />
      <source>&amp;Photos</source>
      <translation>&amp;Photos</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="273" />
      <source>All &amp;documents</source>
      <translation>Tous les &amp;documents</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="275" />
      <source>Re&amp;build the search index</source>
      <translation>Reconstruire l’inde&amp;x de recherche</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="277" />
      <source>&amp;User guide</source>
      <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="278" />
      <source>How to &amp;search</source>
      <translation>Comment &amp;chercher</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="280" />
      <source>&amp;Welcome</source>
      <translation>&amp;Bienvenue</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="282" />
      <source>&amp;About presskit</source>
      <translation>À &amp;propos de presskit</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="287" />
      <source>Open a kit folder or a .presskit file</source>
      <translation>Ouvrir un dossier de presse ou un fichier .presskit</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="310" />
      <source>&amp;Back</source>
      <translation>&amp;Précédent</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="311" />
      <source>Back to the previous document, page or search (Alt+Left)</source>
      <translation>Revenir au document, à la page ou à la recherche précédente (Alt+Gauche)</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="312" />
      <source>For&amp;ward</source>
      <translation>Sui&amp;vant</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="313" />
      <source>Forward again (Alt+Right)</source>
      <translation>Avancer de nouveau (Alt+Droite)</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="319" />
      <source>Fit wi&amp;dth</source>
      <translation>Pleine &amp;largeur</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="320" />
      <source>Fit pa&amp;ge</source>
      <translation>Page &amp;entière</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="321" />
      <source>&amp;Side by side with the translation</source>
      <translation>Côte à côte avec la &amp;traduction</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="323" />
      <source>The document and its translation in two panes, scrolled together</source>
      <translation>Le document et sa traduction dans deux volets qui défilent ensemble</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="327" />
      <source>&amp;Next pane</source>
      <translation>Volet suiva&amp;nt</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="328" />
      <source>&amp;Previous pane</source>
      <translation>Volet précé&amp;dent</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="331" />
      <source>&amp;Leave full screen</source>
      <translation>&amp;Quitter le plein écran</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="334" />
      <source>Lang&amp;uage</source>
      <translation>Lan&amp;gue</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="349" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="349" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="349" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="350" />
      <source>&amp;Kit</source>
      <translation>D&amp;ossier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="350" />
      <source>&amp;Help</source>
      <translation>A&amp;ide</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="437" />
      <source>Reset presskit?</source>
      <translation>Réinitialiser presskit ?</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="438" />
      <source>Forget the window layout, recent kits and where you were in each document? Your kits are not touched.</source>
      <translation>Oublier la disposition de la fenêtre, les dossiers récents et la position dans chaque document ? Vos dossiers ne sont pas modifiés.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="450" />
      <source>Window layout and history were reset.</source>
      <translation>La fenêtre et l’historique ont été réinitialisés.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="454" />
      <source>Settings were reset</source>
      <translation>Réglages réinitialisés</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="455" />
      <source>presskit could not read its settings file, so it started with default settings.</source>
      <translation>presskit n’a pas pu lire son fichier de réglages ; il a démarré avec les réglages par défaut.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="458" />
      <source>The unreadable file was kept as {0}</source>
      <translation>Le fichier illisible a été conservé sous {0}</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="482" />
      <source>Search will be ready when the kit is indexed</source>
      <translation>La recherche sera prête une fois le dossier indexé</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="483" />
      <source>Indexing…</source>
      <translation>Indexation…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="539" />
      <source>index damaged</source>
      <translation>index endommagé</translation>
    </message>
    <message numerus="yes">
      <location filename="../mainwindow.py" line="540" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n élément</numerusform>
        <numerusform>%n éléments</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="539" />
      <source>search ready</source>
      <translation>recherche prête</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="539" />
      <source>not indexed</source>
      <translation>non indexé</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="556" />
      <source>Copied {0} — this laptop may be offline, so presskit does not open links.</source>
      <translation>{0} copié — cet ordinateur est peut-être hors ligne, presskit n’ouvre donc pas les liens.</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <location filename="../navigator.py" line="103" />
      <source>Navigator</source>
      <extracomment>Kits with at most this many items list their speakers and organisations at once; larger ones a moment later, counted off the GUI thread (a kit of thousands names thousands of people). A kit whose dates are not one meeting's days lists them closed when there are more than this many (forty dates over twenty years pushed the languages and the speakers out of sight).</extracomment>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="162" />
      <source>About this kit</source>
      <translation>À propos de ce dossier</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="163" />
      <source>All documents  ({0})</source>
      <translation>Tous les documents  ({0})</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="165" />
      <source>Photos  ({0})</source>
      <translation>Photos  ({0})</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="168" />
      <source>By kind</source>
      <translation>Par type</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="177" />
      <source>Conference days</source>
      <translation>Jours de la conférence</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="177" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="183" />
      <source>By language</source>
      <translation>Par langue</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="253" />
      <source>Speakers</source>
      <translation>Orateurs</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="254" />
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
  </context>
  <context>
    <name>NewItemsPanel</name>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="148" />
      <source>%n item(s) new or changed since you last opened this kit.</source>
      <translation>
        <numerusform>%n élément nouveau ou modifié depuis votre dernière ouverture de ce dossier.</numerusform>
        <numerusform>%n éléments nouveaux ou modifiés depuis votre dernière ouverture de ce dossier.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OfficeView</name>
    <message>
      <location filename="../officeview.py" line="25" />
      <source>Page {0}</source>
      <translation>Page {0}</translation>
    </message>
    <message>
      <location filename="../officeview.py" line="26" />
      <source>Section {0}</source>
      <translation>Section {0}</translation>
    </message>
  </context>
  <context>
    <name>PdfSelection</name>
    <message>
      <location filename="../pdfselect.py" line="188" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../pdfselect.py" line="191" />
      <source>Select the page's text</source>
      <translation>Sélectionner le texte de la page</translation>
    </message>
    <message>
      <location filename="../pdfselect.py" line="193" />
      <source>Select the sentence of the hit</source>
      <translation>Sélectionner la phrase du résultat</translation>
    </message>
  </context>
  <context>
    <name>PdfView</name>
    <message>
      <location filename="../pdfview.py" line="59" />
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <location filename="../pdfview.py" line="133" />
      <source>This PDF cannot be opened: {0}</source>
      <translation>Impossible d’ouvrir ce PDF : {0}</translation>
    </message>
  </context>
  <context>
    <name>PhotoGallery</name>
    <message>
      <location filename="../photoview.py" line="91" />
      <source>Photo gallery</source>
      <translation>Galerie de photos</translation>
    </message>
  </context>
  <context>
    <name>PhotoView</name>
    <message>
      <location filename="../photoview.py" line="318" />
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="344" />
      <source>Photo credit</source>
      <translation>Crédit photo</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="345" />
      <source>Photo caption</source>
      <translation>Légende de la photo</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="348" />
      <source>Fit</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="349" />
      <source>Fit the photo to the window</source>
      <translation>Ajuster la photo à la fenêtre</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="351" />
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="352" />
      <source>Show the photo at its actual size</source>
      <translation>Afficher la photo en taille réelle</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="368" />
      <source>Photo: {0}</source>
      <translation>Photo : {0}</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="382" />
      <source>This photo cannot be shown: {0}</source>
      <translation>Impossible d’afficher cette photo : {0}</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="387" />
      <source>Opening the photo…</source>
      <translation>Ouverture de la photo…</translation>
    </message>
  </context>
  <context>
    <name>Photos</name>
    <message>
      <location filename="../photoview.py" line="41" />
      <location filename="../photoview.py" line="154" />
      <source>Photo: {0}</source>
      <extracomment>a photo not shown after this long says it is being opened (a 144-megapixel PNG took 6 s) pictures larger than this (device pixels) are painted straight from the decoded image</extracomment>
      <translation>Photo : {0}</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="41" />
      <location filename="../photoview.py" line="154" />
      <source>Credit unknown</source>
      <translation>Crédit inconnu</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="152" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../printing.py" line="98" />
      <source>Print {0}</source>
      <translation>Imprimer {0}</translation>
    </message>
    <message>
      <location filename="../printing.py" line="104" />
      <source>Printing…</source>
      <translation>Impression…</translation>
    </message>
    <message>
      <location filename="../printing.py" line="105" />
      <location filename="../printing.py" line="141" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../printing.py" line="141" />
      <source>Preparing the selection for printing…</source>
      <translation>Préparation de la sélection pour l’impression…</translation>
    </message>
  </context>
  <context>
    <name>ProtectedFiles</name>
    <message>
      <location filename="../protected.py" line="19" />
      <location filename="../protected.py" line="33" />
      <source>This PDF</source>
      <translation>Ce PDF</translation>
    </message>
    <message>
      <location filename="../protected.py" line="21" />
      <source>That password is not right, so “{0}” stays closed.</source>
      <translation>Ce mot de passe n’est pas le bon : « {0} » reste fermé.</translation>
    </message>
    <message>
      <location filename="../protected.py" line="22" />
      <source>Try another password…</source>
      <translation>Essayer un autre mot de passe…</translation>
    </message>
    <message>
      <location filename="../protected.py" line="24" />
      <source>“{0}” is protected by a password.</source>
      <translation>« {0} » est protégé par un mot de passe.</translation>
    </message>
    <message>
      <location filename="../protected.py" line="25" />
      <source>Enter the password…</source>
      <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
      <location filename="../protected.py" line="36" />
      <source>Password needed</source>
      <translation>Mot de passe requis</translation>
    </message>
    <message>
      <location filename="../protected.py" line="37" />
      <source>“{0}” is protected by a password. Enter it to read the document:</source>
      <translation>« {0} » est protégé par un mot de passe. Saisissez-le pour lire le document :</translation>
    </message>
    <message>
      <location filename="../protected.py" line="39" />
      <source>That password is not right. Try again, or ask the kit's publisher for it.</source>
      <translation>Ce mot de passe n’est pas le bon. Réessayez, ou demandez-le à l’éditeur du dossier.</translation>
    </message>
    <message>
      <location filename="../protected.py" line="43" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../protected.py" line="44" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>QuotesView</name>
    <message>
      <location filename="../quotes_view.py" line="84" />
      <source>‹ Documents</source>
      <translation>‹ Documents</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="85" />
      <source>Back to the documents (Esc)</source>
      <translation>Retour aux documents (Échap)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="87" />
      <location filename="../quotes_view.py" line="134" />
      <source>Quotations</source>
      <translation>Citations</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="93" />
      <location filename="../quotes_view.py" line="94" />
      <source>Search the words of the quotations</source>
      <translation>Chercher dans les mots des citations</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="107" />
      <source>Filter by speaker</source>
      <translation>Filtrer par orateur</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="108" />
      <source>Filter by organisation</source>
      <translation>Filtrer par organisation</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="109" />
      <source>Filter by language</source>
      <translation>Filtrer par langue</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="110" />
      <source>Filter by day</source>
      <translation>Filtrer par jour</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="113" />
      <source>Speaker</source>
      <translation>Orateur</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="114" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="115" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="115" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="169" />
      <source>Check who said it (Space)</source>
      <translation>Vérifier qui l’a dit (Espace)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="173" />
      <source>Open at the page (Enter)</source>
      <translation>Ouvrir à la page (Entrée)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="175" />
      <source>Copy with citation (Ctrl+Shift+C)</source>
      <translation>Copier avec la source (Ctrl+Maj+C)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="199" />
      <source>(attributed to the document)</source>
      <translation>(attribuée au document)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="203" />
      <source>(read from a pronoun; check the sentence)</source>
      <translation>(déduit d’un pronom ; vérifiez la phrase)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="206" />
      <source>(the organisation is the source)</source>
      <translation>(l’organisation est la source)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="207" />
      <source>Speaker not stated in the text</source>
      <translation>Auteur des propos non indiqué dans le texte</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="211" />
      <source>(a pronoun for someone named earlier; check the sentence)</source>
      <translation>(un pronom désignant une personne nommée plus haut ; vérifiez la phrase)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="219" />
      <source>p. {0}</source>
      <translation>p. {0}</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="225" />
      <source>named in the sentence</source>
      <translation>nommé dans la phrase</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="226" />
      <source>a pronoun for the person the paragraph introduces</source>
      <translation>un pronom désignant la personne que le paragraphe présente</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="227" />
      <source>named in a heading</source>
      <translation>nommé dans un titre</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="228" />
      <source>an organisation is the source</source>
      <translation>une organisation est la source</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="229" />
      <source>the text does not name who spoke</source>
      <translation>le texte ne nomme pas qui a parlé</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="230" />
      <source>the text does not say; the document is the source</source>
      <translation>le texte ne le dit pas ; le document est la source</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="231" />
      <source>who spoke cannot be told from the text</source>
      <translation>le texte ne permet pas de dire qui a parlé</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="235" />
      <source>a pronoun for someone an earlier paragraph names, not given as the speaker</source>
      <translation>un pronom désignant une personne qu’un paragraphe précédent nomme, non retenue comme auteur des propos</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="236" />
      <source>How the speaker is known: {0} (confidence {1} %)</source>
      <translation>Comment on sait qui parle : {0} (confiance {1} %)</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="248" />
      <source>Quotations appear when the kit is ready to search.</source>
      <translation>Les citations apparaissent quand le dossier est prêt pour la recherche.</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="249" />
      <source>Open a kit to see its quotations (File › Open kit…, Ctrl+O).</source>
      <translation>Ouvrez un dossier de presse pour voir ses citations (Fichier › Ouvrir un dossier…, Ctrl+O).</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="257" />
      <source>Loading quotations…</source>
      <translation>Chargement des citations…</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="288" />
      <source>All speakers</source>
      <translation>Tous les orateurs</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="289" />
      <source>All organisations</source>
      <translation>Toutes les organisations</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="291" />
      <source>All languages</source>
      <translation>Toutes les langues</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="292" />
      <source>All days</source>
      <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
      <location filename="../quotes_view.py" line="361" />
      <source>%n quotation(s)</source>
      <translation>
        <numerusform>%n citation</numerusform>
        <numerusform>%n citations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="362" />
      <source>of {0}</source>
      <translation>sur {0}</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="364" />
      <source>No quotation matches: change the words or the filters.</source>
      <translation>Aucune citation ne correspond : changez les mots ou les filtres.</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="379" />
      <source>No sentence of the text names who spoke.</source>
      <translation>Aucune phrase du texte ne nomme qui a parlé.</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="381" />
      <source>The whole quotation:</source>
      <translation>La citation entière :</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="432" />
      <source>Open at the page</source>
      <translation>Ouvrir à la page</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="434" />
      <source>Copy with citation</source>
      <translation>Copier avec la source</translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="436" />
      <source>Check who said it</source>
      <translation>Vérifier qui l’a dit</translation>
    </message>
  </context>
  <context>
    <name>ReaderHeader</name>
    <message>
      <location filename="../readerheader.py" line="69" />
      <source>Zoom out (Ctrl+Minus)</source>
      <translation>Zoom arrière (Ctrl+Moins)</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="73" />
      <source>Zoom in (Ctrl+Plus)</source>
      <translation>Zoom avant (Ctrl+Plus)</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="74" />
      <source>Fit width</source>
      <translation>Pleine largeur</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="74" />
      <source>Fit the page width to the window</source>
      <translation>Ajuster la largeur de la page à la fenêtre</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="75" />
      <source>Fit page</source>
      <translation>Page entière</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="75" />
      <source>Show whole pages</source>
      <translation>Afficher des pages entières</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="78" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="80" />
      <location filename="../readerheader.py" line="83" />
      <source>Page number</source>
      <translation>Numéro de page</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="93" />
      <source>Previous hit (Shift+F3)</source>
      <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="94" />
      <source>Next hit (F3)</source>
      <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="96" />
      <source>Find…</source>
      <translation>Rechercher…</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="96" />
      <source>Find in this document (Ctrl+F)</source>
      <translation>Rechercher dans ce document (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="97" />
      <source>Side by side</source>
      <translation>Côte à côte</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="97" />
      <source>The translation beside this document (Ctrl+T)</source>
      <translation>La traduction à côté de ce document (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="99" />
      <source>Web links</source>
      <translation>Liens web</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="99" />
      <source>Web addresses in this document</source>
      <translation>Adresses web citées dans ce document</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="127" />
      <source>Read in {0}</source>
      <translation>Lire en {0}</translation>
    </message>
    <message>
      <location filename="../readerheader.py" line="147" />
      <source>Web links ({0})</source>
      <translation>Liens web ({0})</translation>
    </message>
  </context>
  <context>
    <name>ReaderPane</name>
    <message>
      <location filename="../reader.py" line="74" />
      <location filename="../reader.py" line="167" />
      <source>About this kit</source>
      <translation>À propos de ce dossier</translation>
    </message>
    <message>
      <location filename="../reader.py" line="80" />
      <source>The translation, as a PDF</source>
      <translation>La traduction, en PDF</translation>
    </message>
    <message>
      <location filename="../reader.py" line="85" />
      <source>The translation</source>
      <translation>La traduction</translation>
    </message>
    <message>
      <location filename="../reader.py" line="153" />
      <source>No kit open</source>
      <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
      <location filename="../reader.py" line="154" />
      <source>Open a kit with File › Open kit… (Ctrl+O).</source>
      <translation>Ouvrez un dossier avec Fichier › Ouvrir un dossier… (Ctrl+O).</translation>
    </message>
    <message numerus="yes">
      <location filename="../reader.py" line="189" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../reader.py" line="191" />
      <source>scanned: no searchable text</source>
      <translation>numérisé : pas de texte cherchable</translation>
    </message>
    <message numerus="yes">
      <location filename="../reader.py" line="193" />
      <source>%n scanned</source>
      <comment>pages whose text was recognised by OCR</comment>
      <translation>
        <numerusform>%n numérisée</numerusform>
        <numerusform>%n numérisées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../reader.py" line="211" />
      <source>The file {0} is missing from the kit.</source>
      <translation>Le fichier {0} manque dans le dossier.</translation>
    </message>
    <message>
      <location filename="../reader.py" line="256" />
      <source>This file cannot be read: {0}</source>
      <translation>Impossible de lire ce fichier : {0}</translation>
    </message>
    <message>
      <location filename="../reader.py" line="444" />
      <source>of {0}</source>
      <translation>sur {0}</translation>
    </message>
    <message>
      <location filename="../reader.py" line="494" />
      <source>Hit {0} of {1}</source>
      <translation>Résultat {0} sur {1}</translation>
    </message>
  </context>
  <context>
    <name>ResultsList</name>
    <message>
      <location filename="../resultslist.py" line="132" />
      <source>Documents and search results</source>
      <translation>Documents et résultats</translation>
    </message>
  </context>
  <context>
    <name>ScanNote</name>
    <message>
      <location filename="../scannote.py" line="21" />
      <source>About this page</source>
      <translation>À propos de cette page</translation>
    </message>
    <message>
      <location filename="../scannote.py" line="29" />
      <source>Text recognised from a scan — check against the page before quoting</source>
      <translation>Texte reconnu par OCR — vérifiez-le sur la page avant de citer</translation>
    </message>
    <message>
      <location filename="../scannote.py" line="31" />
      <source>Scanned page whose text could not be recognised: search does not find its words</source>
      <translation>Page numérisée dont le texte n’a pas pu être reconnu : la recherche ne trouve pas ses mots</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <location filename="../labels.py" line="142" />
      <source>Add a letter: too many words match {0}.</source>
      <translation>Ajoutez une lettre : trop de mots correspondent à {0}.</translation>
    </message>
    <message>
      <location filename="../labels.py" line="144" />
      <source>No kit of your library can be searched: add a kit, or plug in the stick it is on.</source>
      <translation>Aucun dossier de votre bibliothèque ne peut être consulté : ajoutez un dossier, ou branchez la clé qui le porte.</translation>
    </message>
    <message>
      <location filename="../labels.py" line="146" />
      <source>Nothing to search for: add a word that is not an operator or punctuation.</source>
      <translation>Rien à chercher : ajoutez un mot qui ne soit ni un opérateur ni de la ponctuation.</translation>
    </message>
    <message>
      <location filename="../labels.py" line="161" />
      <source>“{0}” could be more than one kind ({1}): type more of it.</source>
      <translation>« {0} » peut désigner plusieurs types ({1}) : tapez-en davantage.</translation>
    </message>
    <message>
      <location filename="../labels.py" line="162" />
      <source>“{0}” could be more than one language ({1}): type more of it.</source>
      <translation>« {0} » peut désigner plusieurs langues ({1}) : tapez-en davantage.</translation>
    </message>
    <message>
      <location filename="../labels.py" line="164" />
      <source>“{0}” is not a kind of document. Kinds: {1}.</source>
      <translation>« {0} » n’est pas un type de document. Types : {1}.</translation>
    </message>
    <message>
      <location filename="../labels.py" line="166" />
      <source>“{0}” is not a language presskit knows. Languages: {1}.</source>
      <translation>« {0} » n’est pas une langue que presskit connaît. Langues : {1}.</translation>
    </message>
  </context>
  <context>
    <name>SearchCounts</name>
    <message numerus="yes">
      <location filename="../listsearch.py" line="63" />
      <source>%n page(s) match</source>
      <translation>
        <numerusform>%n page correspond</numerusform>
        <numerusform>%n pages correspondent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../listsearch.py" line="66" />
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Selection</name>
    <message numerus="yes">
      <location filename="../selection.py" line="129" />
      <source>Mark %n item(s)</source>
      <translation>
        <numerusform>Marquer %n élément</numerusform>
        <numerusform>Marquer %n éléments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="137" />
      <source>Unmark %n item(s)</source>
      <translation>
        <numerusform>Démarquer %n élément</numerusform>
        <numerusform>Démarquer %n éléments</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="152" />
      <source>Clear the selection</source>
      <translation>Vider la sélection</translation>
    </message>
    <message>
      <location filename="../selection.py" line="162" />
      <source>Save the pack “{0}”</source>
      <translation>Enregistrer le dossier de briefing « {0} »</translation>
    </message>
    <message>
      <location filename="../selection.py" line="172" />
      <source>Open the pack “{0}”</source>
      <translation>Ouvrir le dossier de briefing « {0} »</translation>
    </message>
    <message>
      <location filename="../selection.py" line="183" />
      <source>Delete the pack “{0}”</source>
      <translation>Supprimer le dossier de briefing « {0} »</translation>
    </message>
  </context>
  <context>
    <name>SelectionPanel</name>
    <message>
      <location filename="../selection.py" line="213" />
      <source>Selected documents and photos</source>
      <translation>Documents et photos sélectionnés</translation>
    </message>
    <message>
      <location filename="../selection.py" line="221" />
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <location filename="../selection.py" line="224" />
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <location filename="../selection.py" line="226" />
      <source>Clear</source>
      <translation>Vider</translation>
    </message>
    <message>
      <location filename="../selection.py" line="227" />
      <source>Unmark everything (Edit › Undo brings it back)</source>
      <translation>Tout démarquer (Édition › Annuler le rétablit)</translation>
    </message>
    <message>
      <location filename="../selection.py" line="236" />
      <source>Briefing packs</source>
      <translation>Dossiers de briefing</translation>
    </message>
    <message>
      <location filename="../selection.py" line="237" />
      <source>Keep this selection under a name, or reopen one kept before</source>
      <translation>Garder cette sélection sous un nom, ou rouvrir une sélection gardée</translation>
    </message>
    <message>
      <location filename="../selection.py" line="286" />
      <source>&amp;Save the selection as a pack…</source>
      <translation>&amp;Enregistrer la sélection comme dossier de briefing…</translation>
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="293" />
      <source>{0} (%n item(s))</source>
      <translation>
        <numerusform>{0} (%n élément)</numerusform>
        <numerusform>{0} (%n éléments)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="294" />
      <source>&amp;Open (replaces the selection)</source>
      <translation>&amp;Ouvrir (remplace la sélection)</translation>
    </message>
    <message>
      <location filename="../selection.py" line="295" />
      <source>&amp;Add to the selection</source>
      <translation>&amp;Ajouter à la sélection</translation>
    </message>
    <message>
      <location filename="../selection.py" line="296" />
      <source>&amp;Export…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <location filename="../selection.py" line="298" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../selection.py" line="300" />
      <source>No packs kept yet</source>
      <translation>Aucun dossier de briefing pour l’instant</translation>
    </message>
    <message>
      <location filename="../selection.py" line="308" />
      <source>Save a briefing pack</source>
      <translation>Enregistrer un dossier de briefing</translation>
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="309" />
      <source>Name of this briefing pack (%n item(s)):</source>
      <translation>
        <numerusform>Nom de ce dossier de briefing (%n élément) :</numerusform>
        <numerusform>Nom de ce dossier de briefing (%n éléments) :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="310" />
      <source>Briefing pack {0}</source>
      <translation>Dossier de briefing {0}</translation>
    </message>
    <message>
      <location filename="../selection.py" line="311" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="264" />
      <source>%n item(s) selected</source>
      <translation>
        <numerusform>%n élément sélectionné</numerusform>
        <numerusform>%n éléments sélectionnés</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="241" />
      <source>Briefing pac&amp;ks</source>
      <translation>Dossiers de &amp;briefing</translation>
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="265" />
      <source> (%n photo(s))</source>
      <translation>
        <numerusform> (%n photo)</numerusform>
        <numerusform> (%n photos)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="267" />
      <source>Nothing selected. Tick the box of a document or photo (or press Space or Ctrl+M on it), or use Kit › Select all listed items after a search.</source>
      <translation>Rien n’est sélectionné. Cochez la case d’un document ou d’une photo (ou appuyez sur Espace ou Ctrl+M), ou utilisez Dossier › Sélectionner tout ce qui est listé après une recherche.</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../startpage.py" line="67" />
      <source>There is nothing called “{0}” at that place: it may have been moved, renamed or be on a drive that is not plugged in.</source>
      <translation>Il n’y a rien qui s’appelle « {0} » à cet endroit : il a peut-être été déplacé, renommé, ou se trouve sur un disque qui n’est pas branché.</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="70" />
      <source>“{0}” was made by a newer presskit: install a newer presskit to read it.</source>
      <translation>« {0} » a été fait par un presskit plus récent : installez un presskit plus récent pour le lire.</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="73" />
      <source>“{0}” is damaged or is not a press kit: copy it again from where you got it, or ask its publisher for a new copy.</source>
      <translation>« {0} » est endommagé ou n’est pas un dossier de presse : copiez-le à nouveau depuis sa source, ou demandez-en une nouvelle copie à son éditeur.</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="75" />
      <source>Publishers: pack the kit again with 'presskit pack'.</source>
      <translation>Éditeurs : refaites le fichier du dossier avec « presskit pack ».</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="77" />
      <source>“{0}” is a folder but not a press kit: it has no list of contents (manifest.json).</source>
      <translation>« {0} » est un répertoire mais pas un dossier de presse : il n’a pas de liste de contenu (manifest.json).</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="79" />
      <source>Publishers: build the kit from this folder with 'presskit build'.</source>
      <translation>Éditeurs : construisez le dossier à partir de ce répertoire avec « presskit build ».</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="81" />
      <source>“{0}” is damaged: its list of contents cannot be read. Ask its publisher for a new copy.</source>
      <translation>« {0} » est endommagé : sa liste de contenu est illisible. Demandez-en une nouvelle copie à son éditeur.</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="83" />
      <source>Publishers: rebuild the kit with 'presskit build'.</source>
      <translation>Éditeurs : reconstruisez le dossier avec « presskit build ».</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="85" />
      <source>“{0}” is not a press kit: a kit is a folder with a manifest.json, or a .presskit file.</source>
      <translation>« {0} » n’est pas un dossier de presse : un dossier est un répertoire avec un manifest.json, ou un fichier .presskit.</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="155" />
      <source>Read, search and export press kits — offline.</source>
      <translation>Lire, chercher et exporter des dossiers de presse — hors ligne.</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="165" />
      <source>Open the sample kit</source>
      <translation>Ouvrir le dossier d’exemple</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="167" />
      <source>Open a kit folder or file…</source>
      <translation>Ouvrir un dossier de presse…</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="169" />
      <source>A kit folder, or a .presskit file (Ctrl+O)</source>
      <translation>Un dossier de presse décompressé, ou un fichier .presskit (Ctrl+O)</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="178" />
      <source>Or drop a kit folder or a .presskit file anywhere on this window.</source>
      <translation>Ou déposez un dossier de presse ou un fichier .presskit n’importe où sur cette fenêtre.</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="187" />
      <source>Recent kits</source>
      <translation>Dossiers récents</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="192" />
      <source>Kits you open will be listed here.</source>
      <translation>Les dossiers que vous ouvrez apparaîtront ici.</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="231" />
      <location filename="../startpage.py" line="246" />
      <source>Show details</source>
      <translation>Afficher les détails</translation>
    </message>
    <message>
      <location filename="../startpage.py" line="246" />
      <source>Hide details</source>
      <translation>Masquer les détails</translation>
    </message>
  </context>
  <context>
    <name>SyntaxHelp</name>
    <message>
      <location filename="../resultslist.py" line="275" />
      <source>How to search</source>
      <translation>Comment chercher</translation>
    </message>
    <message>
      <location filename="../resultslist.py" line="280" />
      <source>&lt;h3&gt;Searching the kit&lt;/h3&gt;&lt;p&gt;Accents, capitals and word endings do not matter: &lt;code&gt;desarmement&lt;/code&gt; finds &lt;i&gt;désarmement&lt;/i&gt;, &lt;code&gt;treaties&lt;/code&gt; finds &lt;i&gt;treaty&lt;/i&gt;.&lt;/p&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;nuclear ban&lt;/code&gt;&lt;/td&gt;&lt;td&gt;both words, anywhere in a page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"nuclear ban"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the exact phrase (also « … » and “ … ”)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ban OR treaty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;treaty -draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without the word &lt;i&gt;draft&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;disarm*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words starting with &lt;i&gt;disarm&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:statement&lt;/code&gt;&lt;/td&gt;&lt;td&gt;only statements (also press-release, newsletter, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:fr&lt;/code&gt;&lt;/td&gt;&lt;td&gt;only documents in French&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;speaker:diallo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents by or quoting a speaker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;title:agenda&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a word in the title&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;l'examen&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the word itself: also &lt;i&gt;d’examen&lt;/i&gt;, &lt;i&gt;examen&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ammunitoin&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a misspelt word still finds &lt;i&gt;ammunition&lt;/i&gt; (not a word in capitals, such as &lt;code&gt;ONU&lt;/code&gt;: an acronym is searched as typed)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Use the Kind, Language and Date lists under the search box to narrow results. Open a result to land on its page with every hit highlighted; F3 and Shift+F3 step through them.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Chercher dans le dossier&lt;/h3&gt;&lt;p&gt;Les accents, les majuscules et les terminaisons ne comptent pas : &lt;code&gt;desarmement&lt;/code&gt; trouve &lt;i&gt;désarmement&lt;/i&gt;, &lt;code&gt;traites&lt;/code&gt; trouve &lt;i&gt;traité&lt;/i&gt;.&lt;/p&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;interdiction nucléaire&lt;/code&gt;&lt;/td&gt;&lt;td&gt;les deux mots, n’importe où sur une page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"interdiction nucléaire"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;l’expression exacte (aussi « … » et “ … ”)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;interdiction OR traité&lt;/code&gt;&lt;/td&gt;&lt;td&gt;l’un ou l’autre mot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;traité -projet&lt;/code&gt;&lt;/td&gt;&lt;td&gt;sans le mot &lt;i&gt;projet&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;désarm*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;les mots qui commencent par &lt;i&gt;désarm&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:statement&lt;/code&gt;&lt;/td&gt;&lt;td&gt;seulement les déclarations (aussi press-release, newsletter, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:fr&lt;/code&gt;&lt;/td&gt;&lt;td&gt;seulement les documents en français&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;speaker:diallo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents d’un orateur ou qui le citent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;title:programme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un mot du titre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;l'examen&lt;/code&gt;&lt;/td&gt;&lt;td&gt;le mot lui-même : aussi &lt;i&gt;d’examen&lt;/i&gt;, &lt;i&gt;examen&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;munitoins&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un mot mal orthographié trouve quand même &lt;i&gt;munitions&lt;/i&gt; (pas un mot en capitales, comme &lt;code&gt;ONU&lt;/code&gt; : un sigle est cherché tel quel)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Les listes Type, Langue et Date sous la zone de recherche affinent les résultats. Un résultat s’ouvre à sa page, chaque occurrence surlignée ; F3 et Maj+F3 passent de l’une à l’autre.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>TextView</name>
    <message>
      <location filename="../textview.py" line="85" />
      <source>Document text</source>
      <extracomment>GitHub Markdown (tables, autolinks, strikethrough) with ``_emphasis_`` in italics as CommonMark says, not underlined; raw HTML in a Markdown file is shown as text, never interpreted.</extracomment>
      <translation>Texte du document</translation>
    </message>
  </context>
  <context>
    <name>TrustBadge</name>
    <message>
      <location filename="../trustbadge.py" line="54" />
      <source>Checking signature…</source>
      <extracomment>the key this kit was signed with when last opened here ('' if never seen signed)</extracomment>
      <translation>Vérification de la signature…</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="54" />
      <source>presskit is checking who signed this kit.</source>
      <translation>presskit vérifie qui a signé ce dossier.</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="60" />
      <source>✔ Signed by {0} — checking files {1}%</source>
      <translation>✔ Signé par {0} — vérification des fichiers {1} %</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="68" />
      <source>⚠ Signed with another key than when you last opened it</source>
      <translation>⚠ Signé avec une autre clé qu’à votre dernière ouverture</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="69" />
      <source>⚠ No longer signed, though it was when you last opened it</source>
      <translation>⚠ Plus signé, alors qu’il l’était à votre dernière ouverture</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="71" />
      <source>When you last opened this kit here, it was signed with the key {0}. {1}</source>
      <translation>À votre dernière ouverture de ce dossier ici, il était signé avec la clé {0}. {1}</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="76" />
      <source>✔ Signed by {0}</source>
      <translation>✔ Signé par {0}</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="78" />
      <source>✔ Signed by {0} — checking files…</source>
      <translation>✔ Signé par {0} — vérification des fichiers…</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="79" />
      <source>Signed by {0}.
Key fingerprint: {1}</source>
      <translation>Signé par {0}.
Empreinte de la clé : {1}</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="81" />
      <source>Unsigned</source>
      <translation>Non signé</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="81" />
      <source>⚠ Unsigned, files changed</source>
      <translation>⚠ Non signé, fichiers modifiés</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="82" />
      <source>Nobody vouches for where this kit comes from.</source>
      <translation>Personne ne garantit la provenance de ce dossier.</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="86" />
      <source>⚠ Modified after signing: {0}</source>
      <translation>⚠ Modifié après signature : {0}</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="88" />
      <source>⚠ Bad signature</source>
      <translation>⚠ Signature invalide</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="93" />
      <source>an unnamed publisher</source>
      <translation>un éditeur sans nom</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="105" />
      <source>The check is still running.</source>
      <translation>La vérification est en cours.</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="108" />
      <source>Key fingerprint: {0}</source>
      <translation>Empreinte de la clé : {0}</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="109" />
      <source>Changed</source>
      <translation>Modifiés</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="109" />
      <source>Missing</source>
      <translation>Manquants</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="110" />
      <source>Not in the manifest (never shown)</source>
      <translation>Absents du manifeste (jamais affichés)</translation>
    </message>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="114" />
      <source>%n file(s) checked ({0:.1f} MB) in {1:.1f} s.</source>
      <translation>
        <numerusform>%n fichier vérifié ({0:.1f} Mo) en {1:.1f} s.</numerusform>
        <numerusform>%n fichiers vérifiés ({0:.1f} Mo) en {1:.1f} s.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="117" />
      <source>Files are still being checked.</source>
      <translation>Les fichiers sont encore en cours de vérification.</translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="121" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
  </context>
  <context>
    <name>TrustController</name>
    <message>
      <location filename="../trustbadge.py" line="166" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="224" />
      <source>New (%n)</source>
      <translation>
        <numerusform>Nouveautés (%n)</numerusform>
        <numerusform>Nouveautés (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UserGuideWindow</name>
    <message>
      <location filename="../desktop.py" line="185" />
      <source>presskit user guide</source>
      <translation>Guide d’utilisation de presskit</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="191" />
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="194" />
      <source>User guide</source>
      <translation>Guide d’utilisation</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="211" />
      <source>Close the guide</source>
      <translation>Fermer le guide</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="227" />
      <source>The user guide is missing from this installation ({0}).</source>
      <translation>Le guide d’utilisation manque dans cette installation ({0}).</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="293" />
      <source>Copied {0} — presskit does not open web links (this laptop may be offline).</source>
      <translation>{0} copié — presskit n’ouvre pas les liens web (cet ordinateur est peut-être hors ligne).</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="302" />
      <source>That link points outside the user guide.</source>
      <translation>Ce lien pointe hors du guide d’utilisation.</translation>
    </message>
  </context>
  <context>
    <name>Viewer</name>
    <message>
      <location filename="../app.py" line="22" />
      <source>quotes, selection, export, printing and citations</source>
      <extracomment>Features that add themselves to each main window, in order: what a reader calls them (said when one cannot start), and ``install(window)``.</extracomment>
      <translation>citations, sélection, export, impression et références</translation>
    </message>
    <message>
      <location filename="../app.py" line="23" />
      <source>the signature badge and importing updates</source>
      <translation>le badge de signature et l’import des mises à jour</translation>
    </message>
    <message>
      <location filename="../app.py" line="24" />
      <source>the library of kits and its search</source>
      <translation>la bibliothèque de dossiers et sa recherche</translation>
    </message>
    <message>
      <location filename="../app.py" line="38" />
      <source>Part of presskit could not start: {0}. The rest works.</source>
      <translation>Une partie de presskit n’a pas pu démarrer : {0}. Le reste fonctionne.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../desktop.py" line="313" />
      <location filename="../desktop.py" line="363" />
      <source>Welcome to presskit</source>
      <translation>Bienvenue dans presskit</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="377" />
      <source>Search</source>
      <translation>Chercher</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="378" />
      <source>Type in the search box at the top of the list (Ctrl+K). Accents and word endings do not matter: &lt;i&gt;verification&lt;/i&gt; also finds &lt;i&gt;vérification&lt;/i&gt;. Put quotation marks around an exact phrase: &lt;i&gt;"future crime scene"&lt;/i&gt;.</source>
      <translation>Tapez dans la zone de recherche en haut de la liste (Ctrl+K). Les accents et les terminaisons ne comptent pas : &lt;i&gt;verification&lt;/i&gt; trouve aussi &lt;i&gt;vérification&lt;/i&gt;. Mettez une expression exacte entre guillemets : &lt;i&gt;"future scène de crime"&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="381" />
      <source>Read</source>
      <translation>Lire</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="382" />
      <source>Click a result: the document opens at the page, with your words highlighted. F3 goes to the next hit. Photos always show their caption and credit.</source>
      <translation>Cliquez sur un résultat : le document s’ouvre à la bonne page, vos mots surlignés. F3 passe à l’occurrence suivante. Les photos s’affichent toujours avec leur légende et leur crédit.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="384" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="385" />
      <source>Mark documents and photos with Ctrl+M, then File › Export selection (Ctrl+E): a ZIP, a folder or one PDF, with the credits.</source>
      <translation>Cochez des documents et des photos (ou Ctrl+M), puis Fichier › Exporter la sélection (Ctrl+E) : un ZIP, un dossier ou un seul PDF, avec les crédits.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="325" />
      <source>presskit works offline: nothing you do here goes on the network. Help › User guide explains everything else.</source>
      <translation>presskit fonctionne hors ligne : rien de ce que vous faites ici ne passe par le réseau. Aide › Guide d’utilisation explique tout le reste.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="406" />
      <source>Don't show this again</source>
      <translation>Ne plus afficher</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="411" />
      <source>Open the user guide</source>
      <translation>Ouvrir le guide d’utilisation</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="412" />
      <source>Start reading</source>
      <translation>Commencer la lecture</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="421" />
      <source>presskit opens press kits: documents, statements and photos you can read, search and export without a network.</source>
      <translation>presskit ouvre les dossiers de presse : documents, déclarations et photos à lire, chercher et exporter sans réseau.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="429" />
      <source>from {0}</source>
      <translation>de {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../desktop.py" line="439" />
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../desktop.py" line="440" />
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n photo</numerusform>
        <numerusform>%n photos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../desktop.py" line="442" />
      <source>{0} and {1}, with their credits.</source>
      <translation>{0} et {1}, avec leurs crédits.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="444" />
      <source>{0}, with their credits.</source>
      <translation>{0}, avec leurs crédits.</translation>
    </message>
    <message>
      <location filename="../desktop.py" line="445" />
      <source>{0}.</source>
      <translation>{0}.</translation>
    </message>
  </context>
</TS>