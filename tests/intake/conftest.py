"""An intake server on 127.0.0.1 over a real project file, and a small HTTP client for it."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass

import pytest

from workshop_app.intake.server import IntakeServer


class FixedClock:
    """Rate limits read this instead of the wall clock, so no test depends on timing."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes

    @property
    def json(self):
        return json.loads(self.body.decode("utf-8"))


def call(port: int, method: str, path: str, body=None, headers=None, raw: bytes | None = None) -> Answer:
    """One request over a new connection (as a phone makes them), the path sent exactly as given."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        payload = raw if raw is not None else (json.dumps(body).encode("utf-8") if body is not None else None)
        conn.putrequest(method, path, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if payload is not None:
            conn.putheader("Content-Type", "application/json")
            conn.putheader("Content-Length", str(len(payload)))
        conn.endheaders(payload)
        response = conn.getresponse()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        conn.close()


@dataclass
class Running:
    server: IntakeServer
    project: object
    workshop: object
    clock: FixedClock

    @property
    def port(self) -> int:
        return int(self.server.url.rsplit(":", 1)[1].strip("/"))

    @property
    def code(self) -> str:
        return self.server.code

    def get(self, path: str, **kwargs) -> Answer:
        return call(self.port, "GET", path, **kwargs)

    def post_note(
        self, text="En lapp", *, area="Egenvård", category="möjlighet", request_id="r-1", code=None, **extra
    ) -> Answer:
        body = {
            "code": self.code if code is None else code,
            "focus_area": area,
            "category": category,
            "text": text,
            "request_id": request_id,
            **extra,
        }
        return call(self.port, "POST", "/api/notes", body=body)


def start_server(project, workshop, *, limits=None, clock=None, code=None) -> Running:
    clock = clock or FixedClock()
    server = IntakeServer(
        project.open_beside, workshop.id, host="127.0.0.1", port=0, limits=limits, clock=clock, code=code
    )
    server.start()
    return Running(server, project, workshop, clock)


@pytest.fixture
def intake(project, workshop):
    """A running server for ``workshop``, stopped after the test."""
    running = start_server(project, workshop)
    yield running
    running.server.stop()


@pytest.fixture
def intake_factory(project, workshop):
    """Start servers with chosen limits; all are stopped after the test."""
    started = []

    def make(**kwargs) -> Running:
        running = start_server(project, workshop, **kwargs)
        started.append(running)
        return running

    yield make
    for running in started:
        running.server.stop()
