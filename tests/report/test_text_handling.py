"""Units under the PDF: markup escaping, glyph fallbacks, right-to-left order, fixed texts."""

from __future__ import annotations

import subprocess
import sys

from workshop_app.report import bidi, fonts
from workshop_app.report.markup import clean, fallback, to_markup
from workshop_app.report.settings import SECTIONS, ReportSettings, load, save
from workshop_app.report.texts import TEXTS, texts_for


def test_markup_is_escaped_and_line_breaks_kept():
    covered = fonts.coverage()
    assert to_markup("a <b> & </para>\nny", covered) == "a &lt;b&gt; &amp; &lt;/para&gt;<br/>ny"


def test_invisible_characters_are_removed_visible_ones_kept():
    assert clean("a\tb\x00c\x1bd\u200de\ufe0ff\r\ng") == "a bcdef\ng"


def test_fallback_labels():
    covered = fonts.coverage()
    assert fallback("ok \U0001f389!", covered) == "ok [emoji: party popper]!"
    assert fallback("中文 x", covered) == "[U+4E2D U+6587] x"
    assert fallback("åäö ÅÄÖ é ß", covered) == "åäö ÅÄÖ é ß"


def test_hebrew_line_is_reversed_with_numbers_kept():
    assert bidi.visual_line("שלום עולם", "R") == "םלוע םולש"
    assert bidi.visual_line("שלום 123 עולם", "R") == "םלוע 123 םולש"
    # a Swedish sentence with one Hebrew word keeps its own order
    assert bidi.visual_line("ordet שלום betyder fred", "L") == "ordet םולש betyder fred"
    assert bidi.visual_line("(שלום)", "R") == "(םולש)"


def test_rtl_lines_break_in_logical_order():
    lines, base = bidi.visual_lines("אחד שתיים שלוש ארבע", 20, lambda s: len(s) * 2.0)
    assert base == "R"
    assert lines == ["םייתש דחא", "עברא שולש"]


def test_arabic_letters_are_joined():
    assert bidi.shape_arabic("سلام") == "\ufeb3\ufefc\ufee1"  # seen, lam-alef (final), meem
    assert bidi.shape_arabic("بيت") == "\ufe91\ufef4\ufe96"  # initial, medial, final
    assert bidi.shape_arabic("لا") == "\ufefb"  # lam-alef ligature
    assert bidi.shape_arabic("abc") == "abc"


def test_both_languages_have_every_text():
    assert TEXTS["sv"].keys() == TEXTS["en"].keys()
    sv = texts_for("sv")
    assert sv.count("note", 1) == "1 lapp" and sv.count("note", 3) == "3 lappar"
    assert texts_for("xx").language == "sv"


def test_settings_round_trip_and_tolerate_bad_values(project):
    settings = ReportSettings(title="T", include_names=True, sections=("summary", "appendix"), language="en")
    save(project, settings)
    assert load(project) == settings
    project.settings.set("report", {"title": 5, "language": "de", "sections": "x", "unknown": 1})
    loaded = load(project)
    assert loaded.title == "" and loaded.language is None and loaded.sections == SECTIONS


def test_importing_the_report_package_does_not_load_reportlab():
    code = "import sys, workshop_app.report; print('reportlab' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
