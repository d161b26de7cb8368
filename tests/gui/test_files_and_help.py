"""File → Import / Export notes and Export report, Help → About, and error messages for them."""

from __future__ import annotations

import json

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import message_boxes
from workshop_app.gui.messages import describe


def test_export_report_action_opens_the_dialog_and_show_the_note_brings_it_up(window, project, workshop):
    from workshop_app.gui.board.editors import NoteEditor
    from workshop_app.gui.report_dialog import ReportDialog

    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    other = project.workshops.create("Annan workshop")
    note = project.notes.add(
        other.id,
        project.workshops.focus_areas(other.id)[2].id,
        project.workshops.categories(other.id)[1].id,
        "Ring Anna på 070-123 45 67",
    )
    project.notes.add(workshop.id, areas[0].id, cats[0].id, "Tid")
    assert window.actions["export_report"].isEnabled()
    window.actions["export_report"].trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.workshop_ids() == [workshop.id]
    dialog.noteRequested.emit(other.id, note.id)
    assert window.workshop_id == other.id
    item = window.scene.items_by_id[note.id]
    assert item.isSelected()
    assert isinstance(window.view.editor, NoteEditor) and window.view.editor.note_id == note.id
    window.view.editor.finish(save=False)
    dialog.close()


def test_report_dialog_is_translated_into_swedish(qtbot, project, workshop):
    from workshop_app.gui.i18n import install_translators
    from workshop_app.gui.report_dialog import ReportDialog

    install_translators("sv")
    dialog = ReportDialog(project, workshop.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exportera rapport"
    assert dialog.tabs.tabText(0) == "&Innehåll"
    assert dialog.export_button.text() == "&Exportera"
    sections = [dialog.section_list.item(i).text() for i in range(dialog.section_list.count())]
    assert "Slutsatser" in sections and "Bilaga: alla lappar" in sections


def test_import_a_csv_into_the_current_workshop(window, project, workshop, tmp_path):
    csv = tmp_path / "lappar.csv"
    csv.write_text(
        "focus_area,category,text\nEgenvård,möjlighet,Digitala möten\nSamverkan,hinder,Olika journalsystem\n",
        encoding="utf-8",
    )
    result = window.exchange.import_path(csv)
    assert result == [(workshop.title, 2)]
    texts = {n.text for n in project.notes.list(workshop.id)}
    assert texts == {"Digitala möten", "Olika journalsystem"}
    assert {i.note.text for i in window.scene.items_by_id.values()} == texts
    assert "2 notes imported" in window.statusBar().currentMessage()


def test_import_a_json_file_brings_its_workshop_and_a_bad_file_says_why(window, project, workshop, tmp_path):
    from workshop_app.exchange.json_format import export_json

    other = project.workshops.create("Från JSON")
    area = project.workshops.focus_areas(other.id)[0]
    cat = project.workshops.categories(other.id)[0]
    project.notes.add(other.id, area.id, cat.id, "Med i exporten")
    data = json.loads(export_json(project, [other]))
    data["workshops"][0]["title"] = "Importerad workshop"
    data["workshops"][0]["id"] = "x-" + data["workshops"][0]["id"]
    path = tmp_path / "w.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert window.exchange.import_path(path) is not None
    assert "Importerad workshop" in [window.workshop_combo.itemText(i) for i in range(window.workshop_combo.count())]
    bad = tmp_path / "bad.csv"
    bad.write_text("nothing,useful\n1,2\n", encoding="utf-8")
    assert window.exchange.import_path(bad) is None
    boxes = message_boxes(window)
    assert boxes and boxes[-1].text() == "The file could not be imported."


def test_export_notes_as_csv_and_json(window, project, workshop, tmp_path):
    area = project.workshops.focus_areas(workshop.id)[0]
    cat = project.workshops.categories(workshop.id)[0]
    project.notes.add(workshop.id, area.id, cat.id, 'Åtta <b>ord</b>, "citat"')
    written = window.exchange.export_path(tmp_path / "ut.csv")
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Åtta <b>ord</b>" in raw.decode("utf-8-sig")
    written = window.exchange.export_path(tmp_path / "ut.json")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["workshops"][0]["notes"][0]["text"] == 'Åtta <b>ord</b>, "citat"'
    assert window.exchange.export_path(tmp_path / "missing-folder" / "ut.csv") is None
    assert message_boxes(window)[-1].text() == "The file could not be saved."


def test_about_shows_the_version_and_the_licences(window):
    from workshop_app.version import app_version

    dialog = window.show_about()
    assert app_version() in dialog.version_label.text()
    licences = dialog.show_licences()
    text = licences.text.toPlainText()
    assert "Bitstream" in text and "Apache License" in text and "Material Design Icons" in text
    assert licences.text.isReadOnly()
    licences.close()
    dialog.close()


def test_report_and_file_errors_have_swedish_headlines(qapp):
    from workshop_app.gui.i18n import install_translators
    from workshop_app.report.errors import ReportError
    from workshop_app.storage.atomic import OutputFileError

    install_translators("sv")
    assert describe(ReportError("no workshop"))[0] == "Rapporten kunde inte skapas."
    assert describe(OutputFileError("read-only"))[0] == "Filen kunde inte sparas."
    assert QApplication.translate("Commands", "Suggest themes") == "Föreslå teman"


def test_shortcut_help_lists_every_command_that_has_a_key(qtbot, window):
    from workshop_app.gui.actions import HELP_KEYS_PROPERTY, typed_key

    box = window.show_shortcuts()
    text = box.text()
    native = QKeySequence.SequenceFormat.NativeText
    for action in (window.undo_action, window.redo_action, *window.actions.values()):
        listed = [QKeySequence(k) for k in action.property(HELP_KEYS_PROPERTY) or []]
        assert all(key in action.shortcuts() for key in listed), action.objectName()
        for key in listed:
            assert key.toString(native) in text, action.objectName()
        if any(typed_key(k) for k in action.shortcuts()):
            assert listed, action.objectName()  # every command that has a key people type
    assert "Alt+1" in text and "Shift+Enter" in text
    assert any(line.startswith("Ctrl+Z") and line.endswith(": Undo") for line in text.splitlines())
    assert "Ctrl+Y" in text and "/ New" not in text  # not the "New" key of multimedia keyboards
    assert "Ctrl+M: Move to" in text
    for key in ("Esc", "Shift+F10", "Menu key", "F2", "Del"):
        assert key in text
    box.close()
