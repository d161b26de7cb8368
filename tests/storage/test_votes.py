"""Dot voting in the project file: limits per voter and per theme, idempotent requests, rounds."""

from __future__ import annotations

import json

import pytest

from workshop_app.domain.errors import NotFoundError, ValidationError
from workshop_app.domain.voting import PAPER, phone_voter, ranked
from workshop_app.exchange.importer import import_file
from workshop_app.exchange.json_format import export_dict, export_json
from workshop_app.storage.project import Project

PHONE_A = phone_voter("a" * 20)
PHONE_B = phone_voter("b" * 20)


@pytest.fixture
def themes(three_themes):
    return three_themes


def test_a_voter_has_n_dots_and_at_most_m_on_one_theme(project, workshop, themes):
    round_, _ = project.votes.start(workshop.id, 3, 2)
    project.votes.add(round_.id, themes[0].id, PHONE_A)
    project.votes.add(round_.id, themes[0].id, PHONE_A)
    with pytest.raises(ValidationError, match="At most 2 dots"):
        project.votes.add(round_.id, themes[0].id, PHONE_A)
    project.votes.add(round_.id, themes[1].id, PHONE_A)
    with pytest.raises(ValidationError, match="All 3 dots"):
        project.votes.add(round_.id, themes[2].id, PHONE_A)
    # another phone has dots of its own
    project.votes.add(round_.id, themes[2].id, PHONE_B)
    assert project.votes.totals(round_.id) == {themes[0].id: 2, themes[1].id: 1, themes[2].id: 1}
    assert project.votes.voter_dots(round_.id, PHONE_A) == {themes[0].id: 2, themes[1].id: 1}
    assert project.votes.voters(round_) == 2
    # removing frees a dot
    project.votes.remove(round_.id, themes[0].id, PHONE_A)
    project.votes.add(round_.id, themes[2].id, PHONE_A)
    assert project.votes.totals(round_.id)[themes[2].id] == 2


def test_the_max_per_theme_defaults_to_the_dots(project, workshop, themes):
    round_, _ = project.votes.start(workshop.id, 2)
    assert round_.max_per_theme == 2 and not round_.revealed and round_.open
    with pytest.raises(ValidationError):
        project.votes.start(workshop.id, 2, 3)
    with pytest.raises(ValidationError):
        project.votes.start(workshop.id, 0)


def test_paper_tallies_have_no_limits(project, workshop, themes):
    round_, _ = project.votes.start(workshop.id, 1, extra_voters=7)
    for _ in range(5):
        project.votes.add(round_.id, themes[0].id, PAPER)
    assert project.votes.totals(round_.id) == {themes[0].id: 5}
    assert project.votes.voters(project.votes.get_round(round_.id)) == 7


def test_retried_requests_change_nothing(project, workshop, themes):
    round_, _ = project.votes.start(workshop.id, 3)
    first = project.votes.add(round_.id, themes[0].id, PHONE_A, request_id="r1")
    again = project.votes.add(round_.id, themes[0].id, PHONE_A, request_id="r1")
    assert again.repeated and again.dot_id == first.dot_id
    assert project.votes.totals(round_.id) == {themes[0].id: 1}
    project.votes.add(round_.id, themes[0].id, PHONE_A, request_id="r2")
    gone = project.votes.remove(round_.id, themes[0].id, PHONE_A, request_id="r3")
    assert project.votes.remove(round_.id, themes[0].id, PHONE_A, request_id="r3").repeated
    assert project.votes.totals(round_.id) == {themes[0].id: 1}
    assert gone.dot_id is not None
    # a remove on a theme without the voter's dots changes nothing
    assert project.votes.remove(round_.id, themes[1].id, PHONE_A).dot_id is None


def test_only_themes_in_the_rounds_focus_area_take_dots(project, workshop, themes):
    round_, _ = project.votes.start(workshop.id, 3, focus_area_id=themes[0].focus_area_id)
    assert [t.id for t in project.votes.themes_in_play(round_)] == [themes[0].id, themes[1].id]
    with pytest.raises(NotFoundError):
        project.votes.add(round_.id, themes[2].id, PHONE_A)


def test_an_ended_round_takes_no_dots_and_a_new_round_replaces_it(project, workshop, themes):
    round_, _ = project.votes.start(workshop.id, 3)
    project.votes.add(round_.id, themes[0].id, PHONE_A)
    project.votes.set_ended(round_.id, True)
    with pytest.raises(ValidationError, match="ended"):
        project.votes.add(round_.id, themes[0].id, PHONE_A)
    with pytest.raises(ValidationError, match="ended"):
        project.votes.remove(round_.id, themes[0].id, PHONE_A)
    second, previous = project.votes.start(workshop.id, 2)
    assert previous == round_.id and project.votes.current(workshop.id).id == second.id
    assert project.votes.theme_votes(workshop.id) == {}
    project.votes.unstart(second.id, previous)
    assert project.votes.current(workshop.id).id == round_.id
    assert project.votes.theme_votes(workshop.id) == {themes[0].id: 1}
    project.votes.restart(second.id, previous)
    assert project.votes.current(workshop.id).id == second.id


def test_dots_of_a_deleted_theme_do_not_count(project, workshop, themes):
    round_, _ = project.votes.start(workshop.id, 3)
    project.votes.add(round_.id, themes[0].id, PHONE_A)
    project.themes.delete(themes[0].id)
    assert project.votes.totals(round_.id) == {}
    assert project.votes.voter_dots(round_.id, PHONE_A) == {}


def test_deleting_the_workshop_deletes_its_votes(project, workshop, themes):
    round_, _ = project.votes.start(workshop.id, 3)
    project.votes.add(round_.id, themes[0].id, PHONE_A)
    project.workshops.delete(workshop.id)
    assert project.conn.execute("SELECT count(*) FROM votes").fetchone()[0] == 0


def test_ranked_puts_most_first_and_leaves_out_themes_without_votes():
    assert ranked({"b": 2, "a": 2, "c": 5, "d": 0}, ["a", "b", "c", "d"]) == [("c", 5), ("a", 2), ("b", 2)]


def test_phone_tokens_are_checked():
    with pytest.raises(ValidationError):
        phone_voter("short")
    with pytest.raises(ValidationError):
        phone_voter("x" * 19 + "<")


def test_json_round_trip_of_votes_without_tokens(project, workshop, themes, tmp_path):
    round_, _ = project.votes.start(workshop.id, 3, 2)
    for voter, theme in ((PHONE_A, 0), (PHONE_A, 0), (PHONE_B, 0), (PHONE_B, 2)):
        project.votes.add(round_.id, themes[theme].id, voter)
    project.votes.set_revealed(round_.id, True)
    project.votes.set_ended(round_.id, True)
    data = export_dict(project, [workshop])
    by_title = {t["title"]: t["votes"] for t in data["workshops"][0]["themes"]}
    assert by_title == {"Tid": 3, "Schema": 0, "Wifi": 1}
    voting = data["workshops"][0]["voting"]
    assert (voting["dots_per_person"], voting["max_per_theme"], voting["voters"]) == (3, 2, 2)
    text = export_json(project, [workshop])
    assert "a" * 20 not in text and "phone:" not in text
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    with Project.open(tmp_path / "other.workshop", create=True) as other:
        import_file(other, path)
        imported = other.workshops.list()[0]
        again = export_dict(other, [imported])["workshops"][0]
        assert {t["title"]: t["votes"] for t in again["themes"]} == by_title
        assert again["voting"]["voters"] == 2 and again["voting"]["dots_per_person"] == 3
        # importing the same file again adds no votes
        import_file(other, path)
        assert other.votes.theme_votes(imported.id) == {themes[0].id: 3, themes[2].id: 1}


def test_json_with_too_many_votes_is_refused(project, workshop, themes, tmp_path):
    data = export_dict(project, [workshop])
    data["workshops"][0]["themes"][0]["votes"] = 60_000
    data["workshops"][0]["themes"][1]["votes"] = 60_000
    path = tmp_path / "many.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(tmp_path / "other.workshop", create=True) as other:
        with pytest.raises(Exception, match="votes"):
            import_file(other, path)
        assert other.workshops.list() == []
