"""The facilitator's window: board (or list) above, the note entry bar below, menus from actions.py."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from workshop_app.domain.model import Workshop
from workshop_app.gui import actions as action_table
from workshop_app.gui import toolbars, window_layout, window_menus
from workshop_app.gui.board.scene import BoardScene
from workshop_app.gui.board.view import BoardView
from workshop_app.gui.commands.notes import AddNote, MoveNotes
from workshop_app.gui.context import BoardContext
from workshop_app.gui.i18n import current_language
from workshop_app.gui.messages import show_error
from workshop_app.gui.note_editing import NoteEditing
from workshop_app.gui.phone_intake import IntakeContext, PhoneIntake
from workshop_app.gui.presentation import Presentation
from workshop_app.gui.project_files import ProjectFiles
from workshop_app.gui.report_export import ReportExporting
from workshop_app.gui.round_bar import RoundBar
from workshop_app.gui.session import OncePerBatch, OpenProject
from workshop_app.gui.settings import Preferences
from workshop_app.gui.theme_editing import ThemeEditing
from workshop_app.gui.theme_menu import add_theme_actions
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

    def __init__(
        self,
        prefs: Preferences,
        session: OpenProject | None = None,
        workshop_id: str | None = None,
        *,
        on_language=None,
    ):
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
        self.granularity_control = None  # the themes toolbar's fewer/more control, once it is built

        self._build_widgets()
        self._make_features()
        self.phone_intake = PhoneIntake(IntakeContext.from_board(self.context, self.statusBar().addPermanentWidget))
        self.voting = Voting(VotingContext.from_board(self.context))
        self._exchange = None  # NoteFiles (import and export of notes), made when first used
        self._specs = action_table.action_table(self)
        self.actions = action_table.build_actions(self, self._specs, self.view)
        self.undo_group = QUndoGroup(self)
        self.undo_action, self.redo_action = toolbars.undo_actions(self, self.undo_group)
        # edits pushed while a batch is open (a burst of phones' notes) refresh the commands once
        self.undo_group.indexChanged.connect(OncePerBatch(self.refresh_actions, lambda: self.session, self).call)
        self.menus = action_table.build_menus(
            self.menuBar(),
            self.actions,
            {
                "@recent": self._add_recent_menu,
                "@workshops": lambda m: setattr(
                    self,
                    "workshops_menu",
                    window_menus.add_workshops_menu(m, self.workshops, lambda: self.workshop_id, self.show_workshop),
                ),
                "@undo": lambda m: m.addAction(self.undo_action),
                "@redo": lambda m: m.addAction(self.redo_action),
                "@colour": self.note_editing.add_colour_menu,
                "@language": lambda m: setattr(
                    self, "language_menu", window_menus.add_language_menu(m, self.prefs.language, self.set_language)
                ),
            },
        )
        self._build_toolbar()
        self.view.customContextMenuRequested.connect(self.note_editing.context_menu)
        self.view.item_menu_requested.connect(self.note_editing.keyboard_menu)
        # Presentation mode's digits (one focus area) work once the board was given the keys
        # (Ctrl+B); after a click on a card a digit is a participant's and goes into the note.
        # While a voting round is open and its panel shown, + and − on the board are dots.
        self.entry.keyboard_home.watch(
            self.view,
            lambda: (self.presentation.active and self.view.keys_given_by_keyboard) or self.voting.keys_on_board(),
        )
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

            self._exchange = NoteFiles(self.context)
        return self._exchange

    # --- widgets -----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.view = BoardView(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.stack, self.empty_label = window_layout.board_stack(self, self.view)
        self.round_bar = RoundBar(self.prefs, self)
        self.title_label, self.hidden_label = self.round_bar.title_label, self.round_bar.hidden_label
        self.search, self.timer = self.round_bar.search, self.round_bar.timer
        self.round_bar.end_search.activated.connect(self._end_search)

        self.entry = window_layout.entry_bar(self, self.prefs, self.post_note, self._remember_cell)
        self.setCentralWidget(window_layout.central_widget(self, self.round_bar, self.stack, self.entry))
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _make_features(self) -> None:
        """The feature objects, each with the narrow context (and the few links it needs)."""
        context = self.context = BoardContext(
            parent=self,
            prefs=self.prefs,
            view=self.view,
            entry=self.entry,
            current_session=lambda: self.session,
            current_workshop_id=lambda: self.workshop_id,
            current_scene=lambda: self.scene,
            run_edit=self.run_edit,
            show_status=self.statusBar().showMessage,
            show_error=self.show_error,
            show_workshop=self.show_workshop,
            selected_note_ids=self.selected_note_ids,
            refresh_actions=self.refresh_actions,
        )
        self.workshop_editing = WorkshopEditing(context, current_theme=lambda: self.theme_editing.current_theme())
        self.theme_editing = themes = ThemeEditing(context, edit_conclusion=self.workshop_editing.edit_conclusion)
        self.files = ProjectFiles(
            context, set_session=self.set_session, new_workshop=self.workshop_editing.new_workshop
        )
        self.note_editing = NoteEditing(
            context,
            search=self.search,
            notes_list=lambda: self.notes_list,
            showing_board=lambda: self.showing_board,
            action=lambda name: self.actions[name],
            current_theme=themes.current_theme,
            rename_theme=themes.rename,
            dissolve_themes=themes.dissolve,
            theme_menu=lambda menu, item: add_theme_actions(themes, menu, item),
        )
        self.report_export = ReportExporting(
            context,
            show_board=lambda: None if self.showing_board else self.presentation.toggle_list(),
            clear_search=self.search.clear,
        )
        self.presentation = Presentation(
            context,
            controls=lambda: [self.menuBar(), self.toolbar, self.themes_toolbar],
            status_bar=self.statusBar(),
            room_widgets=self.round_bar.set_scale,
            show_list=self.show_notes_list,
        )
        self.view.edit_finished.connect(self.note_editing.text_edited)
        self.view.theme_renamed.connect(themes.title_edited)
        self.view.zoom_changed.connect(self.presentation.zoom_changed)
        self.search.textChanged.connect(self.note_editing.filter_changed)
        self.search.returnPressed.connect(self.note_editing.focus_first_match)

    def _build_toolbar(self) -> None:
        self.toolbar, self.workshop_combo = toolbars.facilitator_toolbar(
            self, self.actions, self.undo_action, self.redo_action, self.show_workshop
        )
        self.themes_toolbar, self.granularity_control = toolbars.themes_toolbar(
            self, self.actions, self.theme_editing.make_control
        )
        action_table.ensure_icons(self.toolbar.actions() + self.themes_toolbar.actions())
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
            self.empty_label.setText(
                self.tr("This project has no workshop yet.\nCreate one with File → New workshop (Ctrl+Shift+N).")
            )
            self.entry.set_cells([], [])
            self._refresh()
            return
        stack = self.session.stack(workshop_id)
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        self.scene = BoardScene(
            self.session,
            workshop_id,
            self.font(),
            high_contrast=self.prefs.high_contrast,
            parent=self,
            available_width=self.view.available_width(self.presentation.zoom_for_mode()),
        )
        self.scene.notes_dropped.connect(self._notes_dropped)
        self.scene.grouping_dropped.connect(self.theme_editing.dropped)
        self.scene.theme_hint_accepted.connect(self.theme_editing.accept_hint)
        self.scene.workshop_changed.connect(self._refresh)
        self.scene.structure_changed.connect(self._structure_changed)
        self.scene.selectionChanged.connect(self.refresh_actions)
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
        self.entry.set_cells(
            list(self.scene.areas),
            list(self.scene.categories),
            self.entry.area_id or area_id,
            self.entry.category_id or category_id,
        )

    @property
    def notes_list(self):
        """The list of all notes (an alternative to the board), made when first needed."""
        if self._notes_list is None:
            from workshop_app.gui.notes_list import NotesList

            self._notes_list = NotesList(self)
            self.stack.addWidget(self._notes_list)
            self.entry.keyboard_home.watch(self._notes_list)
            action_table.add_list_actions(self._notes_list, self.actions, self._specs)
            self._notes_list.selection_changed.connect(self.refresh_actions)
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

    def show_notes_list(self, shown: bool) -> None:
        """Show the list of all notes (True) or the board (False); the one shown gets the keyboard."""
        from workshop_app.gui.notes_list import NotesModel

        if shown:
            self._set_notes_model(NotesModel(self.session, self.workshop_id, self))
            self.stack.setCurrentWidget(self.notes_list)
            self.notes_list.setFocus()
        else:
            self._set_notes_model(None)
            self.stack.setCurrentWidget(self.view)
            self.view.setFocus()

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
        command = AddNote(self.session.project, self.workshop_id, area_id, category_id, text, group_name=group_name)
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
    def refresh_actions(self) -> None:
        """Re-read which commands are enabled or checked (after a change of state)."""
        action_table.refresh_actions(self.actions, self._specs)
        if self.granularity_control is not None:  # None while the toolbars are being built
            self.granularity_control.setEnabled(self.actions["suggest_themes"].isEnabled())

    def _refresh(self) -> None:
        self.update_title()
        workshop = self.workshop
        self.round_bar.show_workshop(workshop)
        combo = self.workshop_combo
        combo.blockSignals(True)
        combo.clear()
        for w in self.workshops():
            combo.addItem(w.title, w.id)
        combo.setCurrentIndex(max(0, combo.findData(self.workshop_id)))
        combo.blockSignals(False)
        self.refresh_actions()

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
        """File → Export report."""
        return self.report_export.show_dialog()

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
