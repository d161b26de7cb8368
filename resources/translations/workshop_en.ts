<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="50" />
        <source>&amp;New project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="51" />
        <source>&amp;Open project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="52" />
        <source>New &amp;workshop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="54" />
        <source>Workshop &amp;properties…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="56" />
        <source>&amp;Focus areas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="58" />
        <source>&amp;Delete workshop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="60" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="62" />
        <source>&amp;Edit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="64" />
        <source>&amp;Delete notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="66" />
        <source>&amp;Restore deleted notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="68" />
        <source>Select &amp;all notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="70" />
        <source>&amp;Find notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="72" />
        <source>&amp;Write a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="74" />
        <source>Go to the &amp;board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="77" />
        <source>Notes as a &amp;list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="79" />
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="80" />
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="81" />
        <source>&amp;Actual size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="82" />
        <source>&amp;High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="84" />
        <source>&amp;Presentation mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="86" />
        <source>Show &amp;facilitator controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="89" />
        <source>&amp;Start or pause the timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="90" />
        <source>One more &amp;minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="91" />
        <source>&amp;Reset the timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="92" />
        <source>&amp;Hidden round (new notes face down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="95" />
        <source>Show &amp;all notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="98" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="99" />
        <source>&amp;About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="106" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="108" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="110" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="112" />
        <source>&amp;Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="113" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Board</name>
    <message numerus="yes">
        <location filename="../../workshop_app/gui/board/cell_items.py" line="60" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../workshop_app/gui/board/view.py" line="31" />
        <source>Edit note text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/view.py" line="77" />
        <source>Board</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../workshop_app/gui/commands/notes.py" line="25" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/notes.py" line="50" />
        <source>Edit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/notes.py" line="94" />
        <source>Move note</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/gui/commands/notes.py" line="94" />
        <source>Move %n notes</source>
        <translation><numerusform>Move %n note</numerusform><numerusform>Move %n notes</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/notes.py" line="118" />
        <source>Change colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/notes.py" line="136" />
        <source>Delete note</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/gui/commands/notes.py" line="136" />
        <source>Delete %n notes</source>
        <translation><numerusform>Delete %n note</numerusform><numerusform>Delete %n notes</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/notes.py" line="149" />
        <source>Restore note</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/gui/commands/notes.py" line="149" />
        <source>Restore %n notes</source>
        <translation><numerusform>Restore %n note</numerusform><numerusform>Restore %n notes</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/notes.py" line="163" />
        <source>Show all notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/workshops.py" line="27" />
        <source>Edit workshop properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/workshops.py" line="47" />
        <source>Start hidden round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/workshops.py" line="47" />
        <source>End hidden round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/workshops.py" line="54" />
        <source>Add focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/workshops.py" line="73" />
        <source>Rename focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/workshops.py" line="73" />
        <source>Edit focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/workshops.py" line="90" />
        <source>Move focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/commands/workshops.py" line="109" />
        <source>Remove focus area</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryBar</name>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="87" />
        <source>&amp;Focus area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="91" />
        <source>&amp;Kind of note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="98" />
        <source>Type your note and press Enter (Shift+Enter for a new line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="99" />
        <source>Note text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="106" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="110" />
        <source>Post the note (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="116" />
        <source>Group or organisation (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="117" />
        <source>Group or organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="126" />
        <source>Note entry status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="153" />
        <source>Note entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="180" />
        <source>Focus area, shortcut %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="195" />
        <source>Kind of note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="237" />
        <source>%1 – %2: type your note and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="240" />
        <source>New note in %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="251" />
        <source>This project is open read-only: notes cannot be posted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="260" />
        <source>Type something first, then press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="263" />
        <source>Choose a focus area and a kind of note first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/entry_bar.py" line="267" />
        <source>Posted. Next note!</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FocusAreasDialog</name>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="39" />
        <source>Focus areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="45" />
        <source>Focus areas in the order of the board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="46" />
        <source>&amp;Focus areas (columns on the board, left to right):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="48" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="49" />
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="50" />
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="51" />
        <source>Move &amp;left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="52" />
        <source>Move r&amp;ight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="89" />
        <source>Add focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="89" />
        <source>Name of the new focus area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="101" />
        <source>Rename focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="101" />
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="45" />
        <source>Workshop Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="126" />
        <source>Find notes (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="127" />
        <source>Find notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="161" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="162" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="178" />
        <source>Facilitator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="183" />
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="188" />
        <source>Workshop:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="204" />
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="209" />
        <source>S&amp;witch workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="224" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="226" />
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="285" />
        <source>This project has no workshop yet.
Create one with File → New workshop (Ctrl+Shift+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="333" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="379" />
        <source>Hidden round: notes stay face down until revealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="396" />
        <source>(read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="411" />
        <source>Ctrl+1 … Ctrl+9: choose the focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="412" />
        <source>Alt+1, Alt+2, Alt+3: choose the kind of note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="413" />
        <source>Enter: post the note; Shift+Enter: new line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="414" />
        <source>Ctrl+B: go to the board; arrow keys: move between notes; F2: edit; Del: delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="415" />
        <source>Ctrl+L: back to writing a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="416" />
        <source>Ctrl+F: find notes; Ctrl+Z / Ctrl+Y: undo / redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="417" />
        <source>F11: presentation mode; Ctrl+Shift+M: facilitator controls; Ctrl +/−: zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="418" />
        <source>Ctrl+T: start or pause the timer; Ctrl+Shift+T: one more minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="420" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="428" />
        <source>Workshop Board: sticky notes for workshops, kept on this computer.
Language: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/gui/note_editing.py" line="68" />
        <source>%n note(s) match</source>
        <translation><numerusform>%n note matches</numerusform><numerusform>%n notes match</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="95" />
        <source>A note cannot be empty; delete it instead (Del).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="104" />
        <source>Deleted. Undo with Ctrl+Z, or Edit → Restore deleted notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="136" />
        <source>&amp;Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="158" />
        <source>&amp;Move to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation.py" line="48" />
        <source>Presentation mode: F11 to leave, Ctrl+Shift+M for the facilitator controls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation.py" line="82" />
        <source>Zoom %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/project_files.py" line="29" />
        <source>Workshop projects (*%1);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/project_files.py" line="37" />
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/project_files.py" line="46" />
        <source>Open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/project_files.py" line="83" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/workshop_editing.py" line="80" />
        <source>No notes were face down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/workshop_editing.py" line="87" />
        <location filename="../../workshop_app/gui/workshop_editing.py" line="91" />
        <source>Delete workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/workshop_editing.py" line="89" />
        <source>Delete the workshop “%1” with all its notes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/workshop_editing.py" line="90" />
        <source>This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="30" />
        <source>“%1” is not a workshop project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="31" />
        <source>Choose a project file (ending in .workshop), or create a new project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="33" />
        <source>The project “%1” is damaged and cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="34" />
        <source>The file was left untouched. Restore it from a backup copy (a .bak file next to it, or your own backup).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="37" />
        <source>The project “%1” was saved by a newer version of the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="38" />
        <source>Update the app to open it. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="40" />
        <source>The project “%1” is open in another window or program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="41" />
        <source>Close it there first, or open it read-only to look at it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="43" />
        <source>The project “%1” is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="44" />
        <source>Changes cannot be saved. Open the project again when no other window has it open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="46" />
        <source>Could not save to the project “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="47" />
        <source>Nothing was changed. Free some disk space or check that the folder is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="49" />
        <source>The project file “%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="50" />
        <source>It may have been moved, renamed or deleted. Choose it again with Open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="52" />
        <source>The project “%1” cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="54" />
        <source>That change was not made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="54" />
        <source>Check what you entered and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="56" />
        <source>That no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="56" />
        <source>It may have been deleted in the meantime.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="57" />
        <source>Something went wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="76" />
        <source>Workshop Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/messages.py" line="86" />
        <source>Open read-only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteEditing</name>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="23" />
        <source>Colour of the kind of note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="24" />
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="25" />
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="26" />
        <source>Pink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="27" />
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="28" />
        <source>Turquoise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="29" />
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="30" />
        <source>Grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/note_editing.py" line="31" />
        <source>White</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <location filename="../../workshop_app/gui/board/note_item.py" line="69" />
        <source>Hidden note (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/note_item.py" line="109" />
        <source>Hidden until revealed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <location filename="../../workshop_app/gui/notes_list.py" line="104" />
        <source>List of all notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../workshop_app/gui/notes_list.py" line="57" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/notes_list.py" line="57" />
        <source>Focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/notes_list.py" line="57" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/notes_list.py" line="57" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/notes_list.py" line="57" />
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/notes_list.py" line="74" />
        <source>(hidden until revealed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreNotesDialog</name>
    <message>
        <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="28" />
        <source>Restore deleted notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="32" />
        <source>Deleted notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="33" />
        <source>&amp;Tick the notes to bring back:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="36" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoundTimer</name>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="32" />
        <source>Time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="38" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="39" />
        <source>Length of the round in minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="42" />
        <location filename="../../workshop_app/gui/timer_widget.py" line="125" />
        <source>Start timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="44" />
        <source>One more minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="46" />
        <source>Reset timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="122" />
        <location filename="../../workshop_app/gui/timer_widget.py" line="123" />
        <source>Time is up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="125" />
        <source>Pause timer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../workshop_app/gui/dialogs/workshop_dialog.py" line="73" />
        <source>New workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_app/gui/dialogs/workshop_dialog.py" line="109" />
        <source>The workshop needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="6" />
        <source>Workshop properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="20" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="30" />
        <source>For example: Workshop in Kungälv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="37" />
        <source>Te&amp;mplate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="50" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="66" />
        <source>No date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="73" />
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="86" />
        <source>&amp;Organisations
(one per line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="104" />
        <source>&amp;Facilitator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="117" />
        <source>P&amp;urpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="134" />
        <source>Pa&amp;rticipants:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="144" />
        <source>Not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="157" />
        <source>Report &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workshop_dialog.ui" line="170" />
        <source>&amp;Hidden round: new notes stay face down until revealed</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>