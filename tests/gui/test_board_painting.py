"""What the board repaints, read back from the window's real backing store (not a fresh render).

Posting repaints only what changed (the new card, its cell's count), and a repaint skips the cards of
cells it does not touch. These tests check the screen still shows what it must: a card dragged out of
its cell is drawn where it is, and a cell's count follows a post.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage

from tests.gui.conftest import type_text


def on_screen(window, qtbot) -> QImage:
    """The window's pixels as last painted (the offscreen platform reads its backing store)."""
    qtbot.wait(50)  # let queued repaints run
    return window.screen().grabWindow(window.winId()).toImage()


def region(image: QImage, window, widget, rect: QRect) -> QImage:
    top_left = widget.mapTo(window, rect.topLeft())
    return image.copy(QRect(top_left, rect.size()))


def test_a_card_dragged_out_of_its_cell_is_drawn_where_it_is(qtbot, window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Dras över ett annat fokusområde")
    view, scene = window.view, window.scene
    item = scene.items_by_id[note.id]
    start = view.mapFromScene(item.sceneBoundingRect().center())
    target = scene.cells[(areas[2].id, cats[1].id)]
    end = view.mapFromScene(target.sceneBoundingRect().center())
    viewport = view.viewport()
    card = QRect(0, 0, 40, 20)
    card.moveCenter(end)
    before = region(on_screen(window, qtbot), window, viewport, card)

    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
    assert not target.sceneBoundingRect().intersects(item.parentItem().sceneBoundingRect())
    during = region(on_screen(window, qtbot), window, viewport, card)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    assert during != before  # the card is painted over the other cell while it is dragged


def test_posting_updates_the_count_in_the_cell_header(qtbot, window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    window.resize(2600, 900)  # columns wide enough for two cards side by side
    view, scene = window.view, window.scene
    qtbot.waitUntil(lambda: scene.column_width * view.transform().m11() > 400)
    cell = scene.cells[(areas[0].id, cats[0].id)]

    def rows() -> list[float]:
        return [scene.items_by_id[i].y() for i in cell.note_ids]

    for i in range(10):  # until one card starts a second row: the next one fits beside it
        project.notes.add(workshop.id, areas[0].id, cats[0].id, f"Lapp {i}")
        if len(set(rows())) == 2:
            break
    assert len(set(rows())) == 2 and rows().count(rows()[-1]) == 1
    count = len(cell.note_ids)
    height = cell.height
    strip = cell.boundingRect()
    strip.setHeight(scene.metrics.cell_header_height)
    header = view.mapFromScene(cell.mapRectToScene(strip)).boundingRect()
    window.entry.select(areas[0].id, cats[0].id)
    assert (window.entry.area_id, window.entry.category_id) == (areas[0].id, cats[0].id)
    before = region(on_screen(window, qtbot), window, view.viewport(), header)

    type_text(window.entry.text, "Den fjärde lappen")
    qtbot.keyClick(window.entry.text, Qt.Key.Key_Return)

    assert len(cell.note_ids) == count + 1 and cell.height == height
    after = region(on_screen(window, qtbot), window, view.viewport(), header)
    assert after != before  # the count in the header went up by one on screen
