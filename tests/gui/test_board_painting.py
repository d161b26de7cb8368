"""What the board repaints, read back from the window's real backing store (not a fresh render).

Posting repaints only what changed (the new card, its cell's count), and a repaint skips the cards of
cells it does not touch. These tests check the screen still shows what it must: a card dragged out of
its cell is drawn where it is, and a cell's count follows a post.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
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
    end = view.mapFromScene(target.scene_rect().center())
    viewport = view.viewport()
    card = QRect(0, 0, 40, 20)
    card.moveCenter(end)
    before = region(on_screen(window, qtbot), window, viewport, card)

    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
    assert not target.scene_rect().intersects(item.parentItem().scene_rect())
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
    strip = cell.rect()
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


class PaintedRegion(QObject):
    """Collects the regions the board's viewport is asked to repaint."""

    def __init__(self, viewport):
        super().__init__()
        self.rects: list[QRect] = []
        viewport.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.extend(event.region())
        return False

    def area(self) -> int:
        return sum(r.width() * r.height() for r in self.rects)


def a_long_cell(project, workshop, notes: int = 40):
    """The board's first cell holds ``notes`` notes: it is taller than the view."""
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    with project.transaction():
        for i in range(notes):
            project.notes.add(workshop.id, areas[0].id, cats[0].id, f"Lapp {i} om tid för samtal")
    return areas[0], cats[0]


def scrolled_into_a_long_cell(window, qtbot, project, workshop, value: int):
    """A long first cell (:func:`a_long_cell`), the board scrolled down to ``value`` and painted;
    returns the vertical scroll bar."""
    area_and_category = a_long_cell(project, workshop)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400)
    bar.setValue(value)
    on_screen(window, qtbot)
    return bar, area_and_category


def test_scrolling_the_board_paints_only_what_comes_into_view(qtbot, window, project, workshop):
    bar, _ = scrolled_into_a_long_cell(window, qtbot, project, workshop, 200)
    view = window.view
    painted = PaintedRegion(view.viewport())

    bar.setValue(260)
    qtbot.wait(50)

    full = view.viewport().width() * view.viewport().height()
    area = painted.area()
    assert 0 < area < full / 3  # the strip that came into view (and the area names' band), not all
    assert on_screen_viewport(window, qtbot) == view.viewport().grab().toImage().convertToFormat(
        QImage.Format.Format_RGB32
    )


def on_screen_viewport(window, qtbot) -> QImage:
    viewport = window.view.viewport()
    return region(on_screen(window, qtbot), window, viewport, viewport.rect()).convertToFormat(
        QImage.Format.Format_RGB32
    )


def test_posting_into_a_long_cell_repaints_little_and_leaves_no_stale_pixels(qtbot, window, project, workshop):
    """Posts that start a new row of cards grow the row and scroll to the card: the screen must
    then show exactly what a fresh paint of the board shows, while far less than the whole view
    was repainted."""
    area, category = a_long_cell(project, workshop)
    view, scene = window.view, window.scene
    window.entry.select(area.id, category.id)
    cell = scene.cells[(area.id, category.id)]
    full = view.viewport().width() * view.viewport().height()
    type_text(window.entry.text, "Den första")
    qtbot.keyClick(window.entry.text, Qt.Key.Key_Return)  # scrolls down to the end of the cell
    on_screen(window, qtbot)
    grew, repainted = 0, 0
    for i in range(8):
        height = cell.height
        painted = PaintedRegion(view.viewport())
        type_text(window.entry.text, f"Lapp nummer {i} vid skärmen")
        qtbot.keyClick(window.entry.text, Qt.Key.Key_Return)
        shown = on_screen_viewport(window, qtbot)
        area = painted.area()
        assert shown == view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32), i
        if cell.height > height:
            grew += 1
            repainted += area > full / 2  # else: the new row, the names' band and the moved border
    # at most once, the row outgrew the room its cells keep below them (new bounds: all repainted)
    assert grew >= 3 and repainted <= 1


def worst_difference(a: QImage, b: QImage) -> int:
    """The largest difference of one colour channel between two images of the same size."""
    import numpy

    def channels(image: QImage):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        return (
            numpy.frombuffer(image.constBits(), numpy.uint8).reshape(image.height(), image.bytesPerLine()).astype(int)
        )

    return int(numpy.abs(channels(a) - channels(b)).max())


def test_posting_and_scrolling_at_another_zoom_and_in_high_contrast_leave_no_stale_pixels(
    qtbot, window, project, workshop
):
    """The cells' border strips, the growing room and the names' band at a fractional zoom, on
    black: a stale border or strip would differ by most of the scale; a repainted strip's edge
    may round one step differently from a fresh paint of the whole view."""
    area, category = a_long_cell(project, workshop)
    view = window.view
    window.actions["high_contrast"].trigger()
    view.set_zoom(1.15)
    window.entry.select(area.id, category.id)
    for i in range(5):
        type_text(window.entry.text, f"Lapp {i} i hög kontrast")
        qtbot.keyClick(window.entry.text, Qt.Key.Key_Return)
        assert worst_difference(on_screen_viewport(window, qtbot), view.viewport().grab().toImage()) <= 1, i
    bar = view.verticalScrollBar()
    for value in (bar.value() - 130, bar.value() - 377):
        bar.setValue(value)
        assert worst_difference(on_screen_viewport(window, qtbot), view.viewport().grab().toImage()) <= 1, value


def painted_afresh(view) -> QImage:
    """The viewport painted with nothing cached: every card drawn again, not from its pixmap."""
    from PySide6.QtGui import QPixmapCache

    QPixmapCache.clear()  # the cards' device coordinate caches live there
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_switching_high_contrast_on_and_off_repaints_the_cards(qtbot, window, project, workshop):
    """Each switch must redraw the cards in the new look, not show their cached pixmaps of the
    old one (the cards' sizes do not change with the colours)."""
    a_long_cell(project, workshop, notes=6)
    view = window.view
    for step in range(3):
        window.actions["high_contrast"].trigger()
        assert window.scene.high_contrast == (step % 2 == 0)
        assert worst_difference(on_screen_viewport(window, qtbot), painted_afresh(view)) <= 1, step


def test_a_narrower_window_refits_the_columns_without_leaving_stale_pixels(qtbot, window, project, workshop):
    """Scrolled down, the window is made narrower: the columns are refitted to the new width (the
    cards get narrower, a horizontal scroll bar appears) and the view scrolls back to the left;
    the screen must show what a fresh paint shows, no strip of the cards as they were."""
    scrolled_into_a_long_cell(window, qtbot, project, workshop, 100)
    view = window.view
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().isVisible())
    assert worst_difference(on_screen_viewport(window, qtbot), view.viewport().grab().toImage()) <= 1


def test_deleting_moving_and_undoing_leave_no_stale_pixels(qtbot, window, project, workshop):
    """Scrolled into a long cell: deleting notes shrinks the cell and its row (the rows below move
    up, the view may scroll back), undo and redo grow and shrink it again, and notes moved to a
    cell of another row shrink one row and grow the other; zoomed out until the board is smaller
    than the view, the rest of the viewport is painted too."""
    bar, (area, category) = scrolled_into_a_long_cell(window, qtbot, project, workshop, 0)
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    for i in range(4):
        project.notes.add(workshop.id, areas[1].id, cats[2].id, f"Lapp {i} längre ner")
    view, scene = window.view, window.scene
    cell = scene.cells[(area.id, category.id)]

    def select(note_ids):
        scene.clearSelection()
        for note_id in note_ids:
            scene.items_by_id[note_id].setSelected(True)

    def assert_fresh(step):
        assert worst_difference(on_screen_viewport(window, qtbot), view.viewport().grab().toImage()) <= 1, step

    bar.setValue(bar.maximum())
    on_screen(window, qtbot)
    height = cell.height
    select(cell.order[-1:])  # a row of cards less: the cell keeps its bounds, its border moves up
    window.actions["delete_notes"].trigger()
    assert cell.height < height
    assert_fresh("delete one")
    window.undo_action.trigger()
    assert_fresh("undo one")
    select(cell.order[-25:])
    window.actions["delete_notes"].trigger()
    assert cell.height < height
    assert_fresh("delete")
    window.undo_action.trigger()
    assert cell.height == height
    assert_fresh("undo")
    window.redo_action.trigger()
    assert_fresh("redo")
    window.undo_action.trigger()
    bar.setValue(300)
    select(cell.order[:20])
    window.note_editing.move_selected(areas[1].id, cats[2].id)
    assert len(scene.cells[(areas[1].id, cats[2].id)].note_ids) == 24
    assert_fresh("move")
    window.undo_action.trigger()
    assert_fresh("undo move")
    for step in range(8):
        view.zoom_out()
        assert_fresh(f"zoom out {step}")
    assert scene.sceneRect().height() * view.transform().m22() < view.viewport().height()
