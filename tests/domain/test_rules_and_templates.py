"""Domain rules: which note texts are accepted, and what makes a template valid."""

from __future__ import annotations

import pytest

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import CATEGORY_KEYS
from workshop_app.domain.rules import MAX_NOTE_LENGTH, check_name, check_note_text
from workshop_app.domain.templates import Template


def test_note_text_is_returned_unchanged():
    text = "  <b>Tid</b>\tför samtal 😀\n"
    assert check_note_text(text) is text


def test_overlong_note_is_refused_with_its_length():
    with pytest.raises(ValidationError, match="at most 20,000 characters"):
        check_note_text("x" * (MAX_NOTE_LENGTH + 1))
    assert check_note_text("x" * 5000)


def test_names_are_trimmed_and_required():
    assert check_name("  Samverkan ", "focus area") == "Samverkan"
    with pytest.raises(ValidationError, match="The focus area needs a name"):
        check_name(" \t", "focus area")


def _template(**changes):
    data = {
        "name": "test",
        "focus_areas": [{"name": "Egenvård"}],
        "categories": [{"key": k, "name": k} for k in CATEGORY_KEYS],
    }
    data.update(changes)
    return data


def test_template_from_dict():
    template = Template.from_dict(_template())
    assert template.language == "sv" and template.focus_areas[0].name == "Egenvård"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"focus_areas": []}, "no focus areas"),
        ({"categories": [{"key": "possibility", "name": "möjlighet"}]}, "must have the categories"),
        ({"focus_areas": [{"description": "utan namn"}]}, "incomplete"),
    ],
)
def test_invalid_templates_are_refused(changes, message):
    with pytest.raises(ValidationError, match=message):
        Template.from_dict(_template(**changes))
