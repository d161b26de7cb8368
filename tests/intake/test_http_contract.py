"""The HTTP contract of the note entry for phones, end to end over 127.0.0.1 (issue 12)."""

from __future__ import annotations

import json
import socket
import sqlite3

import pytest

from tests.hostile import HOSTILE_TEXTS
from tests.intake.conftest import call
from workshop_app.domain.errors import UserError
from workshop_app.intake.limits import Limits
from workshop_app.intake.server import IntakeServer, page_language


def _live_notes(project, workshop):
    return project.notes.list(workshop.id)


def _assert_one_sentence_error(answer, status):
    assert answer.status == status
    assert answer.headers["content-type"].startswith("application/json")
    message = answer.json["error"]
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    assert len(message) < 200


def _assert_guarded(answer):
    assert "default-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["cache-control"] == "no-store"


# --- the page ------------------------------------------------------------------------------------
def test_page_is_html_with_a_language_and_its_assets_come_from_the_laptop(intake):
    page = intake.get("/")
    assert page.status == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.body.decode("utf-8")
    assert '<html lang="sv">' in html
    assert "http://" not in html and "https://" not in html  # no CDN, nothing from outside
    _assert_guarded(page)
    english = intake.get("/", headers={"Accept-Language": "en-GB,en;q=0.9,sv;q=0.5"})
    assert '<html lang="en">' in english.body.decode("utf-8")
    for path, kind in (("/app.js", "text/javascript"), ("/style.css", "text/css"), ("/icon.svg", "image/svg+xml")):
        asset = intake.get(path)
        assert asset.status == 200 and asset.headers["content-type"].startswith(kind)
        _assert_guarded(asset)
        assert b"https://" not in asset.body or path == "/icon.svg"


@pytest.mark.parametrize(
    "header, expected",
    [
        (None, "sv"),
        ("sv-SE", "sv"),
        ("en-US,en;q=0.9", "en"),
        ("de-DE,sv;q=0.8,en;q=0.5", "sv"),
        ("fr-FR,fr;q=0.9", "en"),
        ("en;q=0.4,sv;q=0.8", "sv"),
        ("sv;q=oops,en", "en"),
    ],
)
def test_page_language_follows_the_phone(header, expected):
    assert page_language(header) == expected


# --- joining -------------------------------------------------------------------------------------
def test_workshop_answers_title_areas_and_kinds_with_the_right_code(intake, project, workshop):
    answer = intake.get(f"/api/workshop?code={intake.code}")
    assert answer.status == 200
    data = answer.json
    assert data["title"] == "Workshop i Testby"
    assert data["focus_areas"] == [a.name for a in project.workshops.focus_areas(workshop.id)]
    assert data["categories"] == ["möjlighet", "hinder", "behov av stöd"]
    assert data["paused"] is False
    _assert_guarded(answer)


@pytest.mark.parametrize("query", ["", "?code=", "?code=000000x", "?code=12345"])
def test_workshop_refuses_a_wrong_or_missing_code(intake, query):
    _assert_one_sentence_error(intake.get(f"/api/workshop{query}"), 403)


def test_the_code_is_six_digits_and_new_each_time(project, workshop, intake_factory):
    codes = {intake_factory().code for _ in range(4)}
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    assert len(codes) > 1


def test_joined_phones_are_counted_once_each(intake):
    for client in ("phone-a", "phone-b", "phone-a"):
        assert intake.get(f"/api/workshop?code={intake.code}&client={client}").status == 200
    intake.get("/api/workshop?code=999999&client=phone-c")
    assert intake.server.joined == 2


# --- posting -------------------------------------------------------------------------------------
def test_a_note_is_stored_at_once_with_its_group(intake, project, workshop):
    answer = intake.post_note(
        "Vi behöver mer tid för samtal", area="Samverkan", category="hinder", request_id="abc-1", group="Kommun Ö"
    )
    assert answer.status == 201
    note = project.notes.get(answer.json["id"])
    assert note.text == "Vi behöver mer tid för samtal"
    assert note.group_name == "Kommun Ö"
    assert project.workshops.focus_area(note.focus_area_id).name == "Samverkan"
    assert note.category_id == project.workshops.categories(workshop.id)[1].id
    assert note.hidden is False
    assert intake.server.received == 1


def test_names_match_as_in_the_csv_import(intake, project, workshop):
    areas = {a.name: a.id for a in project.workshops.focus_areas(workshop.id)}
    kinds = {c.key: c.id for c in project.workshops.categories(workshop.id)}
    for index, (area, category, name, key) in enumerate(
        [
            ("EGENVÅRD", "Möjlighet", "Egenvård", "possibility"),
            ("  samverkan ", "obstacle", "Samverkan", "obstacle"),
            ("digitalisering", "support need", "Digitalisering", "support"),
            ("hälsofrämjande  och förebyggande", "BEHOV AV STÖD", "Hälsofrämjande och förebyggande", "support"),
        ]
    ):
        answer = intake.post_note(f"lapp {index}", area=area, category=category, request_id=f"m-{index}")
        assert answer.status == 201, answer.json
        note = project.notes.get(answer.json["id"])
        assert note.focus_area_id == areas[name]
        assert note.category_id == kinds[key]
    assert len(_live_notes(project, workshop)) == 4


def test_the_same_request_id_gives_the_same_note_and_stores_nothing_new(intake, project, workshop):
    first = intake.post_note("Bara en gång", request_id="retry-1")
    again = intake.post_note("Bara en gång", request_id="retry-1")
    assert first.status == again.status == 201
    assert first.json == again.json
    assert [n.text for n in _live_notes(project, workshop)] == ["Bara en gång"]
    other = intake.post_note("Bara en gång", request_id="retry-2")
    assert other.json["id"] != first.json["id"]
    assert len(_live_notes(project, workshop)) == 2


def test_a_retry_after_a_server_restart_stores_nothing_new(project, workshop, intake_factory):
    first = intake_factory()
    stored = first.post_note("Sparad före omstarten", request_id="restart-1")
    first.server.stop()
    second = intake_factory()
    again = second.post_note("Sparad före omstarten", request_id="restart-1")
    assert again.status == 201 and again.json == stored.json
    assert len(_live_notes(project, workshop)) == 1


def test_a_retry_of_a_note_the_facilitator_deleted_does_not_bring_it_back(intake, project, workshop):
    stored = intake.post_note("Ångras", request_id="undo-1").json["id"]
    project.notes.delete([stored])
    assert intake.post_note("Ångras", request_id="undo-1").json["id"] == stored
    assert _live_notes(project, workshop) == []


def test_a_wrong_code_is_refused_and_nothing_is_stored(intake, project, workshop):
    _assert_one_sentence_error(intake.post_note(code="000000" if intake.code != "000000" else "111111"), 403)
    _assert_one_sentence_error(intake.post_note(code=""), 403)
    body = {"focus_area": "Egenvård", "category": "hinder", "text": "x", "request_id": "nocode"}
    _assert_one_sentence_error(call(intake.port, "POST", "/api/notes", body=body), 403)
    assert _live_notes(project, workshop) == []


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", None, 42, ["lista"]])
def test_an_empty_text_is_refused(intake, project, workshop, text):
    _assert_one_sentence_error(intake.post_note(text), 400)
    assert _live_notes(project, workshop) == []


def test_a_text_over_5000_characters_is_refused_with_413(intake, project, workshop):
    assert intake.post_note("x" * 5000, request_id="max").status == 201
    _assert_one_sentence_error(intake.post_note("x" * 5001, request_id="over"), 413)
    _assert_one_sentence_error(intake.post_note("😀" * 5001, request_id="over-emoji"), 413)
    assert len(_live_notes(project, workshop)) == 1


def test_a_body_over_the_cap_is_refused_with_413_before_it_is_read(intake, project, workshop):
    huge = json.dumps(
        {
            "code": intake.code,
            "focus_area": "Egenvård",
            "category": "hinder",
            "text": "y" * 300_000,
            "request_id": "huge",
        }
    ).encode()
    _assert_one_sentence_error(call(intake.port, "POST", "/api/notes", raw=huge), 413)
    assert _live_notes(project, workshop) == []


@pytest.mark.parametrize(
    "area, category",
    [
        ("Okänt område", "möjlighet"),
        ("Egenvård", "fundering"),
        ("", "hinder"),
        (None, "hinder"),
        ("Egenvård", None),
        (["Egenvård"], "hinder"),
    ],
)
def test_an_unknown_area_or_kind_is_refused(intake, project, workshop, area, category):
    _assert_one_sentence_error(intake.post_note(area=area, category=category), 400)
    assert _live_notes(project, workshop) == []


@pytest.mark.parametrize("raw", [b"not json", b"\xff\xfe", b"[1, 2]", b'"text"', b""])
def test_a_body_that_is_not_a_json_object_is_refused(intake, raw):
    _assert_one_sentence_error(call(intake.port, "POST", "/api/notes", raw=raw), 400)


@pytest.mark.parametrize("request_id", [None, "", "   ", 7, "r" * 101])
def test_a_missing_or_odd_request_id_is_refused(intake, project, workshop, request_id):
    _assert_one_sentence_error(intake.post_note(request_id=request_id), 400)
    assert _live_notes(project, workshop) == []


def test_a_group_must_be_short_text(intake, project, workshop):
    _assert_one_sentence_error(intake.post_note(group=["a"]), 400)
    _assert_one_sentence_error(intake.post_note(group="g" * 201), 400)
    assert intake.post_note(group=None, request_id="nogroup").status == 201


def test_hostile_texts_are_stored_verbatim(intake, project):
    for index, text in enumerate(HOSTILE_TEXTS):
        answer = intake.post_note(text, request_id=f"hostile-{index}", group="<script>alert(1)</script>")
        assert answer.status == 201, (text[:30], answer.body)
        note = project.notes.get(answer.json["id"])
        assert note.text == text
        assert note.group_name == "<script>alert(1)</script>"


# --- the hidden round, pause and stop ------------------------------------------------------------
def test_notes_arrive_face_down_during_the_hidden_round(intake, project, workshop):
    project.workshops.update(workshop.id, hidden_round=True)
    hidden = project.notes.get(intake.post_note("Dold", request_id="h1").json["id"])
    assert hidden.hidden is True
    project.workshops.update(workshop.id, hidden_round=False)
    assert project.notes.get(intake.post_note("Synlig", request_id="h2").json["id"]).hidden is False


def test_pause_tells_the_phones_and_keeps_nothing(intake, project, workshop):
    intake.server.pause(True)
    assert intake.get(f"/api/workshop?code={intake.code}").json["paused"] is True
    answer = intake.post_note("Under pausen", request_id="p1")
    _assert_one_sentence_error(answer, 503)
    assert answer.json["paused"] is True and answer.headers["retry-after"]
    assert _live_notes(project, workshop) == []
    intake.server.pause(False)
    assert intake.get(f"/api/workshop?code={intake.code}").json["paused"] is False
    assert intake.post_note("Under pausen", request_id="p1").status == 201  # the phone's retry
    assert len(_live_notes(project, workshop)) == 1


def test_stop_closes_the_port_and_the_servers_connection(project, workshop, intake_factory):
    running = intake_factory()
    port = running.port
    assert running.post_note(request_id="s1").status == 201
    running.server.stop()
    assert not running.server.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    assert running.server.project.conn is not None
    with pytest.raises(sqlite3.ProgrammingError):
        running.server.project.conn.execute("SELECT 1")  # closed
    assert len(_live_notes(project, workshop)) == 1  # the project itself is still open


# --- security ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "//etc/passwd",
        "/app.js/../../../etc/passwd",
        "/intake/index.html",
        "/resources/intake/app.js",
        "/index.html",
        "/api/workshops",
        "/api/notes/1",
        "/api",
        "/static/../pyproject.toml",
        "/.git/config",
    ],
)
def test_nothing_else_is_reachable(intake, path):
    answer = intake.get(path)
    assert answer.status == 404
    assert b"root:" not in answer.body
    _assert_one_sentence_error(answer, 404)
    _assert_guarded(answer)


@pytest.mark.parametrize(
    "method, path",
    [("GET", "/api/notes"), ("DELETE", "/api/notes"), ("PUT", "/api/notes"), ("POST", "/api/workshop"), ("POST", "/")],
)
def test_notes_cannot_be_read_or_changed(intake, method, path):
    answer = call(intake.port, method, f"{path}?code={intake.code}")
    _assert_one_sentence_error(answer, 405)
    _assert_guarded(answer)


def test_too_many_requests_from_one_phone_get_429(project, workshop, intake_factory):
    running = intake_factory(limits=Limits(client_burst=5, client_per_second=1.0))
    statuses = [running.post_note(request_id=f"rate-{i}").status for i in range(7)]
    assert statuses == [201] * 5 + [429] * 2
    answer = running.post_note(request_id="rate-x")
    _assert_one_sentence_error(answer, 429)
    _assert_guarded(answer)
    running.clock.now += 2.0  # two seconds later two more fit
    assert [running.post_note(request_id=f"later-{i}").status for i in range(3)] == [201, 201, 429]
    assert len(_live_notes(project, workshop)) == 7


def test_the_whole_room_has_a_limit_too(project, workshop, intake_factory):
    running = intake_factory(limits=Limits(client_burst=100, room_burst=3, room_per_second=1.0))
    statuses = [running.get(f"/api/workshop?code={running.code}").status for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


def test_guessing_the_code_is_cut_off(project, workshop, intake_factory):
    running = intake_factory()
    wrong = "000000" if running.code != "000000" else "111111"
    statuses = [running.get(f"/api/workshop?code={wrong}").status for _ in range(12)]
    assert statuses[:10] == [403] * 10 and statuses[10:] == [429, 429]
    assert running.get(f"/api/workshop?code={running.code}").status == 429  # even the right one, for a while
    running.clock.now += 60
    assert running.get(f"/api/workshop?code={running.code}").status == 200


def test_it_binds_only_where_it_was_told(intake):
    from workshop_app.intake.address import lan_address

    assert intake.server.url.startswith("http://127.0.0.1:")
    other = lan_address()
    if other is not None:  # a second address of this computer: nothing listens there
        with pytest.raises(OSError):
            socket.create_connection((other, intake.port), timeout=2).close()


def test_an_address_that_is_not_this_computers_is_refused(project, workshop):
    server = IntakeServer(project.open_beside, workshop.id, host="192.0.2.1", port=0)
    with pytest.raises(UserError, match="not an address of this computer"):
        server.start()
    assert not server.running


def test_a_taken_port_is_refused_with_one_sentence(intake, project, workshop):
    server = IntakeServer(project.open_beside, workshop.id, host="127.0.0.1", port=intake.port)
    with pytest.raises(UserError, match=f"Port {intake.port} is already in use"):
        server.start()


def test_posts_at_the_same_time_are_each_stored_once(intake, project, workshop):
    """Twenty phones at once, each sending its note twice at the same moment (the retry racing
    the first attempt): twenty notes, and both answers of a phone name the same note."""
    from concurrent.futures import ThreadPoolExecutor

    def phone(n):
        return [intake.post_note(f"Samtidig lapp {n}", request_id=f"same-time-{n}") for _ in range(2)]

    with ThreadPoolExecutor(max_workers=40) as pool:
        answers = list(pool.map(phone, range(20)))
    assert all(a.status == 201 for pair in answers for a in pair)
    assert all(first.json == second.json for first, second in answers)
    notes = _live_notes(project, workshop)
    assert sorted(n.text for n in notes) == sorted(f"Samtidig lapp {n}" for n in range(20))
    assert intake.server.received == 20


def test_a_deleted_workshop_takes_no_more_notes(intake, project, workshop):
    assert intake.post_note("Före", request_id="gone-1").status == 201
    project.workshops.delete(workshop.id)
    _assert_one_sentence_error(intake.get(f"/api/workshop?code={intake.code}"), 404)
    _assert_one_sentence_error(intake.post_note("Efter", request_id="gone-2"), 404)
    assert project.workshops.list() == []
