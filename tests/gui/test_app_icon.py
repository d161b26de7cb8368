"""The app icon comes from the PNG renders of the SVG, at every size the desktop asks for."""

from __future__ import annotations

from PySide6.QtCore import QSize

from workshop_app.gui.app import app_icon


def test_the_app_icon_has_every_rendered_size(qapp):
    icon = app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256), (512, 512)} <= sizes
    image = icon.pixmap(QSize(48, 48)).toImage()
    assert image.width() == 48 and image.pixelColor(24, 24).alpha() > 0  # a picture, not an empty square
