"""How the board follows the project: each announced change updates only the cards it names.

A mixin of :class:`gui.board.scene.BoardScene`: notes added, changed, moved or deleted (by this
window's edits, by an import, by phones) become cards added, redrawn, moved or removed, and the
cells they touch are laid out again. While one edit announces many changes (a batch), the layout
waits for its end; more than :data:`BULK` notes at once and the board is read again instead.
"""

from __future__ import annotations

import bisect

from workshop_app.domain.errors import NotFoundError
from workshop_app.gui.board.cell_items import CellItem
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.storage.changes import Change

BULK = 200
"""More notes than this in one change and the board reloads instead of adding them one by one."""


class FollowsProject:
    """The board scene's part that follows the project's change feed (see the module)."""

    # --- batches: one layout after an edit, however many changes it announced ---------------------
    def _begin_batch(self) -> None:
        self._deferring = True

    def _end_batch(self) -> None:
        self._deferring = False
        if self._reload_pending:
            self._reload_pending = False
            self.load()
            return
        dirty, self._dirty_cells = self._dirty_cells, set()
        dirty = {c for c in dirty if c.scene() is self}
        if dirty:
            self.relayout_cells(dirty)

    # --- following the project ---------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.workshop_id not in (None, self.workshop_id):
            return
        if self._reload_pending and change.kind in ("note", "theme"):
            if change.kind == "note":
                self.notes_changed.emit()
            return  # the whole board is read again at the end of this edit
        if change.kind == "note":
            if len(change.ids) > BULK:
                if self._deferring:
                    self._reload_pending = True
                else:
                    self.load()
            else:
                self._notes_changed(change)
            self.notes_changed.emit()
        elif change.kind in ("focus_area", "category"):
            self.load()
            self.structure_changed.emit()
        elif change.kind == "theme":
            self._themes_changed()
        elif change.kind == "workshop":
            if change.action == "removed":
                return
            self.content = self.project.workshops.content(self.workshop_id)
            self.workshop_changed.emit()

    def _notes_changed(self, change: Change) -> None:
        touched: set[CellItem] = set()
        categories = {c.id: c for c in self.categories}
        for note_id in change.ids:
            item = self.items_by_id.get(note_id)
            try:
                note = self.project.notes.get(note_id)
            except NotFoundError:
                note = None
            alive = (
                note is not None and note.deleted_at is None and (note.focus_area_id, note.category_id) in self.cells
            )
            if item is not None and not alive:
                cell = item.parentItem()
                cell.note_ids.remove(note_id)
                touched.add(cell)
                del self.items_by_id[note_id]
                self.removeItem(item)
            elif item is None and alive:
                cell = self.cells[(note.focus_area_id, note.category_id)]
                item = NoteItem(note, categories[note.category_id], self.metrics, self.style)
                self.items_by_id[note_id] = item
                self._insert_into(cell, item)
                touched.add(cell)
                self._apply_filter(item)
                if self.room is not None and change.action == "added":
                    self.rings.ring(item)
            elif item is not None:
                old_cell = item.parentItem()
                new_cell = self.cells[(note.focus_area_id, note.category_id)]
                item.update_from(note, categories[note.category_id])
                if old_cell is not new_cell:
                    old_cell.note_ids.remove(note_id)
                    self._insert_into(new_cell, item)
                    touched.add(old_cell)
                touched.add(new_cell)
                self._apply_filter(item)
        if touched:
            self.relayout_cells(touched)

    def _insert_into(self, cell: CellItem, item: NoteItem) -> None:
        """Put a card in a cell, keeping the cell in posting order (newest last)."""
        item.setParentItem(cell)
        last = len(self._rank)  # a note posted since the board was built: after those of its time
        key = (item.note.created_at, self._rank.get(item.note_id, last))
        ids = cell.note_ids
        if not ids or key >= (self.items_by_id[ids[-1]].note.created_at, self._rank.get(ids[-1], last)):
            ids.append(item.note_id)  # the usual case, a note just posted: no need to look further
            return
        keys = [(self.items_by_id[i].note.created_at, self._rank.get(i, last)) for i in ids]
        ids.insert(bisect.bisect_right(keys, key), item.note_id)
