<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="64" />
            <source>About Workshop Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="66" />
            <source>Workshop Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="71" />
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="76" />
            <source>Sticky notes for workshops, kept on this computer: no network, no account.
Language: %1

Fonts: DejaVu Sans (Bitstream Vera licence and public domain).
Icons: Material Design Icons by Pictogrammers (Apache License 2.0), through qtawesome (MIT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="86" />
            <source>&amp;Licences</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="87" />
            <source>&amp;New project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="88" />
            <source>&amp;Open project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="89" />
            <source>New &amp;workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="91" />
            <source>Workshop &amp;properties…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="93" />
            <source>&amp;Focus areas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="95" />
            <source>&amp;Delete workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="97" />
            <source>&amp;Import notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="99" />
            <source>E&amp;xport notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="101" />
            <source>Export &amp;report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="103" />
            <source>Open for &amp;phones…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="105" />
            <source>Let participants write notes from their phones on this network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="106" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="108" />
            <source>&amp;Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="110" />
            <source>&amp;Move to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="112" />
            <source>Move the selected notes to another focus area, kind of note or theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="113" />
            <source>&amp;Delete notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="115" />
            <source>&amp;Restore deleted notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="117" />
            <source>Select &amp;all notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="119" />
            <source>&amp;Find notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="121" />
            <source>&amp;Write a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="123" />
            <source>Go to the &amp;board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="126" />
            <source>Notes as a &amp;list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="128" />
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="129" />
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="130" />
            <source>&amp;Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="131" />
            <source>&amp;High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="133" />
            <source>&amp;Presentation mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="135" />
            <source>Show &amp;facilitator controls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="138" />
            <source>&amp;Suggest themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="140" />
            <source>Suggest themes for the whole workshop (keeps your own themes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="141" />
            <source>&amp;Fewer themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="143" />
            <source>&amp;More themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="145" />
            <source>Sort &amp;in new notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="147" />
            <source>S&amp;ort notes one by one…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="149" />
            <source>Put the new note in the &amp;theme it fits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="152" />
            <source>Accept the hint “Fits in: …” on the current or newest card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="153" />
            <source>Use themes from &amp;another workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="155" />
            <source>&amp;Rename theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="157" />
            <source>&amp;Conclusions for the focus area…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="159" />
            <source>Write what the workshop concluded about a focus area (printed in the report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="160" />
            <source>Theme s&amp;ummary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="162" />
            <source>M&amp;erge themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="164" />
            <source>S&amp;plit off into a new theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="166" />
            <source>&amp;Dissolve theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="168" />
            <source>&amp;Word list for themes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="170" />
            <source>&amp;Start or pause the timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="171" />
            <source>One more &amp;minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="172" />
            <source>&amp;Reset the timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="173" />
            <source>&amp;Hidden round (new notes face down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="176" />
            <source>Show &amp;all notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="179" />
            <source>&amp;Prioritise…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="181" />
            <source>Start a dot vote on the themes, at this screen and on phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="182" />
            <source>&amp;Voting panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="184" />
            <source>A dot &amp;on the theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="186" />
            <source>A dot o&amp;ff the theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="188" />
            <source>Ne&amp;xt participant votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="190" />
            <source>Reveal or hide the &amp;votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="192" />
            <source>&amp;End or reopen the voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="195" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="196" />
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="203" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="206" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="208" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="210" />
            <source>&amp;Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="213" />
            <source>&amp;Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="215" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Board</name>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/board/cell_items.py" line="67" />
            <location filename="../../workshop_app/gui/board/theme_items.py" line="142" />
            <location filename="../../workshop_app/gui/board/theme_items.py" line="223" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/cell_items.py" line="74" />
            <source>Whole board: 0 or Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/cell_items.py" line="182" />
            <source>+%1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/cell_items.py" line="240" />
            <source>Not in a theme (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../workshop_app/gui/board/editors.py" line="18" />
            <source>Edit note text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/editors.py" line="58" />
            <source>Theme title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/view.py" line="52" />
            <source>Board</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="19" />
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="50" />
            <source>Note from a phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="58" />
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/notes.py" line="90" />
            <source>Move %n note(s) into the theme</source>
            <translation>
                <numerusform>Move %n note into the theme</numerusform>
                <numerusform>Move %n notes into the theme</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="93" />
            <source>Move note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/notes.py" line="95" />
            <source>Move %n notes</source>
            <translation>
                <numerusform>Move %n note</numerusform>
                <numerusform>Move %n notes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="122" />
            <source>Change colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="142" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/notes.py" line="144" />
            <source>Delete %n notes</source>
            <translation>
                <numerusform>Delete %n note</numerusform>
                <numerusform>Delete %n notes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="160" />
            <source>Restore note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/notes.py" line="162" />
            <source>Restore %n notes</source>
            <translation>
                <numerusform>Restore %n note</numerusform>
                <numerusform>Restore %n notes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="177" />
            <source>Show all notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="48" />
            <source>Change the number of themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="50" />
            <source>Suggest themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="104" />
            <source>Group notes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/themes.py" line="150" />
            <source>Add %n note(s) to the theme</source>
            <translation>
                <numerusform>Add %n note to the theme</numerusform>
                <numerusform>Add %n notes to the theme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/themes.py" line="152" />
            <source>Take %n note(s) out of the theme</source>
            <translation>
                <numerusform>Take %n note out of the theme</numerusform>
                <numerusform>Take %n notes out of the theme</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="170" />
            <source>Sort in new notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="183" />
            <source>Merge themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="203" />
            <source>Rename theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="205" />
            <source>Edit theme summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="234" />
            <source>Reorder themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="256" />
            <source>Dissolve theme</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/themes.py" line="258" />
            <source>Dissolve %n themes</source>
            <translation>
                <numerusform>Dissolve %n theme</numerusform>
                <numerusform>Dissolve %n themes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="275" />
            <source>Use themes from another workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="20" />
            <source>Start prioritising</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="45" />
            <source>Add a dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="47" />
            <source>Remove a dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="75" />
            <source>Reveal the votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="76" />
            <source>Hide the votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="77" />
            <source>End the voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="78" />
            <source>Reopen the voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="24" />
            <source>Edit workshop properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="45" />
            <source>Start hidden round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="47" />
            <source>End hidden round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="57" />
            <source>Write conclusions for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="70" />
            <source>Add focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="90" />
            <source>Rename focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="92" />
            <source>Edit focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="110" />
            <source>Move focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="129" />
            <source>Remove focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="302" />
            <source>Split theme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryBar</name>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="193" />
            <source>&amp;Focus area:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="197" />
            <source>&amp;Kind of note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="205" />
            <source>Type your note and press Enter (Shift+Enter for a new line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="206" />
            <source>Note text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="213" />
            <source>Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="217" />
            <source>Post the note (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="223" />
            <source>Group or organisation (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="224" />
            <source>Group or organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="235" />
            <source>Note entry status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="265" />
            <source>Note entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="299" />
            <source>Focus area, shortcut %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="315" />
            <source>Kind of note: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="408" />
            <source>%1 – %2: type your note and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="411" />
            <source>New note in %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="423" />
            <source>This project is open read-only: notes cannot be posted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="432" />
            <source>Type something first, then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="435" />
            <source>Choose a focus area and a kind of note first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="439" />
            <source>Posted. Next note!</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FocusAreasDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="38" />
            <source>Focus areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="44" />
            <source>Focus areas in the order of the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="45" />
            <source>&amp;Focus areas (columns on the board, left to right):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="47" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="48" />
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="49" />
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="50" />
            <source>Move &amp;left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="51" />
            <source>Move r&amp;ight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="88" />
            <source>Add focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="88" />
            <source>Name of the new focus area:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="100" />
            <source>Rename focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="100" />
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntakeBar</name>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="84" />
            <source>Join screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="86" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="88" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JoinScreen</name>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="66" />
            <source>Write from your phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="72" />
            <source>Write your notes from your phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="82" />
            <source>QR code for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="99" />
            <source>1. Join the same Wi-Fi as this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="100" />
            <source>2. Scan the code, or open this address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="102" />
            <source>3. Type this code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="104" />
            <source>Join code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="106" />
            <source>Paused – notes wait on the phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="117" />
            <source>Hide (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/join_screen.py" line="141" />
            <source>%n phone(s) joined</source>
            <translation>
                <numerusform>%n phone joined</numerusform>
                <numerusform>%n phones joined</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/join_screen.py" line="141" />
            <source>%n note(s) received</source>
            <translation>
                <numerusform>%n note received</numerusform>
                <numerusform>%n notes received</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LexiconDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="81" />
            <source>Word list for themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="85" />
            <source>Notes about the same thing often use different words. These concepts tell the theme suggestions which words belong together. Add the words your participants use; they are kept in your own word list on this computer and used from the next suggestion on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="94" />
            <source>Concept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="94" />
            <source>Words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="97" />
            <source>Concepts and their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="99" />
            <source>Add words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="104" />
            <source>for example: Läkemedel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="107" />
            <source>words separated by commas, e.g. dosett, läkemedelsgenomgång, apodos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="108" />
            <source>&amp;Add to my word list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="116" />
            <source>&amp;Concept:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="117" />
            <source>&amp;Name of the new concept:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="118" />
            <source>&amp;Words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="123" />
            <source>Your word list: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="147" />
            <source>A new concept…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="169" />
            <source>Not added: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="196" />
            <source>Added to “%1”: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LicencesDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="43" />
            <source>Licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="47" />
            <source>Licence texts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="37" />
            <source>Workshop Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="213" />
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="267" />
            <source>This project has no workshop yet.
Create one with File → New workshop (Ctrl+Shift+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="363" />
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="433" />
            <source>(read-only)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/note_editing.py" line="108" />
            <source>%n note(s) match</source>
            <translation>
                <numerusform>%n note matches</numerusform>
                <numerusform>%n notes match</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="149" />
            <source>This note is face down until all notes are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="169" />
            <source>A note cannot be empty; delete it instead (Del).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="180" />
            <source>Theme dissolved; its notes stay on the board. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="189" />
            <source>Deleted. Undo with Ctrl+Z, or Edit → Restore deleted notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="224" />
            <source>Select the notes to move first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="244" />
            <source>Nothing moved: the notes are already in %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/note_editing.py" line="254" />
            <source>Moved %n note(s) to %1. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Moved %n note to %1. Undo with Ctrl+Z.</numerusform>
                <numerusform>Moved %n notes to %1. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="276" />
            <source>&amp;Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="364" />
            <source>&amp;Move to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/presentation.py" line="75" />
            <source>Presentation mode: F11 to leave, Ctrl+Shift+M for the facilitator controls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/presentation.py" line="178" />
            <source>Zoom %1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="38" />
            <source>Workshop projects (*%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="49" />
            <source>New project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="62" />
            <source>Open project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="119" />
            <source>“%1” was opened read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="121" />
            <source>The file or its folder cannot be written, so changes could not be saved. To work on it, copy the file to a folder of your own and open the copy, or ask for write access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="142" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_export.py" line="43" />
            <source>Report saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/round_bar.py" line="33" />
            <source>Find notes (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/round_bar.py" line="34" />
            <source>Find notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/round_bar.py" line="56" />
            <source>Hidden round: notes stay face down until revealed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="24" />
            <source>At the shared screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="25" />
            <source>Ctrl+1 … Ctrl+9: choose the focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="26" />
            <source>Alt+1, Alt+2, Alt+3: choose the kind of note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="27" />
            <source>Enter: post the note; Shift+Enter: new line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="28" />
            <source>Typing on the board or in the list writes in the note field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="29" />
            <source>Esc or Ctrl+L: back to writing a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="31" />
            <source>On the board and in the list of notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="32" />
            <source>Ctrl+B: go to the board; arrow keys: move between notes; Shift+arrow key: select more; Ctrl+Space: select or deselect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="36" />
            <source>F2: edit; Del: delete; Ctrl+M: move to another focus area, kind or theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="39" />
            <source>Menu key or Shift+F10: the menu of the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="40" />
            <source>Presentation mode, after Ctrl+B: 1 … 9 show one focus area; 0 or Esc the whole board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="60" />
            <source>Commands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="67" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="17" />
            <location filename="../../workshop_app/gui/toolbars.py" line="25" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="18" />
            <location filename="../../workshop_app/gui/toolbars.py" line="26" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="40" />
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="45" />
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="49" />
            <source>Workshop:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="71" />
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/window_menus.py" line="22" />
            <source>S&amp;witch workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/window_menus.py" line="42" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/window_menus.py" line="45" />
            <source>Same as the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="147" />
            <source>No notes were face down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="155" />
            <location filename="../../workshop_app/gui/workshop_editing.py" line="165" />
            <source>Delete workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="159" />
            <source>Delete the workshop “%1” with all its notes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="163" />
            <source>This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../workshop_app/gui/exception_hook.py" line="86" />
            <location filename="../../workshop_app/gui/messages.py" line="133" />
            <location filename="../../workshop_app/gui/project_files.py" line="117" />
            <source>Workshop Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exception_hook.py" line="89" />
            <source>Something went wrong. That action was not completed, but the board keeps running and everything posted so far is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exception_hook.py" line="97" />
            <source>The details were written to %1. Please send that file to whoever looks after the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exception_hook.py" line="103" />
            <source>The details could not be written to the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="29" />
            <source>“%1” is not a workshop project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="30" />
            <source>Choose a project file (ending in .workshop), or create a new project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="36" />
            <source>The project “%1” is damaged and cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="39" />
            <source>The file was left untouched. Restore it from a backup copy (a .bak file next to it, or your own backup).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="47" />
            <source>The project “%1” was saved by a newer version of the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="50" />
            <source>Update the app to open it. The file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="54" />
            <source>The project “%1” is open in another window or program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="57" />
            <source>Close it there first, or open it read-only to look at it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="61" />
            <source>The project “%1” is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="62" />
            <source>Changes cannot be saved. Open the project again when no other window has it open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="68" />
            <source>Could not save to the project “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="69" />
            <source>Nothing was changed. Free some disk space or check that the folder is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="75" />
            <source>The project file “%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="76" />
            <source>It may have been moved, renamed or deleted. Choose it again with Open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="81" />
            <source>The project “%1” cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="88" />
            <source>The report could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="89" />
            <source>Check the report's choices and texts, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="93" />
            <source>The file could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="94" />
            <source>Choose another folder or file name, or close the file if it is open in another program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="100" />
            <source>The file could not be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="101" />
            <source>Check that it is a CSV file with the columns focus_area, category and text, the app's JSON, or a project file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="107" />
            <source>That change was not made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="107" />
            <source>Check what you entered and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="111" />
            <source>That no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="111" />
            <source>It may have been deleted in the meantime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="114" />
            <source>Something went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="144" />
            <source>Open read-only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveNotesDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="83" />
            <source>Move notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="89" />
            <source>Type to narrow the list: area, kind or theme</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="91" />
            <source>&amp;Move %n note(s) to:</source>
            <translation>
                <numerusform>&amp;Move %n note to:</numerusform>
                <numerusform>&amp;Move %n notes to:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="96" />
            <source>Places to move to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="98" />
            <source>(here now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="112" />
            <source>No area, kind or theme has these words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="120" />
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditing</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/text_dialog.py" line="58" />
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/text_dialog.py" line="59" />
            <source>&amp;Text of the note (Enter saves, Shift+Enter starts a new line):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="29" />
            <source>Colour of the kind of note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="30" />
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="31" />
            <source>Orange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="32" />
            <source>Pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="33" />
            <source>Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="34" />
            <source>Turquoise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="35" />
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="36" />
            <source>Grey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="37" />
            <source>White</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteFiles</name>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="35" />
            <source>Notes and projects (*.csv *.json *%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="38" />
            <location filename="../../workshop_app/gui/exchange_files.py" line="106" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="39" />
            <location filename="../../workshop_app/gui/exchange_files.py" line="107" />
            <source>Workshop Board JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="40" />
            <source>Workshop projects (*%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="41" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="45" />
            <location filename="../../workshop_app/gui/exchange_files.py" line="51" />
            <source>Import notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="52" />
            <source>Import the notes of “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="57" />
            <source>An import cannot be undone with Ctrl+Z. Notes from a CSV file go into the workshop shown; a JSON or project file brings its own workshops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="63" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/exchange_files.py" line="93" />
            <source>%n note(s) imported.</source>
            <translation>
                <numerusform>%n note imported.</numerusform>
                <numerusform>%n notes imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/exchange_files.py" line="96" />
            <source>%n empty row(s) skipped.</source>
            <translation>
                <numerusform>%n empty row skipped.</numerusform>
                <numerusform>%n empty rows skipped.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="112" />
            <source>Export notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="143" />
            <source>Saved “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteItem</name>
        <message>
            <location filename="../../workshop_app/gui/board/note_item.py" line="112" />
            <source>Fits in: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/note_item.py" line="168" />
            <source>Hidden note (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/note_item.py" line="274" />
            <source>Hidden until revealed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesList</name>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="151" />
            <source>List of all notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="78" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="79" />
            <source>Focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="80" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="81" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="82" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="83" />
            <source>Posted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="105" />
            <source>(hidden until revealed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonalDataDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="28" />
            <source>Personal data in notes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="32" />
            <source>personal identity number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="33" />
            <source>phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="34" />
            <source>e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="36" />
            <source>possible personal identity number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="40" />
            <source>These notes look like they contain personal data. A published report should not name or identify people. Show a note to change it, or export as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="47" />
            <source>Notes with possible personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="64" />
            <source>&amp;Show the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="65" />
            <source>&amp;Export anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhoneIntake</name>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="159" />
            <source>This computer is not on a network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="160" />
            <source>Join the Wi-Fi the phones use, or turn on this computer's mobile hotspot (or a phone's), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="200" />
            <source>Could not open for phones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="201" />
            <source>Check that this computer is on the phones' network, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="280" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="282" />
            <source>Open for phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="286" />
            <source>code %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/phone_intake.py" line="288" />
            <source>%n phone(s)</source>
            <translation>
                <numerusform>%n phone</numerusform>
                <numerusform>%n phones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/phone_intake.py" line="290" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="372" />
            <source>Notes from phones</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="62" />
            <source>Table of contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="63" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="64" />
            <source>Introduction and background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="65" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="66" />
            <source>Method (how the workshops were run)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="67" />
            <source>Chart and table of notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="68" />
            <source>Results per focus area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="69" />
            <source>Priorities (dot voting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="70" />
            <source>Conclusions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="71" />
            <source>Further work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="72" />
            <source>Appendix: all notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="97" />
            <location filename="../../workshop_app/gui/report_dialog.py" line="363" />
            <location filename="../../workshop_app/gui/report_dialog.py" line="397" />
            <location filename="../../workshop_app/gui/report_dialog.py" line="422" />
            <source>Export report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="105" />
            <source>&amp;Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="106" />
            <source>&amp;Title page and texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="109" />
            <location filename="../../workshop_app/gui/report_dialog.py" line="318" />
            <source>Save the report as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="111" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="114" />
            <source>&amp;Save as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="121" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="147" />
            <source>Workshops in the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="158" />
            <source>Sections of the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="165" />
            <source>As the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="170" />
            <source>PDF (for print and e-mail; without tags for screen readers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="171" />
            <source>HTML (accessible: for publishing on a website)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="172" />
            <source>Word (to edit in your own template; Word saves a tagged PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="174" />
            <source>Print the &amp;names of people (authors of notes, facilitator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="178" />
            <source>&amp;Workshops:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="179" />
            <source>S&amp;ections:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="180" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="181" />
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="189" />
            <source>The workshop's title when left empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="192" />
            <source>Printed on the title page and as the PDF's author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="194" />
            <source>The workshops' dates when left empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="196" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="203" />
            <source>T&amp;itle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="204" />
            <source>Su&amp;btitle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="205" />
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="206" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="207" />
            <source>&amp;Logo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="209" />
            <source>Summary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="210" />
            <source>Background:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="211" />
            <source>Purpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="212" />
            <source>About the method:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="213" />
            <source>Conclusions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="214" />
            <source>Further work:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="291" />
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="313" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="314" />
            <source>Web pages (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="315" />
            <source>Word documents (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="327" />
            <source>Choose a logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="327" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="348" />
            <source>Choose at least one workshop for the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="352" />
            <source>Choose where to save the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="362" />
            <source>Making the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="362" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="389" />
            <source>Saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="391" />
            <source>Saved: %1 (open it from that folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="398" />
            <source>%1 already exists. Do you want to replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="423" />
            <source>The report could not be made.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreNotesDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="27" />
            <source>Restore deleted notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="31" />
            <source>Deleted notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="34" />
            <source>There are no deleted notes in this workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="36" />
            <source>&amp;Tick the notes to bring back:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="39" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="81" />
            <source>Prioritise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="93" />
            <source>The whole board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="99" />
            <source>People who vote on paper, whose dots you type in (counted as voters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="101" />
            <source>&amp;Dots per participant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="102" />
            <source>&amp;Most dots on one theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="103" />
            <source>&amp;Themes of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="104" />
            <source>Voters on &amp;paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="107" />
            <source>Votes stay hidden on the board until you reveal them. Starting a round replaces the previous round's votes (Undo brings them back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="114" />
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoundTimer</name>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="68" />
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="74" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="75" />
            <source>Length of the round in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="78" />
            <location filename="../../workshop_app/gui/timer_widget.py" line="225" />
            <source>Start timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="80" />
            <source>One more minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="82" />
            <source>Reset timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="215" />
            <location filename="../../workshop_app/gui/timer_widget.py" line="222" />
            <location filename="../../workshop_app/gui/timer_widget.py" line="223" />
            <location filename="../../workshop_app/gui/timer_widget.py" line="233" />
            <source>Time is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="225" />
            <source>Pause timer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThemeEditing</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="20" />
            <source>Theme summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="21" />
            <source>Summary of “%1” (printed in the report):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="37" />
            <source>Use themes from another workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="53" />
            <source>&amp;Use these themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="58" />
            <source>&amp;From workshop:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="61" />
            <source>The themes of the chosen workshop are added here as your own themes, in the same focus areas and kinds of note, with the notes of this workshop that fit them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="87" />
            <source>This project has no other workshop.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="98" />
            <source>%n theme(s) will be offered</source>
            <translation>
                <numerusform>%n theme will be offered</numerusform>
                <numerusform>%n themes will be offered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="100" />
            <source>%n note(s) of this workshop fit them.</source>
            <translation>
                <numerusform>%n note of this workshop fits them.</numerusform>
                <numerusform>%n notes of this workshop fit them.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="29" />
            <source>Number of themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="30" />
            <source>Fewer, broader themes ⟷ more, finer themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="34" />
            <location filename="../../workshop_app/gui/granularity.py" line="35" />
            <source>Fewer themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="39" />
            <location filename="../../workshop_app/gui/granularity.py" line="40" />
            <source>More themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="41" />
            <source>Themes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="53" />
            <source>New theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="115" />
            <source>No themes to suggest: there are no notes here yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="119" />
            <source>No themes to suggest: every note here is already in one of your themes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="123" />
            <source>No themes to suggest: the notes here share too little to be grouped.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/theme_editing.py" line="135" />
            <source>%n theme(s) proposed. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n theme proposed. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n themes proposed. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="154" />
            <source>The next suggestion will use this number of themes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="257" />
            <source>Select two or more themes of one kind of note in one focus area to merge them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/theme_editing.py" line="274" />
            <source>%n theme(s) merged into “%1”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n theme merged into “%1”. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n themes merged into “%1”. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="287" />
            <source>Select some notes of one theme to split them off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="374" />
            <source>No loose note fits a theme well enough.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/theme_editing.py" line="379" />
            <location filename="../../workshop_app/gui/triage.py" line="372" />
            <source>%n note(s) sorted into themes. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n note sorted into themes. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n notes sorted into themes. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="421" />
            <source>That workshop has no themes that this one lacks.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/theme_editing.py" line="427" />
            <source>%n theme(s) added. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n theme added. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n themes added. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="29" />
            <source>&amp;Rename theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="34" />
            <source>Write &amp;summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="40" />
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="45" />
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="54" />
            <source>&amp;Merge selected themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="60" />
            <source>&amp;Dissolve theme (notes stay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="69" />
            <source>Split into a &amp;new theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="74" />
            <source>&amp;Take out of the theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="81" />
            <source>Suggest themes for “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="86" />
            <source>Write &amp;conclusions for “%1”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="93" />
            <source>Suggest themes for this cell</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThemeItem</name>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/board/theme_items.py" line="116" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/theme_items.py" line="137" />
            <source>Proposed theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/theme_items.py" line="139" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/theme_items.py" line="233" />
            <source>Proposal:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Triage</name>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="61" />
            <source>Sort notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="95" />
            <location filename="../../workshop_app/gui/triage.py" line="96" />
            <source>Title of the new theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="118" />
            <location filename="../../workshop_app/gui/triage.py" line="216" />
            <source>N  new theme with this note     M  another theme or place…     S  skip     Backspace  undo the last choice     Esc  close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="149" />
            <source>%1 of %2 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="163" />
            <source>Every loose note has been seen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="165" />
            <source>There are no loose notes: every note is in a theme.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/triage.py" line="171" />
            <source>%n skipped note(s) still loose.</source>
            <translation>
                <numerusform>%n skipped note is still loose.</numerusform>
                <numerusform>%n skipped notes are still loose.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="175" />
            <source>Backspace  undo the last choice     Esc  close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="194" />
            <source>Put the note in “%1” (key %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="203" />
            <source>This kind of note has no themes in this focus area yet: press N to start one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="209" />
            <source>No theme fits this note well: choose one anyway, start a new one (N) or skip (S).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="234" />
            <source>Sort a note into “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="247" />
            <source>Type the title and press Enter; Esc goes back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="253" />
            <source>A theme needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="261" />
            <source>Start the theme “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="293" />
            <source>The note stays loose where it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="321" />
            <source>Nothing to undo here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="328" />
            <source>The last choice was changed elsewhere: undo it on the board.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="266" />
            <source>Voting round started: votes stay hidden until you reveal them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="283" />
            <source>Choose a theme on the board or in the voting panel first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="295" />
            <source>“%1”: %n vote(s).</source>
            <translation>
                <numerusform>“%1”: %n vote.</numerusform>
                <numerusform>“%1”: %n votes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="297" />
            <source>A dot on “%1” (hidden until you reveal).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="298" />
            <source>A dot off “%1” (hidden until you reveal).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="325" />
            <source>Prioritise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="405" />
            <source>&amp;Hide votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="407" />
            <source>&amp;Reveal votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="410" />
            <source>Re&amp;open round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="412" />
            <source>&amp;End round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="416" />
            <source>No voting round. Start one to let participants prioritise the themes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="427" />
            <source>%n dot(s) per participant</source>
            <translation>
                <numerusform>%n dot per participant</numerusform>
                <numerusform>%n dots per participant</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="428" />
            <source>at most %1 on one theme</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="429" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n voter</numerusform>
                <numerusform>%n voters</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="430" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="432" />
            <source>ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="433" />
            <source>revealed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="435" />
            <source>hidden</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="441" />
            <source>Participant %1: %n dot(s) left</source>
            <translation>
                <numerusform>Participant %1: %n dot left</numerusform>
                <numerusform>Participant %1: %n dots left</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="446" />
            <source>Press Next participant to begin.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="463" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="471" />
            <source>No votes (%n):</source>
            <translation>
                <numerusform>No votes (%n):</numerusform>
                <numerusform>No votes (%n):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="144" />
            <source>Paper tally (no limits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="145" />
            <source>Participants in turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="146" />
            <source>Who votes at this screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="149" />
            <source>&amp;Next participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="153" />
            <source>Themes in the voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="158" />
            <source>Add a dot to the chosen theme (+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="161" />
            <source>Remove a dot from the chosen theme (−)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="166" />
            <source>New &amp;round…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/workshop_dialog.py" line="133" />
            <source>New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/workshop_dialog.py" line="169" />
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
    <context>
        <name>WorkshopEditing</name>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="115" />
            <source>Conclusions for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="116" />
            <source>What the workshop concluded about “%1” (printed in the report after the area's themes):</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>