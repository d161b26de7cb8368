"""The board: layout of areas and categories, hostile texts, tooltips, search, drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.hostile import HOSTILE_TEXTS
from workshop_app.gui.board.metrics import wrap_plain
from workshop_app.gui.board.view import tooltip_html
from workshop_app.gui.commands.workshops import AddFocusArea


def test_every_note_is_a_card_in_its_cell(window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    for i in range(30):
        project.notes.add(workshop.id, areas[i % 6].id, cats[i % 3].id, f"Lapp {i}")
    scene = window.scene
    assert len(scene.items_by_id) == 30
    for note in project.notes.list(workshop.id):
        item = scene.items_by_id[note.id]
        cell = item.parentItem()
        assert (cell.area.id, cell.category.id) == (note.focus_area_id, note.category_id)
        assert cell.rect().contains(item.mapToParent(item.card_rect()).boundingRect())
    # cards in one cell never overlap
    cell = scene.cells[(areas[0].id, cats[0].id)]
    rects = [scene.items_by_id[i].sceneBoundingRect().adjusted(3, 3, -3, -3) for i in cell.note_ids]
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_hostile_texts_show_as_plain_text_and_never_break_the_layout(window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    for text in HOSTILE_TEXTS:
        project.notes.add(workshop.id, areas[0].id, cats[0].id, text)
    scene = window.scene
    heights = {round(i.card_rect().height()) for i in scene.items_by_id.values()}
    assert len(heights) == 1  # elided to the same card size, 5,000 characters or not
    image = window.view.grab()  # paints every visible card
    assert not image.isNull()
    for item in scene.items_by_id.values():
        lines = item._text_lines()
        assert len(lines) <= scene.metrics.text_lines
        if item.note.text.startswith("<b>"):
            assert lines[0].startswith("<b>fet</b>")  # markup shown, not interpreted
    long_item = next(i for i in scene.items_by_id.values() if len(i.note.text) == 5000)
    assert long_item._text_lines()[-1].endswith("…")


def test_tooltip_shows_the_full_text_escaped():
    html = tooltip_html("<b>fet</b> & <script>")
    assert "&lt;b&gt;fet&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert "<b>" not in html


def test_wrap_keeps_line_breaks_and_elides():
    from PySide6.QtGui import QFont

    font = QFont()
    assert wrap_plain("ett\ntvå", font, 400, 4) == ["ett", "två"]
    lines = wrap_plain("ord " * 200, font, 100, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")


def test_eight_focus_areas_fit_a_projector_and_scroll_on_a_laptop(qtbot, window, project, workshop):
    window.run_edit(AddFocusArea(project, workshop.id, "Läkemedel"))
    window.run_edit(AddFocusArea(project, workshop.id, "Psykisk hälsa"))
    scene = window.scene
    assert len(scene.headers) == 8
    window.resize(1920, 1080)
    qtbot.wait(20)
    assert scene.sceneRect().width() <= window.view.viewport().width() + 1
    assert window.view.horizontalScrollBar().maximum() == 0
    window.resize(1366, 768)
    qtbot.wait(20)
    # every column keeps a readable width; what does not fit scrolls, nothing is cut off for good
    assert scene.column_width >= scene.metrics.column_min_width
    assert scene.sceneRect().width() >= 8 * scene.metrics.column_min_width


def test_search_dims_cards_that_do_not_match(qtbot, window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    a = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Tid för reflektion")
    b = project.notes.add(workshop.id, areas[1].id, cats[1].id, "Bemanning")
    window.actions["find"].trigger()
    assert window.search.hasFocus()
    window.search.setText("TID")
    items = window.scene.items_by_id
    assert items[a.id].opacity() == 1.0 and items[b.id].opacity() < 0.5
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.scene.focusItem() is items[a.id]
    window.search.clear()
    assert items[b.id].opacity() == 1.0


def test_escape_ends_the_search_and_gives_the_keyboard_back_to_the_note(qtbot, window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    other = project.notes.add(workshop.id, areas[1].id, cats[1].id, "Bemanning")
    window.actions["find"].trigger()
    window.search.setText("tid")
    assert window.scene.items_by_id[other.id].opacity() < 0.5
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.scene.items_by_id[other.id].opacity() == 1.0
    assert window.entry.text.hasFocus()


def test_drag_a_card_to_another_area_with_the_mouse(qtbot, window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Dra mig till Samverkan")
    view, scene = window.view, window.scene
    item = scene.items_by_id[note.id]
    start = view.mapFromScene(item.sceneBoundingRect().center())
    target_cell = scene.cells[(areas[2].id, cats[1].id)]
    end = view.mapFromScene(target_cell.scene_rect().center())
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    moved = project.notes.get(note.id)
    assert (moved.focus_area_id, moved.category_id) == (areas[2].id, cats[1].id)
    assert item.parentItem() is target_cell
    window.undo_action.trigger()
    assert project.notes.get(note.id).focus_area_id == areas[0].id


def test_context_menu_moves_and_colours(window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Meny")
    item = window.scene.items_by_id[note.id]
    pos = window.view.mapFromScene(item.sceneBoundingRect().center())
    menu = window.note_editing.context_menu(QPoint(pos))
    assert item.isSelected()
    titles = [a.text() for a in menu.actions()]
    assert "&Move to" in titles and "&Colour" in titles
    menu.close()
    window.note_editing.set_colour("#c5cae9")
    assert project.notes.get(note.id).colour == "#c5cae9"
    window.note_editing.move_selected(areas[5].id, cats[2].id)
    assert project.notes.get(note.id).focus_area_id == areas[5].id


def _scroll_to_the_middle(qtbot, window, project, workshop, notes=120):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    for i in range(notes):
        project.notes.add(workshop.id, areas[i % 2].id, cats[0].id, f"Lång kolumn {i}")
    view = window.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 600)
    bar.setValue(bar.maximum() // 2)
    return view, areas


def test_area_names_stay_at_the_top_when_the_board_is_scrolled(qtbot, window, project, workshop):
    import pytest
    from PySide6.QtGui import QColor

    view, areas = _scroll_to_the_middle(qtbot, window, project, workshop)
    bar = view.verticalScrollBar()
    bar.setValue(0)
    assert view.sticky_header() is None  # the real headers are in view
    bar.setValue(bar.maximum() // 2)
    sticky = view.sticky_header()
    assert sticky is not None
    headers = list(window.scene.headers.values())
    assert [h.area.id for h, _ in sticky.columns] == [a.id for a in areas]
    top = view.mapToScene(0, 0).y()
    assert sticky.rect.top() == pytest.approx(top, abs=0.5)
    for header, column in sticky.columns:  # the headers' own geometry, at the top of the viewport
        assert column.left() == header.x() and column.width() == header.boundingRect().width()
        assert column.top() == sticky.rect.top()
    # it is painted: each column's colour strip at the viewport's top, whatever is under it
    image = view.viewport().grab().toImage()
    m = window.scene.metrics
    for header in headers:
        point = view.mapFromScene(header.x() + header.boundingRect().width() / 2, top + m.pad * 0.4)
        assert image.pixelColor(point).name() == QColor(header.area.colour).name(), header.area.name
    # keyboard navigation does not hide a card under the band
    item = next(i for i in window.scene.ordered_items() if view.mapFromScene(i.sceneBoundingRect().topLeft()).y() > 0)
    bar.setValue(bar.value() + round(view.mapFromScene(item.sceneBoundingRect().topLeft()).y()) - 5)
    view.focus_note(item)
    assert view.mapFromScene(item.sceneBoundingRect().topLeft()).y() >= view._sticky_viewport_height()


def test_sticky_header_follows_zoom_and_horizontal_scroll(qtbot, window, project, workshop):
    import pytest

    view, areas = _scroll_to_the_middle(qtbot, window, project, workshop)
    view.set_zoom(2.5)  # wider than the window: the board scrolls sideways too
    qtbot.wait(50)
    hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    assert hbar.maximum() > 0
    vbar.setValue(vbar.maximum() // 2)
    hbar.setValue(hbar.maximum())
    sticky = view.sticky_header()
    assert sticky is not None
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert sticky.rect.left() == pytest.approx(visible.left()) and sticky.rect.width() == pytest.approx(visible.width())
    header, column = sticky.columns[-1]
    on_screen = view.mapFromScene(column.topLeft())
    assert on_screen.y() == 0 and on_screen.x() == view.mapFromScene(header.scenePos()).x()


def test_area_buttons_fit_their_text_in_the_content_rect_and_keep_the_number(qtbot, window):
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    window.resize(1366, 768)
    buttons = window.entry._area_group.buttons()
    qtbot.waitUntil(lambda: buttons[0].width() < 300)

    def check(button):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        assert button.fontMetrics().horizontalAdvance(button.text()) <= contents.width(), (button.text(), contents)
        number = button.full_text().split()[0]
        assert button.text().startswith(number) and not button.text().startswith("…")

    for button in buttons:
        check(button)
    elided = [b for b in buttons if b.text() != b.full_text()]
    assert elided and all(b.text().endswith("…") for b in elided)
    button = buttons[3]
    assert button.full_text() == "4 Hälsofrämjande och förebyggande"
    button.setChecked(True)
    button.setFocus()
    check(button)
    button.setFixedWidth(button.minimumSizeHint().width())  # as narrow as it gets
    check(button)
    assert button.text().startswith("4 ")


def test_sticky_header_is_repainted_when_the_columns_are_refitted(qtbot, window, project, workshop):
    """What is on screen (the window's backing store, not a fresh render) shows each area's colour
    strip over its column after the columns have moved under the band."""
    from PySide6.QtGui import QColor

    view, _ = _scroll_to_the_middle(qtbot, window, project, workshop)
    assert view.sticky_header() is not None
    headers = list(window.scene.headers.values())
    m = window.scene.metrics

    def on_screen_matches() -> bool:
        sticky = view.sticky_header()
        if sticky is None:
            return False
        shown = window.screen().grabWindow(window.winId()).toImage()
        for header in headers:
            point = view.mapFromScene(header.x() + header.boundingRect().width() / 2, sticky.rect.top() + m.pad * 0.4)
            at = view.viewport().mapTo(window, point) * shown.devicePixelRatio()
            if shown.pixelColor(at).name() != QColor(header.area.colour).name():
                return False
        return True

    qtbot.waitUntil(on_screen_matches)
    before = [header.x() for header in headers]
    # A new area narrows every column: they move under the band while their headers are out of
    # sight, and most of the band covers empty columns whose own items do not change.
    window.run_edit(AddFocusArea(project, workshop.id, "Läkemedel"))
    headers = list(window.scene.headers.values())
    assert [header.x() for header in headers[:6]] != before
    qtbot.waitUntil(on_screen_matches)
