<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
  <context>
    <name>Dates</name>
    <message>
      <location filename="../labels.py" line="59" />
      <source>No date</source>
      <translation>Sans date</translation>
    </message>
    <message>
      <location filename="../labels.py" line="76" />
      <source>Day {0} · {1}</source>
      <translation>Jour {0} · {1}</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../export_dialog.py" line="50" />
      <source>Export the selection</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="56" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n élément</numerusform>
        <numerusform>%n éléments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="56" />
      <source>, of which %n photo(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="61" />
      <source>Export as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="65" />
      <source>ZIP archive: the files by kind, CREDITS.txt, index.html</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="66" />
      <source>Folder: the same, unpacked (e.g. onto a USB stick)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="67" />
      <source>One PDF: cover, contents, bookmarks, photos with credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="80" />
      <location filename="../export_dialog.py" line="142" />
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="81" />
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="83" />
      <source>To:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="88" />
      <source>Print each photo's credit in a white strip under the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="103" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="136" />
      <source>Export into which folder?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="141" />
      <source>ZIP archives (*.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="141" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="161" />
      <source>Choose where to export to.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="170" />
      <source>
… and %n more</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="171" />
      <source>Photos without a credit</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="172" />
      <source>%n photo(s) have no known credit:</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="173" />
      <source>Export them anyway? Check with the publisher before using them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="174" />
      <source>Not exported. Unmark those photos, or export anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="185" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="199" />
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="207" />
      <source>Exporting… {0}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="219" />
      <source>Exported %n item(s) to {0}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="221" />
      <source>Warnings:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="223" />
      <source>Export again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="224" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="234" />
      <source>The export failed: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="243" />
      <source>Export cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../reader.py" line="55" />
      <source>Find:</source>
      <translation>Rechercher :</translation>
    </message>
    <message>
      <location filename="../reader.py" line="57" />
      <source>Find in document</source>
      <translation>Rechercher dans le document</translation>
    </message>
    <message>
      <location filename="../reader.py" line="58" />
      <source>Find in this document</source>
      <translation>Rechercher dans ce document</translation>
    </message>
    <message>
      <location filename="../reader.py" line="61" />
      <source>Previous</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <location filename="../reader.py" line="61" />
      <source>Previous match (Shift+F3)</source>
      <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
      <location filename="../reader.py" line="62" />
      <source>Next</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <location filename="../reader.py" line="62" />
      <source>Next match (F3)</source>
      <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
      <location filename="../reader.py" line="63" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../reader.py" line="63" />
      <source>Close the find bar (Esc)</source>
      <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
  </context>
  <context>
    <name>ImportUpdate</name>
    <message>
      <location filename="../importupdate.py" line="24" />
      <source>Import &amp;update…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="26" />
      <source>Apply a day's update pack (.presskit) from the kit's publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="41" />
      <source>Import an update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="42" />
      <source>presskit updates (*.presskit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="54" />
      <source>This update cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../importupdate.py" line="58" />
      <source>%n new item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../importupdate.py" line="59" />
      <source>%n changed item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../importupdate.py" line="60" />
      <source>%n removed item(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="63" />
      <source>an unnamed publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="64" />
      <source>signed by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="64" />
      <source>NOT signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="65" />
      <source>Update for “{0}”, {1}: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="66" />
      <source>no new items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="67" />
      <source>Import update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="69" />
      <source>presskit checks that it comes from the same publisher as this kit before changing anything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="76" />
      <source>Applying the update…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="76" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../importupdate.py" line="89" />
      <source>Applying the update: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="109" />
      <source>The update was not applied; the kit is unchanged.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalistTools</name>
    <message>
      <location filename="../journalism.py" line="41" />
      <location filename="../journalism.py" line="129" />
      <source>Selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="42" />
      <source>Quotes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="79" />
      <source>&amp;Export selection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="82" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="85" />
      <source>Print se&amp;lection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="92" />
      <source>Copy with &amp;citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="93" />
      <source>Copy the selected text or quotation with its source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="94" />
      <source>Citation st&amp;yle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="97" />
      <source>News (“…,” said …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="97" />
      <source>Bibliographic (MLA-like)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="108" />
      <source>&amp;Mark for export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="109" />
      <source>Add the selected documents or photos to the selection, or remove them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="110" />
      <source>Select all &amp;listed items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="111" />
      <source>Add every document or photo the list shows (e.g. all search results) to the selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="113" />
      <source>Show the selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="114" />
      <source>&amp;Quotations</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../journalism.py" line="128" />
      <location filename="../journalism.py" line="154" />
      <source>%n selected</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../journalism.py" line="129" />
      <source>Selected ({0})</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../journalism.py" line="158" />
      <source>%n item(s) added to the selection</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../journalism.py" line="171" />
      <source>Mark documents or photos first (Ctrl+M).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="176" />
      <source>Exported to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="186" />
      <source>Open a document to print it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="191" />
      <source>This document cannot be printed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="199" />
      <source>The selection cannot be printed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="213" />
      <source>Copied the quotation with its citation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="227" />
      <source>Select some text in a document, or a quotation, first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="234" />
      <source>Copied with its citation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="238" />
      <location filename="../journalism.py" line="246" />
      <source>Copy with citation</source>
      <translation type="unfinished" />
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
    <name>KitInfo</name>
    <message numerus="yes">
      <location filename="../kitinfo.py" line="41" />
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../kitinfo.py" line="42" />
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n photo</numerusform>
        <numerusform>%n photos</numerusform>
      </translation>
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
    <name>ListPane</name>
    <message>
      <location filename="../listpane.py" line="136" />
      <source>scanned: no searchable text</source>
      <translation>numérisé : pas de texte cherchable</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="201" />
      <location filename="../listpane.py" line="286" />
      <source>Search the kit (Ctrl+K)</source>
      <translation>Rechercher dans le dossier (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="202" />
      <source>Search the kit</source>
      <translation>Rechercher dans le dossier</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="208" />
      <source>How to search: phrases, OR, -word, prefix*, kind:, lang:</source>
      <translation>Comment chercher : expressions, OR, -mot, préfixe*, kind:, lang:</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="209" />
      <source>Search syntax help</source>
      <translation>Aide sur la recherche</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="221" />
      <source>Filter by kind</source>
      <translation>Filtrer par type</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="221" />
      <source>Filter by language</source>
      <translation>Filtrer par langue</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="222" />
      <source>Filter by date</source>
      <translation>Filtrer par date</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="302" />
      <source>&lt;h3&gt;No kit is open&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File › Open kit…&lt;/b&gt; (Ctrl+O) or drop a kit folder on this window.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Aucun dossier ouvert&lt;/h3&gt;&lt;p&gt;Utilisez &lt;b&gt;Fichier › Ouvrir un dossier…&lt;/b&gt; (Ctrl+O) ou déposez un dossier de presse sur cette fenêtre.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <location filename="../listpane.py" line="314" />
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n photo</numerusform>
        <numerusform>%n photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../listpane.py" line="318" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../listpane.py" line="323" />
      <location filename="../listpane.py" line="465" />
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../listpane.py" line="327" />
      <source>&lt;h3&gt;Nothing here&lt;/h3&gt;&lt;p&gt;No document matches these filters.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Rien ici&lt;/h3&gt;&lt;p&gt;Aucun document ne correspond à ces filtres.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="346" />
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="348" />
      <source>All languages</source>
      <translation>Toutes les langues</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="350" />
      <source>All dates</source>
      <translation>Toutes les dates</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="410" />
      <source>&lt;h3&gt;Search is not ready&lt;/h3&gt;&lt;p&gt;The kit's search index is being built; results will appear when it is done. You can browse meanwhile.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;La recherche n’est pas prête&lt;/h3&gt;&lt;p&gt;L’index du dossier est en cours de construction ; les résultats apparaîtront ensuite. Vous pouvez parcourir le dossier en attendant.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="417" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="429" />
      <source>Search is not available</source>
      <translation>La recherche n’est pas disponible</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="431" />
      <source>That search did not work</source>
      <translation>Cette recherche n’a pas abouti</translation>
    </message>
    <message numerus="yes">
      <location filename="../listpane.py" line="443" />
      <source>%n page(s) match</source>
      <translation>
        <numerusform>%n page correspond</numerusform>
        <numerusform>%n pages correspondent</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../listpane.py" line="454" />
      <source>p. {0}</source>
      <translation>p. {0}</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="457" />
      <source>Page {0}</source>
      <translation>Page {0}</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="462" />
      <source>did you mean &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt;?</source>
      <translation>vouliez-vous dire &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt; ?</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="469" />
      <source>Check the spelling, or use fewer words.</source>
      <translation>Vérifiez l’orthographe, ou utilisez moins de mots.</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="470" />
      <source>Accents and word endings do not matter: &lt;i&gt;desarmement&lt;/i&gt; finds &lt;i&gt;désarmement&lt;/i&gt;.</source>
      <translation>Les accents et les terminaisons ne comptent pas : &lt;i&gt;desarmement&lt;/i&gt; trouve &lt;i&gt;désarmement&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="472" />
      <source>&lt;a href='clear-filters'&gt;Clear the filters&lt;/a&gt; — they may hide results.</source>
      <translation>&lt;a href='clear-filters'&gt;Effacer les filtres&lt;/a&gt; — ils masquent peut-être des résultats.</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="473" />
      <source>No documents match “{0}”</source>
      <translation>Aucun document ne correspond à « {0} »</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="475" />
      <source>Did you mean &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt;?</source>
      <translation>Vouliez-vous dire &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt; ?</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="478" />
      <source>How to search</source>
      <translation>Comment chercher</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="480" />
      <source>No results</source>
      <translation>Aucun résultat</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../mainwindow.py" line="72" />
      <source>Side panel</source>
      <translation>Panneau latéral</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="74" />
      <source>Browse</source>
      <translation>Parcourir</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="189" />
      <source>&amp;Open kit…</source>
      <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="190" />
      <source>Open a kit folder or a .presskit file</source>
      <translation>Ouvrir un dossier de presse ou un fichier .presskit</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="191" />
      <source>Open the &amp;sample kit</source>
      <translation>Ouvrir le dossier d’&amp;exemple</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="192" />
      <source>Open &amp;recent</source>
      <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="195" />
      <source>&amp;Close document</source>
      <translation>&amp;Fermer le document</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="197" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="199" />
      <source>&amp;Find in document…</source>
      <translation>&amp;Rechercher dans le document…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="200" />
      <source>Find &amp;next</source>
      <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="201" />
      <source>Find &amp;previous</source>
      <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="203" />
      <source>&amp;Search the kit</source>
      <translation>&amp;Chercher dans le dossier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="206" />
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="208" />
      <source>Zoom &amp;out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="209" />
      <source>Fit &amp;width</source>
      <translation>Pleine &amp;largeur</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="210" />
      <source>Fit &amp;page</source>
      <translation>Page &amp;entière</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="212" />
      <source>&amp;Full screen</source>
      <translation>Plein é&amp;cran</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="215" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="218" />
      <source>System default</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="227" />
      <source>&amp;Reset window layout and history…</source>
      <translation>&amp;Réinitialiser la fenêtre et l’historique…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="229" />
      <source>&amp;About this kit</source>
      <translation>À &amp;propos de ce dossier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="230" />
      <source>&amp;Photos</source>
      <translation>&amp;Photos</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="231" />
      <source>All &amp;documents</source>
      <translation>Tous les &amp;documents</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="233" />
      <source>Re&amp;build the search index</source>
      <translation>Re&amp;construire l’index de recherche</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="235" />
      <source>How to &amp;search</source>
      <translation>Comment &amp;chercher</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="236" />
      <source>&amp;About presskit</source>
      <translation>À &amp;propos de presskit</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="241" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="241" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="241" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="242" />
      <source>&amp;Kit</source>
      <translation>&amp;Dossier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="242" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="245" />
      <source>Main toolbar</source>
      <translation>Barre d’outils principale</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="261" />
      <source>About this kit</source>
      <translation>À propos de ce dossier</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="264" />
      <source>Photos</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="271" />
      <source>How to search</source>
      <translation>Comment chercher</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="294" />
      <source>Reset presskit?</source>
      <translation>Réinitialiser presskit ?</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="295" />
      <source>Forget the window layout, recent kits and where you were in each document? Your kits are not touched.</source>
      <translation>Oublier la disposition de la fenêtre, les dossiers récents et la position dans chaque document ? Vos dossiers ne sont pas modifiés.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="305" />
      <source>Window layout and history were reset.</source>
      <translation>La fenêtre et l’historique ont été réinitialisés.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="309" />
      <source>Settings were reset</source>
      <translation>Réglages réinitialisés</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="310" />
      <source>presskit could not read its settings file, so it started with default settings.</source>
      <translation>presskit n’a pas pu lire son fichier de réglages ; il a démarré avec les réglages par défaut.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="313" />
      <source>The unreadable file was kept as {0}</source>
      <translation>Le fichier illisible a été conservé sous {0}</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="326" />
      <source>Open a kit folder</source>
      <translation>Ouvrir un dossier de presse</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="337" />
      <source>Clear the list</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="339" />
      <source>No recent kits</source>
      <translation>Aucun dossier récent</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="345" />
      <source>Opening {0}…</source>
      <translation>Ouverture de {0}…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="352" />
      <source>This kit cannot be opened.</source>
      <translation>Impossible d’ouvrir ce dossier.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="360" />
      <source>presskit</source>
      <translation>presskit</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="391" />
      <location filename="../mainwindow.py" line="415" />
      <source>Search will be ready when the kit is indexed</source>
      <translation>La recherche sera prête une fois le dossier indexé</translation>
    </message>
    <message numerus="yes">
      <location filename="../mainwindow.py" line="405" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n élément</numerusform>
        <numerusform>%n éléments</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="406" />
      <source>search ready</source>
      <translation>recherche prête</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="406" />
      <source>not indexed</source>
      <translation>non indexé</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="416" />
      <source>Preparing the kit for search…</source>
      <translation>Préparation du dossier pour la recherche…</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="416" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="418" />
      <source>Indexing</source>
      <translation>Indexation</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="430" />
      <source>Preparing the kit for search…
{0}</source>
      <translation>Préparation du dossier pour la recherche…
{0}</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="438" />
      <source>The kit is ready to search.</source>
      <translation>Le dossier est prêt pour la recherche.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="445" />
      <source>Search is unavailable: the kit could not be indexed</source>
      <translation>Recherche indisponible : le dossier n’a pas pu être indexé</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="447" />
      <source>The kit could not be indexed for search; you can still browse it.</source>
      <translation>Le dossier n’a pas pu être indexé ; vous pouvez tout de même le parcourir.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="453" />
      <source>Not indexed: Kit › Rebuild the search index</source>
      <translation>Non indexé : Dossier › Reconstruire l’index de recherche</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="455" />
      <source>Indexing stopped. Browse the kit, or use Kit › Rebuild the search index to search it.</source>
      <translation>Indexation arrêtée. Parcourez le dossier, ou utilisez Dossier › Reconstruire l’index de recherche pour y chercher.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="511" />
      <source>Copied {0} — this laptop may be offline, so presskit does not open links.</source>
      <translation>{0} copié — cet ordinateur est peut-être hors ligne, presskit n’ouvre donc pas les liens.</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="529" />
      <source>About presskit</source>
      <translation>À propos de presskit</translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="530" />
      <source>&lt;h3&gt;presskit {0}&lt;/h3&gt;&lt;p&gt;Read, search and export a press kit offline.&lt;/p&gt;&lt;p&gt;presskit never connects to the network.&lt;/p&gt;&lt;p&gt;Qt for Python {1} · PyMuPDF · Whoosh&lt;/p&gt;&lt;p&gt;Licence: AGPL-3.0-or-later.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;presskit {0}&lt;/h3&gt;&lt;p&gt;Lire, chercher et exporter un dossier de presse hors ligne.&lt;/p&gt;&lt;p&gt;presskit ne se connecte jamais au réseau.&lt;/p&gt;&lt;p&gt;Qt for Python {1} · PyMuPDF · Whoosh&lt;/p&gt;&lt;p&gt;Licence : AGPL-3.0 ou ultérieure.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <location filename="../navigator.py" line="44" />
      <source>Navigator</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="82" />
      <source>About this kit</source>
      <translation>À propos de ce dossier</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="83" />
      <source>All documents  ({0})</source>
      <translation>Tous les documents  ({0})</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="85" />
      <source>Photos  ({0})</source>
      <translation>Photos  ({0})</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="88" />
      <source>By kind</source>
      <translation>Par type</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="95" />
      <source>Conference days</source>
      <translation>Jours de la conférence</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="101" />
      <source>By language</source>
      <translation>Par langue</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="107" />
      <source>Speakers</source>
      <translation>Orateurs</translation>
    </message>
    <message>
      <location filename="../navigator.py" line="112" />
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
  </context>
  <context>
    <name>NewItemsPanel</name>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="133" />
      <source>%n item(s) new or changed since you last opened this kit.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>PdfView</name>
    <message>
      <location filename="../pdfview.py" line="51" />
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <location filename="../pdfview.py" line="116" />
      <source>This PDF is protected by a password; presskit cannot show it yet.</source>
      <translation>Ce PDF est protégé par un mot de passe ; presskit ne peut pas encore l’afficher.</translation>
    </message>
    <message>
      <location filename="../pdfview.py" line="132" />
      <source>This PDF cannot be opened: {0}</source>
      <translation>Impossible d’ouvrir ce PDF : {0}</translation>
    </message>
    <message>
      <location filename="../pdfview.py" line="559" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
  </context>
  <context>
    <name>PhotoGallery</name>
    <message>
      <location filename="../photoview.py" line="41" />
      <source>Photo gallery</source>
      <translation>Galerie de photos</translation>
    </message>
  </context>
  <context>
    <name>PhotoView</name>
    <message>
      <location filename="../photoview.py" line="162" />
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="186" />
      <source>Photo credit</source>
      <translation>Crédit photo</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="187" />
      <source>Photo caption</source>
      <translation>Légende de la photo</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="190" />
      <source>Fit</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="191" />
      <source>Fit the photo to the window</source>
      <translation>Ajuster la photo à la fenêtre</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="193" />
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="194" />
      <source>Show the photo at its actual size</source>
      <translation>Afficher la photo en taille réelle</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="221" />
      <source>This photo cannot be shown: {0}</source>
      <translation>Impossible d’afficher cette photo : {0}</translation>
    </message>
  </context>
  <context>
    <name>Photos</name>
    <message>
      <location filename="../photoview.py" line="30" />
      <location filename="../photoview.py" line="86" />
      <source>Photo: {0}</source>
      <translation>Photo : {0}</translation>
    </message>
    <message>
      <location filename="../photoview.py" line="30" />
      <location filename="../photoview.py" line="86" />
      <source>Credit unknown</source>
      <translation>Crédit inconnu</translation>
    </message>
  </context>
  <context>
    <name>QuotesPanel</name>
    <message>
      <location filename="../quotes_panel.py" line="51" />
      <location filename="../quotes_panel.py" line="52" />
      <source>Search quotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="56" />
      <source>Filter by speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="58" />
      <source>Filter by organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="72" />
      <source>Quotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="98" />
      <source>Quotations appear when the kit is ready to search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="106" />
      <source>Loading quotations…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="129" />
      <source>All speakers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="130" />
      <source>All organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="172" />
      <source>unattributed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="174" />
      <source>(attributed to the document)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="175" />
      <source>p. {0}</source>
      <translation>p. {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../quotes_panel.py" line="182" />
      <source>%n quotation(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../quotes_panel.py" line="182" />
      <source>No quotation matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="204" />
      <source>Open at this quotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_panel.py" line="205" />
      <source>Copy with citation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReaderPane</name>
    <message>
      <location filename="../reader.py" line="152" />
      <source>Zoom out (Ctrl+Minus)</source>
      <translation>Zoom arrière (Ctrl+Moins)</translation>
    </message>
    <message>
      <location filename="../reader.py" line="156" />
      <source>Zoom in (Ctrl+Plus)</source>
      <translation>Zoom avant (Ctrl+Plus)</translation>
    </message>
    <message>
      <location filename="../reader.py" line="157" />
      <source>Fit width</source>
      <translation>Pleine largeur</translation>
    </message>
    <message>
      <location filename="../reader.py" line="157" />
      <source>Fit the page width to the window</source>
      <translation>Ajuster la largeur de la page à la fenêtre</translation>
    </message>
    <message>
      <location filename="../reader.py" line="158" />
      <source>Fit page</source>
      <translation>Page entière</translation>
    </message>
    <message>
      <location filename="../reader.py" line="158" />
      <source>Show whole pages</source>
      <translation>Afficher des pages entières</translation>
    </message>
    <message>
      <location filename="../reader.py" line="162" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../reader.py" line="164" />
      <source>Page number</source>
      <translation>Numéro de page</translation>
    </message>
    <message>
      <location filename="../reader.py" line="176" />
      <source>Previous hit (Shift+F3)</source>
      <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
      <location filename="../reader.py" line="177" />
      <source>Next hit (F3)</source>
      <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
      <location filename="../reader.py" line="178" />
      <source>Find…</source>
      <translation>Rechercher…</translation>
    </message>
    <message>
      <location filename="../reader.py" line="178" />
      <source>Find in this document (Ctrl+F)</source>
      <translation>Rechercher dans ce document (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../reader.py" line="179" />
      <source>Web links</source>
      <translation>Liens web</translation>
    </message>
    <message>
      <location filename="../reader.py" line="179" />
      <source>Web addresses in this document</source>
      <translation>Adresses web citées dans ce document</translation>
    </message>
    <message>
      <location filename="../reader.py" line="191" />
      <location filename="../reader.py" line="247" />
      <source>About this kit</source>
      <translation>À propos de ce dossier</translation>
    </message>
    <message>
      <location filename="../reader.py" line="235" />
      <source>No kit open</source>
      <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
      <location filename="../reader.py" line="236" />
      <source>Open a kit with File › Open kit… (Ctrl+O).</source>
      <translation>Ouvrez un dossier avec Fichier › Ouvrir un dossier… (Ctrl+O).</translation>
    </message>
    <message numerus="yes">
      <location filename="../reader.py" line="275" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../reader.py" line="277" />
      <source>scanned: no searchable text</source>
      <translation>numérisé : pas de texte cherchable</translation>
    </message>
    <message>
      <location filename="../reader.py" line="284" />
      <source>The file {0} is missing from the kit.</source>
      <translation>Le fichier {0} manque dans le dossier.</translation>
    </message>
    <message>
      <location filename="../reader.py" line="316" />
      <source>This file cannot be read: {0}</source>
      <translation>Impossible de lire ce fichier : {0}</translation>
    </message>
    <message>
      <location filename="../reader.py" line="362" />
      <source>Read in {0}</source>
      <translation>Lire en {0}</translation>
    </message>
    <message>
      <location filename="../reader.py" line="382" />
      <source>Web links ({0})</source>
      <translation>Liens web ({0})</translation>
    </message>
    <message>
      <location filename="../reader.py" line="455" />
      <source>of {0}</source>
      <translation>sur {0}</translation>
    </message>
    <message>
      <location filename="../reader.py" line="498" />
      <source>Hit {0} of {1}</source>
      <translation>Résultat {0} sur {1}</translation>
    </message>
  </context>
  <context>
    <name>ResultsList</name>
    <message>
      <location filename="../listpane.py" line="104" />
      <source>Documents and search results</source>
      <translation>Documents et résultats</translation>
    </message>
  </context>
  <context>
    <name>SelectionPanel</name>
    <message>
      <location filename="../selection.py" line="112" />
      <source>Selected documents and photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="120" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="123" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="125" />
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="126" />
      <source>Unmark everything</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="149" />
      <source>%n item(s) selected</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="150" />
      <source> (%n photo(s))</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="152" />
      <source>Nothing selected. Mark documents and photos with Ctrl+M or their context menu, or use “Select all results” after a search.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyntaxHelp</name>
    <message>
      <location filename="../listpane.py" line="147" />
      <source>How to search</source>
      <translation>Comment chercher</translation>
    </message>
    <message>
      <location filename="../listpane.py" line="152" />
      <source>&lt;h3&gt;Searching the kit&lt;/h3&gt;&lt;p&gt;Accents, capitals and word endings do not matter: &lt;code&gt;desarmement&lt;/code&gt; finds &lt;i&gt;désarmement&lt;/i&gt;, &lt;code&gt;treaties&lt;/code&gt; finds &lt;i&gt;treaty&lt;/i&gt;.&lt;/p&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;nuclear ban&lt;/code&gt;&lt;/td&gt;&lt;td&gt;both words, anywhere in a page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"nuclear ban"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the exact phrase (also « … » and “ … ”)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ban OR treaty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;treaty -draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without the word &lt;i&gt;draft&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;disarm*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words starting with &lt;i&gt;disarm&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:statement&lt;/code&gt;&lt;/td&gt;&lt;td&gt;only statements (also press-release, newsletter, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:fr&lt;/code&gt;&lt;/td&gt;&lt;td&gt;only documents in French&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;speaker:diallo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents by or quoting a speaker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;title:agenda&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a word in the title&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Use the Kind, Language and Date lists under the search box to narrow results. Open a result to land on its page with every hit highlighted; F3 and Shift+F3 step through them.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Chercher dans le dossier&lt;/h3&gt;&lt;p&gt;Les accents, les majuscules et les terminaisons ne comptent pas : &lt;code&gt;desarmement&lt;/code&gt; trouve &lt;i&gt;désarmement&lt;/i&gt;, &lt;code&gt;traites&lt;/code&gt; trouve &lt;i&gt;traité&lt;/i&gt;.&lt;/p&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;interdiction nucléaire&lt;/code&gt;&lt;/td&gt;&lt;td&gt;les deux mots, n’importe où sur une page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"interdiction nucléaire"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;l’expression exacte (aussi « … » et “ … ”)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;interdiction OR traité&lt;/code&gt;&lt;/td&gt;&lt;td&gt;l’un ou l’autre mot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;traité -projet&lt;/code&gt;&lt;/td&gt;&lt;td&gt;sans le mot &lt;i&gt;projet&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;désarm*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;les mots qui commencent par &lt;i&gt;désarm&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:statement&lt;/code&gt;&lt;/td&gt;&lt;td&gt;seulement les déclarations (aussi press-release, newsletter, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:fr&lt;/code&gt;&lt;/td&gt;&lt;td&gt;seulement les documents en français&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;speaker:diallo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents d’un orateur ou qui le citent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;title:programme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un mot du titre&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Les listes Type, Langue et Date sous la zone de recherche affinent les résultats. Un résultat s’ouvre à sa page, chaque occurrence surlignée ; F3 et Maj+F3 passent de l’une à l’autre.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>TextView</name>
    <message>
      <location filename="../textview.py" line="61" />
      <source>Document text</source>
      <translation>Texte du document</translation>
    </message>
  </context>
  <context>
    <name>TrustBadge</name>
    <message>
      <location filename="../trustbadge.py" line="48" />
      <source>Checking signature…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="48" />
      <source>presskit is checking who signed this kit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="54" />
      <source>✔ Signed by {0} — checking files {1}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="62" />
      <source>✔ Signed by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="64" />
      <source>✔ Signed by {0} — checking files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="65" />
      <source>Signed by {0}.
Key fingerprint: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="67" />
      <source>Unsigned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="67" />
      <source>⚠ Unsigned, files changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="68" />
      <source>Nobody vouches for where this kit comes from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="72" />
      <source>⚠ Modified after signing: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="74" />
      <source>⚠ Bad signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="78" />
      <source>an unnamed publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="90" />
      <source>The check is still running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="93" />
      <source>Key fingerprint: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="94" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="94" />
      <source>Missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="95" />
      <source>Not in the manifest (never shown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="99" />
      <source>{0} files checked ({1:.1f} MB) in {2:.1f} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="102" />
      <source>Files are still being checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="106" />
      <source>Signature</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrustController</name>
    <message>
      <location filename="../trustbadge.py" line="151" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="184" />
      <source>New (%n)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../printing.py" line="76" />
      <source>Print {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../printing.py" line="82" />
      <source>Printing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../printing.py" line="83" />
      <location filename="../printing.py" line="119" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../printing.py" line="119" />
      <source>Preparing the selection for printing…</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>