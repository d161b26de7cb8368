<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="64" />
            <source>About Workshop Board</source>
            <translation>Om Workshoptavlan</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="66" />
            <source>Workshop Board</source>
            <translation>Workshoptavlan</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="71" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="76" />
            <source>Sticky notes for workshops, kept on this computer: no network, no account.
Language: %1

Fonts: DejaVu Sans (Bitstream Vera licence and public domain).
Icons: Material Design Icons by Pictogrammers (Apache License 2.0), through qtawesome (MIT).</source>
            <translation>Lappar för workshoppar, sparade på den här datorn: inget nätverk, inget konto.
Språk: %1

Typsnitt: DejaVu Sans (Bitstream Vera-licens och allmän egendom).
Ikoner: Material Design Icons från Pictogrammers (Apache License 2.0), via qtawesome (MIT).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="86" />
            <source>&amp;Licences</source>
            <translation>&amp;Licenser</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="87" />
            <source>&amp;New project…</source>
            <translation>&amp;Nytt projekt…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="88" />
            <source>&amp;Open project…</source>
            <translation>&amp;Öppna projekt…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="89" />
            <source>New &amp;workshop…</source>
            <translation>Ny &amp;workshop…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="91" />
            <source>Workshop &amp;properties…</source>
            <translation>Workshopens &amp;egenskaper…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="93" />
            <source>&amp;Focus areas…</source>
            <translation>&amp;Fokusområden…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="95" />
            <source>&amp;Delete workshop…</source>
            <translation>&amp;Ta bort workshop…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="97" />
            <source>&amp;Import notes…</source>
            <translation>&amp;Importera lappar…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="99" />
            <source>E&amp;xport notes…</source>
            <translation>E&amp;xportera lappar…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="101" />
            <source>Export &amp;report…</source>
            <translation>Exportera &amp;rapport…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="103" />
            <source>Open for &amp;phones…</source>
            <translation>Öppna för &amp;mobiler…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="105" />
            <source>Let participants write notes from their phones on this network</source>
            <translation>Låt deltagarna skriva lappar från sina mobiler på det här nätverket</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="106" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="108" />
            <source>&amp;Edit note</source>
            <translation>&amp;Redigera lapp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="110" />
            <source>&amp;Move to…</source>
            <translation>&amp;Flytta till…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="112" />
            <source>Move the selected notes to another focus area, kind of note or theme</source>
            <translation>Flytta de markerade lapparna till ett annat fokusområde, en annan typ av lapp eller ett tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="113" />
            <source>&amp;Delete notes</source>
            <translation>&amp;Ta bort lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="115" />
            <source>&amp;Restore deleted notes…</source>
            <translation>&amp;Återställ borttagna lappar…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="117" />
            <source>Select &amp;all notes</source>
            <translation>Markera &amp;alla lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="119" />
            <source>&amp;Find notes</source>
            <translation>&amp;Sök lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="121" />
            <source>&amp;Write a note</source>
            <translation>&amp;Skriv en lapp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="123" />
            <source>Go to the &amp;board</source>
            <translation>Gå till &amp;tavlan</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="126" />
            <source>Notes as a &amp;list</source>
            <translation>Lappar som &amp;lista</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="128" />
            <source>Zoom &amp;in</source>
            <translation>Zooma &amp;in</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="129" />
            <source>Zoom &amp;out</source>
            <translation>Zooma &amp;ut</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="130" />
            <source>&amp;Actual size</source>
            <translation>&amp;Normal storlek</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="131" />
            <source>&amp;High contrast</source>
            <translation>&amp;Hög kontrast</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="133" />
            <source>&amp;Presentation mode</source>
            <translation>&amp;Presentationsläge</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="135" />
            <source>Show &amp;facilitator controls</source>
            <translation>Visa &amp;processledarens verktyg</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="138" />
            <source>&amp;Suggest themes</source>
            <translation>&amp;Föreslå teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="140" />
            <source>Suggest themes for the whole workshop (keeps your own themes)</source>
            <translation>Föreslå teman för hela workshoppen (dina egna teman behålls)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="141" />
            <source>&amp;Fewer themes</source>
            <translation>F&amp;ärre teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="143" />
            <source>&amp;More themes</source>
            <translation>F&amp;ler teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="145" />
            <source>Sort &amp;in new notes</source>
            <translation>Sortera &amp;in nya lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="147" />
            <source>S&amp;ort notes one by one…</source>
            <translation>S&amp;ortera lappar…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="149" />
            <source>Put the new note in the &amp;theme it fits</source>
            <translation>Lägg den nya lappen i &amp;temat den passar i</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="152" />
            <source>Accept the hint “Fits in: …” on the current or newest card</source>
            <translation>Godta tipset ”Passar i: …” på den aktuella eller nyaste lappen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="153" />
            <source>Use themes from &amp;another workshop…</source>
            <translation>Använd teman från en &amp;annan workshop…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="155" />
            <source>&amp;Rename theme</source>
            <translation>&amp;Byt namn på tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="157" />
            <source>&amp;Conclusions for the focus area…</source>
            <translation>S&amp;lutsatser för fokusområdet…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="159" />
            <source>Write what the workshop concluded about a focus area (printed in the report)</source>
            <translation>Skriv vad workshoppen kom fram till om ett fokusområde (skrivs ut i rapporten)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="160" />
            <source>Theme s&amp;ummary…</source>
            <translation>Temats s&amp;ammanfattning…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="162" />
            <source>M&amp;erge themes</source>
            <translation>Slå i&amp;hop teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="164" />
            <source>S&amp;plit off into a new theme</source>
            <translation>&amp;Dela av till ett nytt tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="166" />
            <source>&amp;Dissolve theme</source>
            <translation>&amp;Lös upp tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="168" />
            <source>&amp;Word list for themes…</source>
            <translation>&amp;Ordlista för teman…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="170" />
            <source>&amp;Start or pause the timer</source>
            <translation>&amp;Starta eller pausa timern</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="171" />
            <source>One more &amp;minute</source>
            <translation>En &amp;minut till</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="172" />
            <source>&amp;Reset the timer</source>
            <translation>&amp;Nollställ timern</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="173" />
            <source>&amp;Hidden round (new notes face down)</source>
            <translation>&amp;Dold runda (nya lappar ligger dolda)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="176" />
            <source>Show &amp;all notes</source>
            <translation>&amp;Visa alla lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="179" />
            <source>&amp;Prioritise…</source>
            <translation>&amp;Prioritera…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="181" />
            <source>Start a dot vote on the themes, at this screen and on phones</source>
            <translation>Starta en prickröstning om temana, vid skärmen och på mobiler</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="182" />
            <source>&amp;Voting panel</source>
            <translation>&amp;Panel för omröstningen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="184" />
            <source>A dot &amp;on the theme</source>
            <translation>En prick &amp;på temat</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="186" />
            <source>A dot o&amp;ff the theme</source>
            <translation>En prick &amp;bort från temat</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="188" />
            <source>Ne&amp;xt participant votes</source>
            <translation>&amp;Nästa deltagare röstar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="190" />
            <source>Reveal or hide the &amp;votes</source>
            <translation>Visa eller dölj &amp;rösterna</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="192" />
            <source>&amp;End or reopen the voting round</source>
            <translation>&amp;Avsluta eller öppna omröstningen igen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="195" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Kortkommandon</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="196" />
            <source>&amp;About</source>
            <translation>&amp;Om Workshoptavlan</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="203" />
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="206" />
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="208" />
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="210" />
            <source>&amp;Themes</source>
            <translation>&amp;Teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="213" />
            <source>&amp;Round</source>
            <translation>R&amp;unda</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/actions.py" line="215" />
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
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
                <numerusform>%n lapp</numerusform>
                <numerusform>%n lappar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/cell_items.py" line="74" />
            <source>Whole board: 0 or Esc</source>
            <translation>Hela tavlan: 0 eller Esc</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/cell_items.py" line="182" />
            <source>+%1 more</source>
            <translation>+%1 till</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/cell_items.py" line="240" />
            <source>Not in a theme (%1)</source>
            <translation>Utan tema (%1)</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../workshop_app/gui/board/editors.py" line="18" />
            <source>Edit note text</source>
            <translation>Redigera lappens text</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/editors.py" line="58" />
            <source>Theme title</source>
            <translation>Temats rubrik</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/view.py" line="52" />
            <source>Board</source>
            <translation>Tavla</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="19" />
            <source>Add note</source>
            <translation>Lägg till lapp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="50" />
            <source>Note from a phone</source>
            <translation>Lapp från en mobil</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="58" />
            <source>Edit note</source>
            <translation>Redigera lapp</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/notes.py" line="90" />
            <source>Move %n note(s) into the theme</source>
            <translation>
                <numerusform>Flytta %n lapp in i temat</numerusform>
                <numerusform>Flytta %n lappar in i temat</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="93" />
            <source>Move note</source>
            <translation>Flytta lapp</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/notes.py" line="95" />
            <source>Move %n notes</source>
            <translation>
                <numerusform>Flytta %n lapp</numerusform>
                <numerusform>Flytta %n lappar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="122" />
            <source>Change colour</source>
            <translation>Byt färg</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="142" />
            <source>Delete note</source>
            <translation>Ta bort lapp</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/notes.py" line="144" />
            <source>Delete %n notes</source>
            <translation>
                <numerusform>Ta bort %n lapp</numerusform>
                <numerusform>Ta bort %n lappar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="160" />
            <source>Restore note</source>
            <translation>Återställ lapp</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/notes.py" line="162" />
            <source>Restore %n notes</source>
            <translation>
                <numerusform>Återställ %n lapp</numerusform>
                <numerusform>Återställ %n lappar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/notes.py" line="177" />
            <source>Show all notes</source>
            <translation>Visa alla lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="48" />
            <source>Change the number of themes</source>
            <translation>Ändra antal teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="50" />
            <source>Suggest themes</source>
            <translation>Föreslå teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="104" />
            <source>Group notes</source>
            <translation>Gruppera lappar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/themes.py" line="150" />
            <source>Add %n note(s) to the theme</source>
            <translation>
                <numerusform>Lägg %n lapp i temat</numerusform>
                <numerusform>Lägg %n lappar i temat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/themes.py" line="152" />
            <source>Take %n note(s) out of the theme</source>
            <translation>
                <numerusform>Ta %n lapp ur temat</numerusform>
                <numerusform>Ta %n lappar ur temat</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="170" />
            <source>Sort in new notes</source>
            <translation>Sortera in nya lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="183" />
            <source>Merge themes</source>
            <translation>Slå ihop teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="203" />
            <source>Rename theme</source>
            <translation>Byt namn på tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="205" />
            <source>Edit theme summary</source>
            <translation>Ändra temats sammanfattning</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="234" />
            <source>Reorder themes</source>
            <translation>Ändra temanas ordning</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="256" />
            <source>Dissolve theme</source>
            <translation>Lös upp tema</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/commands/themes.py" line="258" />
            <source>Dissolve %n themes</source>
            <translation>
                <numerusform>Lös upp %n tema</numerusform>
                <numerusform>Lös upp %n teman</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/themes.py" line="275" />
            <source>Use themes from another workshop</source>
            <translation>Använd teman från en annan workshop</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="20" />
            <source>Start prioritising</source>
            <translation>Starta prioriteringen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="45" />
            <source>Add a dot</source>
            <translation>Lägg till en prick</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="47" />
            <source>Remove a dot</source>
            <translation>Ta bort en prick</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="75" />
            <source>Reveal the votes</source>
            <translation>Visa rösterna</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="76" />
            <source>Hide the votes</source>
            <translation>Dölj rösterna</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="77" />
            <source>End the voting round</source>
            <translation>Avsluta omröstningen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/votes.py" line="78" />
            <source>Reopen the voting round</source>
            <translation>Öppna omröstningen igen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="24" />
            <source>Edit workshop properties</source>
            <translation>Ändra workshopens egenskaper</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="45" />
            <source>Start hidden round</source>
            <translation>Starta dold runda</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="47" />
            <source>End hidden round</source>
            <translation>Avsluta dold runda</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="57" />
            <source>Write conclusions for %1</source>
            <translation>Skriv slutsatser för %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="70" />
            <source>Add focus area</source>
            <translation>Lägg till fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="90" />
            <source>Rename focus area</source>
            <translation>Byt namn på fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="92" />
            <source>Edit focus area</source>
            <translation>Ändra fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="110" />
            <source>Move focus area</source>
            <translation>Flytta fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/commands/workshops.py" line="129" />
            <source>Remove focus area</source>
            <translation>Ta bort fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="302" />
            <source>Split theme</source>
            <translation>Dela tema</translation>
        </message>
    </context>
    <context>
        <name>EntryBar</name>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="193" />
            <source>&amp;Focus area:</source>
            <translation>&amp;Fokusområde:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="197" />
            <source>&amp;Kind of note:</source>
            <translation>&amp;Typ av lapp:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="205" />
            <source>Type your note and press Enter (Shift+Enter for a new line)</source>
            <translation>Skriv din lapp och tryck Enter (Skift+Enter för ny rad)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="206" />
            <source>Note text</source>
            <translation>Lappens text</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="213" />
            <source>Post</source>
            <translation>Sätt upp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="217" />
            <source>Post the note (Enter)</source>
            <translation>Sätt upp lappen (Enter)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="223" />
            <source>Group or organisation (optional)</source>
            <translation>Grupp eller organisation (valfritt)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="224" />
            <source>Group or organisation</source>
            <translation>Grupp eller organisation</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="235" />
            <source>Note entry status</source>
            <translation>Status för lappskrivning</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="265" />
            <source>Note entry</source>
            <translation>Skriv lapp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="299" />
            <source>Focus area, shortcut %1</source>
            <translation>Fokusområde, kortkommando %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="315" />
            <source>Kind of note: %1</source>
            <translation>Typ av lapp: %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="408" />
            <source>%1 – %2: type your note and press Enter</source>
            <translation>%1 – %2: skriv din lapp och tryck Enter</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="411" />
            <source>New note in %1, %2</source>
            <translation>Ny lapp i %1, %2</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="423" />
            <source>This project is open read-only: notes cannot be posted.</source>
            <translation>Projektet är öppnat skrivskyddat: lappar kan inte sättas upp.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="432" />
            <source>Type something first, then press Enter.</source>
            <translation>Skriv något först och tryck sedan Enter.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="435" />
            <source>Choose a focus area and a kind of note first.</source>
            <translation>Välj först ett fokusområde och en typ av lapp.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/entry_bar.py" line="439" />
            <source>Posted. Next note!</source>
            <translation>Lappen är uppsatt – skriv nästa!</translation>
        </message>
    </context>
    <context>
        <name>FocusAreasDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="38" />
            <source>Focus areas</source>
            <translation>Fokusområden</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="44" />
            <source>Focus areas in the order of the board</source>
            <translation>Fokusområden i tavlans ordning</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="45" />
            <source>&amp;Focus areas (columns on the board, left to right):</source>
            <translation>&amp;Fokusområden (tavlans kolumner, från vänster till höger):</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="47" />
            <source>&amp;Add…</source>
            <translation>&amp;Lägg till…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="48" />
            <source>&amp;Rename…</source>
            <translation>&amp;Byt namn…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="49" />
            <source>Re&amp;move</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="50" />
            <source>Move &amp;left</source>
            <translation>Flytta åt &amp;vänster</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="51" />
            <source>Move r&amp;ight</source>
            <translation>Flytta åt &amp;höger</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="88" />
            <source>Add focus area</source>
            <translation>Lägg till fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="88" />
            <source>Name of the new focus area:</source>
            <translation>Namn på det nya fokusområdet:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="100" />
            <source>Rename focus area</source>
            <translation>Byt namn på fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/focus_areas_dialog.py" line="100" />
            <source>New name:</source>
            <translation>Nytt namn:</translation>
        </message>
    </context>
    <context>
        <name>IntakeBar</name>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="84" />
            <source>Join screen</source>
            <translation>Anslutningsskärm</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="86" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="88" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>JoinScreen</name>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="66" />
            <source>Write from your phone</source>
            <translation>Skriv från mobilen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="72" />
            <source>Write your notes from your phone</source>
            <translation>Skriv dina lappar från mobilen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="82" />
            <source>QR code for %1</source>
            <translation>QR-kod för %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="99" />
            <source>1. Join the same Wi-Fi as this computer.</source>
            <translation>1. Anslut till samma wifi som den här datorn.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="100" />
            <source>2. Scan the code, or open this address:</source>
            <translation>2. Skanna koden eller öppna den här adressen:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="102" />
            <source>3. Type this code:</source>
            <translation>3. Skriv den här koden:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="104" />
            <source>Join code %1</source>
            <translation>Anslutningskod %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="106" />
            <source>Paused – notes wait on the phones</source>
            <translation>Pausad – lapparna väntar i mobilerna</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/join_screen.py" line="117" />
            <source>Hide (Esc)</source>
            <translation>Dölj (Esc)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/join_screen.py" line="141" />
            <source>%n phone(s) joined</source>
            <translation>
                <numerusform>%n mobil ansluten</numerusform>
                <numerusform>%n mobiler anslutna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/join_screen.py" line="141" />
            <source>%n note(s) received</source>
            <translation>
                <numerusform>%n lapp mottagen</numerusform>
                <numerusform>%n lappar mottagna</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LexiconDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="81" />
            <source>Word list for themes</source>
            <translation>Ordlista för teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="85" />
            <source>Notes about the same thing often use different words. These concepts tell the theme suggestions which words belong together. Add the words your participants use; they are kept in your own word list on this computer and used from the next suggestion on.</source>
            <translation>Lappar om samma sak använder ofta olika ord. De här begreppen talar om för temaförslagen vilka ord som hör ihop. Lägg till de ord som dina deltagare använder; de sparas i din egen ordlista på den här datorn och används från nästa förslag.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="94" />
            <source>Concept</source>
            <translation>Begrepp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="94" />
            <source>Words</source>
            <translation>Ord</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="97" />
            <source>Concepts and their words</source>
            <translation>Begrepp och deras ord</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="99" />
            <source>Add words</source>
            <translation>Lägg till ord</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="104" />
            <source>for example: Läkemedel</source>
            <translation>till exempel: Läkemedel</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="107" />
            <source>words separated by commas, e.g. dosett, läkemedelsgenomgång, apodos</source>
            <translation>ord åtskilda med komma, t.ex. dosett, läkemedelsgenomgång, apodos</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="108" />
            <source>&amp;Add to my word list</source>
            <translation>&amp;Lägg till i min ordlista</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="116" />
            <source>&amp;Concept:</source>
            <translation>&amp;Begrepp:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="117" />
            <source>&amp;Name of the new concept:</source>
            <translation>&amp;Namn på det nya begreppet:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="118" />
            <source>&amp;Words:</source>
            <translation>&amp;Ord:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="123" />
            <source>Your word list: %1</source>
            <translation>Din ordlista: %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="147" />
            <source>A new concept…</source>
            <translation>Ett nytt begrepp…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="169" />
            <source>Not added: %1</source>
            <translation>Inte tillagt: %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/lexicon_dialog.py" line="196" />
            <source>Added to “%1”: %2</source>
            <translation>Tillagt i ”%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>LicencesDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="43" />
            <source>Licences</source>
            <translation>Licenser</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/about_dialog.py" line="47" />
            <source>Licence texts</source>
            <translation>Licenstexter</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="37" />
            <source>Workshop Board</source>
            <translation>Workshoptavlan</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="213" />
            <source>Open &amp;recent</source>
            <translation>Öppna &amp;senaste</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="267" />
            <source>This project has no workshop yet.
Create one with File → New workshop (Ctrl+Shift+N).</source>
            <translation>Projektet har ingen workshop än.
Skapa en med Arkiv → Ny workshop (Ctrl+Skift+N).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="363" />
            <source>Saved</source>
            <translation>Sparat</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/main_window.py" line="433" />
            <source>(read-only)</source>
            <translation>(skrivskyddad)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/note_editing.py" line="108" />
            <source>%n note(s) match</source>
            <translation>
                <numerusform>%n lapp matchar</numerusform>
                <numerusform>%n lappar matchar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="149" />
            <source>This note is face down until all notes are shown.</source>
            <translation>Lappen ligger med framsidan nedåt tills alla lappar visas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="169" />
            <source>A note cannot be empty; delete it instead (Del).</source>
            <translation>En lapp kan inte vara tom; ta bort den i stället (Del).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="180" />
            <source>Theme dissolved; its notes stay on the board. Undo with Ctrl+Z.</source>
            <translation>Temat är upplöst; lapparna ligger kvar på tavlan. Ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="189" />
            <source>Deleted. Undo with Ctrl+Z, or Edit → Restore deleted notes.</source>
            <translation>Borttagen. Ångra med Ctrl+Z, eller Redigera → Återställ borttagna lappar.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="224" />
            <source>Select the notes to move first.</source>
            <translation>Markera först lapparna som ska flyttas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="244" />
            <source>Nothing moved: the notes are already in %1.</source>
            <translation>Inget flyttades: lapparna ligger redan i %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/note_editing.py" line="254" />
            <source>Moved %n note(s) to %1. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Flyttade %n lapp till %1. Ångra med Ctrl+Z.</numerusform>
                <numerusform>Flyttade %n lappar till %1. Ångra med Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="276" />
            <source>&amp;Colour</source>
            <translation>&amp;Färg</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="364" />
            <source>&amp;Move to</source>
            <translation>&amp;Flytta till</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/presentation.py" line="75" />
            <source>Presentation mode: F11 to leave, Ctrl+Shift+M for the facilitator controls.</source>
            <translation>Presentationsläge: F11 för att lämna, Ctrl+Skift+M för processledarens verktyg.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/presentation.py" line="178" />
            <source>Zoom %1 %</source>
            <translation>Zoom %1 %</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="38" />
            <source>Workshop projects (*%1);;All files (*)</source>
            <translation>Workshopprojekt (*%1);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="49" />
            <source>New project</source>
            <translation>Nytt projekt</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="62" />
            <source>Open project</source>
            <translation>Öppna projekt</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="119" />
            <source>“%1” was opened read-only.</source>
            <translation>”%1” öppnades skrivskyddat.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="121" />
            <source>The file or its folder cannot be written, so changes could not be saved. To work on it, copy the file to a folder of your own and open the copy, or ask for write access.</source>
            <translation>Filen eller mappen den ligger i går inte att skriva till, så ändringar skulle inte kunna sparas. Kopiera filen till en egen mapp och öppna kopian om du vill arbeta i den, eller be om skrivbehörighet.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/project_files.py" line="142" />
            <source>(none)</source>
            <translation>(inga)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_export.py" line="43" />
            <source>Report saved: %1</source>
            <translation>Rapporten sparades: %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/round_bar.py" line="33" />
            <source>Find notes (Ctrl+F)</source>
            <translation>Sök lappar (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/round_bar.py" line="34" />
            <source>Find notes</source>
            <translation>Sök lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/round_bar.py" line="56" />
            <source>Hidden round: notes stay face down until revealed</source>
            <translation>Dold runda: lapparna ligger dolda tills processledaren väljer Visa alla lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="24" />
            <source>At the shared screen</source>
            <translation>Vid den gemensamma skärmen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="25" />
            <source>Ctrl+1 … Ctrl+9: choose the focus area</source>
            <translation>Ctrl+1 … Ctrl+9: välj fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="26" />
            <source>Alt+1, Alt+2, Alt+3: choose the kind of note</source>
            <translation>Alt+1, Alt+2, Alt+3: välj typ av lapp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="27" />
            <source>Enter: post the note; Shift+Enter: new line</source>
            <translation>Enter: sätt upp lappen; Skift+Enter: ny rad</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="28" />
            <source>Typing on the board or in the list writes in the note field</source>
            <translation>Det du skriver på tavlan eller i listan hamnar i lappfältet</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="29" />
            <source>Esc or Ctrl+L: back to writing a note</source>
            <translation>Esc eller Ctrl+L: tillbaka till att skriva en lapp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="31" />
            <source>On the board and in the list of notes</source>
            <translation>På tavlan och i listan över lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="32" />
            <source>Ctrl+B: go to the board; arrow keys: move between notes; Shift+arrow key: select more; Ctrl+Space: select or deselect</source>
            <translation>Ctrl+B: gå till tavlan; piltangenter: flytta mellan lappar; Skift+piltangent: markera fler; Ctrl+Blanksteg: markera eller avmarkera</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="36" />
            <source>F2: edit; Del: delete; Ctrl+M: move to another focus area, kind or theme</source>
            <translation>F2: redigera; Del: ta bort; Ctrl+M: flytta till ett annat fokusområde, en annan typ eller ett tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="39" />
            <source>Menu key or Shift+F10: the menu of the note</source>
            <translation>Menytangenten eller Skift+F10: lappens meny</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="40" />
            <source>Presentation mode, after Ctrl+B: 1 … 9 show one focus area; 0 or Esc the whole board</source>
            <translation>Presentationsläget, efter Ctrl+B: 1 … 9 visar ett fokusområde; 0 eller Esc hela tavlan</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="60" />
            <source>Commands</source>
            <translation>Kommandon</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/shortcut_help.py" line="67" />
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="17" />
            <location filename="../../workshop_app/gui/toolbars.py" line="25" />
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="18" />
            <location filename="../../workshop_app/gui/toolbars.py" line="26" />
            <source>Redo</source>
            <translation>Gör om</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="40" />
            <source>Facilitator</source>
            <translation>Processledare</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="45" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="49" />
            <source>Workshop:</source>
            <translation>Workshop:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/toolbars.py" line="71" />
            <source>Themes</source>
            <translation>Teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/window_menus.py" line="22" />
            <source>S&amp;witch workshop</source>
            <translation>&amp;Byt workshop</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/window_menus.py" line="42" />
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/window_menus.py" line="45" />
            <source>Same as the system</source>
            <translation>Samma som systemet</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="147" />
            <source>No notes were face down.</source>
            <translation>Inga lappar var dolda.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="155" />
            <location filename="../../workshop_app/gui/workshop_editing.py" line="165" />
            <source>Delete workshop</source>
            <translation>Ta bort workshop</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="159" />
            <source>Delete the workshop “%1” with all its notes?</source>
            <translation>Ta bort workshoppen ”%1” med alla dess lappar?</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="163" />
            <source>This cannot be undone.</source>
            <translation>Det går inte att ångra.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../workshop_app/gui/exception_hook.py" line="86" />
            <location filename="../../workshop_app/gui/messages.py" line="133" />
            <location filename="../../workshop_app/gui/project_files.py" line="117" />
            <source>Workshop Board</source>
            <translation>Workshoptavlan</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exception_hook.py" line="89" />
            <source>Something went wrong. That action was not completed, but the board keeps running and everything posted so far is saved.</source>
            <translation>Något gick fel. Det du gjorde blev inte utfört, men tavlan fortsätter att fungera och allt som lagts upp hittills är sparat.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exception_hook.py" line="97" />
            <source>The details were written to %1. Please send that file to whoever looks after the app.</source>
            <translation>Detaljerna har skrivits till %1. Skicka gärna den filen till den som har hand om appen.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exception_hook.py" line="103" />
            <source>The details could not be written to the log file.</source>
            <translation>Detaljerna kunde inte skrivas till loggfilen.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="29" />
            <source>“%1” is not a workshop project.</source>
            <translation>”%1” är inte ett workshopprojekt.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="30" />
            <source>Choose a project file (ending in .workshop), or create a new project.</source>
            <translation>Välj en projektfil (som slutar på .workshop) eller skapa ett nytt projekt.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="36" />
            <source>The project “%1” is damaged and cannot be opened.</source>
            <translation>Projektet ”%1” är skadat och kan inte öppnas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="39" />
            <source>The file was left untouched. Restore it from a backup copy (a .bak file next to it, or your own backup).</source>
            <translation>Filen har inte ändrats. Återställ den från en säkerhetskopia (en .bak-fil bredvid den, eller din egen säkerhetskopia).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="47" />
            <source>The project “%1” was saved by a newer version of the app.</source>
            <translation>Projektet ”%1” har sparats av en nyare version av programmet.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="50" />
            <source>Update the app to open it. The file was not changed.</source>
            <translation>Uppdatera programmet för att öppna det. Filen har inte ändrats.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="54" />
            <source>The project “%1” is open in another window or program.</source>
            <translation>Projektet ”%1” är öppet i ett annat fönster eller program.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="57" />
            <source>Close it there first, or open it read-only to look at it.</source>
            <translation>Stäng det där först, eller öppna det skrivskyddat för att titta på det.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="61" />
            <source>The project “%1” is open read-only.</source>
            <translation>Projektet ”%1” är öppnat skrivskyddat.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="62" />
            <source>Changes cannot be saved. Open the project again when no other window has it open.</source>
            <translation>Ändringar kan inte sparas. Öppna projektet igen när inget annat fönster har det öppet.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="68" />
            <source>Could not save to the project “%1”.</source>
            <translation>Det gick inte att spara i projektet ”%1”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="69" />
            <source>Nothing was changed. Free some disk space or check that the folder is writable.</source>
            <translation>Ingenting ändrades. Frigör diskutrymme eller kontrollera att mappen går att skriva i.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="75" />
            <source>The project file “%1” does not exist.</source>
            <translation>Projektfilen ”%1” finns inte.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="76" />
            <source>It may have been moved, renamed or deleted. Choose it again with Open.</source>
            <translation>Den kan ha flyttats, bytt namn eller tagits bort. Välj den igen med Öppna.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="81" />
            <source>The project “%1” cannot be used.</source>
            <translation>Projektet ”%1” kan inte användas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="88" />
            <source>The report could not be made.</source>
            <translation>Rapporten kunde inte skapas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="89" />
            <source>Check the report's choices and texts, then try again.</source>
            <translation>Kontrollera rapportens val och texter och försök igen.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="93" />
            <source>The file could not be saved.</source>
            <translation>Filen kunde inte sparas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="94" />
            <source>Choose another folder or file name, or close the file if it is open in another program.</source>
            <translation>Välj en annan mapp eller ett annat filnamn, eller stäng filen om den är öppen i ett annat program.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="100" />
            <source>The file could not be imported.</source>
            <translation>Filen kunde inte importeras.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="101" />
            <source>Check that it is a CSV file with the columns focus_area, category and text, the app's JSON, or a project file.</source>
            <translation>Kontrollera att det är en CSV-fil med kolumnerna focus_area, category och text, appens JSON eller en projektfil.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="107" />
            <source>That change was not made.</source>
            <translation>Ändringen gjordes inte.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="107" />
            <source>Check what you entered and try again.</source>
            <translation>Kontrollera det du skrev och försök igen.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="111" />
            <source>That no longer exists.</source>
            <translation>Det finns inte längre.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="111" />
            <source>It may have been deleted in the meantime.</source>
            <translation>Det kan ha tagits bort under tiden.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="114" />
            <source>Something went wrong.</source>
            <translation>Något gick fel.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/messages.py" line="144" />
            <source>Open read-only</source>
            <translation>Öppna skrivskyddat</translation>
        </message>
    </context>
    <context>
        <name>MoveNotesDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="83" />
            <source>Move notes</source>
            <translation>Flytta lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="89" />
            <source>Type to narrow the list: area, kind or theme</source>
            <translation>Skriv för att korta listan: område, typ eller tema</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="91" />
            <source>&amp;Move %n note(s) to:</source>
            <translation>
                <numerusform>&amp;Flytta %n lapp till:</numerusform>
                <numerusform>&amp;Flytta %n lappar till:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="96" />
            <source>Places to move to</source>
            <translation>Platser att flytta till</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="98" />
            <source>(here now)</source>
            <translation>(här nu)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="112" />
            <source>No area, kind or theme has these words.</source>
            <translation>Inget område, ingen typ och inget tema innehåller de orden.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/move_dialog.py" line="120" />
            <source>&amp;Move</source>
            <translation>&amp;Flytta</translation>
        </message>
    </context>
    <context>
        <name>NoteEditing</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/text_dialog.py" line="58" />
            <source>Edit note</source>
            <translation>Redigera lapp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/text_dialog.py" line="59" />
            <source>&amp;Text of the note (Enter saves, Shift+Enter starts a new line):</source>
            <translation>&amp;Lappens text (Enter sparar, Skift+Enter ger en ny rad):</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="29" />
            <source>Colour of the kind of note</source>
            <translation>Lapptypens färg</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="30" />
            <source>Yellow</source>
            <translation>Gul</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="31" />
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="32" />
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="33" />
            <source>Blue</source>
            <translation>Blå</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="34" />
            <source>Turquoise</source>
            <translation>Turkos</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="35" />
            <source>Green</source>
            <translation>Grön</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="36" />
            <source>Grey</source>
            <translation>Grå</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/note_editing.py" line="37" />
            <source>White</source>
            <translation>Vit</translation>
        </message>
    </context>
    <context>
        <name>NoteFiles</name>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="35" />
            <source>Notes and projects (*.csv *.json *%1)</source>
            <translation>Lappar och projekt (*.csv *.json *%1)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="38" />
            <location filename="../../workshop_app/gui/exchange_files.py" line="106" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="39" />
            <location filename="../../workshop_app/gui/exchange_files.py" line="107" />
            <source>Workshop Board JSON (*.json)</source>
            <translation>Workshoptavlans JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="40" />
            <source>Workshop projects (*%1)</source>
            <translation>Workshopprojekt (*%1)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="41" />
            <source>All files (*)</source>
            <translation>Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="45" />
            <location filename="../../workshop_app/gui/exchange_files.py" line="51" />
            <source>Import notes</source>
            <translation>Importera lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="52" />
            <source>Import the notes of “%1”?</source>
            <translation>Importera lapparna i ”%1”?</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="57" />
            <source>An import cannot be undone with Ctrl+Z. Notes from a CSV file go into the workshop shown; a JSON or project file brings its own workshops.</source>
            <translation>En import kan inte ångras med Ctrl+Z. Lappar från en CSV-fil hamnar i workshoppen som visas; en JSON- eller projektfil tar med sina egna workshoppar.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="63" />
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/exchange_files.py" line="93" />
            <source>%n note(s) imported.</source>
            <translation>
                <numerusform>%n lapp importerad.</numerusform>
                <numerusform>%n lappar importerade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/exchange_files.py" line="96" />
            <source>%n empty row(s) skipped.</source>
            <translation>
                <numerusform>%n tom rad hoppades över.</numerusform>
                <numerusform>%n tomma rader hoppades över.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="112" />
            <source>Export notes</source>
            <translation>Exportera lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/exchange_files.py" line="143" />
            <source>Saved “%1”.</source>
            <translation>Sparade ”%1”.</translation>
        </message>
    </context>
    <context>
        <name>NoteItem</name>
        <message>
            <location filename="../../workshop_app/gui/board/note_item.py" line="112" />
            <source>Fits in: %1</source>
            <translation>Passar i: %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/note_item.py" line="168" />
            <source>Hidden note (%1)</source>
            <translation>Dold lapp (%1)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/note_item.py" line="274" />
            <source>Hidden until revealed</source>
            <translation>Dold tills den visas</translation>
        </message>
    </context>
    <context>
        <name>NotesList</name>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="151" />
            <source>List of all notes</source>
            <translation>Lista över alla lappar</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="78" />
            <source>Note</source>
            <translation>Lapp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="79" />
            <source>Focus area</source>
            <translation>Fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="80" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="81" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="82" />
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="83" />
            <source>Posted</source>
            <translation>Uppsatt</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/notes_list.py" line="105" />
            <source>(hidden until revealed)</source>
            <translation>(dold tills den visas)</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="28" />
            <source>Personal data in notes?</source>
            <translation>Personuppgifter i lappar?</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="32" />
            <source>personal identity number</source>
            <translation>personnummer</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="33" />
            <source>phone number</source>
            <translation>telefonnummer</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="34" />
            <source>e-mail address</source>
            <translation>e-postadress</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="36" />
            <source>possible personal identity number</source>
            <translation>möjligt personnummer</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="40" />
            <source>These notes look like they contain personal data. A published report should not name or identify people. Show a note to change it, or export as it is.</source>
            <translation>De här lapparna ser ut att innehålla personuppgifter. En publicerad rapport ska inte nämna eller gå att koppla till enskilda personer. Visa en lapp för att ändra den, eller exportera som den är.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="47" />
            <source>Notes with possible personal data</source>
            <translation>Lappar som kan innehålla personuppgifter</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="64" />
            <source>&amp;Show the note</source>
            <translation>&amp;Visa lappen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/personal_data_dialog.py" line="65" />
            <source>&amp;Export anyway</source>
            <translation>&amp;Exportera ändå</translation>
        </message>
    </context>
    <context>
        <name>PhoneIntake</name>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="159" />
            <source>This computer is not on a network.</source>
            <translation>Datorn är inte ansluten till något nätverk.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="160" />
            <source>Join the Wi-Fi the phones use, or turn on this computer's mobile hotspot (or a phone's), then try again.</source>
            <translation>Anslut datorn till det wifi som mobilerna använder, eller slå på datorns mobila surfzon (eller en mobils), och försök igen.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="200" />
            <source>Could not open for phones.</source>
            <translation>Det gick inte att öppna för mobiler.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="201" />
            <source>Check that this computer is on the phones' network, then try again.</source>
            <translation>Kontrollera att datorn är på samma nätverk som mobilerna och försök igen.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="280" />
            <source>Paused</source>
            <translation>Pausad</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="282" />
            <source>Open for phones</source>
            <translation>Öppet för mobiler</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="286" />
            <source>code %1</source>
            <translation>kod %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/phone_intake.py" line="288" />
            <source>%n phone(s)</source>
            <translation>
                <numerusform>%n mobil</numerusform>
                <numerusform>%n mobiler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/phone_intake.py" line="290" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n lapp</numerusform>
                <numerusform>%n lappar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/phone_intake.py" line="372" />
            <source>Notes from phones</source>
            <translation>Lappar från mobiler</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="62" />
            <source>Table of contents</source>
            <translation>Innehållsförteckning</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="63" />
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="64" />
            <source>Introduction and background</source>
            <translation>Inledning och bakgrund</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="65" />
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="66" />
            <source>Method (how the workshops were run)</source>
            <translation>Genomförande</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="67" />
            <source>Chart and table of notes</source>
            <translation>Diagram och tabell över lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="68" />
            <source>Results per focus area</source>
            <translation>Resultat per fokusområde</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="69" />
            <source>Priorities (dot voting)</source>
            <translation>Prioriteringar (prickröstning)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="70" />
            <source>Conclusions</source>
            <translation>Slutsatser</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="71" />
            <source>Further work</source>
            <translation>Fortsatt arbete</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="72" />
            <source>Appendix: all notes</source>
            <translation>Bilaga: alla lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="97" />
            <location filename="../../workshop_app/gui/report_dialog.py" line="363" />
            <location filename="../../workshop_app/gui/report_dialog.py" line="397" />
            <location filename="../../workshop_app/gui/report_dialog.py" line="422" />
            <source>Export report</source>
            <translation>Exportera rapport</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="105" />
            <source>&amp;Contents</source>
            <translation>&amp;Innehåll</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="106" />
            <source>&amp;Title page and texts</source>
            <translation>&amp;Titelsida och texter</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="109" />
            <location filename="../../workshop_app/gui/report_dialog.py" line="318" />
            <source>Save the report as</source>
            <translation>Spara rapporten som</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="111" />
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="114" />
            <source>&amp;Save as:</source>
            <translation>&amp;Spara som:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="121" />
            <source>&amp;Export</source>
            <translation>&amp;Exportera</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="147" />
            <source>Workshops in the report</source>
            <translation>Workshoppar i rapporten</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="158" />
            <source>Sections of the report</source>
            <translation>Rapportens avsnitt</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="165" />
            <source>As the workshop</source>
            <translation>Som workshoppen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="170" />
            <source>PDF (for print and e-mail; without tags for screen readers)</source>
            <translation>PDF (för utskrift och e-post; saknar taggar för skärmläsare)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="171" />
            <source>HTML (accessible: for publishing on a website)</source>
            <translation>HTML (tillgänglig: för publicering på webbplatsen)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="172" />
            <source>Word (to edit in your own template; Word saves a tagged PDF)</source>
            <translation>Word (för att redigera i er egen mall; Word sparar en taggad PDF)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="174" />
            <source>Print the &amp;names of people (authors of notes, facilitator)</source>
            <translation>Visa &amp;namn på personer i rapporten (lappförfattare, processledare)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="178" />
            <source>&amp;Workshops:</source>
            <translation>&amp;Workshoppar:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="179" />
            <source>S&amp;ections:</source>
            <translation>&amp;Avsnitt:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="180" />
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="181" />
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="189" />
            <source>The workshop's title when left empty</source>
            <translation>Workshoppens titel om fältet lämnas tomt</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="192" />
            <source>Printed on the title page and as the PDF's author</source>
            <translation>Skrivs ut på titelsidan och som PDF-filens författare</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="194" />
            <source>The workshops' dates when left empty</source>
            <translation>Workshopparnas datum om fältet lämnas tomt</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="196" />
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="203" />
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="204" />
            <source>Su&amp;btitle:</source>
            <translation>&amp;Undertitel:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="205" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="206" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="207" />
            <source>&amp;Logo:</source>
            <translation>&amp;Logotyp:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="209" />
            <source>Summary:</source>
            <translation>Sammanfattning:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="210" />
            <source>Background:</source>
            <translation>Bakgrund:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="211" />
            <source>Purpose:</source>
            <translation>Syfte:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="212" />
            <source>About the method:</source>
            <translation>Om genomförandet:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="213" />
            <source>Conclusions:</source>
            <translation>Slutsatser:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="214" />
            <source>Further work:</source>
            <translation>Fortsatt arbete:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="291" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="313" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="314" />
            <source>Web pages (*.html)</source>
            <translation>Webbsidor (*.html)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="315" />
            <source>Word documents (*.docx)</source>
            <translation>Word-dokument (*.docx)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="327" />
            <source>Choose a logo</source>
            <translation>Välj en logotyp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="327" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="348" />
            <source>Choose at least one workshop for the report.</source>
            <translation>Välj minst en workshop till rapporten.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="352" />
            <source>Choose where to save the report.</source>
            <translation>Välj var rapporten ska sparas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="362" />
            <source>Making the report…</source>
            <translation>Rapporten skapas…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="362" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="389" />
            <source>Saved: %1</source>
            <translation>Sparad: %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="391" />
            <source>Saved: %1 (open it from that folder)</source>
            <translation>Sparad: %1 (öppna den från mappen)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="398" />
            <source>%1 already exists. Do you want to replace it?</source>
            <translation>%1 finns redan. Vill du ersätta den?</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/report_dialog.py" line="423" />
            <source>The report could not be made.</source>
            <translation>Rapporten kunde inte skapas.</translation>
        </message>
    </context>
    <context>
        <name>RestoreNotesDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="27" />
            <source>Restore deleted notes</source>
            <translation>Återställ borttagna lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="31" />
            <source>Deleted notes</source>
            <translation>Borttagna lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="34" />
            <source>There are no deleted notes in this workshop.</source>
            <translation>Det finns inga borttagna lappar i den här workshopen.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="36" />
            <source>&amp;Tick the notes to bring back:</source>
            <translation>&amp;Kryssa för lapparna som ska tillbaka:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/restore_dialog.py" line="39" />
            <source>&amp;Restore</source>
            <translation>&amp;Återställ</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="81" />
            <source>Prioritise</source>
            <translation>Prioritera</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="93" />
            <source>The whole board</source>
            <translation>Hela tavlan</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="99" />
            <source>People who vote on paper, whose dots you type in (counted as voters)</source>
            <translation>Personer som röstar på papper och vars prickar du skriver in (räknas som röstande)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="101" />
            <source>&amp;Dots per participant:</source>
            <translation>&amp;Prickar per deltagare:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="102" />
            <source>&amp;Most dots on one theme:</source>
            <translation>&amp;Flest prickar på ett tema:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="103" />
            <source>&amp;Themes of:</source>
            <translation>&amp;Teman från:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="104" />
            <source>Voters on &amp;paper:</source>
            <translation>Röstande på &amp;papper:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="107" />
            <source>Votes stay hidden on the board until you reveal them. Starting a round replaces the previous round's votes (Undo brings them back).</source>
            <translation>Rösterna är dolda på tavlan tills du visar dem. En ny omröstning ersätter den förra omröstningens röster (Ångra tar tillbaka dem).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="114" />
            <source>&amp;Start</source>
            <translation>&amp;Starta</translation>
        </message>
    </context>
    <context>
        <name>RoundTimer</name>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="68" />
            <source>Time left</source>
            <translation>Tid kvar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="74" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="75" />
            <source>Length of the round in minutes</source>
            <translation>Rundans längd i minuter</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="78" />
            <location filename="../../workshop_app/gui/timer_widget.py" line="225" />
            <source>Start timer</source>
            <translation>Starta timern</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="80" />
            <source>One more minute</source>
            <translation>En minut till</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="82" />
            <source>Reset timer</source>
            <translation>Nollställ timern</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="215" />
            <location filename="../../workshop_app/gui/timer_widget.py" line="222" />
            <location filename="../../workshop_app/gui/timer_widget.py" line="223" />
            <location filename="../../workshop_app/gui/timer_widget.py" line="233" />
            <source>Time is up</source>
            <translation>Tiden är ute</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/timer_widget.py" line="225" />
            <source>Pause timer</source>
            <translation>Pausa timern</translation>
        </message>
    </context>
    <context>
        <name>ThemeEditing</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="20" />
            <source>Theme summary</source>
            <translation>Temats sammanfattning</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="21" />
            <source>Summary of “%1” (printed in the report):</source>
            <translation>Sammanfattning av ”%1” (skrivs ut i rapporten):</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="37" />
            <source>Use themes from another workshop</source>
            <translation>Använd teman från en annan workshop</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="53" />
            <source>&amp;Use these themes</source>
            <translation>&amp;Använd de här temana</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="58" />
            <source>&amp;From workshop:</source>
            <translation>&amp;Från workshop:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="61" />
            <source>The themes of the chosen workshop are added here as your own themes, in the same focus areas and kinds of note, with the notes of this workshop that fit them.</source>
            <translation>Temana i den valda workshoppen läggs till här som dina egna teman, i samma fokusområden och slags lappar, med de lappar i den här workshoppen som passar in.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="87" />
            <source>This project has no other workshop.</source>
            <translation>Projektet har ingen annan workshop.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="98" />
            <source>%n theme(s) will be offered</source>
            <translation>
                <numerusform>%n tema erbjuds</numerusform>
                <numerusform>%n teman erbjuds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/dialogs/theme_dialogs.py" line="100" />
            <source>%n note(s) of this workshop fit them.</source>
            <translation>
                <numerusform>%n lapp i den här workshoppen passar in.</numerusform>
                <numerusform>%n lappar i den här workshoppen passar in.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="29" />
            <source>Number of themes</source>
            <translation>Antal teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="30" />
            <source>Fewer, broader themes ⟷ more, finer themes</source>
            <translation>Färre, bredare teman ⟷ fler, smalare teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="34" />
            <location filename="../../workshop_app/gui/granularity.py" line="35" />
            <source>Fewer themes</source>
            <translation>Färre teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="39" />
            <location filename="../../workshop_app/gui/granularity.py" line="40" />
            <source>More themes</source>
            <translation>Fler teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/granularity.py" line="41" />
            <source>Themes:</source>
            <translation>Teman:</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="53" />
            <source>New theme</source>
            <translation>Nytt tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="115" />
            <source>No themes to suggest: there are no notes here yet.</source>
            <translation>Inga teman att föreslå: här finns inga lappar än.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="119" />
            <source>No themes to suggest: every note here is already in one of your themes.</source>
            <translation>Inga teman att föreslå: alla lappar här ligger redan i dina teman.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="123" />
            <source>No themes to suggest: the notes here share too little to be grouped.</source>
            <translation>Inga teman att föreslå: lapparna här har för lite gemensamt för att grupperas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/theme_editing.py" line="135" />
            <source>%n theme(s) proposed. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n tema föreslaget. Ångra med Ctrl+Z.</numerusform>
                <numerusform>%n teman föreslagna. Ångra med Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="154" />
            <source>The next suggestion will use this number of themes.</source>
            <translation>Nästa förslag använder det här antalet teman.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="257" />
            <source>Select two or more themes of one kind of note in one focus area to merge them.</source>
            <translation>Markera två eller fler teman av samma slags lapp i samma fokusområde för att slå ihop dem.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/theme_editing.py" line="274" />
            <source>%n theme(s) merged into “%1”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n tema slogs ihop till ”%1”. Ångra med Ctrl+Z.</numerusform>
                <numerusform>%n teman slogs ihop till ”%1”. Ångra med Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="287" />
            <source>Select some notes of one theme to split them off.</source>
            <translation>Markera några lappar i ett tema för att dela av dem.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="374" />
            <source>No loose note fits a theme well enough.</source>
            <translation>Ingen lapp utan tema passar tillräckligt bra i något tema.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/theme_editing.py" line="379" />
            <location filename="../../workshop_app/gui/triage.py" line="372" />
            <source>%n note(s) sorted into themes. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n lapp sorterad in i teman. Ångra med Ctrl+Z.</numerusform>
                <numerusform>%n lappar sorterade in i teman. Ångra med Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_editing.py" line="421" />
            <source>That workshop has no themes that this one lacks.</source>
            <translation>Den workshoppen har inga teman som saknas i den här.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/theme_editing.py" line="427" />
            <source>%n theme(s) added. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n tema tillagt. Ångra med Ctrl+Z.</numerusform>
                <numerusform>%n teman tillagda. Ångra med Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="29" />
            <source>&amp;Rename theme</source>
            <translation>&amp;Byt namn på temat</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="34" />
            <source>Write &amp;summary…</source>
            <translation>Skriv &amp;sammanfattning…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="40" />
            <source>Move &amp;up</source>
            <translation>Flytta &amp;upp</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="45" />
            <source>Move &amp;down</source>
            <translation>Flytta &amp;ned</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="54" />
            <source>&amp;Merge selected themes</source>
            <translation>Slå i&amp;hop markerade teman</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="60" />
            <source>&amp;Dissolve theme (notes stay)</source>
            <translation>&amp;Lös upp temat (lapparna blir kvar)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="69" />
            <source>Split into a &amp;new theme</source>
            <translation>Dela av till ett &amp;nytt tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="74" />
            <source>&amp;Take out of the theme</source>
            <translation>&amp;Ta ur temat</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="81" />
            <source>Suggest themes for “%1”</source>
            <translation>Föreslå teman för ”%1”</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="86" />
            <source>Write &amp;conclusions for “%1”…</source>
            <translation>Skriv &amp;slutsatser för ”%1”…</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/theme_menu.py" line="93" />
            <source>Suggest themes for this cell</source>
            <translation>Föreslå teman för den här rutan</translation>
        </message>
    </context>
    <context>
        <name>ThemeItem</name>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/board/theme_items.py" line="116" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n röst</numerusform>
                <numerusform>%n röster</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/theme_items.py" line="137" />
            <source>Proposed theme</source>
            <translation>Föreslaget tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/theme_items.py" line="139" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/board/theme_items.py" line="233" />
            <source>Proposal:</source>
            <translation>Förslag:</translation>
        </message>
    </context>
    <context>
        <name>Triage</name>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="61" />
            <source>Sort notes</source>
            <translation>Sortera lappar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="95" />
            <location filename="../../workshop_app/gui/triage.py" line="96" />
            <source>Title of the new theme</source>
            <translation>Det nya temats titel</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="118" />
            <location filename="../../workshop_app/gui/triage.py" line="216" />
            <source>N  new theme with this note     M  another theme or place…     S  skip     Backspace  undo the last choice     Esc  close</source>
            <translation>N  nytt tema med den här lappen     M  annat tema eller ställe…     S  hoppa över     Backsteg  ångra senaste valet     Esc  stäng</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="149" />
            <source>%1 of %2 left</source>
            <translation>%1 av %2 kvar</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="163" />
            <source>Every loose note has been seen.</source>
            <translation>Alla lappar utan tema är genomgångna.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="165" />
            <source>There are no loose notes: every note is in a theme.</source>
            <translation>Det finns inga lappar utan tema: alla lappar ligger i ett tema.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/triage.py" line="171" />
            <source>%n skipped note(s) still loose.</source>
            <translation>
                <numerusform>%n överhoppad lapp är fortfarande utan tema.</numerusform>
                <numerusform>%n överhoppade lappar är fortfarande utan tema.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="175" />
            <source>Backspace  undo the last choice     Esc  close</source>
            <translation>Backsteg  ångra senaste valet     Esc  stäng</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="194" />
            <source>Put the note in “%1” (key %2)</source>
            <translation>Lägg lappen i ”%1” (tangent %2)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="203" />
            <source>This kind of note has no themes in this focus area yet: press N to start one.</source>
            <translation>Den här sortens lappar har inga teman i fokusområdet än: tryck N för att starta ett.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="209" />
            <source>No theme fits this note well: choose one anyway, start a new one (N) or skip (S).</source>
            <translation>Inget tema passar lappen riktigt: välj ett ändå, starta ett nytt (N) eller hoppa över (S).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="234" />
            <source>Sort a note into “%1”</source>
            <translation>Sortera in en lapp i ”%1”</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="247" />
            <source>Type the title and press Enter; Esc goes back.</source>
            <translation>Skriv titeln och tryck Enter; Esc går tillbaka.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="253" />
            <source>A theme needs a title.</source>
            <translation>Ett tema behöver en titel.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="261" />
            <source>Start the theme “%1”</source>
            <translation>Starta temat ”%1”</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="293" />
            <source>The note stays loose where it is.</source>
            <translation>Lappen ligger kvar utan tema där den är.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="321" />
            <source>Nothing to undo here.</source>
            <translation>Inget att ångra här.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/triage.py" line="328" />
            <source>The last choice was changed elsewhere: undo it on the board.</source>
            <translation>Det senaste valet har ändrats på annat håll: ångra det på tavlan.</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="266" />
            <source>Voting round started: votes stay hidden until you reveal them.</source>
            <translation>Omröstningen har börjat: rösterna är dolda tills du visar dem.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="283" />
            <source>Choose a theme on the board or in the voting panel first.</source>
            <translation>Välj först ett tema på tavlan eller i panelen för omröstningen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="295" />
            <source>“%1”: %n vote(s).</source>
            <translation>
                <numerusform>”%1”: %n röst.</numerusform>
                <numerusform>”%1”: %n röster.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="297" />
            <source>A dot on “%1” (hidden until you reveal).</source>
            <translation>En prick på ”%1” (dold tills du visar rösterna).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="298" />
            <source>A dot off “%1” (hidden until you reveal).</source>
            <translation>En prick bort från ”%1” (dold tills du visar rösterna).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="325" />
            <source>Prioritise</source>
            <translation>Prioritera</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="405" />
            <source>&amp;Hide votes</source>
            <translation>&amp;Dölj rösterna</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="407" />
            <source>&amp;Reveal votes</source>
            <translation>&amp;Visa rösterna</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="410" />
            <source>Re&amp;open round</source>
            <translation>Öppna &amp;omröstningen igen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="412" />
            <source>&amp;End round</source>
            <translation>&amp;Avsluta omröstningen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="416" />
            <source>No voting round. Start one to let participants prioritise the themes.</source>
            <translation>Ingen omröstning. Starta en så att deltagarna kan prioritera temana.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="427" />
            <source>%n dot(s) per participant</source>
            <translation>
                <numerusform>%n prick per deltagare</numerusform>
                <numerusform>%n prickar per deltagare</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="428" />
            <source>at most %1 on one theme</source>
            <translation>högst %1 på ett tema</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="429" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n röstande</numerusform>
                <numerusform>%n röstande</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="430" />
            <source>open</source>
            <translation>pågår</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="432" />
            <source>ended</source>
            <translation>avslutad</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="433" />
            <source>revealed</source>
            <translation>synliga röster</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="435" />
            <source>hidden</source>
            <translation>dolda röster</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="441" />
            <source>Participant %1: %n dot(s) left</source>
            <translation>
                <numerusform>Deltagare %1: %n prick kvar</numerusform>
                <numerusform>Deltagare %1: %n prickar kvar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="446" />
            <source>Press Next participant to begin.</source>
            <translation>Tryck på Nästa deltagare för att börja.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="463" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n röst</numerusform>
                <numerusform>%n röster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/gui/voting.py" line="471" />
            <source>No votes (%n):</source>
            <translation>
                <numerusform>Utan röster (%n):</numerusform>
                <numerusform>Utan röster (%n):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="144" />
            <source>Paper tally (no limits)</source>
            <translation>Pappersröstning (inga gränser)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="145" />
            <source>Participants in turn</source>
            <translation>Deltagarna i tur och ordning</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="146" />
            <source>Who votes at this screen</source>
            <translation>Vem röstar vid den här skärmen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="149" />
            <source>&amp;Next participant</source>
            <translation>&amp;Nästa deltagare</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="153" />
            <source>Themes in the voting round</source>
            <translation>Teman i omröstningen</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="158" />
            <source>Add a dot to the chosen theme (+)</source>
            <translation>Lägg en prick på det valda temat (+)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="161" />
            <source>Remove a dot from the chosen theme (−)</source>
            <translation>Ta bort en prick från det valda temat (−)</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/voting.py" line="166" />
            <source>New &amp;round…</source>
            <translation>Ny &amp;omröstning…</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <location filename="../../workshop_app/gui/dialogs/workshop_dialog.py" line="133" />
            <source>New workshop</source>
            <translation>Ny workshop</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/dialogs/workshop_dialog.py" line="169" />
            <source>The workshop needs a title.</source>
            <translation>Workshoppen behöver en rubrik.</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="6" />
            <source>Workshop properties</source>
            <translation>Workshopens egenskaper</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="20" />
            <source>&amp;Title:</source>
            <translation>&amp;Rubrik:</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="30" />
            <source>For example: Workshop in Kungälv</source>
            <translation>Till exempel: Workshop i Kungälv</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="37" />
            <source>Te&amp;mplate:</source>
            <translation>&amp;Mall:</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="50" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="66" />
            <source>No date</source>
            <translation>Inget datum</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="73" />
            <source>&amp;Place:</source>
            <translation>&amp;Plats:</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="86" />
            <source>&amp;Organisations
(one per line):</source>
            <translation>&amp;Organisationer
(en per rad):</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="104" />
            <source>&amp;Facilitator:</source>
            <translation>&amp;Processledare:</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="117" />
            <source>P&amp;urpose:</source>
            <translation>S&amp;yfte:</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="134" />
            <source>Pa&amp;rticipants:</source>
            <translation>&amp;Antal deltagare:</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="144" />
            <source>Not given</source>
            <translation>Ej angivet</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="157" />
            <source>Report &amp;language:</source>
            <translation>Rapportens &amp;språk:</translation>
        </message>
        <message>
            <location filename="../../ui/workshop_dialog.ui" line="170" />
            <source>&amp;Hidden round: new notes stay face down until revealed</source>
            <translation>&amp;Dold runda: nya lappar ligger dolda tills de visas</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditing</name>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="115" />
            <source>Conclusions for %1</source>
            <translation>Slutsatser för %1</translation>
        </message>
        <message>
            <location filename="../../workshop_app/gui/workshop_editing.py" line="116" />
            <source>What the workshop concluded about “%1” (printed in the report after the area's themes):</source>
            <translation>Vad workshoppen kom fram till om ”%1” (skrivs ut i rapporten efter områdets teman):</translation>
        </message>
    </context>
</TS>