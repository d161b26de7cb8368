"""The Export report dialog: choices, saved texts, the personal-data step, the written file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.gui.dialogs.personal_data_dialog import PersonalDataDialog
from workshop_app.gui.report_dialog import DOCX, HTML, PDF, ReportDialog
from workshop_app.report import settings as report_settings
from workshop_app.report.privacy import PHONE, Finding


@pytest.fixture
def noted(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    project.notes.add(workshop.id, area.id, category.id, "Mer tid för samtal")
    return workshop


@pytest.fixture
def dialog(qtbot, project, noted):
    widget = ReportDialog(project, noted.id)
    qtbot.addWidget(widget)
    return widget


def test_defaults_follow_the_current_workshop(dialog, noted, project):
    other = project.workshops.create("Annan workshop")
    fresh = ReportDialog(project, noted.id)
    assert fresh.workshop_ids() == [noted.id]
    assert other.id not in fresh.workshop_ids()
    assert dialog.format() == PDF
    assert dialog.path_edit.text().endswith(".pdf")
    fresh.deleteLater()


def test_export_pdf_saves_the_texts_and_writes_the_file(dialog, project, tmp_path, qtbot):
    dialog.title_edit.setText("Rapport från Testby")
    dialog.organisation_edit.setText("Testby kommun")
    dialog.text_edits["summary"].setPlainText("Kort sammanfattning.")
    dialog.path_edit.setText(str(tmp_path / "rapport.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        written = dialog.export()
    assert written == tmp_path / "rapport.pdf"
    assert signal.args == [str(written)]
    assert written.read_bytes().startswith(b"%PDF")
    stored = report_settings.load(project)
    assert stored.title == "Rapport från Testby"
    assert stored.organisation == "Testby kommun"
    assert stored.summary == "Kort sammanfattning."


def test_export_html_and_leave_sections_out(dialog, tmp_path):
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(HTML))
    assert dialog.path_edit.text().endswith(".html")
    for i in range(dialog.section_list.count()):
        item = dialog.section_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "appendix":
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.path_edit.setText(str(tmp_path / "r.html"))
    written = dialog.export()
    text = written.read_text(encoding="utf-8")
    assert '<html lang="sv">' in text
    assert "Bilaga" not in text
    assert "appendix" not in report_settings.load(dialog.project).sections


def test_no_workshop_chosen_is_refused(dialog, tmp_path):
    dialog.workshop_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.path_edit.setText(str(tmp_path / "r.pdf"))
    assert dialog.export() is None
    assert not (tmp_path / "r.pdf").exists()
    assert dialog.findChild(object, "reportError") is not None


def test_unwritable_target_shows_the_reason(dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "missing" / "r.pdf"))
    assert dialog.export() is None
    box = dialog.findChild(object, "reportError")
    assert "does not exist" in box.informativeText()


def test_personal_data_is_confirmed_before_export(dialog, project, noted, tmp_path, monkeypatch):
    area = project.workshops.focus_areas(noted.id)[0]
    category = project.workshops.categories(noted.id)[0]
    risky = project.notes.add(noted.id, area.id, category.id, "Ring mig på 070-123 45 67")
    asked = []
    monkeypatch.setattr(dialog, "confirm_personal_data", lambda findings: asked.append(findings) or False)
    dialog.path_edit.setText(str(tmp_path / "r.pdf"))
    assert dialog.export() is None
    assert not (tmp_path / "r.pdf").exists()
    assert [f.note_id for f in asked[0]] == [risky.id]
    monkeypatch.setattr(dialog, "confirm_personal_data", lambda findings: True)
    assert dialog.export() == tmp_path / "r.pdf"


def test_personal_data_dialog_lists_findings_and_can_show_a_note(qtbot):
    finding = Finding("n1", "w1", PHONE, "070-123 45 67", 8, 21)
    box = PersonalDataDialog([finding], {"n1": "Ring mig 070-123 45 67"})
    qtbot.addWidget(box)
    assert box.list.count() == 1
    assert "070-123 45 67" in box.list.item(0).text()
    box.show_button.click()
    assert box.result() == 2 and box.chosen == finding


def test_personal_data_dialog_names_the_workshop_and_a_possible_number(qtbot):
    from workshop_app.report.privacy import PERSONAL_NUMBER

    findings = [
        Finding("n1", "w1", PERSONAL_NUMBER, "19450312-1234", 10, 23, certain=False),
        Finding("n2", "w2", PHONE, "070-123 45 67", 0, 13),
    ]
    texts = {"n1": "Patienten 19450312-1234 fick inte delta", "n2": "070-123 45 67 till anhörig"}
    box = PersonalDataDialog(findings, texts, workshop_titles={"w1": "Kungälv", "w2": "Ale"})
    qtbot.addWidget(box)
    first, second = box.list.item(0).text(), box.list.item(1).text()
    assert first.startswith("possible personal identity number: 19450312-1234") and "Kungälv: Patienten" in first
    assert second.startswith("phone number") and "Ale: 070" in second


def test_the_personal_data_check_names_the_workshop_when_the_report_covers_several(dialog, project, noted, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workshop_app.report import find_personal_data

    other = project.workshops.create("Kungälv")
    area = project.workshops.focus_areas(other.id)[0]
    category = project.workshops.categories(other.id)[0]
    project.notes.add(other.id, area.id, category.id, "Ring 070-123 45 67")
    fresh = ReportDialog(project, noted.id)
    qtbot.addWidget(fresh)
    for i in range(fresh.workshop_list.count()):
        fresh.workshop_list.item(i).setCheckState(Qt.CheckState.Checked)
    seen = []

    def look():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PersonalDataDialog) and w.isVisible())
        seen.append(box.list.item(0).text())
        box.reject()

    QTimer.singleShot(50, look)
    assert fresh.confirm_personal_data(find_personal_data(project, fresh.workshop_ids())) is False
    assert seen and "Kungälv: Ring" in seen[0]


def test_an_existing_report_is_replaced_only_when_the_facilitator_says_so(dialog, tmp_path, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"the report from last week")
    dialog.path_edit.setText(str(target))

    def answer(button):
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert "rapport.pdf" in box.text()
        box.button(button).click()

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.No))
    assert dialog.export() is None
    assert target.read_bytes() == b"the report from last week"

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Yes))
    assert dialog.export() == target
    assert target.read_bytes().startswith(b"%PDF")
    assert "rapport.pdf" in dialog.result_label.text()
    assert dialog.export() == target  # the same file again: no question this time


def test_the_default_project_suggests_a_folder_the_facilitator_can_find(qtbot, tmp_path):
    from workshop_app.paths import default_project_path
    from workshop_app.storage.project import Project

    path = default_project_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with Project.open(path, create=True) as project:
        project.workshops.create("Workshop i Ekeby")
        widget = ReportDialog(project, None)
        qtbot.addWidget(widget)
        suggested = widget.path_edit.text()
        widget.deleteLater()
    assert suggested.endswith(".pdf")
    assert not suggested.startswith(str(path.parent))


def test_the_dialog_ticks_the_workshops_of_the_last_report_again(qtbot, project, noted, tmp_path):
    """A report over several municipalities is made more than once: the choice is remembered."""
    other = project.workshops.create("Kungälv")
    third = project.workshops.create("Mölndal")
    first = ReportDialog(project, noted.id)
    qtbot.addWidget(first)
    assert first.workshop_ids() == [noted.id]
    for i in range(first.workshop_list.count()):
        if first.workshop_list.item(i).data(Qt.ItemDataRole.UserRole) == other.id:
            first.workshop_list.item(i).setCheckState(Qt.CheckState.Checked)
    first.path_edit.setText(str(tmp_path / "r.pdf"))
    assert first.export() is not None
    again = ReportDialog(project, noted.id)
    qtbot.addWidget(again)
    assert set(again.workshop_ids()) == {noted.id, other.id}
    elsewhere = ReportDialog(project, third.id)  # a workshop the last report did not cover
    qtbot.addWidget(elsewhere)
    assert elsewhere.workshop_ids() == [third.id]


def test_enter_in_the_personal_data_dialog_goes_back(qtbot):
    from PySide6.QtWidgets import QDialog

    finding = Finding("n1", "w1", PHONE, "070-123 45 67", 8, 21)
    box = PersonalDataDialog([finding], {"n1": "Ring mig 070-123 45 67"})
    qtbot.addWidget(box)
    box.show()
    assert box.back_button.isDefault() and not box.export_button.isDefault()
    assert not box.export_button.autoDefault()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.result() == QDialog.DialogCode.Rejected


def test_the_file_name_comes_from_the_workshop_and_follows_the_choices(dialog, project, noted, qtbot):
    from pathlib import Path

    from tests.gui.conftest import type_text

    assert Path(dialog.path_edit.text()).name == "Workshop i Testby.pdf"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(DOCX))
    assert Path(dialog.path_edit.text()).name == "Workshop i Testby.docx"
    dialog.title_edit.setText("Nära vård: Testby/Ale")
    assert Path(dialog.path_edit.text()).name == "Nära vård Testby Ale.docx"  # no ':' or '/' in a file name
    other = project.workshops.create("Ale")
    fresh = ReportDialog(project, noted.id)
    qtbot.addWidget(fresh)
    fresh.workshop_list.item(1).setCheckState(Qt.CheckState.Checked)  # two workshops, no report title
    assert Path(fresh.path_edit.text()).name == "Report.pdf"
    fresh.path_edit.clear()
    type_text(fresh.path_edit, "min-rapport.pdf")
    fresh.title_edit.setText("Ny titel")
    assert fresh.path_edit.text() == "min-rapport.pdf"  # what the user typed is kept
    assert other.id in fresh.workshop_ids()


def test_a_word_report_is_written_and_shown(project, noted, tmp_path, qtbot):
    shown = []
    dialog = ReportDialog(project, noted.id, open_file=lambda path: shown.append(path) or True)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(DOCX))
    dialog.path_edit.setText(str(tmp_path / "rapport.docx"))
    written = dialog.export()
    assert written == tmp_path / "rapport.docx" and shown == [written]
    assert written.read_bytes().startswith(b"PK")
    assert dialog.result_label.text() == f"Saved: {written}"
