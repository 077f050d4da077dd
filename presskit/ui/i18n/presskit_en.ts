<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>Dates</name>
    <message>
      <location filename="../labels.py" line="59" />
      <source>No date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="76" />
      <source>Day {0} · {1}</source>
      <translation type="unfinished" />
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
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="56" />
      <source>, of which %n photo(s)</source>
      <translation>
        <numerusform>, of which %n photo</numerusform>
        <numerusform>, of which %n photos</numerusform>
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
      <translation>
        <numerusform>
… and %n more</numerusform>
        <numerusform>
… and %n more</numerusform>
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
      <translation>
        <numerusform>%n photo have no known credit:</numerusform>
        <numerusform>%n photos have no known credit:</numerusform>
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
      <translation>
        <numerusform>Exported %n item to {0}.</numerusform>
        <numerusform>Exported %n items to {0}.</numerusform>
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="57" />
      <source>Find in document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="58" />
      <source>Find in this document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="61" />
      <source>Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="61" />
      <source>Previous match (Shift+F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="62" />
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="62" />
      <source>Next match (F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="63" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="63" />
      <source>Close the find bar (Esc)</source>
      <translation type="unfinished" />
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
      <translation>
        <numerusform>%n new item</numerusform>
        <numerusform>%n new items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../importupdate.py" line="59" />
      <source>%n changed item(s)</source>
      <translation>
        <numerusform>%n changed item</numerusform>
        <numerusform>%n changed items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../importupdate.py" line="60" />
      <source>%n removed item(s)</source>
      <translation>
        <numerusform>%n removed item</numerusform>
        <numerusform>%n removed items</numerusform>
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
      <translation type="unfinished" />
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
      <translation>
        <numerusform>%n selected</numerusform>
        <numerusform>%n selected</numerusform>
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
      <translation>
        <numerusform>%n item added to the selection</numerusform>
        <numerusform>%n items added to the selection</numerusform>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="13" />
      <source>Statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="14" />
      <source>Newsletter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="15" />
      <source>Analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="16" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="17" />
      <source>Fact sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="18" />
      <source>Briefing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="19" />
      <source>Media contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="20" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="21" />
      <source>Other</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="25" />
      <source>French</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="26" />
      <source>Spanish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="27" />
      <source>Arabic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="28" />
      <source>Russian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="29" />
      <source>Chinese</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="30" />
      <source>German</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="31" />
      <source>Unknown language</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListPane</name>
    <message>
      <location filename="../listpane.py" line="136" />
      <source>scanned: no searchable text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="201" />
      <location filename="../listpane.py" line="286" />
      <source>Search the kit (Ctrl+K)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="202" />
      <source>Search the kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="208" />
      <source>How to search: phrases, OR, -word, prefix*, kind:, lang:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="209" />
      <source>Search syntax help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="221" />
      <source>Filter by kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="221" />
      <source>Filter by language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="222" />
      <source>Filter by date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="302" />
      <source>&lt;h3&gt;No kit is open&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File › Open kit…&lt;/b&gt; (Ctrl+O) or drop a kit folder on this window.&lt;/p&gt;</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="346" />
      <source>All kinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="348" />
      <source>All languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="350" />
      <source>All dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="410" />
      <source>&lt;h3&gt;Search is not ready&lt;/h3&gt;&lt;p&gt;The kit's search index is being built; results will appear when it is done. You can browse meanwhile.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="417" />
      <source>Searching…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="429" />
      <source>Search is not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="431" />
      <source>That search did not work</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../listpane.py" line="443" />
      <source>%n page(s) match</source>
      <translation>
        <numerusform>%n page match</numerusform>
        <numerusform>%n pages match</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../listpane.py" line="454" />
      <source>p. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="457" />
      <source>Page {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="462" />
      <source>did you mean &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt;?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="469" />
      <source>Check the spelling, or use fewer words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="470" />
      <source>Accents and word endings do not matter: &lt;i&gt;desarmement&lt;/i&gt; finds &lt;i&gt;désarmement&lt;/i&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="472" />
      <source>&lt;a href='clear-filters'&gt;Clear the filters&lt;/a&gt; — they may hide results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="473" />
      <source>No documents match “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="475" />
      <source>Did you mean &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt;?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="478" />
      <source>How to search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="480" />
      <source>No results</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../mainwindow.py" line="72" />
      <source>Side panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="74" />
      <source>Browse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="189" />
      <source>&amp;Open kit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="190" />
      <source>Open a kit folder or a .presskit file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="191" />
      <source>Open the &amp;sample kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="192" />
      <source>Open &amp;recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="195" />
      <source>&amp;Close document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="197" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="199" />
      <source>&amp;Find in document…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="200" />
      <source>Find &amp;next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="201" />
      <source>Find &amp;previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="203" />
      <source>&amp;Search the kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="206" />
      <source>Zoom &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="208" />
      <source>Zoom &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="209" />
      <source>Fit &amp;width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="210" />
      <source>Fit &amp;page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="212" />
      <source>&amp;Full screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="215" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="218" />
      <source>System default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="227" />
      <source>&amp;Reset window layout and history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="229" />
      <source>&amp;About this kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="230" />
      <source>&amp;Photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="231" />
      <source>All &amp;documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="233" />
      <source>Re&amp;build the search index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="235" />
      <source>How to &amp;search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="236" />
      <source>&amp;About presskit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="241" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="241" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="241" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="242" />
      <source>&amp;Kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="242" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="245" />
      <source>Main toolbar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="261" />
      <source>About this kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="264" />
      <source>Photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="271" />
      <source>How to search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="294" />
      <source>Reset presskit?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="295" />
      <source>Forget the window layout, recent kits and where you were in each document? Your kits are not touched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="305" />
      <source>Window layout and history were reset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="309" />
      <source>Settings were reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="310" />
      <source>presskit could not read its settings file, so it started with default settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="313" />
      <source>The unreadable file was kept as {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="326" />
      <source>Open a kit folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="337" />
      <source>Clear the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="339" />
      <source>No recent kits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="345" />
      <source>Opening {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="352" />
      <source>This kit cannot be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="360" />
      <source>presskit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="391" />
      <location filename="../mainwindow.py" line="415" />
      <source>Search will be ready when the kit is indexed</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../mainwindow.py" line="405" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="406" />
      <source>search ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="406" />
      <source>not indexed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="416" />
      <source>Preparing the kit for search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="416" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="418" />
      <source>Indexing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="430" />
      <source>Preparing the kit for search…
{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="438" />
      <source>The kit is ready to search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="445" />
      <source>Search is unavailable: the kit could not be indexed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="447" />
      <source>The kit could not be indexed for search; you can still browse it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="453" />
      <source>Not indexed: Kit › Rebuild the search index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="455" />
      <source>Indexing stopped. Browse the kit, or use Kit › Rebuild the search index to search it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="511" />
      <source>Copied {0} — this laptop may be offline, so presskit does not open links.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="529" />
      <source>About presskit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="530" />
      <source>&lt;h3&gt;presskit {0}&lt;/h3&gt;&lt;p&gt;Read, search and export a press kit offline.&lt;/p&gt;&lt;p&gt;presskit never connects to the network.&lt;/p&gt;&lt;p&gt;Qt for Python {1} · PyMuPDF · Whoosh&lt;/p&gt;&lt;p&gt;Licence: AGPL-3.0-or-later.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <location filename="../navigator.py" line="44" />
      <source>Navigator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="82" />
      <source>About this kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="83" />
      <source>All documents  ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="85" />
      <source>Photos  ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="88" />
      <source>By kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="95" />
      <source>Conference days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="101" />
      <source>By language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="107" />
      <source>Speakers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="112" />
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewItemsPanel</name>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="133" />
      <source>%n item(s) new or changed since you last opened this kit.</source>
      <translation>
        <numerusform>%n item new or changed since you last opened this kit.</numerusform>
        <numerusform>%n items new or changed since you last opened this kit.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PdfView</name>
    <message>
      <location filename="../pdfview.py" line="51" />
      <source>PDF document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../pdfview.py" line="116" />
      <source>This PDF is protected by a password; presskit cannot show it yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../pdfview.py" line="132" />
      <source>This PDF cannot be opened: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../pdfview.py" line="559" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhotoGallery</name>
    <message>
      <location filename="../photoview.py" line="41" />
      <source>Photo gallery</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhotoView</name>
    <message>
      <location filename="../photoview.py" line="162" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="186" />
      <source>Photo credit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="187" />
      <source>Photo caption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="190" />
      <source>Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="191" />
      <source>Fit the photo to the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="193" />
      <source>100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="194" />
      <source>Show the photo at its actual size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="221" />
      <source>This photo cannot be shown: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Photos</name>
    <message>
      <location filename="../photoview.py" line="30" />
      <location filename="../photoview.py" line="86" />
      <source>Photo: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="30" />
      <location filename="../photoview.py" line="86" />
      <source>Credit unknown</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../quotes_panel.py" line="182" />
      <source>%n quotation(s)</source>
      <translation>
        <numerusform>%n quotation</numerusform>
        <numerusform>%n quotations</numerusform>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="156" />
      <source>Zoom in (Ctrl+Plus)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="157" />
      <source>Fit width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="157" />
      <source>Fit the page width to the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="158" />
      <source>Fit page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="158" />
      <source>Show whole pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="162" />
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="164" />
      <source>Page number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="176" />
      <source>Previous hit (Shift+F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="177" />
      <source>Next hit (F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="178" />
      <source>Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="178" />
      <source>Find in this document (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="179" />
      <source>Web links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="179" />
      <source>Web addresses in this document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="191" />
      <location filename="../reader.py" line="247" />
      <source>About this kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="235" />
      <source>No kit open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="236" />
      <source>Open a kit with File › Open kit… (Ctrl+O).</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="284" />
      <source>The file {0} is missing from the kit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="316" />
      <source>This file cannot be read: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="362" />
      <source>Read in {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="382" />
      <source>Web links ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="455" />
      <source>of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="498" />
      <source>Hit {0} of {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsList</name>
    <message>
      <location filename="../listpane.py" line="104" />
      <source>Documents and search results</source>
      <translation type="unfinished" />
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
      <translation>
        <numerusform>%n item selected</numerusform>
        <numerusform>%n items selected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="150" />
      <source> (%n photo(s))</source>
      <translation>
        <numerusform> (%n photo)</numerusform>
        <numerusform> (%n photos)</numerusform>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="152" />
      <source>&lt;h3&gt;Searching the kit&lt;/h3&gt;&lt;p&gt;Accents, capitals and word endings do not matter: &lt;code&gt;desarmement&lt;/code&gt; finds &lt;i&gt;désarmement&lt;/i&gt;, &lt;code&gt;treaties&lt;/code&gt; finds &lt;i&gt;treaty&lt;/i&gt;.&lt;/p&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;nuclear ban&lt;/code&gt;&lt;/td&gt;&lt;td&gt;both words, anywhere in a page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"nuclear ban"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the exact phrase (also « … » and “ … ”)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ban OR treaty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;treaty -draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without the word &lt;i&gt;draft&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;disarm*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words starting with &lt;i&gt;disarm&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:statement&lt;/code&gt;&lt;/td&gt;&lt;td&gt;only statements (also press-release, newsletter, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:fr&lt;/code&gt;&lt;/td&gt;&lt;td&gt;only documents in French&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;speaker:diallo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents by or quoting a speaker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;title:agenda&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a word in the title&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Use the Kind, Language and Date lists under the search box to narrow results. Open a result to land on its page with every hit highlighted; F3 and Shift+F3 step through them.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TextView</name>
    <message>
      <location filename="../textview.py" line="61" />
      <source>Document text</source>
      <translation type="unfinished" />
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
      <translation>
        <numerusform>New (%n)</numerusform>
        <numerusform>New (%n)</numerusform>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../printing.py" line="119" />
      <source>Preparing the selection for printing…</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>