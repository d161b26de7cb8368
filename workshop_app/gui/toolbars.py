"""The window's undo and redo commands and its two toolbars (the facilitator's, the themes')."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QToolBar, QWidget

from workshop_app.gui import actions as action_table
from workshop_app.gui.icons import icon


def undo_actions(window: QMainWindow, group: QUndoGroup) -> tuple[QAction, QAction]:
    """Undo and redo of the window's undo group (each workshop's stack joins it when shown)."""
    undo = group.createUndoAction(window, QCoreApplication.translate("MainWindow", "Undo"))
    redo = group.createRedoAction(window, QCoreApplication.translate("MainWindow", "Redo"))
    undo.setObjectName("action_undo")
    redo.setObjectName("action_redo")
    undo.setIcon(icon("mdi6.undo"))
    redo.setIcon(icon("mdi6.redo"))
    action_table.set_shortcuts(undo, (QKeySequence.StandardKey.Undo,))
    action_table.set_shortcuts(redo, (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
    undo.setProperty("helpName", QCoreApplication.translate("MainWindow", "Undo"))  # its text names the edit
    redo.setProperty("helpName", QCoreApplication.translate("MainWindow", "Redo"))
    window.addAction(undo)
    window.addAction(redo)
    return undo, redo


def facilitator_toolbar(
    window: QMainWindow,
    actions: Mapping[str, QAction],
    undo: QAction,
    redo: QAction,
    show_workshop: Callable[[str], None],
) -> tuple[QToolBar, QComboBox]:
    """The first row: the workshop switcher, its properties, undo and redo, the round's commands."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Facilitator"), window)
    bar.setObjectName("facilitatorToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    combo = QComboBox(bar)
    combo.setObjectName("workshopSwitcher")
    combo.setAccessibleName(QCoreApplication.translate("MainWindow", "Workshop"))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(18)
    combo.activated.connect(lambda index: show_workshop(combo.itemData(index)))
    label = QLabel(QCoreApplication.translate("MainWindow", "Workshop:"), bar)
    label.setBuddy(combo)
    bar.addWidget(label)
    bar.addWidget(combo)
    bar.addAction(actions["workshop_properties"])
    bar.addSeparator()
    bar.addAction(undo)
    bar.addAction(redo)
    bar.addSeparator()
    for name in ("hidden_round", "reveal", "show_list", "presentation", "open_intake"):
        bar.addAction(actions[name])
    # Undo and redo name the edit in their tooltips; as icons they leave room for the themes bar.
    for action in (undo, redo):
        bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar, combo


def themes_toolbar(
    window: QMainWindow, actions: Mapping[str, QAction], make_control: Callable[[QWidget], QWidget]
) -> tuple[QToolBar, QWidget]:
    """The second row: suggest themes, fewer ⟷ more, and the commands that sort notes into themes."""
    themes = QToolBar(QCoreApplication.translate("MainWindow", "Themes"), window)
    themes.setObjectName("themesToolbar")
    themes.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    themes.addAction(actions["suggest_themes"])
    control = make_control(themes)
    themes.addWidget(control)
    themes.addSeparator()
    for name in ("place_notes", "merge_themes", "split_theme", "starting_themes"):
        themes.addAction(actions[name])
    # a row of its own: the facilitator's toolbar already fills a laptop's width
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, themes)
    return themes, control
