"""Every icon the GUI names has its pre-rendered mask: a missing one loads qtawesome (about 150 ms)
before the first frame."""

from __future__ import annotations

from workshop_app.gui.icons import _mask_path, names_in_use


def test_every_icon_in_use_is_pre_rendered():
    names = names_in_use()
    assert "mdi6.lifebuoy" in names  # the templates' icons are found too
    missing = [name for name in names if not _mask_path(name).is_file()]
    assert missing == [], "render them with: python -m workshop_app.gui.icons"
