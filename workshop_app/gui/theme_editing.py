"""The facilitator's handlers for themes: suggest (and fewer/more), group by hand, rename, summarise,
reorder, merge, split, dissolve, sort in new notes and take themes from another workshop.

Each handler makes one undoable command (workshop_app.gui.commands.themes) and runs it through the
window; the board redraws from the project's change events.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from workshop_app.gui.board.drops import GroupDrop, MergeDrop, ReorderDrop
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.theme_items import ThemeItem
from workshop_app.gui.commands.themes import (
    DissolveTheme,
    GroupNotes,
    MergeThemes,
    PlaceNotes,
    ReorderThemes,
    SetNotesTheme,
    SuggestThemes,
    UpdateTheme,
    UseStartingThemes,
)
from workshop_app.gui.context import BoardContext
from workshop_app.gui.granularity import STEPS, GranularityControl

if TYPE_CHECKING:
    from workshop_app.gui.dialogs.theme_dialogs import StartingThemesDialog, SummaryDialog
    from workshop_app.gui.triage import TriageDialog

log = logging.getLogger(__name__)

TITLE_WORDS = 5
TITLE_CHARS = 40


def title_from_text(text: str) -> str:
    """A first title for a theme made by hand: the first words of a note, without trailing punctuation."""
    words = " ".join(text.split()).split(" ")[:TITLE_WORDS]
    title = " ".join(words)
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rsplit(" ", 1)[0] or title[:TITLE_CHARS]
    title = re.sub(r"[\s,.;:!?\-–—]+$", "", title)
    return title[:1].upper() + title[1:] if title else QCoreApplication.translate("ThemeEditing", "New theme")


class ThemeEditing(QObject):
    """Theme handlers of one window. ``last_scope`` remembers, per workshop, what was last suggested
    (None: the whole workshop; else a list of cells), for the fewer/more control.

    Args:
        context: what the feature may use of the window.
        edit_conclusion: opens the conclusions of a focus area (from a column's context menu).
    """

    def __init__(self, context: BoardContext, *, edit_conclusion: Callable[[str], object]):
        super().__init__(context.parent)
        self.context = context
        self.edit_conclusion = edit_conclusion
        self.granularity = 0.5
        self.last_scope: dict[str, list[tuple[str, str]] | None] = {}
        self.control: GranularityControl | None = None

    @property
    def project(self):
        return self.context.session.project

    @property
    def _scene(self):
        return self.context.scene

    def make_control(self, parent: QWidget) -> GranularityControl:
        self.control = GranularityControl(parent)
        self.control.set_granularity(self.granularity)
        self.control.changed.connect(self.set_granularity)
        return self.control

    # --- suggest -----------------------------------------------------------------------------
    def suggest_workshop(self) -> bool:
        return self.suggest(None)

    def suggest_area(self, area_id: str) -> bool:
        return self.suggest([(area_id, c.id) for c in self._scene.categories])

    def suggest_cell(self, area_id: str, category_id: str) -> bool:
        return self.suggest([(area_id, category_id)])

    def suggest(self, cells: list[tuple[str, str]] | None, *, granularity_step: bool = False) -> bool:
        """Propose themes for ``cells`` (the whole workshop when None) as one undoable step."""
        w = self.context
        if w.workshop_id is None or w.session is None or w.session.read_only:
            return False
        from workshop_app.theming.suggest import plan_proposal

        # The first proposal loads the clustering library (about a second): show that we work.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            proposal = plan_proposal(self.project, w.workshop_id, cells=cells, granularity=self.granularity)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not any(proposal.drafts.values()) and not self._has_proposals(proposal.drafts):
            # nothing to propose and nothing to replace: no empty step on the undo stack
            if proposal.notes == 0 and not any(
                self._scene.cells[c].note_ids for c in proposal.drafts if c in self._scene.cells
            ):
                message = QCoreApplication.translate(
                    "ThemeEditing", "No themes to suggest: there are no notes here yet."
                )
            elif proposal.notes == 0:
                message = QCoreApplication.translate(
                    "ThemeEditing", "No themes to suggest: every note here is already in one of your themes."
                )
            else:
                message = QCoreApplication.translate(
                    "ThemeEditing", "No themes to suggest: the notes here share too little to be grouped."
                )
            w.show_status(message, 8000)
            return False
        scope = (w.workshop_id, tuple(cells) if cells is not None else None)
        command = SuggestThemes(self.project, proposal, scope, granularity_step=granularity_step)
        if not w.run_edit(command):
            return False
        self.last_scope[w.workshop_id] = cells
        count = len(command.created)
        w.show_status(
            QCoreApplication.translate("ThemeEditing", "%n theme(s) proposed. Undo with Ctrl+Z.", None, count), 8000
        )
        w.refresh_actions()
        return True

    def _has_proposals(self, cells) -> bool:
        """True when one of ``cells`` shows a proposed (not the facilitator's own) theme."""
        return any(
            t.origin == "auto" and (t.focus_area_id, t.category_id) in cells for t in self._scene.themes.values()
        )

    def set_granularity(self, value: float) -> None:
        """The fewer/more control moved: re-propose at once for the last suggested scope."""
        self.granularity = max(0.0, min(1.0, value))
        if self.control is not None and abs(self.control.granularity - self.granularity) > 1e-6:
            self.control.set_granularity(self.granularity)
        w = self.context
        if w.workshop_id is None or w.workshop_id not in self.last_scope:
            w.show_status(
                QCoreApplication.translate("ThemeEditing", "The next suggestion will use this number of themes."), 5000
            )
            return
        self.suggest(self.last_scope[w.workshop_id], granularity_step=True)

    def fewer(self) -> None:
        self.set_granularity(round(self.granularity - 1 / STEPS, 3))

    def more(self) -> None:
        self.set_granularity(round(self.granularity + 1 / STEPS, 3))

    # --- grouping by hand ----------------------------------------------------------------------
    def dropped(self, drop) -> None:
        """The board reports cards or theme headers dropped (see BoardScene.grouping_dropped)."""
        w = self.context
        project = self.project
        if isinstance(drop, GroupDrop):
            if drop.kind == "new":
                target = project.notes.get(drop.target_note_id)
                ids = [drop.target_note_id, *[i for i in drop.note_ids if i != drop.target_note_id]]
                command = GroupNotes(project, w.workshop_id, drop.cell, title_from_text(target.text), ids)
                if w.run_edit(command):
                    self.rename(command.theme_id)  # the title is a guess: let the facilitator type
            elif drop.kind == "join":
                ids = [i for i in drop.note_ids if project.notes.get(i).theme_id != drop.theme_id]
                if ids:
                    w.run_edit(SetNotesTheme(project, ids, drop.theme_id))
            elif drop.kind == "ungroup":
                w.run_edit(SetNotesTheme(project, drop.note_ids, None))
        elif isinstance(drop, MergeDrop):
            self.merge(drop.target_id, drop.source_ids)
        elif isinstance(drop, ReorderDrop):
            cell = self._scene.cells[drop.cell]
            w.run_edit(ReorderThemes(project, self._scene.themes_in(cell), drop.order))

    def selected_themes(self) -> list[str]:
        return self._scene.selected_theme_ids() if self._scene is not None else []

    def current_theme(self) -> str | None:
        scene = self._scene
        if scene is None:
            return None
        if isinstance(scene.focusItem(), ThemeItem):
            return scene.focusItem().theme_id
        selected = self.selected_themes()
        return selected[0] if len(selected) == 1 else None

    def rename(self, theme_id: str | None = None) -> None:
        theme_id = theme_id or self.current_theme()
        item = self._scene.theme_items.get(theme_id) if theme_id and self._scene else None
        if item is None:
            return
        self.context.view.ensureVisible(item.sceneBoundingRect().adjusted(0, 0, 0, -max(0.0, item.height - 80)), 20, 20)
        self.context.view.edit_theme_title(item)

    def title_edited(self, theme_id: str, old: str, new: str) -> None:
        theme = self._scene.themes.get(theme_id) if self._scene else None
        if theme is not None and new.strip() and new != old:
            self.context.run_edit(UpdateTheme(self.project, theme, title=new.strip()))

    def edit_summary(self, theme_id: str | None = None) -> "SummaryDialog | None":
        theme_id = theme_id or self.current_theme()
        theme = self._scene.themes.get(theme_id) if theme_id and self._scene else None
        if theme is None:
            return None
        from workshop_app.gui.dialogs.theme_dialogs import SummaryDialog

        dialog = SummaryDialog(theme.title, theme.summary, self.context.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            current = self.project.themes.get(theme.id)
            if dialog.text() != current.summary:
                self.context.run_edit(UpdateTheme(self.project, current, summary=dialog.text()))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def set_summary(self, theme_id: str, text: str) -> bool:
        theme = self.project.themes.get(theme_id)
        return self.context.run_edit(UpdateTheme(self.project, theme, summary=text))

    def move_theme(self, theme_id: str, delta: int) -> None:
        scene = self._scene
        theme = scene.themes.get(theme_id)
        if theme is None:
            return
        cell = scene.cells[(theme.focus_area_id, theme.category_id)]
        order = list(cell.theme_ids)
        index = order.index(theme_id)
        new = index + delta
        if 0 <= new < len(order):
            order.insert(new, order.pop(index))
            self.context.run_edit(ReorderThemes(self.project, scene.themes_in(cell), order))

    def merge_selected(self) -> bool:
        scene = self._scene
        ids = self.selected_themes()
        themes = [scene.themes[i] for i in ids if i in scene.themes]
        cells = {(t.focus_area_id, t.category_id) for t in themes}
        if len(themes) < 2 or len(cells) != 1:
            self.context.show_status(
                QCoreApplication.translate(
                    "ThemeEditing", "Select two or more themes of one kind of note in one focus area to merge them."
                ),
                6000,
            )
            return False
        cell = scene.cells[cells.pop()]
        ordered = [i for i in cell.theme_ids if i in ids]
        # the facilitator's own theme keeps its title and summary; a proposal gives way to it
        target = next((i for i in ordered if scene.themes[i].origin != "auto"), ordered[0])
        return self.merge(target, [i for i in ordered if i != target])

    def merge(self, target_id: str, source_ids: list[str]) -> bool:
        """Merge themes into ``target_id`` as one step and say so (not the count of an earlier proposal)."""
        if not self.context.run_edit(MergeThemes(self.project, target_id, source_ids)):
            return False
        count, title = len(source_ids) + 1, self.project.themes.get(target_id).title
        message = QCoreApplication.translate(
            "ThemeEditing", "%n theme(s) merged into “%1”. Undo with Ctrl+Z.", None, count
        )
        self.context.show_status(message.replace("%1", title), 8000)
        return True

    def split_selected(self) -> bool:
        """Move the selected notes of one theme into a new theme right after it."""
        w = self.context
        notes = self._scene.selected_notes() if self._scene else []
        themes = {n.theme_id for n in notes}
        if not notes or len(themes) != 1 or None in themes:
            w.show_status(
                QCoreApplication.translate("ThemeEditing", "Select some notes of one theme to split them off."), 6000
            )
            return False
        theme = self._scene.themes[themes.pop()]
        cell = self._scene.cells[(theme.focus_area_id, theme.category_id)]
        position = theme.position + 1  # right after it: later themes move one down
        ordered = [i for i in cell.order if i in {n.id for n in notes}]
        first = self.project.notes.get(ordered[0])
        command = GroupNotes(
            self.project,
            w.workshop_id,
            (theme.focus_area_id, theme.category_id),
            title_from_text(first.text),
            ordered,
            position=position,
            text=QCoreApplication.translate("Commands", "Split theme"),
        )
        if w.run_edit(command):
            self.rename(command.theme_id)
            return True
        return False

    def dissolve(self, theme_ids: list[str] | None = None) -> bool:
        ids = theme_ids or self.selected_themes() or ([self.current_theme()] if self.current_theme() else [])
        if not ids:
            return False
        return self.context.run_edit(DissolveTheme(self.project, ids))

    # --- new notes, other workshops ------------------------------------------------------------
    def hint_for_new_note(self, note_id: str) -> str | None:
        """After a note is posted into a cell with themes: show on its card the theme it fits
        ("Fits in: <theme>"), never a dialog. Returns that theme's id (None: no hint)."""
        scene = self._scene
        item = scene.items_by_id.get(note_id) if scene is not None else None
        if item is None or item.note.theme_id or item.note.hidden:
            return None
        if not scene.cells[(item.note.focus_area_id, item.note.category_id)].theme_ids:
            return None  # the placement loads NumPy and SciPy: only where there is a theme to fit
        from workshop_app.theming.placement import place_notes

        try:
            theme_id = place_notes(self.project, self.context.workshop_id, [item.note]).get(note_id)
        except Exception:  # a hint is a nicety: never let it get in the way of posting
            log.exception("no theme hint for note %s", note_id)
            return None
        if theme_id and scene is self._scene and scene.set_theme_hint(note_id, theme_id):
            self.context.refresh_actions()
            return theme_id
        return None

    def hinted_note(self) -> str | None:
        """The card whose hint Ctrl+Shift+A accepts: the current card if it has one, else the newest."""
        scene = self._scene
        if scene is None:
            return None
        focus = scene.focusItem()
        if isinstance(focus, NoteItem) and focus.hint_theme_id:
            return focus.note_id
        hinted = scene.hinted_items()
        return hinted[-1].note_id if hinted else None

    def accept_hint(self, note_id: str | None = None) -> bool:
        """Put a note in the theme its card suggests: one undoable step."""
        scene = self._scene
        note_id = note_id or self.hinted_note()
        item = scene.items_by_id.get(note_id) if scene is not None and note_id else None
        if item is None or not item.hint_theme_id:
            return False
        theme_id = item.hint_theme_id
        if self.context.run_edit(SetNotesTheme(self.project, [note_id], theme_id)):
            scene.set_theme_hint(note_id, None)
            return True
        return False

    def place_new_notes(self) -> int:
        """Sort the loose notes into the themes that fit them best, as one undoable step."""
        w = self.context
        if w.workshop_id is None:
            return 0
        from workshop_app.theming.placement import place_notes

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            placements = place_notes(self.project, w.workshop_id)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not placements:
            w.show_status(QCoreApplication.translate("ThemeEditing", "No loose note fits a theme well enough."), 6000)
            return 0
        if w.run_edit(PlaceNotes(self.project, placements)):
            n = len(placements)
            w.show_status(
                QCoreApplication.translate("ThemeEditing", "%n note(s) sorted into themes. Undo with Ctrl+Z.", None, n),
                8000,
            )
            return len(placements)
        return 0

    def open_triage(self) -> "TriageDialog | None":
        """Themes → Sort notes…: the loose notes one at a time, decided from the keyboard."""
        w = self.context
        if w.workshop_id is None or w.session is None or w.session.read_only:
            return None
        from workshop_app.gui.triage import TriageContext, TriageDialog

        context = TriageContext(self.project, w.workshop_id, w.run_edit, w.session.stack(w.workshop_id), w.show_status)
        dialog = TriageDialog(context, title_from_text, w.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def use_starting_themes(self, source_id: str | None = None) -> "StartingThemesDialog | bool":
        """Offer another workshop's themes; with ``source_id`` apply them at once (tests, scripts)."""
        w = self.context
        if source_id is not None:
            return self.apply_starting_themes(source_id)
        from workshop_app.gui.dialogs.theme_dialogs import StartingThemesDialog

        dialog = StartingThemesDialog(self.project, w.workshop_id, w.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_starting_themes(dialog.source_id(), dialog.plan))
        dialog.open()
        return dialog

    def apply_starting_themes(self, source_id: str | None, plan=None) -> bool:
        w = self.context
        if not source_id or w.workshop_id is None:
            return False
        from workshop_app.theming.placement import plan_starting_themes

        if plan is None:
            plan = plan_starting_themes(self.project, source_id, w.workshop_id)
        if not plan.count:
            w.show_status(
                QCoreApplication.translate("ThemeEditing", "That workshop has no themes that this one lacks."), 6000
            )
            return False
        if w.run_edit(UseStartingThemes(self.project, w.workshop_id, plan)):
            n = plan.count
            w.show_status(
                QCoreApplication.translate("ThemeEditing", "%n theme(s) added. Undo with Ctrl+Z.", None, n), 8000
            )
            return True
        return False

    def show_lexicon(self):
        from workshop_app.gui.dialogs.lexicon_dialog import LexiconDialog

        dialog = LexiconDialog(self.context.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
