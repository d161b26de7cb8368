"""Themes on the board: suggest (and fewer/more), group by hand, rename, summary, reorder, merge,
split, dissolve, sort in new notes, starting themes from another workshop, the word list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from tests.gui.conftest import type_text
from workshop_app.gui.board.editors import ThemeTitleEditor
from workshop_app.gui.board.theme_items import ThemeItem

NOTES = [
    "Ingen tid för samtal med brukaren",
    "Schemat är för tight, hinner inte",
    "Stress och tidsbrist hela dagen",
    "Hinner inte med dokumentationen på grund av tidspress",
    "Brist på personal på helgerna",
    "Underbemanning och många vikarier",
    "Svårt att rekrytera sjuksköterskor, personalbrist",
    "Journalsystemet krånglar hela tiden",
    "Datorn ligger nere och IT-strul varje dag",
    "Tekniken strular, felanmälan tar veckor",
]


@pytest.fixture
def cells(project, workshop):
    return project.workshops.focus_areas(workshop.id), project.workshops.categories(workshop.id)


@pytest.fixture
def noted(project, workshop, cells):
    """Ten obstacles in the first focus area and four possibilities in the second."""
    areas, cats = cells
    ids = [project.notes.add(workshop.id, areas[0].id, cats[1].id, text).id for text in NOTES]
    for text in NOTES[:4]:
        project.notes.add(workshop.id, areas[1].id, cats[0].id, text)
    return ids


def undo(window):
    window.undo_action.trigger()


def redo(window):
    window.redo_action.trigger()


def board_themes(window):
    return {tid: (item.theme.title, item.count) for tid, item in window.scene.theme_items.items()}


def drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def centre(view, item) -> QPoint:
    return view.mapFromScene(item.sceneBoundingRect().center())


def header_point(view, theme_item) -> QPoint:
    rect = theme_item.mapRectToScene(theme_item.header_rect())
    return view.mapFromScene(QPointF(rect.left() + rect.width() * 0.4, rect.center().y()))


# --- suggest -------------------------------------------------------------------------------------
def test_suggest_for_the_workshop_shows_groups_with_keywords_undo_and_redo(window, project, workshop, noted):
    scene = window.scene
    assert not scene.theme_items
    window.actions["suggest_themes"].trigger()
    themes = project.themes.list(workshop.id)
    assert themes and all(t.origin == "auto" for t in themes)
    assert set(scene.theme_items) == {t.id for t in themes}
    assert window.undo_action.text().endswith("Suggest themes")
    for theme in themes:
        item = scene.theme_items[theme.id]
        assert item.is_proposal and item.theme.keywords
        cell = item.parentItem()
        assert (cell.area.id, cell.category.id) == (theme.focus_area_id, theme.category_id)
        members = project.themes.member_ids(theme.id)
        assert item.count == len(members)
        frame = item.sceneBoundingRect()
        for note_id in members:  # the theme's cards sit inside its frame
            assert frame.contains(scene.items_by_id[note_id].sceneBoundingRect().center())
    grouped = {i for t in themes for i in project.themes.member_ids(t.id)}
    # the groups are meaningful: time notes together, not with the IT notes
    time_theme = project.notes.get(noted[0]).theme_id
    assert time_theme and time_theme != project.notes.get(noted[7]).theme_id
    before = board_themes(window)
    assert window.grab().width() > 0  # paints the frames and chips
    undo(window)
    assert project.themes.list(workshop.id) == [] and not scene.theme_items
    assert all(project.notes.get(i).theme_id is None for i in grouped)
    redo(window)
    assert board_themes(window) == before


def test_nothing_to_suggest_says_so_and_adds_no_undo_step(window, project, workshop, cells):
    areas, cats = cells
    project.notes.add(workshop.id, areas[0].id, cats[0].id, "Tolk behövs oftare")  # one note: no theme
    window.show_workshop(workshop.id)
    steps = window.undo_group.activeStack().count()
    assert window.theme_editing.suggest_workshop() is False
    assert window.undo_group.activeStack().count() == steps
    assert "share too little" in window.statusBar().currentMessage()
    project.themes.create(
        workshop.id, areas[0].id, cats[0].id, "Tolk", note_ids=[n.id for n in project.notes.list(workshop.id)]
    )
    assert window.theme_editing.suggest_workshop() is False
    assert "already in one of your themes" in window.statusBar().currentMessage()


def test_suggest_for_one_cell_from_its_context_menu(window, project, workshop, cells, noted):
    areas, cats = cells
    scene = window.scene
    cell = scene.cells[(areas[1].id, cats[0].id)]
    point = window.view.mapFromScene(cell.sceneBoundingRect().topLeft() + QPointF(20, 8))
    menu = window.note_editing.context_menu(point)
    action = next(a for a in menu.actions() if a.text() == "Suggest themes for this cell")
    menu.close()
    action.trigger()
    themes = project.themes.list(workshop.id)
    assert themes and {(t.focus_area_id, t.category_id) for t in themes} == {(areas[1].id, cats[0].id)}
    assert window.theme_editing.last_scope[workshop.id] == [(areas[1].id, cats[0].id)]


def test_suggest_for_a_focus_area_from_its_header(window, project, workshop, cells, noted):
    areas, cats = cells
    header = window.scene.headers[areas[0].id]
    menu = window.note_editing.context_menu(centre(window.view, header))
    action = next(a for a in menu.actions() if a.text().startswith("Suggest themes for “"))
    menu.close()
    action.trigger()
    assert {t.focus_area_id for t in project.themes.list(workshop.id)} == {areas[0].id}


def test_fewer_more_control_reproposes_and_merges_into_one_undo_step(window, project, workshop, noted):
    control = window.granularity_control
    window.theme_editing.suggest_workshop()
    stack = window.session.stack(workshop.id)
    steps = stack.count()
    counts = {}
    for value in (0, 10):
        control.slider.setValue(value)
        counts[value] = len(project.themes.list(workshop.id))
    assert counts[0] < counts[10]  # fewer, broader themes at 0; more, finer ones at 1
    control.fewer.click()
    assert window.theme_editing.granularity == pytest.approx(0.9)
    assert stack.count() == steps + 1  # every change since the suggestion: one step
    assert window.undo_action.text().endswith("Change the number of themes")
    after = board_themes(window)
    undo(window)
    assert len(project.themes.list(workshop.id)) == len(set(board_themes(window)))
    assert window.undo_action.text().endswith("Suggest themes")
    redo(window)
    assert board_themes(window) == after


def test_the_facilitators_themes_survive_a_proposal(window, project, workshop, cells, noted):
    areas, cats = cells
    own = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Vår egen", note_ids=noted[:2])
    window.theme_editing.suggest_workshop()
    assert project.themes.get(own.id).title == "Vår egen"
    assert project.themes.member_ids(own.id) == noted[:2]
    item = window.scene.theme_items[own.id]
    assert not item.is_proposal
    undo(window)
    assert project.themes.member_ids(own.id) == noted[:2]


# --- grouping by hand --------------------------------------------------------------------------------
def test_drop_a_card_on_a_card_makes_a_theme_named_after_it_and_editable(qtbot, window, project, workshop, noted):
    view, scene = window.view, window.scene
    a, b = scene.items_by_id[noted[1]], scene.items_by_id[noted[0]]
    drag(qtbot, view, centre(view, a), centre(view, b))
    themes = project.themes.list(workshop.id)
    assert len(themes) == 1 and themes[0].origin == "facilitator"
    assert themes[0].title == "Ingen tid för samtal med"
    assert set(project.themes.member_ids(themes[0].id)) == {noted[0], noted[1]}
    editor = view.editor
    assert isinstance(editor, ThemeTitleEditor) and editor.hasFocus()
    editor.selectAll()
    type_text(editor, "Tid för möten")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert project.themes.get(themes[0].id).title == "Tid för möten"
    assert scene.theme_items[themes[0].id].theme.title == "Tid för möten"
    undo(window)
    assert project.themes.get(themes[0].id).title == "Ingen tid för samtal med"
    undo(window)
    assert project.themes.list(workshop.id) == []
    assert project.notes.get(noted[0]).theme_id is None
    redo(window)
    assert set(project.themes.member_ids(themes[0].id)) == {noted[0], noted[1]}


def test_drop_on_a_theme_joins_and_drag_out_ungroups(qtbot, window, project, workshop, cells, noted):
    areas, cats = cells
    theme = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:2])
    view, scene = window.view, window.scene
    card = scene.items_by_id[noted[2]]
    drag(qtbot, view, centre(view, card), header_point(view, scene.theme_items[theme.id]))
    assert project.notes.get(noted[2]).theme_id == theme.id
    assert scene.theme_items[theme.id].count == 3
    # out of the theme into the loose area at the bottom of the cell
    cell = scene.cells[(areas[0].id, cats[1].id)]
    card = scene.items_by_id[noted[0]]
    loose = cell.mapToScene(QPointF(cell.width / 2, cell.height - 6))
    drag(qtbot, view, centre(view, card), view.mapFromScene(loose))
    assert project.notes.get(noted[0]).theme_id is None
    assert (
        scene.items_by_id[noted[0]].sceneBoundingRect().top() > scene.theme_items[theme.id].sceneBoundingRect().bottom()
    )
    undo(window)
    assert project.notes.get(noted[0]).theme_id == theme.id
    undo(window)
    assert project.notes.get(noted[2]).theme_id is None


def test_merge_selected_themes_and_by_dropping_a_header(qtbot, window, project, workshop, cells, noted):
    areas, cats = cells
    make = lambda title, ids: project.themes.create(workshop.id, areas[0].id, cats[1].id, title, note_ids=ids)  # noqa: E731
    t1, t2, t3 = make("Tid", noted[:2]), make("Stress", noted[2:4]), make("Personal", noted[4:6])
    scene = window.scene
    scene.theme_items[t1.id].setSelected(True)
    scene.theme_items[t2.id].setSelected(True)
    assert window.actions["merge_themes"].isEnabled()
    window.actions["merge_themes"].trigger()
    assert set(project.themes.member_ids(t1.id)) == set(noted[:4])
    assert t2.id not in scene.theme_items
    undo(window)
    assert project.themes.member_ids(t2.id) == noted[2:4]
    # drop the header of "Personal" on "Tid"
    view = window.view
    scene.clearSelection()
    drag(qtbot, view, header_point(view, scene.theme_items[t3.id]), header_point(view, scene.theme_items[t1.id]))
    assert set(project.themes.member_ids(t1.id)) == set(noted[:2] + noted[4:6])
    assert t3.id not in scene.theme_items
    undo(window)
    assert t3.id in scene.theme_items


def test_after_a_merge_the_status_bar_says_merged_not_the_old_proposal_count(window, project, workshop, noted):
    window.theme_editing.suggest_workshop()
    assert "proposed" in window.statusBar().currentMessage()
    scene = window.scene
    cell_themes = [
        t
        for t in project.themes.list(workshop.id)
        if t.focus_area_id == project.themes.list(workshop.id)[0].focus_area_id
        and t.category_id == project.themes.list(workshop.id)[0].category_id
    ]
    assert len(cell_themes) >= 2
    for theme in cell_themes[:2]:
        scene.theme_items[theme.id].setSelected(True)
    window.actions["merge_themes"].trigger()
    message = window.statusBar().currentMessage()
    assert "proposed" not in message
    assert "2 themes merged into" in message and project.themes.get(cell_themes[0].id).title in message


def test_merging_a_proposal_into_the_facilitators_theme_keeps_the_facilitators_title(
    window, project, workshop, cells, noted
):
    areas, cats = cells
    proposal = project.themes.create(
        workshop.id, areas[0].id, cats[1].id, "Tid och utrymme", note_ids=noted[:2], origin="auto"
    )
    own = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Ingen tid för samtal", note_ids=noted[2:4])
    scene = window.scene
    assert scene.theme_items[proposal.id].parentItem().theme_ids.index(proposal.id) == 0  # the proposal is first
    scene.theme_items[proposal.id].setSelected(True)
    scene.theme_items[own.id].setSelected(True)
    window.actions["merge_themes"].trigger()
    assert proposal.id not in scene.theme_items
    assert project.themes.get(own.id).title == "Ingen tid för samtal"
    assert set(project.themes.member_ids(own.id)) == set(noted[:4])


def test_split_selected_notes_into_a_new_theme_after_the_old(window, project, workshop, cells, noted):
    areas, cats = cells
    t1 = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Allt", note_ids=noted[:6])
    t2 = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Sist", note_ids=noted[6:7])
    scene = window.scene
    for note_id in noted[4:6]:
        scene.items_by_id[note_id].setSelected(True)
    assert window.theme_editing.split_selected()
    themes = project.themes.list(workshop.id)
    new = next(t for t in themes if t.id not in (t1.id, t2.id))
    assert set(project.themes.member_ids(new.id)) == set(noted[4:6])
    assert [t.id for t in themes] == [t1.id, new.id, t2.id]
    cell = scene.cells[(areas[0].id, cats[1].id)]
    assert cell.theme_ids == [t1.id, new.id, t2.id]
    window.view.editor.finish(save=False)
    undo(window)
    assert set(project.themes.member_ids(t1.id)) == set(noted[:6])
    assert [t.id for t in project.themes.list(workshop.id)] == [t1.id, t2.id]


def test_rename_with_f2_and_undo(qtbot, window, project, workshop, cells, noted):
    areas, cats = cells
    theme = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:2])
    scene, view = window.scene, window.view
    view.setFocus()
    scene.setFocusItem(scene.theme_items[theme.id])
    scene.theme_items[theme.id].setSelected(True)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.editor
    assert isinstance(editor, ThemeTitleEditor)
    editor.selectAll()
    type_text(editor, "Tid för samtal")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert project.themes.get(theme.id).title == "Tid för samtal"
    assert window.undo_action.text().endswith("Rename theme")
    undo(window)
    assert project.themes.get(theme.id).title == "Tid"


def test_rename_by_double_click_on_an_auto_theme_makes_it_the_facilitators(
    qtbot, window, project, workshop, cells, noted
):
    areas, cats = cells
    theme = project.themes.create(
        workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:2], origin="auto", keywords=("tid", "schema")
    )
    view = window.view
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=header_point(view, window.scene.theme_items[theme.id])
    )
    editor = view.editor
    assert isinstance(editor, ThemeTitleEditor)
    editor.setText("Tidsbrist")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert project.themes.get(theme.id).origin == "facilitator"
    assert not window.scene.theme_items[theme.id].is_proposal
    undo(window)
    assert project.themes.get(theme.id).origin == "auto"


def test_summary_dialog_and_typing_merges_into_one_step(qtbot, window, project, workshop, cells, noted):
    areas, cats = cells
    theme = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:2])
    window.scene.theme_items[theme.id].setSelected(True)
    dialog = window.theme_editing.edit_summary()
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.edit, "Tiden räcker inte.")
    dialog.accept()
    assert project.themes.get(theme.id).summary == "Tiden räcker inte."
    stack = window.session.stack(workshop.id)
    steps = stack.count()
    window.theme_editing.set_summary(theme.id, "Tiden räcker inte till samtal.")
    assert stack.count() == steps  # merged with the edit before
    undo(window)
    assert project.themes.get(theme.id).summary == ""


def test_reorder_with_move_down_and_by_dragging_a_header(qtbot, window, project, workshop, cells, noted):
    areas, cats = cells
    make = lambda title, ids: project.themes.create(workshop.id, areas[0].id, cats[1].id, title, note_ids=ids)  # noqa: E731
    t1, t2, t3 = make("Ett", noted[:1]), make("Två", noted[1:2]), make("Tre", noted[2:3])
    cell = window.scene.cells[(areas[0].id, cats[1].id)]
    window.theme_editing.move_theme(t1.id, 1)
    assert cell.theme_ids == [t2.id, t1.id, t3.id]
    assert [t.id for t in project.themes.list(workshop.id)] == [t2.id, t1.id, t3.id]
    assert window.scene.theme_items[t2.id].y() < window.scene.theme_items[t1.id].y()
    undo(window)
    assert cell.theme_ids == [t1.id, t2.id, t3.id]
    # drag "Tre" above "Ett": grab it by its header, drop it at the top of the cell
    view = window.view
    start = header_point(view, window.scene.theme_items[t3.id])
    top = window.scene.theme_items[t1.id].mapRectToScene(window.scene.theme_items[t1.id].header_rect())
    end = view.mapFromScene(QPointF(top.left() + top.width() * 0.4, top.top() - 4))
    drag(qtbot, view, start, QPoint(start.x(), end.y()))
    assert cell.theme_ids[0] == t3.id


def test_dissolve_keeps_the_notes_and_undo_brings_the_theme_back(window, project, workshop, cells, noted):
    areas, cats = cells
    theme = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:3])
    item = window.scene.theme_items[theme.id]
    menu = window.note_editing.context_menu(
        window.view.mapFromScene(item.sceneBoundingRect().topLeft() + QPointF(30, 8))
    )
    action = next(a for a in menu.actions() if a.text() == "&Dissolve theme (notes stay)")
    menu.close()
    action.trigger()
    assert theme.id not in window.scene.theme_items
    assert all(project.notes.get(i).theme_id is None for i in noted[:3])
    assert len(window.scene.items_by_id) == len(project.notes.list(workshop.id))
    undo(window)
    assert set(project.themes.member_ids(theme.id)) == set(noted[:3])


# --- new notes, other workshops ---------------------------------------------------------------------
def test_sort_in_new_notes_places_loose_notes_in_fitting_themes(window, project, workshop, cells, noted):
    areas, cats = cells
    time = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:4])
    project.themes.create(workshop.id, areas[0].id, cats[1].id, "IT-strul", note_ids=noted[7:10])
    window.post_note(areas[0].id, cats[1].id, "Vi hinner inte, schemat är fullt", "")
    new = project.notes.list(workshop.id)[-1]
    assert new.theme_id is None
    assert window.actions["place_notes"].isEnabled()
    window.actions["place_notes"].trigger()
    assert project.notes.get(new.id).theme_id == time.id
    assert window.undo_action.text().endswith("Sort in new notes")
    undo(window)
    assert project.notes.get(new.id).theme_id is None


def test_starting_themes_from_another_workshop(qtbot, window, project, workshop, cells, noted):
    areas, cats = cells
    project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:4])
    project.themes.create(workshop.id, areas[0].id, cats[1].id, "IT-strul", note_ids=noted[7:10])
    other = project.workshops.create("Workshop i Annanby")
    o_area = project.workshops.focus_areas(other.id)[0]
    o_cat = project.workshops.categories(other.id)[1]
    late = project.notes.add(other.id, o_area.id, o_cat.id, "Ingen tid, stressigt schema")
    window.show_workshop(other.id)
    assert window.actions["starting_themes"].isEnabled()
    dialog = window.theme_editing.use_starting_themes()
    assert dialog.source_id() == workshop.id
    assert dialog.info.text().startswith("2 themes will be offered")
    dialog.accept()
    titles = sorted(t.title for t in project.themes.list(other.id))
    assert titles == ["IT-strul", "Tid"]
    assert project.notes.get(late.id).theme_id is not None
    assert len(window.scene.theme_items) == 2
    undo(window)
    assert project.themes.list(other.id) == []
    redo(window)
    assert sorted(t.title for t in project.themes.list(other.id)) == ["IT-strul", "Tid"]


# --- word list -------------------------------------------------------------------------------------
def test_lexicon_dialog_writes_the_users_file(qtbot, window):
    from workshop_app.theming.lexicon import user_lexicon_path, workshop_lexicon

    dialog = window.theme_editing.show_lexicon()
    assert dialog.tree.topLevelItemCount() > 20
    path = user_lexicon_path()
    assert not path.exists()
    concept = dialog.concept_combo.itemData(1)
    dialog.concept_combo.setCurrentIndex(1)
    dialog.words.setText("dosett, Apodos")
    dialog.add_button.click()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#") and f"{concept} |" in text and "dosett, apodos" in text
    assert "dosett" in workshop_lexicon().terms(concept)
    dialog.concept_combo.setCurrentIndex(0)
    dialog.new_label.setText("Läkemedel")
    type_text(dialog.words, "läkemedelsgenomgång, dosdispensering")
    dialog.add_button.click()
    lexicon = workshop_lexicon()
    assert lexicon.label("USER_LAKEMEDEL") == "Läkemedel"
    assert "läkemedelsgenomgång" in lexicon.terms("USER_LAKEMEDEL")
    assert dialog.concept_combo.currentData() == "USER_LAKEMEDEL"
    dialog.words.setText("a | b")
    dialog.add_button.click()
    assert dialog.status.text().startswith("Not added")
    dialog.close()


def test_theme_items_say_what_they_are_without_colour(window, project, workshop, cells, noted):
    areas, cats = cells
    auto = project.themes.create(
        workshop.id,
        areas[0].id,
        cats[1].id,
        "Tid",
        note_ids=noted[:2],
        origin="auto",
        keywords=("tid", "schema", "stress"),
    )
    own = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Egen", note_ids=noted[2:3])
    items = window.scene.theme_items
    assert items[auto.id].accessible_text() == "Proposed theme: Tid, 2 notes (tid · schema · stress)"
    assert items[own.id].accessible_text() == "Theme: Egen, 1 note"
    assert isinstance(items[own.id], ThemeItem)


# --- "fits in" hint on a new note -------------------------------------------------------------------
def post_from_entry_bar(qtbot, window, area_index: int, cat_index: int, text: str) -> None:
    entry = window.entry
    entry._area_group.button(area_index).click()
    entry._category_group.button(1000 + cat_index).click()
    entry.text.setFocus()
    type_text(entry.text, text)
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)


def test_a_new_note_that_fits_a_theme_shows_a_hint_accepted_with_one_click(
    qtbot, window, project, workshop, cells, noted
):
    areas, cats = cells
    time = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:4])
    project.themes.create(workshop.id, areas[0].id, cats[1].id, "IT-strul", note_ids=noted[7:10])
    scene, view = window.scene, window.view
    post_from_entry_bar(qtbot, window, 0, 1, "Vi hinner inte, schemat är fullt")
    new = project.notes.list(workshop.id)[-1]
    item = scene.items_by_id[new.id]
    assert new.theme_id is None and item.hint_theme_id is None  # posting itself does not wait for it
    qtbot.waitUntil(lambda: item.hint_theme_id == time.id)
    assert "Fits in: Tid" in item.accessible_text()
    assert window.entry.text.hasFocus()  # no dialog, the next person can type
    assert window.actions["accept_hint"].isEnabled()
    view.ensureVisible(item.sceneBoundingRect())
    hint = item.mapRectToScene(item.hint_rect()).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(hint))
    assert project.notes.get(new.id).theme_id == time.id
    assert item.hint_theme_id is None
    assert scene.theme_items[time.id].count == 5
    assert window.undo_action.text().endswith("Add 1 note to the theme")
    undo(window)
    assert project.notes.get(new.id).theme_id is None
    redo(window)
    assert project.notes.get(new.id).theme_id == time.id


def test_the_hint_is_accepted_from_the_keyboard_and_not_offered_where_there_are_no_themes(
    qtbot, window, project, workshop, cells, noted
):
    areas, cats = cells
    time = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:4])
    scene = window.scene
    # a cell without themes: no hint (and no placement is run)
    post_from_entry_bar(qtbot, window, 1, 0, "Hinner inte med schemat")
    plain = scene.items_by_id[project.notes.list(workshop.id)[-1].id]
    post_from_entry_bar(qtbot, window, 0, 1, "Stress och ingen tid i schemat")
    new = project.notes.list(workshop.id)[-1]
    item = scene.items_by_id[new.id]
    qtbot.waitUntil(lambda: item.hint_theme_id == time.id)
    assert plain.hint_theme_id is None
    # renaming the theme renames the hint
    window.theme_editing.title_edited(time.id, "Tid", "Tidsbrist")
    assert item.hint_title == "Tidsbrist"
    qtbot.keyClick(
        window.entry.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert project.notes.get(new.id).theme_id == time.id
    assert not window.actions["accept_hint"].isEnabled()
    undo(window)
    assert project.notes.get(new.id).theme_id is None


# --- drop on a theme of another cell --------------------------------------------------------------
def test_drop_on_a_theme_of_another_cell_moves_the_note_into_it_in_one_step(
    qtbot, window, project, workshop, cells, noted
):
    areas, cats = cells
    theme = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:3])
    view, scene = window.view, window.scene
    other = [n for n in project.notes.list(workshop.id) if n.focus_area_id == areas[1].id][0]
    card = scene.items_by_id[other.id]
    depth = window.session.stack(workshop.id).count()
    drag(qtbot, view, centre(view, card), header_point(view, scene.theme_items[theme.id]))
    moved = project.notes.get(other.id)
    assert (moved.focus_area_id, moved.category_id, moved.theme_id) == (areas[0].id, cats[1].id, theme.id)
    assert window.session.stack(workshop.id).count() == depth + 1  # one undoable step
    assert window.undo_action.text().endswith("Move 1 note into the theme")
    assert scene.theme_items[theme.id].count == 4
    assert card.parentItem() is scene.cells[(areas[0].id, cats[1].id)]
    # dropped on a card of that theme works the same
    second = [n for n in project.notes.list(workshop.id) if n.focus_area_id == areas[1].id][0]
    drag(qtbot, view, centre(view, scene.items_by_id[second.id]), centre(view, scene.items_by_id[noted[0]]))
    assert project.notes.get(second.id).theme_id == theme.id
    undo(window)
    undo(window)
    back = project.notes.get(other.id)
    assert (back.focus_area_id, back.category_id, back.theme_id) == (areas[1].id, cats[0].id, None)
    assert scene.theme_items[theme.id].count == 3
    redo(window)
    assert project.notes.get(other.id).theme_id == theme.id


def test_drop_in_the_loose_area_of_another_cell_leaves_the_note_loose(qtbot, window, project, workshop, cells, noted):
    areas, cats = cells
    theme = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Tid", note_ids=noted[:3])
    view, scene = window.view, window.scene
    other = [n for n in project.notes.list(workshop.id) if n.focus_area_id == areas[1].id][0]
    cell = scene.cells[(areas[0].id, cats[1].id)]
    loose = cell.mapToScene(QPointF(cell.width / 2, cell.height - 6))
    drag(qtbot, view, centre(view, scene.items_by_id[other.id]), view.mapFromScene(loose))
    moved = project.notes.get(other.id)
    assert (moved.focus_area_id, moved.theme_id) == (areas[0].id, None)
    assert scene.theme_items[theme.id].count == 3
