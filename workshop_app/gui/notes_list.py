"""All notes of a workshop as a table: the keyboard and screen-reader alternative to the board."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workshop_app.domain.model import Note
from workshop_app.gui.icons import icon
from workshop_app.gui.widgets import focus_frame_style, is_keyboard_menu
from workshop_app.storage.changes import Change

COLUMNS = ("text", "focus_area", "category", "theme", "group", "created")


class NotesModel(QAbstractTableModel):
    """One row per live note, in posting order; follows the project's changes.

    The window creates it only while the list is shown, so posting on the board stays cheap.
    """

    NoteIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session, workshop_id: str, parent=None):
        super().__init__(parent)
        self.project = session.project
        self.workshop_id = workshop_id
        self._notes: list[Note] = []
        self._areas: dict[str, str] = {}
        self._categories: dict[str, tuple[str, str, str]] = {}
        self._themes: dict[str, str] = {}
        session.signals.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        content = self.project.workshops.content(self.workshop_id)
        self._areas = {a.id: a.name for a in content.focus_areas}
        self._categories = {c.id: (c.name, c.icon, c.colour) for c in content.categories}
        self._themes = {t.id: t.title for t in content.themes}
        self._notes = list(content.notes)
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.workshop_id in (None, self.workshop_id) and change.kind in (
            "note",
            "theme",
            "focus_area",
            "workshop",
        ):
            self.reload()

    # --- the model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return (
                QCoreApplication.translate("NotesModel", "Note"),
                QCoreApplication.translate("NotesModel", "Focus area"),
                QCoreApplication.translate("NotesModel", "Kind"),
                QCoreApplication.translate("NotesModel", "Theme"),
                QCoreApplication.translate("NotesModel", "Group"),
                QCoreApplication.translate("NotesModel", "Posted"),
            )[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def note_at(self, row: int) -> Note:
        return self._notes[row]

    def row_of(self, note_id: str) -> int | None:
        return next((row for row, note in enumerate(self._notes) if note.id == note_id), None)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._notes)):
            return None
        note = self._notes[index.row()]
        column = COLUMNS[index.column()]
        if role == self.NoteIdRole:
            return note.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "text":
                return (
                    QCoreApplication.translate("NotesModel", "(hidden until revealed)")
                    if note.hidden
                    else " ".join(note.text.split())[:500]
                )
            if column == "focus_area":
                return self._areas.get(note.focus_area_id, "")
            if column == "category":
                return self._categories.get(note.category_id, ("", "", ""))[0]
            if column == "theme":
                return self._themes.get(note.theme_id or "", "")
            if column == "group":
                return note.group_name
            if column == "created":
                return note.created_at[:16].replace("T", " ")
        if role == Qt.ItemDataRole.ToolTipRole and column == "text" and not note.hidden:
            from workshop_app.gui.board.view import tooltip_html

            return tooltip_html(note.text)
        if role == Qt.ItemDataRole.DecorationRole and column == "category":
            name = self._categories.get(note.category_id, ("", "", ""))[1]
            return icon(name) if name else None
        if role == Qt.ItemDataRole.BackgroundRole and column == "category":
            colour = self._categories.get(note.category_id, ("", "", ""))[2]
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "category":
            return QBrush(QColor("#111111"))
        return None


class NotesList(QTableView):
    """The table of notes, sortable by nothing but readable by everything (kept in posting order).

    Del, F2 and Ctrl+M work on the selected rows (the window adds those actions), and so does the
    menu of the right mouse button, the Menu key and Shift+F10; the selection and
    the current row survive the model's reloads, so the keyboard stays where it was after an edit
    (after a delete, on the row that took the deleted one's place).

    Signals:
        selection_changed: the selected rows changed (the window re-checks its commands).
    """

    selection_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notesList")
        self.setAccessibleName(QCoreApplication.translate("NotesList", "List of all notes"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # F2 is the window's "Edit note"
        self.verticalHeader().setVisible(False)
        self.setStyleSheet(focus_frame_style("QTableView#notesList"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._kept: tuple[list[str], str | None, int] = ([], None, -1)

    def setModel(self, model) -> None:
        old = self.model()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._remember_selection)
            old.modelReset.disconnect(self._restore_selection)
        super().setModel(model)
        header = self.horizontalHeader()
        if model is not None:
            model.modelAboutToBeReset.connect(self._remember_selection)
            model.modelReset.connect(self._restore_selection)
            self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        if model is not None and model.columnCount() == len(COLUMNS):
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            width = self.fontMetrics().averageCharWidth()
            for column, chars in zip(range(1, len(COLUMNS)), (26, 18, 26, 16, 17)):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width * chars)
        self.selection_changed.emit()

    def event(self, event) -> bool:
        # the Menu key and Shift+F10: the menu of the selected rows, at the current row
        if is_keyboard_menu(event):
            index = self.currentIndex()
            if index.isValid():
                self.scrollTo(index)
            self.customContextMenuRequested.emit(self.visualRect(index).center() if index.isValid() else QPoint(8, 8))
            event.accept()
            return True
        return super().event(event)

    def selected_note_ids(self) -> list[str]:
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()}) if self.selectionModel() else []
        return [model.note_at(r).id for r in rows]

    def current_note_id(self) -> str | None:
        """The note of the current row (where the keyboard is), or the only selected one."""
        index = self.currentIndex()
        if index.isValid() and self.selectionModel().isRowSelected(index.row()):
            return self.model().note_at(index.row()).id
        selected = self.selected_note_ids()
        return selected[0] if len(selected) == 1 else None

    def _remember_selection(self) -> None:
        index = self.currentIndex()
        current = self.model().note_at(index.row()).id if index.isValid() else None
        self._kept = (self.selected_note_ids(), current, index.row() if index.isValid() else -1)

    def _restore_selection(self) -> None:
        model = self.model()
        ids, current, current_row = self._kept
        self._kept = ([], None, -1)
        if model.rowCount() == 0:
            return
        selection = QItemSelection()
        for note_id in ids:
            row = model.row_of(note_id)
            if row is not None:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        row = model.row_of(current) if current is not None else None
        if row is None and current_row >= 0:  # the current note is gone: the one now in its place
            row = min(current_row, model.rowCount() - 1)
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        if row is not None:
            self.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
