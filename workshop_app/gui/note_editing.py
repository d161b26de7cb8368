"""The facilitator's handlers for cards: edit, colour, move, delete, restore, select, find."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMenu

from workshop_app.domain.model import Placement
from workshop_app.gui.board.cell_items import AreaHeaderItem, CellItem
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.theme_items import ThemeItem
from workshop_app.gui.commands.notes import DeleteNotes, EditNoteText, MoveNotes, SetColour
from workshop_app.gui.context import BoardContext
from workshop_app.gui.icons import icon

if TYPE_CHECKING:
    from workshop_app.gui.dialogs.move_dialog import MoveNotesDialog, MoveTarget
    from workshop_app.gui.dialogs.restore_dialog import RestoreNotesDialog
    from workshop_app.gui.dialogs.text_dialog import NoteTextDialog


def note_colours() -> list[tuple[str, str]]:
    """Light sticky-note colours (black text stays readable); "" is the category's own colour."""
    return [
        ("", QCoreApplication.translate("NoteEditing", "Colour of the kind of note")),
        ("#fff59d", QCoreApplication.translate("NoteEditing", "Yellow")),
        ("#ffcc80", QCoreApplication.translate("NoteEditing", "Orange")),
        ("#f8bbd0", QCoreApplication.translate("NoteEditing", "Pink")),
        ("#c5cae9", QCoreApplication.translate("NoteEditing", "Blue")),
        ("#b2ebf2", QCoreApplication.translate("NoteEditing", "Turquoise")),
        ("#dcedc8", QCoreApplication.translate("NoteEditing", "Green")),
        ("#e0e0e0", QCoreApplication.translate("NoteEditing", "Grey")),
        ("#ffffff", QCoreApplication.translate("NoteEditing", "White")),
    ]


class NoteEditing:
    """The handlers for cards on the board and rows in the list of notes.

    Args:
        context: what the feature may use of the window.
        search: the find field over the board.
        notes_list: the list of notes (made when first asked for).
        showing_board: whether the board (not the list) is shown.
        action: the window's command of that id (for the context menus).
        current_theme: the theme the facilitator is on, or None (F2 renames it, Del dissolves it).
        rename_theme: starts renaming the current theme.
        dissolve_themes: dissolves the selected themes.
        theme_menu: adds the theme commands for a board item to a context menu.
    """

    def __init__(
        self,
        context: BoardContext,
        *,
        search: QLineEdit,
        notes_list: Callable[[], Any],
        showing_board: Callable[[], bool],
        action: Callable[[str], QAction],
        current_theme: Callable[[], str | None],
        rename_theme: Callable[[], object],
        dissolve_themes: Callable[[], object],
        theme_menu: Callable[[QMenu, object], None],
    ):
        self.context = context
        self._search = search
        self._notes_list = notes_list
        self._showing_board = showing_board
        self._action = action
        self._current_theme = current_theme
        self._rename_theme = rename_theme
        self._dissolve_themes = dissolve_themes
        self._theme_menu = theme_menu

    @property
    def _project(self):
        return self.context.session.project

    # --- focus -------------------------------------------------------------------------------
    def focus_entry(self) -> None:
        self.context.entry.keyboard_home.go_home()

    def focus_board(self) -> None:
        w = self.context
        if self._showing_board():
            w.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if w.scene is not None and not isinstance(w.scene.focusItem(), NoteItem):
                first = w.scene.neighbour(None, 0, 0)
                if first is not None:
                    w.view.focus_note(first)
        else:
            self._notes_list().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def filter_changed(self, text: str) -> None:
        w = self.context
        if w.scene is None:
            return
        matches = w.scene.set_filter(text)
        if text.strip():
            w.show_status(QCoreApplication.translate("MainWindow", "%n note(s) match", None, matches), 5000)
        else:
            w.show_status("", 0)

    def focus_first_match(self) -> None:
        w = self.context
        if w.scene is None:
            return
        for item in w.scene.ordered_items():
            if item.matches:
                w.view.setFocus()
                w.view.focus_note(item)
                return

    # --- selection ---------------------------------------------------------------------------
    def select_all(self) -> None:
        w = self.context
        if w.scene is not None:
            w.scene.select_all_notes()

    # --- edits -------------------------------------------------------------------------------
    def edit_current(self) -> "NoteTextDialog | None":
        """F2: edit the current card in place, rename the current theme, or in the list of notes
        edit the current row's note in a dialog."""
        w = self.context
        if not self._showing_board():
            return self.edit_in_dialog(self._notes_list().current_note_id())
        if self._current_theme() is not None and not w.scene.selected_note_ids():
            self._rename_theme()
            return None
        w.view.edit_note()
        return None

    def edit_in_dialog(self, note_id: str | None) -> "NoteTextDialog | None":
        from workshop_app.gui.dialogs.text_dialog import NoteTextDialog

        if note_id is None:
            return None
        note = self._project.notes.get(note_id)
        if note.hidden:
            self.context.show_status(
                QCoreApplication.translate("MainWindow", "This note is face down until all notes are shown."), 5000
            )
            return None
        dialog = NoteTextDialog(note.text, self.context.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.text_edited(note_id, note.text, dialog.text()) if dialog.text() != note.text else None
        )
        return self._open_keeping_the_keyboard(dialog)

    def _open_keeping_the_keyboard(self, dialog):
        """Open ``dialog``; when it closes, the keyboard goes back to where it was (the list or the
        board), also where no window manager hands the activation back to the window."""
        dialog.finished.connect(lambda _result: self.context.parent.activateWindow())
        dialog.open()
        return dialog

    def text_edited(self, note_id: str, old: str, new: str) -> None:
        if not new.strip():
            self.context.show_status(
                QCoreApplication.translate("MainWindow", "A note cannot be empty; delete it instead (Del)."), 5000
            )
            return
        self.context.run_edit(EditNoteText(self._project, note_id, old, new))

    def delete_selected(self) -> None:
        w = self.context
        ids = w.selected_note_ids()
        if not ids and self._showing_board() and w.scene is not None and w.scene.selected_theme_ids():
            self._dissolve_themes()
            w.show_status(
                QCoreApplication.translate(
                    "MainWindow", "Theme dissolved; its notes stay on the board. Undo with Ctrl+Z."
                ),
                6000,
            )
            return
        if ids:
            w.run_edit(DeleteNotes(self._project, ids))
            w.show_status(
                QCoreApplication.translate("MainWindow", "Deleted. Undo with Ctrl+Z, or Edit → Restore deleted notes."),
                6000,
            )

    def set_colour(self, colour: str) -> None:
        w = self.context
        notes = w.scene.selected_notes() if w.scene and self._showing_board() else []
        if not notes and w.selected_note_ids():
            notes = [self._project.notes.get(i) for i in w.selected_note_ids()]
        if notes:
            w.run_edit(SetColour(self._project, notes, colour))

    def move_selected(self, area_id: str, category_id: str, theme_id: str | None = None) -> bool:
        """Move the selected notes to a cell (loose in it) or into ``theme_id`` of that cell."""
        from workshop_app.gui.dialogs.move_dialog import move_targets

        w = self.context
        target = next(
            t
            for t in move_targets(w.scene.areas, w.scene.categories, self._themes_by_cell())
            if (t.area_id, t.category_id, t.theme_id) == (area_id, category_id, theme_id)
        )
        return self.move_notes(w.selected_note_ids(), target)

    def _themes_by_cell(self) -> dict:
        scene = self.context.scene
        return {key: scene.themes_in(cell) for key, cell in scene.cells.items()}

    def choose_move(self) -> "MoveNotesDialog | None":
        """Edit → Move to… (Ctrl+M): pick an area › kind, or a theme, with the keyboard."""
        from workshop_app.gui.dialogs.move_dialog import MoveNotesDialog, move_targets

        w = self.context
        ids = w.selected_note_ids()
        if not ids or w.scene is None:
            w.show_status(QCoreApplication.translate("MainWindow", "Select the notes to move first."), 5000)
            return None
        targets = move_targets(w.scene.areas, w.scene.categories, self._themes_by_cell())
        places = {Placement.of(self._project.notes.get(i)) for i in ids}
        where = {(p.area_id, p.category_id, p.theme_id) for p in places}
        here = next((t for t in targets if len(where) == 1 and (t.area_id, t.category_id, t.theme_id) in where), None)
        dialog = MoveNotesDialog(targets, len(ids), here, w.parent)
        dialog.accepted.connect(lambda: self.move_notes(ids, dialog.target()))
        return self._open_keeping_the_keyboard(dialog)

    def move_notes(self, note_ids: list[str], target: "MoveTarget") -> bool:
        """Move notes to ``target`` in one undoable step; the status bar says what moved where."""
        w = self.context
        moves = {}
        for note_id in note_ids:
            old = Placement.of(self._project.notes.get(note_id))
            if (old.area_id, old.category_id, old.theme_id) != (target.area_id, target.category_id, target.theme_id):
                moves[note_id] = (old, Placement(target.area_id, target.category_id, None, None, target.theme_id))
        if not moves:
            w.show_status(
                QCoreApplication.translate("MainWindow", "Nothing moved: the notes are already in %1.").replace(
                    "%1", target.label
                ),
                6000,
            )
            return False
        if not w.run_edit(MoveNotes(self._project, moves)):
            return False
        n = len(moves)
        w.show_status(
            QCoreApplication.translate("MainWindow", "Moved %n note(s) to %1. Undo with Ctrl+Z.", None, n).replace(
                "%1", target.label
            ),
            8000,
        )
        item = w.scene.focusItem() if w.scene is not None else None
        if self._showing_board() and isinstance(item, NoteItem) and item.note_id in moves:
            w.view.ensureVisible(item.sceneBoundingRect(), 20, 20)  # it went to another column: follow it
        return True

    def show_restore_dialog(self) -> "RestoreNotesDialog | None":
        from workshop_app.gui.dialogs.restore_dialog import RestoreNotesDialog

        w = self.context
        if w.workshop_id is None:
            return None
        dialog = RestoreNotesDialog(self._project, w.workshop_id, w.run_edit, w.parent)
        dialog.open()
        return dialog

    # --- menus -------------------------------------------------------------------------------
    def add_colour_menu(self, menu: QMenu) -> QMenu:
        sub = menu.addMenu(icon("mdi6.palette-outline"), QCoreApplication.translate("MainWindow", "&Colour"))
        for colour, name in note_colours():
            action = sub.addAction(icon("mdi6.square-rounded", colour or "#bdbdbd"), name)
            action.triggered.connect(lambda _c=False, c=colour: self.set_colour(c))
        sub.aboutToShow.connect(lambda: sub.setEnabled(bool(self.context.selected_note_ids())))
        return sub

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The board's context menu for what is under ``pos`` (viewport coordinates)."""
        if self.context.scene is None:
            return None
        return self.menu_for(self.context.view.itemAt(pos), pos)

    def keyboard_menu(self, item, pos: QPoint) -> QMenu | None:
        """The Menu key or Shift+F10 on the board: the focused card's own menu, at the card,
        its first entry highlighted so that the arrow keys and Enter work at once."""
        if self.context.scene is None:
            return None
        menu = self.menu_for(item, pos)
        first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
        if first is not None:
            menu.setActiveAction(first)
        return menu

    def menu_for(self, item, pos: QPoint) -> QMenu:
        """The menu for ``item``: a card (edit, colour, move, delete), a theme, a column header or
        a cell; the board's own menu for None. It opens at ``pos`` in the viewport."""
        w = self.context
        menu = self._new_menu("boardMenu")
        if isinstance(item, NoteItem):
            if not item.isSelected():
                w.scene.clearSelection()
                item.setSelected(True)
            w.scene.setFocusItem(item)
            menu.addAction(self._action("edit_note"))
            self.add_colour_menu(menu)
            self.add_move_menu(menu)
            self._theme_menu(menu, item)
            menu.addSeparator()
            menu.addAction(self._action("delete_notes"))
        elif isinstance(item, ThemeItem):
            if not item.isSelected():
                w.scene.clearSelection()
                item.setSelected(True)
            w.scene.setFocusItem(item)
            self._theme_menu(menu, item)
        elif isinstance(item, (AreaHeaderItem, CellItem)):
            self._theme_menu(menu, item)
            menu.addSeparator()
            menu.addAction(self._action("focus_areas"))
            menu.addAction(self._action("restore_notes"))
        else:
            menu.addAction(self._action("select_all"))
            menu.addAction(self._action("restore_notes"))
        return self._popup(menu, w.view.viewport(), pos)

    def list_menu(self, pos: QPoint) -> QMenu:
        """The list of notes' menu (right button, Menu key, Shift+F10) for the selected rows:
        edit, colour, move, delete. ``pos`` is in the list's viewport."""
        table = self._notes_list()
        index = table.indexAt(pos)
        if index.isValid() and not table.selectionModel().isRowSelected(index.row()):
            table.selectRow(index.row())
        menu = self._new_menu("listMenu")
        menu.addAction(self._action("edit_note"))
        self.add_colour_menu(menu)
        menu.addAction(self._action("move_notes"))
        menu.addSeparator()
        menu.addAction(self._action("delete_notes"))
        return self._popup(menu, table.viewport(), pos)

    def _new_menu(self, name: str) -> QMenu:
        menu = QMenu(self.context.parent)
        menu.setObjectName(name)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    @staticmethod
    def _popup(menu: QMenu, viewport, pos: QPoint) -> QMenu:
        from workshop_app.gui.actions import ensure_icons

        ensure_icons(menu.actions())
        menu.popup(viewport.mapToGlobal(pos))
        return menu

    def add_move_menu(self, menu: QMenu) -> QMenu:
        """ "Move to": the keyboard picker first, then every focus area and kind for the mouse."""
        w = self.context
        move = menu.addMenu(icon("mdi6.arrow-right"), QCoreApplication.translate("MainWindow", "&Move to"))
        move.addAction(self._action("move_notes"))
        move.addSeparator()
        for area in w.scene.areas:
            area_menu = move.addMenu(area.name)
            for category in w.scene.categories:
                action = area_menu.addAction(icon(category.icon), category.name)
                action.triggered.connect(lambda _c=False, a=area.id, c=category.id: self.move_selected(a, c))
        return move
