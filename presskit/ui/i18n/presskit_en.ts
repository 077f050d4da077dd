<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../desktop.py" line="95" />
      <source>About presskit</source>
      <extracomment>(component, what presskit uses it for, licence) - shown in About and kept in step with NOTICE.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="106" />
      <source>Read, search and export a press kit offline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="108" />
      <source>presskit never connects to the network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="118" />
      <source>Licence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="119" />
      <source>Third-party software</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="125" />
      <source>GNU AGPL v3 (full text)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="143" />
      <source>presskit is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (AGPL-3.0-or-later).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="147" />
      <source>presskit is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU Affero General Public License for more details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="150" />
      <source>Why the AGPL: presskit reads and renders PDFs with PyMuPDF (MuPDF), which is licensed under the AGPL-3.0. Whoever passes this app on, for example on a USB stick, must also offer its complete source code under the same licence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="166" />
      <source>Qt and Qt for Python are used as shared libraries under the LGPL-3.0: they sit as separate files in the app's folder and can be replaced by your own build of the same version.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <location filename="../labels.py" line="71" />
      <source>No date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="130" />
      <source>Day {0} · {1}</source>
      <extracomment>A day in lists of days: the weekday helps at a conference; the year is added when the days span several years (a kit of background papers from 1998 to 2022 listed "Wed 14 Oct" with no year). Longest span of dates still read as one meeting's days (a conference with its run-up).</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../export_dialog.py" line="52" />
      <source>Export the selection</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="58" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="58" />
      <source>, of which %n photo(s)</source>
      <translation>
        <numerusform>, of which %n photo</numerusform>
        <numerusform>, of which %n photos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="78" />
      <source>Export as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="82" />
      <source>ZIP archive: the files by kind, CREDITS.txt, index.html</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="83" />
      <source>Folder: the same, unpacked (e.g. onto a USB stick)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="84" />
      <source>One PDF: cover, contents, bookmarks, photos with credits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="97" />
      <location filename="../export_dialog.py" line="150" />
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="98" />
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="100" />
      <source>To:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="64" />
      <source>Print each photo's credit in a white strip under the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="117" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="144" />
      <source>Export into which folder?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="149" />
      <source>ZIP archives (*.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="149" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="170" />
      <source>Choose where to export to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="176" />
      <source>The folder {0} already exists and is not empty. Choose a new folder name.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="182" />
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
      <location filename="../export_dialog.py" line="183" />
      <source>Photos without a credit</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="184" />
      <source>%n photo(s) have no known credit:</source>
      <translation>
        <numerusform>%n photo have no known credit:</numerusform>
        <numerusform>%n photos have no known credit:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="185" />
      <source>Export them anyway? Check with the publisher before using them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="186" />
      <source>Not exported. Unmark those photos, or export anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="197" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="212" />
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="220" />
      <source>Exporting… {0}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../export_dialog.py" line="232" />
      <source>Exported %n item(s) to {0}.</source>
      <translation>
        <numerusform>Exported %n item to {0}.</numerusform>
        <numerusform>Exported %n items to {0}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../export_dialog.py" line="234" />
      <source>Warnings:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="236" />
      <source>Export again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="237" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="247" />
      <source>The export failed: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../export_dialog.py" line="256" />
      <source>Export cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../findbar.py" line="36" />
      <source>Find:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../findbar.py" line="38" />
      <source>Find in document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../findbar.py" line="39" />
      <source>Find in this document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../findbar.py" line="43" />
      <source>Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../findbar.py" line="43" />
      <source>Previous match (Shift+F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../findbar.py" line="44" />
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../findbar.py" line="44" />
      <source>Next match (F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../findbar.py" line="45" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../findbar.py" line="45" />
      <source>Close the find bar (Esc)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportUpdate</name>
    <message>
      <location filename="../importupdate.py" line="32" />
      <source>Import &amp;update…</source>
      <extracomment>How many items the confirmation names in its text (all of them are in its details).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="34" />
      <source>Apply a day's update pack (.presskit) from the kit's publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="49" />
      <source>Import an update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="50" />
      <source>presskit updates (*.presskit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="65" />
      <source>This update cannot be applied; the kit is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="70" />
      <source>signed by {0}
Key fingerprint: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="73" />
      <source>NOT signed: nothing shows where it comes from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="74" />
      <source>Update for “{0}”, {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="75" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="75" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="76" />
      <source>Removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="78" />
      <source>{0} ({1}):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="81" />
      <source>… and {0} more (Show Details)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="83" />
      <source>It changes no document.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="87" />
      <source>NEW</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="87" />
      <source>CHANGED</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="87" />
      <source>REMOVED</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="95" />
      <source>presskit checked that it comes from the same publisher as this kit and is newer; the list above is what applying it does.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="101" />
      <source>This update is already applied; nothing to do.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="70" />
      <source>an unnamed publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="91" />
      <source>Import update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="105" />
      <source>Applying the update…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="105" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="120" />
      <source>Applying the update: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../importupdate.py" line="140" />
      <source>The update was not applied; the kit is unchanged.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalistTools</name>
    <message>
      <location filename="../journalism.py" line="45" />
      <location filename="../journalism.py" line="166" />
      <source>Selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="94" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="96" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="105" />
      <source>&amp;Export selection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="108" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="118" />
      <source>Copy with &amp;citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="119" />
      <source>Copy the selected text or quotation with its source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="120" />
      <source>Citation st&amp;yle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="123" />
      <source>News (“…,” said …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="123" />
      <source>Bibliographic (MLA-like)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="134" />
      <source>&amp;Mark for export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="135" />
      <source>Add the selected documents or photos to the selection, or remove them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="136" />
      <source>Select all &amp;listed items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="137" />
      <source>Add every document or photo the list shows (e.g. all search results) to the selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="139" />
      <source>Show the &amp;selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="111" />
      <source>Print selectio&amp;n…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="140" />
      <source>Briefing pac&amp;ks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="142" />
      <source>&amp;Quotations</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../journalism.py" line="165" />
      <source>%n selected</source>
      <translation>
        <numerusform>%n selected</numerusform>
        <numerusform>%n selected</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../journalism.py" line="166" />
      <source>Selected ({0})</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../journalism.py" line="195" />
      <location filename="../journalism.py" line="207" />
      <source>%n item(s) added to the selection</source>
      <translation>
        <numerusform>%n item added to the selection</numerusform>
        <numerusform>%n items added to the selection</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../journalism.py" line="196" />
      <source>%n item(s) removed from the selection</source>
      <translation>
        <numerusform>%n item removed from the selection</numerusform>
        <numerusform>%n items removed from the selection</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../journalism.py" line="232" />
      <source>Mark documents or photos first (Ctrl+M).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="249" />
      <source>Exported to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="257" />
      <source>That pack holds nothing this kit still has.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="266" />
      <source>Open a document to print it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="271" />
      <source>This document cannot be printed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="279" />
      <source>The selection cannot be printed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="293" />
      <source>Copied the quotation with its citation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="301" />
      <source>Choose a quotation first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="309" />
      <source>Copied the photo's caption and credit with its source.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="312" />
      <source>Select some text in a document, or a quotation, first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="319" />
      <source>Copied with its citation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../journalism.py" line="323" />
      <location filename="../journalism.py" line="331" />
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
    <name>KitFileDialog</name>
    <message>
      <location filename="../kitopening.py" line="49" />
      <source>Open a kit folder or file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="52" />
      <source>Kits (*.presskit manifest.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="52" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="53" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KitInfo</name>
    <message>
      <location filename="../kitinfo.py" line="39" />
      <source>protected by a password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="40" />
      <source>damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="41" />
      <source>empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="42" />
      <source>not a kind of file presskit reads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="43" />
      <source>too big</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="44" />
      <source>could not be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="45" />
      <source>took too long to read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="46" />
      <source>needed too much memory to read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="47" />
      <source>made the reader crash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="56" />
      <source>Files left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="57" />
      <source>These files are in the kit but could not be read, so they are not listed or searchable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="59" />
      <source>Open it with its password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="133" />
      <source>Publisher: {0}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../kitinfo.py" line="26" />
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../kitinfo.py" line="85" />
      <source>Published by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="92" />
      <source>In this kit</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="102" />
      <source>Media contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="120" />
      <source>On the web</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitinfo.py" line="121" />
      <source>Clicking a link copies its address; this laptop may be offline, so nothing is opened.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KitList</name>
    <message>
      <location filename="../startpage.py" line="103" />
      <source>Recent kits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="113" />
      <source>(not found)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KitOpening</name>
    <message>
      <location filename="../kitopening.py" line="127" />
      <source>&amp;Clear the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="129" />
      <source>No recent kits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="142" />
      <source>Opening {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="156" />
      <source>This kit cannot be opened; the kit you were reading stays open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="168" />
      <source>presskit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="198" />
      <source>Search will be ready when the kit is indexed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="199" />
      <source>Indexing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="200" />
      <source>Preparing the kit for search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="200" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="202" />
      <source>Indexing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="217" />
      <source>Preparing the kit for search…
{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="225" />
      <source>The kit is ready to search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="232" />
      <source>Search is unavailable: the kit could not be indexed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="233" />
      <source>Search unavailable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="235" />
      <source>The kit could not be indexed for search; you can still browse it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="241" />
      <source>Not indexed: Kit › Rebuild the search index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="242" />
      <source>Not indexed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../kitopening.py" line="244" />
      <source>Indexing stopped. Browse the kit, or use Kit › Rebuild the search index to search it.</source>
      <translation type="unfinished" />
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
    <name>LibraryPanel</name>
    <message>
      <location filename="../library.py" line="47" />
      <source>Signed by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="48" />
      <source>Signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="49" />
      <source>Unsigned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="50" />
      <source>Changed after signing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="51" />
      <source>Signature fails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="52" />
      <source>Not checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="234" />
      <source>(not found: plug in its drive)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="100" />
      <location filename="../library.py" line="101" />
      <source>Search every kit of your library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="59" />
      <source>published by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="60" />
      <source>built {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="61" />
      <source>folder {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="62" />
      <source>file {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="63" />
      <source>untitled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="63" />
      <source>no dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="64" />
      <source>no publisher named</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="65" />
      <source>no build date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="103" />
      <source>Save search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="104" />
      <source>Be told what is new for this search when a kit or an update arrives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="110" />
      <source>Kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="112" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="120" />
      <source>What is new for your saved searches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="129" />
      <source>Kits in your library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="130" />
      <source>Results from every kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="134" />
      <source>Add kits from a folder or USB stick…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="135" />
      <source>Add a kit file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="136" />
      <source>Remove from library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="137" />
      <source>The kit's files are not touched</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="214" />
      <location filename="../library.py" line="384" />
      <source>All kits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="218" />
      <source>Your library is empty. Open a kit, drop one here, or add the kits of a folder or USB stick: they stay listed and are searched together.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="222" />
      <source>%n kit(s) in your library</source>
      <translation>
        <numerusform>%n kit in your library</numerusform>
        <numerusform>%n kits in your library</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="224" />
      <source>%n not found (drive not plugged in)</source>
      <translation>
        <numerusform>%n not found (drive not plugged in)</numerusform>
        <numerusform>%n not found (drive not plugged in)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="242" />
      <source>%n new</source>
      <translation>
        <numerusform>%n new</numerusform>
        <numerusform>%n new</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../library.py" line="296" />
      <source>Add the kits of a folder or USB stick</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="301" />
      <source>Add a kit file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="302" />
      <source>Press kits (*.presskit manifest.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="308" />
      <source>Looking for kits…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="313" />
      <source>Indexing {0} ({1}/{2})…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="322" />
      <source>%n kit(s) added.</source>
      <translation>
        <numerusform>%n kit added.</numerusform>
        <numerusform>%n kits added.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../library.py" line="323" />
      <source>Not added: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="335" />
      <source>Removed “{0}” from your library; its files were not touched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="369" />
      <source>No documents match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="370" />
      <source>Did you mean {0}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="382" />
      <source>All organisations</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../library.py" line="462" />
      <source>%n new for {0}</source>
      <translation>
        <numerusform>%n new for {0}</numerusform>
        <numerusform>%n new for {0}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../library.py" line="547" />
      <source>Your library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="551" />
      <source>&amp;Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="555" />
      <source>Your kits, one search across them, and what is new</source>
      <translation type="unfinished" />
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
        <numerusform>from %n kit</numerusform>
        <numerusform>from %n kits</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../library.py" line="394" />
      <source>p. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="431" />
      <source>Type a search first, then save it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="441" />
      <source>Save search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../library.py" line="442" />
      <source>Name of the saved search:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../librarywork.py" line="116" />
      <source>no kit found there</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListPane</name>
    <message>
      <location filename="../resultslist.py" line="208" />
      <source>scanned: no searchable text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resultslist.py" line="211" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="99" />
      <location filename="../listpane.py" line="218" />
      <source>Search the kit (Ctrl+K)</source>
      <extracomment>a search found the kit's index damaged (the window says search is unavailable)</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="100" />
      <source>Search the kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="108" />
      <source>How to search: phrases, OR, -word, prefix*, kind:, lang:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="109" />
      <source>Search syntax help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="120" />
      <source>Filter by kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="121" />
      <source>Filter by language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="122" />
      <source>Filter by date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="193" />
      <source>Listing the documents…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="283" />
      <source>&lt;h3&gt;No kit is open&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File › Open kit…&lt;/b&gt; (Ctrl+O) or drop a kit file or folder on this window.&lt;/p&gt;</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="320" />
      <source>Speaker: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="322" />
      <source>Organisation: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="325" />
      <source>show all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="335" />
      <source>All kinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="337" />
      <source>All languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="339" />
      <source>All dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="372" />
      <source>“{0}” (no such kind)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listpane.py" line="374" />
      <source>“{0}” (no such language)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListSearching</name>
    <message>
      <location filename="../listsearch.py" line="128" />
      <source>&lt;h3&gt;Search is not ready&lt;/h3&gt;&lt;p&gt;The kit's search index is being built; results will appear when it is done. You can browse meanwhile.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="131" />
      <source>&lt;h3&gt;Search is not ready&lt;/h3&gt;&lt;p&gt;{0}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="139" />
      <source>Searching…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="166" />
      <source>Search is not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="167" />
      <source>The search index of this kit is damaged. Kit › Rebuild the search index makes a new one on this computer; you can browse the kit meanwhile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="172" />
      <source>That search did not work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="198" />
      <source>p. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="203" />
      <source>Page {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="208" />
      <source>did you mean &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt;?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="215" />
      <source>Check the spelling, or use fewer words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="216" />
      <source>Accents and word endings do not matter: &lt;i&gt;desarmement&lt;/i&gt; finds &lt;i&gt;désarmement&lt;/i&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="218" />
      <source>&lt;a href='clear-filters'&gt;Clear the filters&lt;/a&gt; — they may hide results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="219" />
      <source>No documents match “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="225" />
      <source>Did you mean &lt;a href='suggest:{0}'&gt;{1}&lt;/a&gt;?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="228" />
      <source>How to search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../listsearch.py" line="230" />
      <source>No results</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../mainwindow.py" line="195" />
      <source>Side panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="197" />
      <source>Browse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="286" />
      <source>&amp;Open kit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="288" />
      <source>Open the &amp;sample kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="289" />
      <source>Open &amp;recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="292" />
      <source>&amp;Close document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="295" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="299" />
      <source>&amp;Find in document…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="301" />
      <source>Find &amp;next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="302" />
      <source>Find &amp;previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="305" />
      <source>&amp;Search the kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="315" />
      <source>Zoom &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="317" />
      <source>Zoom &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="329" />
      <source>&amp;Full screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="337" />
      <source>System default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="346" />
      <source>&amp;Reset window layout and history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="270" />
      <source>&amp;About this kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="271" />
      <source>&amp;Photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="273" />
      <source>All &amp;documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="275" />
      <source>Re&amp;build the search index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="277" />
      <source>&amp;User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="278" />
      <source>How to &amp;search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="280" />
      <source>&amp;Welcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="282" />
      <source>&amp;About presskit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="287" />
      <source>Open a kit folder or a .presskit file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="310" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="311" />
      <source>Back to the previous document, page or search (Alt+Left)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="312" />
      <source>For&amp;ward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="313" />
      <source>Forward again (Alt+Right)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="319" />
      <source>Fit wi&amp;dth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="320" />
      <source>Fit pa&amp;ge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="321" />
      <source>&amp;Side by side with the translation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="323" />
      <source>The document and its translation in two panes, scrolled together</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="327" />
      <source>&amp;Next pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="328" />
      <source>&amp;Previous pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="331" />
      <source>&amp;Leave full screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="334" />
      <source>Lang&amp;uage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="349" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="349" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="349" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="350" />
      <source>&amp;Kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="350" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="437" />
      <source>Reset presskit?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="438" />
      <source>Forget the window layout, recent kits and where you were in each document? Your kits are not touched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="450" />
      <source>Window layout and history were reset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="454" />
      <source>Settings were reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="455" />
      <source>presskit could not read its settings file, so it started with default settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="458" />
      <source>The unreadable file was kept as {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="482" />
      <source>Search will be ready when the kit is indexed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="483" />
      <source>Indexing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="539" />
      <source>index damaged</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../mainwindow.py" line="540" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../mainwindow.py" line="539" />
      <source>search ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="539" />
      <source>not indexed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../mainwindow.py" line="556" />
      <source>Copied {0} — this laptop may be offline, so presskit does not open links.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <location filename="../navigator.py" line="103" />
      <source>Navigator</source>
      <extracomment>Kits with at most this many items list their speakers and organisations at once; larger ones a moment later, counted off the GUI thread (a kit of thousands names thousands of people). A kit whose dates are not one meeting's days lists them closed when there are more than this many (forty dates over twenty years pushed the languages and the speakers out of sight).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="162" />
      <source>About this kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="163" />
      <source>All documents  ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="165" />
      <source>Photos  ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="168" />
      <source>By kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="177" />
      <source>Conference days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="177" />
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="183" />
      <source>By language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="253" />
      <source>Speakers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../navigator.py" line="254" />
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewItemsPanel</name>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="148" />
      <source>%n item(s) new or changed since you last opened this kit.</source>
      <translation>
        <numerusform>%n item new or changed since you last opened this kit.</numerusform>
        <numerusform>%n items new or changed since you last opened this kit.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OfficeView</name>
    <message>
      <location filename="../officeview.py" line="25" />
      <source>Page {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../officeview.py" line="26" />
      <source>Section {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfSelection</name>
    <message>
      <location filename="../pdfselect.py" line="188" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../pdfselect.py" line="191" />
      <source>Select the page's text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../pdfselect.py" line="193" />
      <source>Select the sentence of the hit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfView</name>
    <message>
      <location filename="../pdfview.py" line="59" />
      <source>PDF document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../pdfview.py" line="133" />
      <source>This PDF cannot be opened: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhotoGallery</name>
    <message>
      <location filename="../photoview.py" line="91" />
      <source>Photo gallery</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhotoView</name>
    <message>
      <location filename="../photoview.py" line="318" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="344" />
      <source>Photo credit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="345" />
      <source>Photo caption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="348" />
      <source>Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="349" />
      <source>Fit the photo to the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="351" />
      <source>100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="352" />
      <source>Show the photo at its actual size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="368" />
      <source>Photo: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="382" />
      <source>This photo cannot be shown: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="387" />
      <source>Opening the photo…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Photos</name>
    <message>
      <location filename="../photoview.py" line="41" />
      <location filename="../photoview.py" line="154" />
      <source>Photo: {0}</source>
      <extracomment>a photo not shown after this long says it is being opened (a 144-megapixel PNG took 6 s) pictures larger than this (device pixels) are painted straight from the decoded image</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="41" />
      <location filename="../photoview.py" line="154" />
      <source>Credit unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../photoview.py" line="152" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../printing.py" line="98" />
      <source>Print {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../printing.py" line="104" />
      <source>Printing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../printing.py" line="105" />
      <location filename="../printing.py" line="141" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../printing.py" line="141" />
      <source>Preparing the selection for printing…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProtectedFiles</name>
    <message>
      <location filename="../protected.py" line="19" />
      <location filename="../protected.py" line="33" />
      <source>This PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="21" />
      <source>That password is not right, so “{0}” stays closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="22" />
      <source>Try another password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="24" />
      <source>“{0}” is protected by a password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="25" />
      <source>Enter the password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="36" />
      <source>Password needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="37" />
      <source>“{0}” is protected by a password. Enter it to read the document:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="39" />
      <source>That password is not right. Try again, or ask the kit's publisher for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="43" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../protected.py" line="44" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QuotesView</name>
    <message>
      <location filename="../quotes_view.py" line="84" />
      <source>‹ Documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="85" />
      <source>Back to the documents (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="87" />
      <location filename="../quotes_view.py" line="134" />
      <source>Quotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="93" />
      <location filename="../quotes_view.py" line="94" />
      <source>Search the words of the quotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="107" />
      <source>Filter by speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="108" />
      <source>Filter by organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="109" />
      <source>Filter by language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="110" />
      <source>Filter by day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="113" />
      <source>Speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="114" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="115" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="115" />
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="169" />
      <source>Check who said it (Space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="173" />
      <source>Open at the page (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="175" />
      <source>Copy with citation (Ctrl+Shift+C)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="199" />
      <source>(attributed to the document)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="203" />
      <source>(read from a pronoun; check the sentence)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="206" />
      <source>(the organisation is the source)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="207" />
      <source>Speaker not stated in the text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="211" />
      <source>(a pronoun for someone named earlier; check the sentence)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="219" />
      <source>p. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="225" />
      <source>named in the sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="226" />
      <source>a pronoun for the person the paragraph introduces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="227" />
      <source>named in a heading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="228" />
      <source>an organisation is the source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="229" />
      <source>the text does not name who spoke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="230" />
      <source>the text does not say; the document is the source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="231" />
      <source>who spoke cannot be told from the text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="235" />
      <source>a pronoun for someone an earlier paragraph names, not given as the speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="236" />
      <source>How the speaker is known: {0} (confidence {1} %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="248" />
      <source>Quotations appear when the kit is ready to search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="249" />
      <source>Open a kit to see its quotations (File › Open kit…, Ctrl+O).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="257" />
      <source>Loading quotations…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="288" />
      <source>All speakers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="289" />
      <source>All organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="291" />
      <source>All languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="292" />
      <source>All days</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../quotes_view.py" line="361" />
      <source>%n quotation(s)</source>
      <translation>
        <numerusform>%n quotation</numerusform>
        <numerusform>%n quotations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../quotes_view.py" line="362" />
      <source>of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="364" />
      <source>No quotation matches: change the words or the filters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="379" />
      <source>No sentence of the text names who spoke.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="381" />
      <source>The whole quotation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="432" />
      <source>Open at the page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="434" />
      <source>Copy with citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../quotes_view.py" line="436" />
      <source>Check who said it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReaderHeader</name>
    <message>
      <location filename="../readerheader.py" line="69" />
      <source>Zoom out (Ctrl+Minus)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="73" />
      <source>Zoom in (Ctrl+Plus)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="74" />
      <source>Fit width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="74" />
      <source>Fit the page width to the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="75" />
      <source>Fit page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="75" />
      <source>Show whole pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="78" />
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="80" />
      <location filename="../readerheader.py" line="83" />
      <source>Page number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="93" />
      <source>Previous hit (Shift+F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="94" />
      <source>Next hit (F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="96" />
      <source>Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="96" />
      <source>Find in this document (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="97" />
      <source>Side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="97" />
      <source>The translation beside this document (Ctrl+T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="99" />
      <source>Web links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="99" />
      <source>Web addresses in this document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="127" />
      <source>Read in {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../readerheader.py" line="147" />
      <source>Web links ({0})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReaderPane</name>
    <message>
      <location filename="../reader.py" line="74" />
      <location filename="../reader.py" line="167" />
      <source>About this kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="80" />
      <source>The translation, as a PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="85" />
      <source>The translation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="153" />
      <source>No kit open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="154" />
      <source>Open a kit with File › Open kit… (Ctrl+O).</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../reader.py" line="193" />
      <source>%n scanned</source>
      <comment>pages whose text was recognised by OCR</comment>
      <translation>
        <numerusform>%n scanned</numerusform>
        <numerusform>%n scanned</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../reader.py" line="211" />
      <source>The file {0} is missing from the kit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="256" />
      <source>This file cannot be read: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="444" />
      <source>of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../reader.py" line="494" />
      <source>Hit {0} of {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsList</name>
    <message>
      <location filename="../resultslist.py" line="132" />
      <source>Documents and search results</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScanNote</name>
    <message>
      <location filename="../scannote.py" line="21" />
      <source>About this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../scannote.py" line="29" />
      <source>Text recognised from a scan — check against the page before quoting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../scannote.py" line="31" />
      <source>Scanned page whose text could not be recognised: search does not find its words</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <location filename="../labels.py" line="142" />
      <source>Add a letter: too many words match {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="144" />
      <source>No kit of your library can be searched: add a kit, or plug in the stick it is on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="146" />
      <source>Nothing to search for: add a word that is not an operator or punctuation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="161" />
      <source>“{0}” could be more than one kind ({1}): type more of it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="162" />
      <source>“{0}” could be more than one language ({1}): type more of it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="164" />
      <source>“{0}” is not a kind of document. Kinds: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../labels.py" line="166" />
      <source>“{0}” is not a language presskit knows. Languages: {1}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchCounts</name>
    <message numerus="yes">
      <location filename="../listsearch.py" line="63" />
      <source>%n page(s) match</source>
      <translation>
        <numerusform>%n page match</numerusform>
        <numerusform>%n pages match</numerusform>
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
        <numerusform>Mark %n item</numerusform>
        <numerusform>Mark %n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="137" />
      <source>Unmark %n item(s)</source>
      <translation>
        <numerusform>Unmark %n item</numerusform>
        <numerusform>Unmark %n items</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="152" />
      <source>Clear the selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="162" />
      <source>Save the pack “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="172" />
      <source>Open the pack “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="183" />
      <source>Delete the pack “{0}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SelectionPanel</name>
    <message>
      <location filename="../selection.py" line="213" />
      <source>Selected documents and photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="221" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="224" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="226" />
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="227" />
      <source>Unmark everything (Edit › Undo brings it back)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="236" />
      <source>Briefing packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="237" />
      <source>Keep this selection under a name, or reopen one kept before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="286" />
      <source>&amp;Save the selection as a pack…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="293" />
      <source>{0} (%n item(s))</source>
      <translation>
        <numerusform>{0} (%n item)</numerusform>
        <numerusform>{0} (%n items)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="294" />
      <source>&amp;Open (replaces the selection)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="295" />
      <source>&amp;Add to the selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="296" />
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="298" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="300" />
      <source>No packs kept yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="308" />
      <source>Save a briefing pack</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="309" />
      <source>Name of this briefing pack (%n item(s)):</source>
      <translation>
        <numerusform>Name of this briefing pack (%n item):</numerusform>
        <numerusform>Name of this briefing pack (%n items):</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="310" />
      <source>Briefing pack {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../selection.py" line="311" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../selection.py" line="264" />
      <source>%n item(s) selected</source>
      <translation>
        <numerusform>%n item selected</numerusform>
        <numerusform>%n items selected</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../selection.py" line="241" />
      <source>Briefing pac&amp;ks</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../startpage.py" line="67" />
      <source>There is nothing called “{0}” at that place: it may have been moved, renamed or be on a drive that is not plugged in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="70" />
      <source>“{0}” was made by a newer presskit: install a newer presskit to read it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="73" />
      <source>“{0}” is damaged or is not a press kit: copy it again from where you got it, or ask its publisher for a new copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="75" />
      <source>Publishers: pack the kit again with 'presskit pack'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="77" />
      <source>“{0}” is a folder but not a press kit: it has no list of contents (manifest.json).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="79" />
      <source>Publishers: build the kit from this folder with 'presskit build'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="81" />
      <source>“{0}” is damaged: its list of contents cannot be read. Ask its publisher for a new copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="83" />
      <source>Publishers: rebuild the kit with 'presskit build'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="85" />
      <source>“{0}” is not a press kit: a kit is a folder with a manifest.json, or a .presskit file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="155" />
      <source>Read, search and export press kits — offline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="165" />
      <source>Open the sample kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="167" />
      <source>Open a kit folder or file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="169" />
      <source>A kit folder, or a .presskit file (Ctrl+O)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="178" />
      <source>Or drop a kit folder or a .presskit file anywhere on this window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="187" />
      <source>Recent kits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="192" />
      <source>Kits you open will be listed here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="231" />
      <location filename="../startpage.py" line="246" />
      <source>Show details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../startpage.py" line="246" />
      <source>Hide details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyntaxHelp</name>
    <message>
      <location filename="../resultslist.py" line="275" />
      <source>How to search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resultslist.py" line="280" />
      <source>&lt;h3&gt;Searching the kit&lt;/h3&gt;&lt;p&gt;Accents, capitals and word endings do not matter: &lt;code&gt;desarmement&lt;/code&gt; finds &lt;i&gt;désarmement&lt;/i&gt;, &lt;code&gt;treaties&lt;/code&gt; finds &lt;i&gt;treaty&lt;/i&gt;.&lt;/p&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;nuclear ban&lt;/code&gt;&lt;/td&gt;&lt;td&gt;both words, anywhere in a page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"nuclear ban"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the exact phrase (also « … » and “ … ”)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ban OR treaty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;treaty -draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without the word &lt;i&gt;draft&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;disarm*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words starting with &lt;i&gt;disarm&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:statement&lt;/code&gt;&lt;/td&gt;&lt;td&gt;only statements (also press-release, newsletter, …)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:fr&lt;/code&gt;&lt;/td&gt;&lt;td&gt;only documents in French&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;speaker:diallo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents by or quoting a speaker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;title:agenda&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a word in the title&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;l'examen&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the word itself: also &lt;i&gt;d’examen&lt;/i&gt;, &lt;i&gt;examen&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ammunitoin&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a misspelt word still finds &lt;i&gt;ammunition&lt;/i&gt; (not a word in capitals, such as &lt;code&gt;ONU&lt;/code&gt;: an acronym is searched as typed)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Use the Kind, Language and Date lists under the search box to narrow results. Open a result to land on its page with every hit highlighted; F3 and Shift+F3 step through them.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TextView</name>
    <message>
      <location filename="../textview.py" line="85" />
      <source>Document text</source>
      <extracomment>GitHub Markdown (tables, autolinks, strikethrough) with ``_emphasis_`` in italics as CommonMark says, not underlined; raw HTML in a Markdown file is shown as text, never interpreted.</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrustBadge</name>
    <message>
      <location filename="../trustbadge.py" line="54" />
      <source>Checking signature…</source>
      <extracomment>the key this kit was signed with when last opened here ('' if never seen signed)</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="54" />
      <source>presskit is checking who signed this kit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="60" />
      <source>✔ Signed by {0} — checking files {1}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="68" />
      <source>⚠ Signed with another key than when you last opened it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="69" />
      <source>⚠ No longer signed, though it was when you last opened it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="71" />
      <source>When you last opened this kit here, it was signed with the key {0}. {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="76" />
      <source>✔ Signed by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="78" />
      <source>✔ Signed by {0} — checking files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="79" />
      <source>Signed by {0}.
Key fingerprint: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="81" />
      <source>Unsigned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="81" />
      <source>⚠ Unsigned, files changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="82" />
      <source>Nobody vouches for where this kit comes from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="86" />
      <source>⚠ Modified after signing: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="88" />
      <source>⚠ Bad signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="93" />
      <source>an unnamed publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="105" />
      <source>The check is still running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="108" />
      <source>Key fingerprint: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="109" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="109" />
      <source>Missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="110" />
      <source>Not in the manifest (never shown)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="114" />
      <source>%n file(s) checked ({0:.1f} MB) in {1:.1f} s.</source>
      <translation>
        <numerusform>%n file checked ({0:.1f} MB) in {1:.1f} s.</numerusform>
        <numerusform>%n files checked ({0:.1f} MB) in {1:.1f} s.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../trustbadge.py" line="117" />
      <source>Files are still being checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../trustbadge.py" line="121" />
      <source>Signature</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrustController</name>
    <message>
      <location filename="../trustbadge.py" line="166" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../trustbadge.py" line="224" />
      <source>New (%n)</source>
      <translation>
        <numerusform>New (%n)</numerusform>
        <numerusform>New (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UserGuideWindow</name>
    <message>
      <location filename="../desktop.py" line="185" />
      <source>presskit user guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="191" />
      <source>Contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="194" />
      <source>User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="211" />
      <source>Close the guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="227" />
      <source>The user guide is missing from this installation ({0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="293" />
      <source>Copied {0} — presskit does not open web links (this laptop may be offline).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="302" />
      <source>That link points outside the user guide.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Viewer</name>
    <message>
      <location filename="../app.py" line="22" />
      <source>quotes, selection, export, printing and citations</source>
      <extracomment>Features that add themselves to each main window, in order: what a reader calls them (said when one cannot start), and ``install(window)``.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../app.py" line="23" />
      <source>the signature badge and importing updates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../app.py" line="24" />
      <source>the library of kits and its search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../app.py" line="38" />
      <source>Part of presskit could not start: {0}. The rest works.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../desktop.py" line="313" />
      <location filename="../desktop.py" line="363" />
      <source>Welcome to presskit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="377" />
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="378" />
      <source>Type in the search box at the top of the list (Ctrl+K). Accents and word endings do not matter: &lt;i&gt;verification&lt;/i&gt; also finds &lt;i&gt;vérification&lt;/i&gt;. Put quotation marks around an exact phrase: &lt;i&gt;"future crime scene"&lt;/i&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="381" />
      <source>Read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="382" />
      <source>Click a result: the document opens at the page, with your words highlighted. F3 goes to the next hit. Photos always show their caption and credit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="384" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="385" />
      <source>Mark documents and photos with Ctrl+M, then File › Export selection (Ctrl+E): a ZIP, a folder or one PDF, with the credits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="325" />
      <source>presskit works offline: nothing you do here goes on the network. Help › User guide explains everything else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="406" />
      <source>Don't show this again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="411" />
      <source>Open the user guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="412" />
      <source>Start reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="421" />
      <source>presskit opens press kits: documents, statements and photos you can read, search and export without a network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="429" />
      <source>from {0}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="444" />
      <source>{0}, with their credits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../desktop.py" line="445" />
      <source>{0}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>