"""The theme entries of the board's context menu: rename, summary, order, merge, dissolve, split, and
themes and conclusions for an area or a cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from workshop_app.gui.board.cell_items import AreaHeaderItem, CellItem
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.theme_items import ThemeItem
from workshop_app.gui.commands.themes import SetNotesTheme
from workshop_app.gui.icons import icon

if TYPE_CHECKING:
    from workshop_app.gui.theme_editing import ThemeEditing


def add_theme_actions(themes: ThemeEditing, menu: QMenu, item) -> None:
    """Theme entries of the board's context menu for ``item`` (a theme, a card, a cell, a header)."""
    w = themes.context
    writable = w.session is not None and not w.session.read_only
    if isinstance(item, ThemeItem):
        theme_id = item.theme_id
        menu.addAction(
            icon("mdi6.rename-outline"),
            QCoreApplication.translate("ThemeEditing", "&Rename theme"),
            lambda: themes.rename(theme_id),
        )
        menu.addAction(
            icon("mdi6.text-box-edit-outline"),
            QCoreApplication.translate("ThemeEditing", "Write &summary…"),
            lambda: themes.edit_summary(theme_id),
        )
        menu.addSeparator()
        up = menu.addAction(
            icon("mdi6.arrow-up"),
            QCoreApplication.translate("ThemeEditing", "Move &up"),
            lambda: themes.move_theme(theme_id, -1),
        )
        down = menu.addAction(
            icon("mdi6.arrow-down"),
            QCoreApplication.translate("ThemeEditing", "Move &down"),
            lambda: themes.move_theme(theme_id, 1),
        )
        cell = item.parentItem()
        up.setEnabled(cell.theme_ids.index(theme_id) > 0)
        down.setEnabled(cell.theme_ids.index(theme_id) < len(cell.theme_ids) - 1)
        if len(themes.selected_themes()) > 1:
            menu.addAction(
                icon("mdi6.call-merge"),
                QCoreApplication.translate("ThemeEditing", "&Merge selected themes"),
                themes.merge_selected,
            )
        menu.addSeparator()
        menu.addAction(
            icon("mdi6.ungroup"),
            QCoreApplication.translate("ThemeEditing", "&Dissolve theme (notes stay)"),
            lambda: themes.dissolve([theme_id]),
        )
        for action in menu.actions():
            action.setEnabled(action.isEnabled() and writable)
    elif isinstance(item, NoteItem):
        if item.note.theme_id:
            menu.addAction(
                icon("mdi6.call-split"),
                QCoreApplication.translate("ThemeEditing", "Split into a &new theme"),
                themes.split_selected,
            ).setEnabled(writable)
            menu.addAction(
                icon("mdi6.ungroup"),
                QCoreApplication.translate("ThemeEditing", "&Take out of the theme"),
                lambda: w.run_edit(SetNotesTheme(themes.project, w.scene.selected_note_ids(), None)),
            ).setEnabled(writable)
    elif isinstance(item, AreaHeaderItem):
        area = item.area
        menu.addAction(
            icon("mdi6.auto-fix"),
            QCoreApplication.translate("ThemeEditing", "Suggest themes for “%1”").replace("%1", area.name),
            lambda: themes.suggest_area(area.id),
        ).setEnabled(writable)
        menu.addAction(
            icon("mdi6.text-box-check-outline"),
            QCoreApplication.translate("ThemeEditing", "Write &conclusions for “%1”…").replace("%1", area.name),
            lambda: themes.edit_conclusion(area.id),
        ).setEnabled(writable)
    elif isinstance(item, CellItem):
        area, category = item.area, item.category
        menu.addAction(
            icon("mdi6.auto-fix"),
            QCoreApplication.translate("ThemeEditing", "Suggest themes for this cell"),
            lambda: themes.suggest_cell(area.id, category.id),
        ).setEnabled(writable)
