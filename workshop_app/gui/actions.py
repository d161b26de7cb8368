"""Every menu command as one row of a table: id, text, shortcut, icon, handler, when enabled.

The window builds QActions and menus from :func:`action_table` and :func:`menu_structure`;
handlers are real callables on the window's feature objects, never names looked up at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from workshop_app.gui.icons import icon


class ActionHost(Protocol):
    """What the action table wires: the window's feature objects and the state commands depend on.

    The window (gui.main_window.MainWindow) is one; a protocol, because the window imports this
    module to build its menus, and this module importing the window would close an import cycle.
    """

    files: Any
    workshop_editing: Any
    note_editing: Any
    presentation: Any
    theme_editing: Any
    phone_intake: Any
    exchange: Any
    timer: Any
    prefs: Any
    session: Any
    workshop_id: str | None
    workshop: Any
    scene: Any
    workshop_combo: Any
    showing_board: bool

    def selected_note_ids(self) -> list[str]: ...
    def show_report_dialog(self) -> object: ...
    def show_shortcuts(self) -> object: ...
    def show_about(self) -> object: ...
    def close(self) -> bool: ...


SK = QKeySequence.StandardKey
Shortcut = SK | str


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    handler: Callable[[], object]
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str = ""
    enabled_when: Callable[[], bool] | None = None
    checked_when: Callable[[], bool] | None = None
    board_only: bool = False
    """The shortcut works only while the board has the focus (Del must not delete a card while typing)."""
    tip: str = ""
    in_list: bool = False
    """A board-only shortcut that works in the list of notes too (Del, F2, Ctrl+M)."""


# The action table and the menus are data, one entry to a line or two, aligned for reading:
# the formatter would spread each entry over a dozen lines.
# fmt: off
def action_table(w: ActionHost) -> list[ActionSpec]:
    files, ws, notes, show, themes = w.files, w.workshop_editing, w.note_editing, w.presentation, w.theme_editing
    has_workshop = lambda: w.workshop_id is not None  # noqa: E731
    writable = lambda: w.session is not None and not w.session.read_only and w.workshop_id is not None  # noqa: E731
    has_selection = lambda: writable() and bool(w.selected_note_ids())  # noqa: E731
    on_board = lambda: w.showing_board  # noqa: E731
    has_themes = lambda: writable() and w.scene is not None and bool(w.scene.themes)  # noqa: E731
    themes_selected = lambda: writable() and w.scene is not None and len(w.scene.selected_theme_ids()) > 1  # noqa: E731
    one_theme = lambda: writable() and themes.current_theme() is not None  # noqa: E731
    theme_notes_selected = lambda: writable() and w.scene is not None and any(  # noqa: E731
        n.theme_id for n in w.scene.selected_notes())
    several_workshops = lambda: writable() and w.workshop_combo.count() > 1  # noqa: E731
    return [
        # File
        ActionSpec("new_project", QCoreApplication.translate("Actions", "&New project…"), files.new_project, (SK.New,), "mdi6.file-plus-outline"),
        ActionSpec("open_project", QCoreApplication.translate("Actions", "&Open project…"), files.open_project, (SK.Open,), "mdi6.folder-open-outline"),
        ActionSpec("new_workshop", QCoreApplication.translate("Actions", "New &workshop…"), ws.new_workshop, ("Ctrl+Shift+N",), "mdi6.plus-box-outline",
                   enabled_when=lambda: w.session is not None and not w.session.read_only),
        ActionSpec("workshop_properties", QCoreApplication.translate("Actions", "Workshop &properties…"), ws.edit_properties, ("Ctrl+I",),
                   "mdi6.card-text-outline", enabled_when=writable),
        ActionSpec("focus_areas", QCoreApplication.translate("Actions", "&Focus areas…"), ws.edit_focus_areas, (), "mdi6.view-column-outline",
                   enabled_when=writable),
        ActionSpec("delete_workshop", QCoreApplication.translate("Actions", "&Delete workshop…"), ws.delete_workshop, (), "mdi6.delete-forever-outline",
                   enabled_when=writable),
        ActionSpec("import_notes", QCoreApplication.translate("Actions", "&Import notes…"), lambda: w.exchange.import_notes(), (),
                   "mdi6.file-import-outline", enabled_when=lambda: w.session is not None and not w.session.read_only),
        ActionSpec("export_notes", QCoreApplication.translate("Actions", "E&xport notes…"), lambda: w.exchange.export_notes(), (),
                   "mdi6.file-export-outline", enabled_when=has_workshop),
        ActionSpec("export_report", QCoreApplication.translate("Actions", "Export &report…"), w.show_report_dialog,
                   ("Ctrl+Shift+E", "Ctrl+P"), "mdi6.file-pdf-box", enabled_when=has_workshop),
        ActionSpec("open_intake", QCoreApplication.translate("Actions", "Open for &phones…"), w.phone_intake.open, (),
                   "mdi6.cellphone-text", enabled_when=writable,
                   tip=QCoreApplication.translate("Actions", "Let participants write notes from their phones on this network")),
        ActionSpec("quit", QCoreApplication.translate("Actions", "&Quit"), w.close, (SK.Quit, "Ctrl+Q"), "mdi6.exit-to-app"),
        # Edit
        ActionSpec("edit_note", QCoreApplication.translate("Actions", "&Edit note"), notes.edit_current, ("F2",), "mdi6.pencil-outline",
                   enabled_when=lambda: writable() and (on_board() or bool(w.selected_note_ids())), board_only=True, in_list=True),
        ActionSpec("move_notes", QCoreApplication.translate("Actions", "&Move to…"), notes.choose_move, ("Ctrl+M",), "mdi6.arrow-right",
                   enabled_when=has_selection, board_only=True, in_list=True,
                   tip=QCoreApplication.translate("Actions", "Move the selected notes to another focus area, kind of note or theme")),
        ActionSpec("delete_notes", QCoreApplication.translate("Actions", "&Delete notes"), notes.delete_selected, (SK.Delete,), "mdi6.delete-outline",
                   enabled_when=has_selection, board_only=True, in_list=True),
        ActionSpec("restore_notes", QCoreApplication.translate("Actions", "&Restore deleted notes…"), notes.show_restore_dialog, (),
                   "mdi6.delete-restore", enabled_when=writable),
        ActionSpec("select_all", QCoreApplication.translate("Actions", "Select &all notes"), notes.select_all, (SK.SelectAll,), "mdi6.select-all",
                   enabled_when=lambda: has_workshop() and on_board(), board_only=True),
        ActionSpec("find", QCoreApplication.translate("Actions", "&Find notes"), notes.focus_search, (SK.Find,), "mdi6.magnify",
                   enabled_when=has_workshop),
        ActionSpec("focus_entry", QCoreApplication.translate("Actions", "&Write a note"), notes.focus_entry, ("Ctrl+L", "Ctrl+E"), "mdi6.keyboard-outline",
                   enabled_when=writable),
        ActionSpec("focus_board", QCoreApplication.translate("Actions", "Go to the &board"), notes.focus_board, ("Ctrl+B",), "mdi6.view-dashboard-outline",
                   enabled_when=has_workshop),
        # View
        ActionSpec("show_list", QCoreApplication.translate("Actions", "Notes as a &list"), show.toggle_list, ("Ctrl+Shift+L",),
                   "mdi6.format-list-bulleted", enabled_when=has_workshop, checked_when=lambda: not w.showing_board),
        ActionSpec("zoom_in", QCoreApplication.translate("Actions", "Zoom &in"), show.zoom_in, (SK.ZoomIn, "Ctrl+="), "mdi6.magnify-plus-outline"),
        ActionSpec("zoom_out", QCoreApplication.translate("Actions", "Zoom &out"), show.zoom_out, (SK.ZoomOut,), "mdi6.magnify-minus-outline"),
        ActionSpec("zoom_reset", QCoreApplication.translate("Actions", "&Actual size"), show.zoom_reset, ("Ctrl+0",), "mdi6.magnify-close"),
        ActionSpec("high_contrast", QCoreApplication.translate("Actions", "&High contrast"), show.toggle_high_contrast, ("Ctrl+Shift+H",),
                   "mdi6.contrast-box", checked_when=lambda: w.prefs.high_contrast),
        ActionSpec("presentation", QCoreApplication.translate("Actions", "&Presentation mode"), show.toggle, (SK.FullScreen, "F11", "Ctrl+Shift+F"),
                   "mdi6.projector-screen-outline", checked_when=lambda: show.active),
        ActionSpec("facilitator_controls", QCoreApplication.translate("Actions", "Show &facilitator controls"), show.toggle_controls,
                   ("Ctrl+Shift+M",), "mdi6.tune-variant", checked_when=lambda: show.controls_visible),
        # Themes
        ActionSpec("suggest_themes", QCoreApplication.translate("Actions", "&Suggest themes"), themes.suggest_workshop, ("Ctrl+Shift+G",),
                   "mdi6.auto-fix", enabled_when=writable,
                   tip=QCoreApplication.translate("Actions", "Suggest themes for the whole workshop (keeps your own themes)")),
        ActionSpec("fewer_themes", QCoreApplication.translate("Actions", "&Fewer themes"), themes.fewer, ("Ctrl+Alt+-",), "mdi6.minus",
                   enabled_when=writable),
        ActionSpec("more_themes", QCoreApplication.translate("Actions", "&More themes"), themes.more, ("Ctrl+Alt+=", "Ctrl+Alt++"), "mdi6.plus",
                   enabled_when=writable),
        ActionSpec("place_notes", QCoreApplication.translate("Actions", "Sort &in new notes"), themes.place_new_notes, (),
                   "mdi6.tray-arrow-down", enabled_when=has_themes),
        ActionSpec("triage", QCoreApplication.translate("Actions", "S&ort notes one by one…"), themes.open_triage, ("Ctrl+Shift+K",),
                   "mdi6.sort-variant", enabled_when=writable),
        ActionSpec("accept_hint", QCoreApplication.translate("Actions", "Put the new note in the &theme it fits"), themes.accept_hint,
                   ("Ctrl+Shift+A",), "mdi6.tray-arrow-down",
                   enabled_when=lambda: writable() and themes.hinted_note() is not None,
                   tip=QCoreApplication.translate("Actions", "Accept the hint “Fits in: …” on the current or newest card")),
        ActionSpec("starting_themes", QCoreApplication.translate("Actions", "Use themes from &another workshop…"), themes.use_starting_themes, (),
                   "mdi6.content-copy", enabled_when=several_workshops),
        ActionSpec("rename_theme", QCoreApplication.translate("Actions", "&Rename theme"), themes.rename, (), "mdi6.rename-outline",
                   enabled_when=one_theme),
        ActionSpec("conclusion", QCoreApplication.translate("Actions", "&Conclusions for the focus area…"), lambda: ws.edit_conclusion(), (),
                   "mdi6.text-box-check-outline", enabled_when=has_workshop,
                   tip=QCoreApplication.translate("Actions", "Write what the workshop concluded about a focus area (printed in the report)")),
        ActionSpec("theme_summary", QCoreApplication.translate("Actions", "Theme s&ummary…"), themes.edit_summary, (), "mdi6.text-box-edit-outline",
                   enabled_when=one_theme),
        ActionSpec("merge_themes", QCoreApplication.translate("Actions", "M&erge themes"), themes.merge_selected, ("Ctrl+Shift+J",), "mdi6.call-merge",
                   enabled_when=themes_selected, board_only=True),
        ActionSpec("split_theme", QCoreApplication.translate("Actions", "S&plit off into a new theme"), themes.split_selected, (), "mdi6.call-split",
                   enabled_when=theme_notes_selected),
        ActionSpec("dissolve_theme", QCoreApplication.translate("Actions", "&Dissolve theme"), themes.dissolve, (), "mdi6.ungroup",
                   enabled_when=one_theme),
        ActionSpec("lexicon", QCoreApplication.translate("Actions", "&Word list for themes…"), themes.show_lexicon, (), "mdi6.book-alphabet"),
        # Round
        ActionSpec("timer_start", QCoreApplication.translate("Actions", "&Start or pause the timer"), w.timer.toggle, ("Ctrl+T",), "mdi6.timer-outline"),
        ActionSpec("timer_plus", QCoreApplication.translate("Actions", "One more &minute"), w.timer.add_minute, ("Ctrl+Shift+T",), "mdi6.timer-plus-outline"),
        ActionSpec("timer_reset", QCoreApplication.translate("Actions", "&Reset the timer"), w.timer.reset, (), "mdi6.restore"),
        ActionSpec("hidden_round", QCoreApplication.translate("Actions", "&Hidden round (new notes face down)"), ws.toggle_hidden_round, (),
                   "mdi6.eye-off-outline", enabled_when=writable,
                   checked_when=lambda: w.workshop is not None and w.workshop.hidden_round),
        ActionSpec("reveal", QCoreApplication.translate("Actions", "Show &all notes"), ws.reveal_notes, ("Ctrl+Shift+R",), "mdi6.eye-outline",
                   enabled_when=writable),
        # Round: prioritising (dot voting)
        ActionSpec("prioritise", QCoreApplication.translate("Actions", "&Prioritise…"), w.voting.start, ("Ctrl+Shift+P",),
                   "mdi6.vote-outline", enabled_when=writable,
                   tip=QCoreApplication.translate("Actions", "Start a dot vote on the themes, at this screen and on phones")),
        ActionSpec("voting_panel", QCoreApplication.translate("Actions", "&Voting panel"), w.voting.toggle_panel, (),
                   "mdi6.format-list-numbered", enabled_when=has_workshop, checked_when=w.voting.panel_visible),
        ActionSpec("vote_plus", QCoreApplication.translate("Actions", "A dot &on the theme"), w.voting.plus, ("+",),
                   "mdi6.plus-circle-outline", enabled_when=w.voting.round_open, board_only=True),
        ActionSpec("vote_minus", QCoreApplication.translate("Actions", "A dot o&ff the theme"), w.voting.minus, ("-",),
                   "mdi6.minus-circle-outline", enabled_when=w.voting.round_open, board_only=True),
        ActionSpec("next_voter", QCoreApplication.translate("Actions", "Ne&xt participant votes"), w.voting.next_participant, ("Ctrl+Shift+U",),
                   "mdi6.account-arrow-right-outline", enabled_when=w.voting.round_open),
        ActionSpec("reveal_votes", QCoreApplication.translate("Actions", "Reveal or hide the &votes"), w.voting.toggle_reveal, ("Ctrl+Shift+V",),
                   "mdi6.eye-check-outline", enabled_when=w.voting.has_round),
        ActionSpec("end_voting", QCoreApplication.translate("Actions", "&End or reopen the voting round"), w.voting.toggle_end, (),
                   "mdi6.vote", enabled_when=w.voting.has_round),
        # Help
        ActionSpec("shortcuts", QCoreApplication.translate("Actions", "&Keyboard shortcuts"), w.show_shortcuts, (SK.HelpContents,), "mdi6.keyboard"),
        ActionSpec("about", QCoreApplication.translate("Actions", "&About"), w.show_about, (), "mdi6.information-outline"),
    ]


def menu_structure() -> list[tuple[str, list[str]]]:
    """Menus and their entries; "-" is a separator, "@name" a submenu the window fills."""
    return [
        (QCoreApplication.translate("Actions", "&File"), ["new_project", "open_project", "@recent", "-", "@workshops", "new_workshop",
                       "workshop_properties", "focus_areas", "delete_workshop", "-", "import_notes", "export_notes",
                       "export_report", "-", "open_intake", "-", "quit"]),
        (QCoreApplication.translate("Actions", "&Edit"), ["@undo", "@redo", "-", "focus_entry", "focus_board", "edit_note", "@colour",
                       "move_notes", "delete_notes", "restore_notes", "-", "select_all", "find"]),
        (QCoreApplication.translate("Actions", "&View"), ["show_list", "-", "zoom_in", "zoom_out", "zoom_reset", "high_contrast", "-",
                       "presentation", "facilitator_controls", "-", "@language"]),
        (QCoreApplication.translate("Actions", "&Themes"), ["suggest_themes", "fewer_themes", "more_themes", "-", "place_notes",
                         "triage", "accept_hint", "starting_themes", "-", "rename_theme", "theme_summary", "merge_themes", "split_theme",
                         "dissolve_theme", "-", "conclusion", "-", "lexicon"]),
        (QCoreApplication.translate("Actions", "&Round"), ["timer_start", "timer_plus", "timer_reset", "-", "hidden_round", "reveal", "-",
                        "prioritise", "voting_panel", "vote_plus", "vote_minus", "next_voter", "reveal_votes", "end_voting"]),
        (QCoreApplication.translate("Actions", "&Help"), ["shortcuts", "about"]),
    ]
# fmt: on


ICON_PROPERTY = "iconName"


def ensure_icons(actions) -> None:
    """Give ``actions`` their icons (loaded when first shown: ~45 icons cost start-up time)."""
    for action in actions:
        name = action.property(ICON_PROPERTY)
        if name:
            action.setIcon(icon(name))
            action.setProperty(ICON_PROPERTY, "")


HELP_KEYS_PROPERTY = "helpKeys"


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    unique: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in unique:
            unique.append(key)
    return unique


def typed_key(key: QKeySequence) -> bool:
    """A shortcut typed on an ordinary keyboard: a modifier with a key, or Esc, Del, F1…F12 and
    the like; not F13 and up (the Undo key of a Sun keyboard is F14) nor a dedicated key such
    as "New" or "Help" of a multimedia keyboard."""
    combo = key[0]
    if combo.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        return True
    code = combo.key().value
    return Qt.Key.Key_Escape.value <= code <= Qt.Key.Key_F12.value


def help_keys(shortcuts: tuple[Shortcut, ...]) -> list[QKeySequence]:
    """The keys the shortcut help names: each key written out in the table, and of a platform's
    standard binding only its first key (Del, not the Ctrl+D alias; Ctrl+Z, not F14)."""
    keys = []
    for shortcut in shortcuts:
        if isinstance(shortcut, SK):
            keys.extend(QKeySequence.keyBindings(shortcut)[:1])
        else:
            keys.append(QKeySequence(shortcut))
    return [key for key in _unique(keys) if typed_key(key)]


def set_shortcuts(action: QAction, shortcuts: tuple[Shortcut, ...]) -> None:
    """Give ``action`` every key of ``shortcuts`` (standard keys with all their platform bindings)
    and remember the ones the shortcut help names (see :func:`help_keys`)."""
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, SK):
            keys.extend(QKeySequence.keyBindings(shortcut))
        else:
            keys.append(QKeySequence(shortcut))
    action.setShortcuts(_unique(keys))
    action.setProperty(HELP_KEYS_PROPERTY, [k.toString() for k in help_keys(shortcuts)])


def build_actions(parent: QWidget, specs: list[ActionSpec], board: QWidget) -> dict[str, QAction]:
    """The window's QActions; their icons come with :func:`ensure_icons` (menus call it on showing)."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.text, parent)
        action.setProperty(ICON_PROPERTY, spec.icon)
        action.setObjectName(f"action_{spec.id}")
        set_shortcuts(action, spec.shortcuts)
        if spec.board_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            board.addAction(action)
        else:
            parent.addAction(action)  # shortcuts keep working while the menu bar is hidden
        if spec.checked_when is not None:
            action.setCheckable(True)
        if spec.tip:
            action.setToolTip(spec.tip)
        action.triggered.connect(lambda _checked=False, h=spec.handler: h())
        actions[spec.id] = action
    return actions


def add_list_actions(notes_list: QWidget, actions: dict[str, QAction], specs: list[ActionSpec]) -> None:
    """Let the board-only shortcuts that make sense there (Del, F2, Ctrl+M) work in the list of notes."""
    notes_list.addActions([actions[spec.id] for spec in specs if spec.in_list])


def refresh_actions(actions: dict[str, QAction], specs: list[ActionSpec]) -> None:
    """Re-evaluate every action's enabled and checked state."""
    for spec in specs:
        action = actions[spec.id]
        if spec.enabled_when is not None:
            action.setEnabled(bool(spec.enabled_when()))
        if spec.checked_when is not None:
            action.setChecked(bool(spec.checked_when()))


def build_menus(
    menubar: QMenuBar, actions: dict[str, QAction], submenus: dict[str, Callable[[QMenu], None]]
) -> dict[str, QMenu]:
    """Fill ``menubar``; ``submenus`` maps "@name" to a function that fills that menu.

    The menu bar shows its titles at once; each menu gets its entries when it is first opened
    (the shortcuts are the window's, so they work before that): not on the way to the first frame.
    """
    menus: dict[str, QMenu] = {}
    for title, entries in menu_structure():
        menu = menubar.addMenu(title)

        def fill(menu=menu, entries=entries) -> None:
            if not menu.property("filled"):
                menu.setProperty("filled", True)
                fill_menu(menu, entries, actions, submenus)
            ensure_icons(menu.actions())

        menu.aboutToShow.connect(fill)
        menus[title] = menu
    return menus


def fill_menu(
    menu: QMenu, entries: list[str], actions: dict[str, QAction], submenus: dict[str, Callable[[QMenu], None]]
) -> None:
    for entry in entries:
        if entry == "-":
            menu.addSeparator()
        elif entry.startswith("@"):
            submenus[entry](menu)
        else:
            menu.addAction(actions[entry])
