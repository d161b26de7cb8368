"""The facilitator's window: board (or list) above, the note entry bar below, menus from actions.py."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Workshop
from workshop_app.gui import actions as action_table
from workshop_app.gui.board.scene import BoardScene
from workshop_app.gui.board.view import BoardView
from workshop_app.gui.commands.notes import AddNote, MoveNotes
from workshop_app.gui.entry_bar import EntryBar, scaled_font
from workshop_app.gui.i18n import current_language
from workshop_app.gui.icons import icon
from workshop_app.gui.messages import show_error
from workshop_app.gui.note_editing import NoteEditing
from workshop_app.gui.phone_intake import IntakeContext, PhoneIntake
from workshop_app.gui.presentation import TITLE_FONT, Presentation
from workshop_app.gui.project_files import ProjectFiles
from workshop_app.gui.session import OpenProject
from workshop_app.gui.settings import Preferences
from workshop_app.gui.theme_editing import ThemeEditing
from workshop_app.gui.timer_widget import RoundTimer
from workshop_app.gui.voting import Voting, VotingContext
from workshop_app.gui.workshop_editing import WorkshopEditing

log = logging.getLogger(__name__)


def app_title() -> str:
    return QCoreApplication.translate("MainWindow", "Workshop Board")


class MainWindow(QMainWindow):
    """Shows one workshop of one open project at a time.

    Feature objects hold the handlers: ``files`` (projects), ``workshop_editing`` (metadata,
    focus areas, hidden round), ``note_editing`` (cards) and ``presentation`` (the room).
    """

    def __init__(self, prefs: Preferences, session: OpenProject | None = None,
                 workshop_id: str | None = None, *, on_language=None):
        super().__init__()
        self.setObjectName("MainWindow")
        self.prefs = prefs
        self.session: OpenProject | None = None
        self.workshop_id: str | None = None
        self.scene: BoardScene | None = None
        self.notes_model = None  # a NotesModel while the list of notes is shown
        self._notes_list = None  # the list view: made the first time it is shown
        self._on_language = on_language
        self._closing_for_language = False

        self.files = ProjectFiles(self)
        self.workshop_editing = WorkshopEditing(self)
        self.note_editing = NoteEditing(self)
        self.presentation = Presentation(self)
        self.theme_editing = ThemeEditing(self)
        self.phone_intake = PhoneIntake(IntakeContext(
            self, lambda: self.session, lambda: self.workshop_id, self.statusBar().addPermanentWidget,
            lambda text: self.statusBar().showMessage(text, 15000)))
        self.voting = Voting(VotingContext(
            self, lambda: self.session, lambda: self.workshop_id, lambda: self.scene, self.run_edit,
            lambda text: self.statusBar().showMessage(text, 15000)))
        self._exchange = None  # NoteFiles (import and export of notes), made when first used

        self._build_widgets()
        self._specs = action_table.action_table(self)
        self.actions = action_table.build_actions(self, self._specs, self.view)
        self._build_undo_actions()
        self.menus = action_table.build_menus(self.menuBar(), self.actions, {
            "@recent": self._add_recent_menu,
            "@workshops": self._add_workshops_menu,
            "@undo": lambda m: m.addAction(self.undo_action),
            "@redo": lambda m: m.addAction(self.redo_action),
            "@colour": self.note_editing.add_colour_menu,
            "@language": self._add_language_menu,
        })
        self._build_toolbar()
        self.view.customContextMenuRequested.connect(self.note_editing.context_menu)
        self.view.item_menu_requested.connect(self.note_editing.keyboard_menu)
        # Presentation mode's digits (one focus area) work once the board was given the keys
        # (Ctrl+B); after a click on a card a digit is a participant's and goes into the note.
        # While a voting round is open and its panel shown, + and − on the board are dots.
        self.entry.keyboard_home.watch(
            self.view, lambda: (self.presentation.active and self.view.keys_given_by_keyboard)
            or self.voting.keys_on_board())
        self.entry.keyboard_home.guard_escape(self)

        geometry = prefs.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = prefs.window_state()
        if state is not None:
            self.restoreState(state)
        if session is not None:
            self.set_session(session, workshop_id)
        else:
            self._refresh()

    @property
    def exchange(self):
        """Import and export of notes (CSV/JSON files): loaded on first use, not at start-up."""
        if self._exchange is None:
            from workshop_app.gui.exchange_files import NoteFiles

            self._exchange = NoteFiles(self)
        return self._exchange

    # --- widgets -----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.view = BoardView(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.edit_finished.connect(self.note_editing.text_edited)
        self.view.theme_renamed.connect(self.theme_editing.title_edited)
        self.view.zoom_changed.connect(self.presentation.zoom_changed)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setFont(scaled_font(self.font(), 1.3))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        self.round_bar = QWidget(self)
        self.round_bar.setObjectName("roundBar")
        self.title_label = QLabel(self.round_bar)
        self.title_label.setObjectName("workshopTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setFont(scaled_font(self.font(), TITLE_FONT, bold=True))
        self.hidden_label = QLabel(self.round_bar)
        self.hidden_label.setObjectName("hiddenRoundLabel")
        self.hidden_label.setStyleSheet("background:#37474f; color:white; padding:2px 8px; border-radius:4px;")
        self.search = QLineEdit(self.round_bar)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Find notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.search.textChanged.connect(self.note_editing.filter_changed)
        self.search.returnPressed.connect(self.note_editing.focus_first_match)
        # Escape ends the search: the board shows every note again, and the note field has the keyboard.
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self._end_search)
        self.timer = RoundTimer(self.prefs.timer_minutes, self.round_bar)
        self.timer.minutes.valueChanged.connect(lambda v: setattr(self.prefs, "timer_minutes", v))
        row = QHBoxLayout(self.round_bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.hidden_label)
        row.addWidget(self.search)
        row.addSpacing(12)
        row.addWidget(self.timer)

        self.entry = EntryBar(self.post_note, self)
        self.entry.cell_changed.connect(self._remember_cell)
        self.entry.group_changed.connect(lambda name: setattr(self.prefs, "group_name", name))
        self.entry.set_group_name(self.prefs.group_name)
        if self.prefs.high_contrast:
            self.entry.set_high_contrast(True)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.round_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.entry)
        self.setCentralWidget(central)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _build_undo_actions(self) -> None:
        """One undo group for the window; each workshop's stack joins it when shown."""
        self.undo_group = QUndoGroup(self)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.undo_action.setObjectName("action_undo")
        self.redo_action.setObjectName("action_redo")
        self.undo_action.setIcon(icon("mdi6.undo"))
        self.redo_action.setIcon(icon("mdi6.redo"))
        action_table.set_shortcuts(self.undo_action, (QKeySequence.StandardKey.Undo,))
        action_table.set_shortcuts(self.redo_action, (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
        self.undo_action.setProperty("helpName", self.tr("Undo"))  # its text names the edit
        self.redo_action.setProperty("helpName", self.tr("Redo"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.undo_group.indexChanged.connect(lambda _i: self._refresh_actions())

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Facilitator"), self)
        bar.setObjectName("facilitatorToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.workshop_combo = QComboBox(bar)
        self.workshop_combo.setObjectName("workshopSwitcher")
        self.workshop_combo.setAccessibleName(self.tr("Workshop"))
        self.workshop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.workshop_combo.setMinimumContentsLength(18)
        self.workshop_combo.activated.connect(
            lambda index: self.show_workshop(self.workshop_combo.itemData(index)))
        label = QLabel(self.tr("Workshop:"), bar)
        label.setBuddy(self.workshop_combo)
        bar.addWidget(label)
        bar.addWidget(self.workshop_combo)
        bar.addAction(self.actions["workshop_properties"])
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        for name in ("hidden_round", "reveal", "show_list", "presentation", "open_intake"):
            bar.addAction(self.actions[name])
        # Undo and redo name the edit in their tooltips; as icons they leave room for the themes bar.
        for action in (self.undo_action, self.redo_action):
            bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        themes = QToolBar(self.tr("Themes"), self)
        themes.setObjectName("themesToolbar")
        themes.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        themes.addAction(self.actions["suggest_themes"])
        self.granularity_control = self.theme_editing.make_control(themes)
        themes.addWidget(self.granularity_control)
        themes.addSeparator()
        for name in ("place_notes", "merge_themes", "split_theme", "starting_themes"):
            themes.addAction(self.actions[name])
        # a row of its own: the facilitator's toolbar already fills a laptop's width
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, themes)
        self.themes_toolbar = themes
        action_table.ensure_icons(bar.actions() + themes.actions())
        # the rest (menus, shortcuts' icons) once the window is up: not on the way to the first frame
        QTimer.singleShot(400, self, self._load_icons)

    def _load_icons(self) -> None:
        try:
            action_table.ensure_icons(self.actions.values())
        except RuntimeError:  # the window was rebuilt (language switch) before the timer fired
            log.debug("icons not loaded: window gone")

    # --- menus filled at run time ------------------------------------------------------------
    def _add_recent_menu(self, menu: QMenu) -> None:
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        self.files.fill_recent_menu(self.recent_menu)

    def _add_workshops_menu(self, menu: QMenu) -> None:
        self.workshops_menu = menu.addMenu(self.tr("S&witch workshop"))
        self.workshops_menu.aboutToShow.connect(self._fill_workshops_menu)

    def _fill_workshops_menu(self) -> None:
        menu = self.workshops_menu
        menu.clear()
        group = QActionGroup(menu)
        for workshop in self.workshops():
            action = menu.addAction(workshop.title)
            action.setCheckable(True)
            action.setChecked(workshop.id == self.workshop_id)
            action.triggered.connect(lambda _c=False, wid=workshop.id: self.show_workshop(wid))
            group.addAction(action)

    def _add_language_menu(self, menu: QMenu) -> None:
        # the menu's name in the other language too, for someone who cannot read this one
        other = "Language" if current_language() == "sv" else "Språk"
        sub = menu.addMenu(self.tr("&Language") + " / " + other)
        group = QActionGroup(sub)
        for code, text in (("auto", self.tr("Same as the system")), ("sv", "Svenska"), ("en", "English")):
            action = sub.addAction(text)
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setChecked(self.prefs.language == code)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            group.addAction(action)
        self.language_menu = sub

    # --- project and workshop ----------------------------------------------------------------
    def workshops(self) -> list[Workshop]:
        return self.session.project.workshops.list() if self.session else []

    @property
    def workshop(self) -> Workshop | None:
        return self.scene.workshop if self.scene is not None else None

    @property
    def project(self):
        return self.session.project if self.session else None

    def set_session(self, session: OpenProject, workshop_id: str | None = None) -> None:
        """Show ``session`` (closing the one shown before); pick its last or first workshop."""
        old = self.session
        self._drop_board()
        self.session = session
        session.error.connect(self.show_error)
        session.signals.changed.connect(self._on_change)
        if old is not None and old is not session:
            self.undo_group.setActiveStack(None)
            for stack in old.stacks():
                self.undo_group.removeStack(stack)
            old.error.disconnect(self.show_error)
            old.signals.changed.disconnect(self._on_change)
            old.close()
            old.deleteLater()
        self.prefs.add_recent_project(session.path)
        ids = [w.id for w in self.workshops()]
        wanted = workshop_id or self.prefs.last_workshop(session.path)
        self.show_workshop(wanted if wanted in ids else (ids[-1] if ids else None))
        self.entry.set_editable(not session.read_only)

    def _drop_board(self) -> None:
        self.view.setScene(None)
        if self.scene is not None:
            self.scene.deleteLater()
            self.scene = None
        self._set_notes_model(None)

    def show_workshop(self, workshop_id: str | None) -> None:
        """Show one workshop of the open project on the board and in the entry bar."""
        if self.session is None:
            return
        self.search.clear()
        self._drop_board()
        self.workshop_id = workshop_id
        if workshop_id is None:
            self.stack.setCurrentWidget(self.empty_label)
            self.empty_label.setText(self.tr(
                "This project has no workshop yet.\nCreate one with File → New workshop (Ctrl+Shift+N)."))
            self.entry.set_cells([], [])
            self._refresh()
            return
        stack = self.session.stack(workshop_id)
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        self.scene = BoardScene(self.session, workshop_id, self.font(),
                                high_contrast=self.prefs.high_contrast, parent=self,
                                available_width=self.view.available_width(self.presentation.zoom_for_mode()))
        self.scene.notes_dropped.connect(self._notes_dropped)
        self.scene.grouping_dropped.connect(self.theme_editing.dropped)
        self.scene.theme_hint_accepted.connect(self.theme_editing.accept_hint)
        self.scene.workshop_changed.connect(self._refresh)
        self.scene.structure_changed.connect(self._structure_changed)
        self.scene.selectionChanged.connect(self._refresh_actions)
        self.view.setScene(self.scene)
        self.view.set_zoom(self.presentation.zoom_for_mode())
        if self.presentation.list_hidden:
            self.stack.setCurrentWidget(self.view)
        else:
            from workshop_app.gui.notes_list import NotesModel

            self.stack.setCurrentWidget(self.notes_list)
            self._set_notes_model(NotesModel(self.session, workshop_id, self))
        self.prefs.set_last_workshop(self.session.path, workshop_id)
        self._structure_changed()
        self._refresh()
        self.voting.refresh()

    def _structure_changed(self) -> None:
        if self.scene is None:
            return
        area_id, category_id = self.prefs.last_cell(self.workshop_id)
        self.entry.set_cells(list(self.scene.areas), list(self.scene.categories),
                             self.entry.area_id or area_id, self.entry.category_id or category_id)

    @property
    def notes_list(self):
        """The list of all notes (an alternative to the board), made when first needed."""
        if self._notes_list is None:
            from workshop_app.gui.notes_list import NotesList

            self._notes_list = NotesList(self)
            self.stack.addWidget(self._notes_list)
            self.entry.keyboard_home.watch(self._notes_list)
            action_table.add_list_actions(self._notes_list, self.actions, self._specs)
            self._notes_list.selection_changed.connect(self._refresh_actions)
            self._notes_list.customContextMenuRequested.connect(self.note_editing.list_menu)
        return self._notes_list

    def _set_notes_model(self, model) -> None:
        old = self.notes_model
        if model is None and self._notes_list is None:
            return
        self.notes_list.setModel(model)
        self.notes_model = model
        if old is not None:
            old.deleteLater()

    @property
    def showing_board(self) -> bool:
        return self._notes_list is None or self.stack.currentWidget() is not self._notes_list

    def _remember_cell(self, area_id: str, category_id: str) -> None:
        if self.workshop_id:
            self.prefs.set_last_cell(self.workshop_id, area_id, category_id)

    def _on_change(self, change) -> None:
        if change.kind == "workshop":
            self._refresh()
        self.voting.changed(change)
        self.saved_label.setText(self.tr("Saved"))

    # --- edits -------------------------------------------------------------------------------
    def run_edit(self, command) -> bool:
        """Run one undoable edit of the current workshop (see :meth:`OpenProject.run_edit`)."""
        if self.session is None or self.workshop_id is None:
            return False
        return self.session.run_edit(self.workshop_id, command)

    def post_note(self, area_id: str, category_id: str, text: str, group_name: str) -> bool:
        """Called by the entry bar: the note is on disk and on the board when this returns True."""
        command = AddNote(self.session.project, self.workshop_id, area_id, category_id, text,
                          group_name=group_name)
        if not self.run_edit(command):
            return False
        self.prefs.set_last_cell(self.workshop_id, area_id, category_id)
        cell = self.scene.cells.get((area_id, category_id)) if self.scene else None
        if cell is not None and cell.theme_ids and not command.note.hidden:
            # which theme it fits, once the card is on screen: posting stays fast
            note_id = command.note.id
            QTimer.singleShot(0, self, lambda: self.theme_editing.hint_for_new_note(note_id))
        item = self.scene.items_by_id.get(command.note.id) if self.scene else None
        if item is not None and self.showing_board:
            rect = item.sceneBoundingRect()
            shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
            if not shown.contains(rect):  # scrolling repaints the whole view: only when needed
                self.view.ensureVisible(rect, 10, 10)
        return True

    def _notes_dropped(self, moves: dict) -> None:
        if not self.run_edit(MoveNotes(self.session.project, moves)):
            self.scene.snap_back(list(moves))

    def selected_note_ids(self) -> list[str]:
        if not self.showing_board:
            return self.notes_list.selected_note_ids() if self.notes_model else []
        return self.scene.selected_note_ids() if self.scene else []

    def show_error(self, error: BaseException) -> QMessageBox:
        box = show_error(self, error)
        if self.scene is not None:
            self.scene.load()
        return box

    # --- state -------------------------------------------------------------------------------
    def _refresh_actions(self) -> None:
        action_table.refresh_actions(self.actions, self._specs)
        if hasattr(self, "granularity_control"):
            self.granularity_control.setEnabled(self.actions["suggest_themes"].isEnabled())

    def refresh_actions(self) -> None:
        self._refresh_actions()

    def _refresh(self) -> None:
        self.update_title()
        workshop = self.workshop
        self.title_label.setText(workshop.title if workshop else "")
        hidden = bool(workshop and workshop.hidden_round)
        self.hidden_label.setVisible(hidden)
        self.hidden_label.setText(self.tr("Hidden round: notes stay face down until revealed"))
        combo = self.workshop_combo
        combo.blockSignals(True)
        combo.clear()
        for w in self.workshops():
            combo.addItem(w.title, w.id)
        combo.setCurrentIndex(max(0, combo.findData(self.workshop_id)))
        combo.blockSignals(False)
        self._refresh_actions()

    def update_title(self) -> None:
        parts = []
        if self.workshop is not None:
            parts.append(self.workshop.title)
        if self.session is not None:
            name = self.session.path.name
            if self.session.read_only:
                name += " " + self.tr("(read-only)")
            parts.append(name)
        parts.append(app_title())
        self.setWindowTitle(" — ".join(parts))

    def set_language(self, code: str) -> "MainWindow | None":
        """Remember the language and rebuild the window in it; returns the new window."""
        self.prefs.language = code
        if self._on_language is not None:
            return self._on_language(self)
        return None

    # --- help --------------------------------------------------------------------------------
    def show_shortcuts(self):
        """Help → Keyboard shortcuts: the entry bar's keys, then every menu command that has one."""
        from workshop_app.gui.shortcut_help import show_shortcut_help

        return show_shortcut_help(self, (self.undo_action, self.redo_action, *self.actions.values()))

    def show_about(self):
        from workshop_app.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(current_language(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- report ------------------------------------------------------------------------------
    def show_report_dialog(self):
        """File → Export report: the dialog; "Show the note" there brings that note up here."""
        from workshop_app.gui.report_dialog import ReportDialog

        if self.session is None:
            return None
        if self.view.editor is not None:
            self.view.editor.finish(save=True)
        dialog = ReportDialog(self.session.project, self.workshop_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.noteRequested.connect(self.show_note)
        dialog.exported.connect(lambda path: self.statusBar().showMessage(self.tr("Report saved: %1").replace("%1", path), 15000))
        dialog.open()
        return dialog

    def show_note(self, workshop_id: str, note_id: str) -> bool:
        """Switch to ``workshop_id`` and bring note ``note_id`` up on the board, open for editing."""
        if self.session is None:
            return False
        if workshop_id != self.workshop_id:
            self.show_workshop(workshop_id)
        if not self.showing_board:
            self.presentation.toggle_list()
        self.search.clear()
        item = self.scene.items_by_id.get(note_id) if self.scene else None
        if item is None:
            return False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.focus_note(item)
        if not item.note.hidden and not self.session.read_only:
            self.view.edit_note(item)
        return True

    # --- closing -----------------------------------------------------------------------------
    def _end_search(self) -> None:
        self.search.clear()
        self.entry.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown by the app (not restored by the window manager)
            self.entry.text.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # ready to type at once

    def closeEvent(self, event: QCloseEvent) -> None:
        self.phone_intake.close()
        if self.view.editor is not None:
            self.view.editor.finish(save=True)
        self.prefs.save_window(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        super().closeEvent(event)

    def release_session(self) -> OpenProject | None:
        """Hand the open project over (to a new window after a language switch) without closing it."""
        session = self.session
        self.undo_group.setActiveStack(None)
        if session is not None:
            for stack in session.stacks():
                self.undo_group.removeStack(stack)
            session.error.disconnect(self.show_error)
            session.signals.changed.disconnect(self._on_change)
        self._drop_board()
        self.session = None
        return session

    def close_session(self) -> None:
        session = self.release_session()
        if session is not None:
            session.close()
            session.deleteLater()
