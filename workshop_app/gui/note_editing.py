"""The facilitator's handlers for cards: edit, colour, move, delete, restore, select, find."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu

from workshop_app.gui.board.cell_items import AreaHeaderItem, CellItem
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.theme_items import ThemeItem
from workshop_app.gui.commands.notes import DeleteNotes, EditNoteText, MoveNotes, Placement, SetColour
from workshop_app.gui.icons import icon

if TYPE_CHECKING:
    from workshop_app.gui.dialogs.restore_dialog import RestoreNotesDialog
    from workshop_app.gui.main_window import MainWindow


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
    def __init__(self, window: "MainWindow"):
        self.window = window

    @property
    def _project(self):
        return self.window.session.project

    # --- focus -------------------------------------------------------------------------------
    def focus_entry(self) -> None:
        self.window.entry.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_board(self) -> None:
        w = self.window
        if w.showing_board:
            w.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if w.scene is not None and not isinstance(w.scene.focusItem(), NoteItem):
                first = w.scene.neighbour(None, 0, 0)
                if first is not None:
                    w.view.focus_note(first)
        else:
            w.notes_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.window.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.search.selectAll()

    def filter_changed(self, text: str) -> None:
        w = self.window
        if w.scene is None:
            return
        matches = w.scene.set_filter(text)
        if text.strip():
            w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "%n note(s) match", None, matches), 5000)
        else:
            w.statusBar().clearMessage()

    def focus_first_match(self) -> None:
        w = self.window
        if w.scene is None:
            return
        for item in w.scene.ordered_items():
            if item.matches:
                w.view.setFocus()
                w.view.focus_note(item)
                return

    # --- selection ---------------------------------------------------------------------------
    def select_all(self) -> None:
        w = self.window
        if w.scene is not None:
            w.scene.select_all_notes()

    # --- edits -------------------------------------------------------------------------------
    def edit_current(self) -> None:
        if self.window.theme_editing.current_theme() is not None and not self.window.scene.selected_note_ids():
            self.window.theme_editing.rename()
            return
        self.window.view.edit_note()

    def text_edited(self, note_id: str, old: str, new: str) -> None:
        if not new.strip():
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "A note cannot be empty; delete it instead (Del)."), 5000)
            return
        self.window.run_edit(EditNoteText(self._project, note_id, old, new))

    def delete_selected(self) -> None:
        w = self.window
        ids = w.selected_note_ids()
        if not ids and w.showing_board and w.scene is not None and w.scene.selected_theme_ids():
            w.theme_editing.dissolve()
            w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Theme dissolved; its notes stay on the board. Undo with Ctrl+Z."), 6000)
            return
        if ids:
            w.run_edit(DeleteNotes(self._project, ids))
            w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Deleted. Undo with Ctrl+Z, or Edit → Restore deleted notes."), 6000)

    def set_colour(self, colour: str) -> None:
        w = self.window
        notes = w.scene.selected_notes() if w.scene and w.showing_board else []
        if not notes and w.selected_note_ids():
            notes = [self._project.notes.get(i) for i in w.selected_note_ids()]
        if notes:
            w.run_edit(SetColour(self._project, notes, colour))

    def move_selected(self, area_id: str, category_id: str) -> None:
        w = self.window
        ids = w.selected_note_ids()
        moves = {}
        for note_id in ids:
            note = self._project.notes.get(note_id)
            old = Placement.of(note)
            if (old.area_id, old.category_id) != (area_id, category_id):
                moves[note_id] = (old, Placement(area_id, category_id))
        if moves:
            w.run_edit(MoveNotes(self._project, moves))

    def show_restore_dialog(self) -> "RestoreNotesDialog | None":
        from workshop_app.gui.dialogs.restore_dialog import RestoreNotesDialog

        w = self.window
        if w.workshop_id is None:
            return None
        dialog = RestoreNotesDialog(self._project, w.workshop_id, w.run_edit, w)
        dialog.open()
        return dialog

    # --- menus -------------------------------------------------------------------------------
    def add_colour_menu(self, menu: QMenu) -> QMenu:
        sub = menu.addMenu(icon("mdi6.palette-outline"), QCoreApplication.translate("MainWindow", "&Colour"))
        for colour, name in note_colours():
            action = sub.addAction(icon("mdi6.square-rounded", colour or "#bdbdbd"), name)
            action.triggered.connect(lambda _c=False, c=colour: self.set_colour(c))
        sub.aboutToShow.connect(lambda: sub.setEnabled(bool(self.window.selected_note_ids())))
        return sub

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The board's context menu: for cards (edit, colour, move, delete) or a column header."""
        w = self.window
        if w.scene is None:
            return None
        item = w.view.itemAt(pos)
        menu = QMenu(w)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(item, NoteItem):
            if not item.isSelected():
                w.scene.clearSelection()
                item.setSelected(True)
            w.scene.setFocusItem(item)
            menu.addAction(w.actions["edit_note"])
            self.add_colour_menu(menu)
            move = menu.addMenu(QCoreApplication.translate("MainWindow", "&Move to"))
            for area in w.scene.areas:
                area_menu = move.addMenu(area.name)
                for category in w.scene.categories:
                    action = area_menu.addAction(icon(category.icon), category.name)
                    action.triggered.connect(
                        lambda _c=False, a=area.id, c=category.id: self.move_selected(a, c))
            w.theme_editing.add_context_actions(menu, item)
            menu.addSeparator()
            menu.addAction(w.actions["delete_notes"])
        elif isinstance(item, ThemeItem):
            if not item.isSelected():
                w.scene.clearSelection()
                item.setSelected(True)
            w.scene.setFocusItem(item)
            w.theme_editing.add_context_actions(menu, item)
        elif isinstance(item, (AreaHeaderItem, CellItem)):
            w.theme_editing.add_context_actions(menu, item)
            menu.addSeparator()
            menu.addAction(w.actions["focus_areas"])
            menu.addAction(w.actions["restore_notes"])
        else:
            menu.addAction(w.actions["select_all"])
            menu.addAction(w.actions["restore_notes"])
        from workshop_app.gui.actions import ensure_icons

        ensure_icons(menu.actions())
        menu.popup(w.view.viewport().mapToGlobal(pos))
        return menu
