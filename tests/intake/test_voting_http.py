"""Dot voting from phones over HTTP on 127.0.0.1: the round, limits per phone and per theme,
idempotent retries, the end of the round, and the code on every request."""

from __future__ import annotations

import pytest

from tests.intake.conftest import call
from workshop_app.domain.voting import phone_voter

TOKEN_A = "phoneA-" + "a" * 20
TOKEN_B = "phoneB-" + "b" * 20


@pytest.fixture
def voting(intake, project, workshop, three_themes):
    themes = three_themes
    round_, _ = project.votes.start(workshop.id, 3, 2)
    return intake, round_, themes


def _vote(intake, token, theme_id, action="add", request_id="r1", code=None):
    body = {
        "code": intake.code if code is None else code,
        "token": token,
        "theme_id": theme_id,
        "action": action,
        "request_id": request_id,
    }
    return call(intake.port, "POST", "/api/votes", body=body)


def _round(intake, token, code=None):
    return intake.get(f"/api/vote?code={intake.code if code is None else code}&token={token}")


def test_a_phone_sees_the_themes_with_summaries_and_its_dots(voting):
    intake, round_, themes = voting
    answer = _round(intake, TOKEN_A)
    assert answer.status == 200
    data = answer.json
    assert data["open"] and data["dots_per_person"] == 3 and data["max_per_theme"] == 2 and data["left"] == 3
    assert [(t["title"], t["summary"]) for t in data["themes"]] == [
        ("Tid", "Tid för samtal"),
        ("Schema", ""),
        ("Wifi", "Nät i hemmen"),
    ]
    assert data["mine"] == {}
    assert intake.get(f"/api/workshop?code={intake.code}").json["voting"] is True


def test_limits_hold_per_phone_and_per_theme(voting):
    intake, round_, themes = voting
    tid, schema, wifi = (t.id for t in themes)
    assert _vote(intake, TOKEN_A, tid, request_id="a1").json["left"] == 2
    assert _vote(intake, TOKEN_A, tid, request_id="a2").json == {"open": True, "mine": {tid: 2}, "left": 1}
    third = _vote(intake, TOKEN_A, tid, request_id="a3")
    assert third.status == 409 and "At most 2 dots" in third.json["error"] and third.json["left"] == 1
    assert _vote(intake, TOKEN_A, wifi, request_id="a4").json["left"] == 0
    full = _vote(intake, TOKEN_A, schema, request_id="a5")
    assert full.status == 409 and "All 3 dots" in full.json["error"]
    # another phone has its own three dots
    assert _vote(intake, TOKEN_B, schema, request_id="b1").json["left"] == 2
    # removing gives the dot back
    assert _vote(intake, TOKEN_A, tid, "remove", request_id="a6").json["left"] == 1
    assert _round(intake, TOKEN_A).json["mine"] == {tid: 1, wifi: 1}
    project = intake.project
    assert project.votes.totals(round_.id) == {tid: 1, schema: 1, wifi: 1}


def test_a_retried_request_changes_nothing(voting):
    intake, round_, themes = voting
    tid = themes[0].id
    first = _vote(intake, TOKEN_A, tid, request_id="same")
    again = _vote(intake, TOKEN_A, tid, request_id="same")
    assert first.status == again.status == 200 and again.json == first.json
    assert intake.project.votes.totals(round_.id) == {tid: 1}
    _vote(intake, TOKEN_A, tid, "remove", request_id="gone")
    _vote(intake, TOKEN_A, tid, "remove", request_id="gone")
    _vote(intake, TOKEN_A, tid, request_id="again")
    assert intake.project.votes.totals(round_.id) == {tid: 1}


def test_ending_the_round_stops_phone_voting(voting):
    intake, round_, themes = voting
    intake.project.votes.set_ended(round_.id, True)
    answer = _vote(intake, TOKEN_A, themes[0].id, request_id="late")
    assert answer.status == 409 and answer.json["open"] is False and "ended" in answer.json["error"]
    assert _round(intake, TOKEN_A).json == {"open": False, "themes": []}
    assert intake.get(f"/api/workshop?code={intake.code}").json["voting"] is False


@pytest.mark.parametrize(
    "change, status",
    [
        ({"token": "short"}, 400),
        ({"token": "x" * 30 + "<script>"}, 400),
        ({"action": "twice"}, 400),
        ({"theme_id": ""}, 400),
        ({"theme_id": "no-such-theme"}, 404),
        ({"request_id": ""}, 400),
        ({"code": "000000x"}, 403),
    ],
)
def test_bad_votes_get_one_sentence(voting, change, status):
    intake, round_, themes = voting
    body = {
        "code": intake.code,
        "token": TOKEN_A,
        "theme_id": themes[0].id,
        "action": "add",
        "request_id": "r",
        **change,
    }
    answer = call(intake.port, "POST", "/api/votes", body=body)
    assert answer.status == status
    message = answer.json["error"]
    assert message.endswith(".") and "\n" not in message
    assert "content-security-policy" in answer.headers
    assert intake.project.votes.totals(round_.id) == {}


def test_the_round_needs_the_code_and_a_token(voting):
    intake, _round_, _themes = voting
    assert _round(intake, TOKEN_A, code="999999").status == 403
    assert _round(intake, "bad").status == 400


def test_tokens_stay_in_the_project_file(voting):
    intake, round_, themes = voting
    _vote(intake, TOKEN_A, themes[0].id)
    from workshop_app.exchange.json_format import export_json

    text = export_json(intake.project, [intake.workshop])
    assert TOKEN_A not in text and phone_voter(TOKEN_A) not in text
    assert '"votes": 1' in text
