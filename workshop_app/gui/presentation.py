"""Running the room: presentation mode (full screen, large, facilitator controls hidden), zoom, contrast."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from workshop_app.gui.context import BoardContext

TITLE_FONT = 1.25
"""The workshop's title over the board, relative to the window's font (times the presentation scale)."""


class Presentation:
    """Presentation mode hides the menus and the toolbar (Ctrl+Shift+M shows them), goes full
    screen and shows the board at its own, larger zoom; Ctrl +/− changes the zoom of the mode
    you are in and it is remembered."""

    def __init__(
        self,
        context: BoardContext,
        *,
        controls: Callable[[], list[QWidget]],
        status_bar: QWidget,
        room_widgets: Callable[[float], None],
        show_list: Callable[[bool], None],
    ):
        """
        Args:
            context: what the feature may use of the window.
            controls: the facilitator's controls (menu bar, toolbars) that presentation mode hides.
            status_bar: the window's status bar (hidden with the controls in presentation mode).
            room_widgets: scales the widgets the room reads (round timer, workshop title) to a zoom.
            show_list: shows the list of notes (True) or the board (False) in the window.
        """
        self.context = context
        self._controls = controls
        self._status_bar = status_bar
        self._scale_widgets = room_widgets
        self._show_list = show_list
        self.active = False
        self.controls_visible = True
        self.list_hidden = True
        self._was_maximized = False
        self._area_keys: list[QAction] = []

    # --- mode --------------------------------------------------------------------------------
    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, active: bool) -> None:
        w = self.context
        if active == self.active:
            return
        self.active = active
        if active:
            self._was_maximized = w.parent.isMaximized()
            w.parent.showFullScreen()
        elif self._was_maximized:
            w.parent.showMaximized()
        else:
            w.parent.showNormal()
        self._show_controls(not active)
        w.view.set_room(active)
        self._enable_area_keys(active)
        w.view.set_zoom(self.zoom_for_mode())
        self._scale_room_widgets()
        w.parent.setProperty("presentation", active)
        w.entry.text.setFocus(Qt.FocusReason.OtherFocusReason)
        w.refresh_actions()
        w.show_status(
            QCoreApplication.translate(
                "MainWindow", "Presentation mode: F11 to leave, Ctrl+Shift+M for the facilitator controls."
            )
            if active
            else "",
            6000,
        )

    # --- one focus area at a time (keys 1–9 on the board) ----------------------------------
    def _enable_area_keys(self, on: bool) -> None:
        """Keys 1–9 show one focus area, 0 (or Esc while an area is shown) the whole board again.
        They are the board's own shortcuts, active only while the board has the keyboard focus
        (Ctrl+B), so digits typed in the entry bar stay text, and they exist only in presentation
        mode; Esc on the whole board keeps its meaning (back to the note field)."""
        view = self.context.view
        if on and not self._area_keys:
            for key in range(10):
                self._area_keys.append(
                    self._board_key(
                        view, f"action_room_area_{key}", QKeySequence(str(key)), lambda k=key: self.area_key(k)
                    )
                )
            self._area_keys.append(
                self._board_key(
                    view, "action_room_whole_board", QKeySequence(Qt.Key.Key_Escape), lambda: self.show_area(None)
                )
            )
            view.room_area_changed.connect(self._sync_area_keys)
        self._sync_area_keys()

    @staticmethod
    def _board_key(view, name: str, key: QKeySequence, handler) -> QAction:
        action = QAction(view)
        action.setObjectName(name)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: handler())
        view.addAction(action)
        return action

    def _sync_area_keys(self) -> None:
        scene = self.context.scene
        one_area = self.active and scene is not None and scene.room is not None and scene.room.area is not None
        for action in self._area_keys:
            action.setEnabled(self.active and (one_area or action.objectName() != "action_room_whole_board"))

    def area_key(self, key: int) -> None:
        """Key ``key`` in presentation mode: 1–9 show that area (again: the whole board), 0 the whole board."""
        scene = self.context.scene
        if scene is None or scene.room is None:
            return
        index = key - 1 if key else None
        self.show_area(None if index == scene.room.area else index)

    def show_area(self, index: int | None) -> bool:
        """Fill the screen with focus area ``index`` (0-based) or, with None, show the whole board."""
        scene = self.context.scene
        return scene is not None and scene.show_room_area(index)

    def toggle_controls(self) -> None:
        self._show_controls(not self.controls_visible)
        self.context.refresh_actions()

    def _show_controls(self, visible: bool) -> None:
        self.controls_visible = visible
        for widget in self._controls():
            widget.setVisible(visible)
        self._status_bar.setVisible(visible or not self.active)

    # --- zoom and contrast -------------------------------------------------------------------
    def zoom_for_mode(self) -> float:
        prefs = self.context.prefs
        return prefs.presentation_zoom if self.active else prefs.zoom

    def entry_scale(self) -> float:
        """How large the entry bar and the round timer are: the presentation zoom in presentation
        mode (participants type and watch the time at the projector), their normal size otherwise
        (each caps it at its own maximum)."""
        return self.context.prefs.presentation_zoom if self.active else 1.0

    def _scale_room_widgets(self) -> None:
        """The entry bar, the round timer and the workshop's title follow the presentation zoom."""
        scale = self.entry_scale()
        self.context.entry.set_scale(scale)
        self._scale_widgets(scale)

    def zoom_in(self) -> None:
        self.context.view.zoom_in()

    def zoom_out(self) -> None:
        self.context.view.zoom_out()

    def zoom_reset(self) -> None:
        self.context.view.set_zoom(1.4 if self.active else 1.0)

    def zoom_changed(self, zoom: float) -> None:
        prefs = self.context.prefs
        if self.active:
            prefs.presentation_zoom = zoom
            self._scale_room_widgets()
        else:
            prefs.zoom = zoom
        self.context.show_status(
            QCoreApplication.translate("MainWindow", "Zoom %1 %").replace("%1", str(round(zoom * 100))), 2000
        )

    def toggle_high_contrast(self) -> None:
        w = self.context
        w.prefs.high_contrast = not w.prefs.high_contrast
        if w.scene is not None:
            w.scene.set_look(high_contrast=w.prefs.high_contrast)
        w.entry.set_high_contrast(w.prefs.high_contrast)
        w.refresh_actions()

    # --- list view ---------------------------------------------------------------------------
    def toggle_list(self) -> None:
        if self.context.workshop_id is None:
            return
        self.list_hidden = not self.list_hidden
        self._show_list(not self.list_hidden)
        self.context.refresh_actions()
