"""The note entry on HTTP: aiohttp in a thread of its own, with its own project connection.

aiohttp rather than Starlette with uvicorn: one library holds both the HTTP server and the
routing, and its ``AppRunner`` starts and stops cleanly inside a worker thread's event loop
(uvicorn wants to own the main thread's signals). Its listen backlog is 128, so 30 phones
connecting at once are queued, not reset (``http.server``'s backlog of 5 drops them).

The contract (scripts and tests rely on it):

- ``GET /``: the participant page, ``text/html`` with ``<html lang="sv"|"en">`` after the
  browser's ``Accept-Language``.
- ``GET /api/workshop?code=CODE[&client=ID]``: ``{"title", "focus_areas": [names],
  "categories": [names], "paused", "voting"}``; ``client`` (made by the page) counts joined
  phones; ``voting`` is true while a voting round is open.
- ``GET /api/vote?code=CODE&token=TOKEN``: the voting round as this phone sees it: ``{"open",
  "round", "dots_per_person", "max_per_theme", "themes": [{"id", "title", "summary",
  "focus_area"}], "mine": {theme id: dots}, "left"}`` (``{"open": false, "themes": []}`` without
  an open round). ``TOKEN`` is 16 to 64 letters, digits, ``-`` or ``_``, made and kept by the phone.
- ``POST /api/votes`` with ``{"code", "token", "theme_id", "action": "add"|"remove",
  "request_id"}``: 200 ``{"open", "mine", "left"}``; the same ``request_id`` again changes
  nothing. 409 when the phone's dots are used up, the theme has its most dots from this phone,
  or the round has ended (with ``open``, ``mine`` and ``left``); 404 a theme not in the round.
- ``POST /api/notes`` with ``{"code", "focus_area", "category", "text", "request_id", "group"?}``
  (names as in the CSV import): 201 ``{"id"}``; the same ``request_id`` again answers 201 with the
  same id and stores nothing. 403 wrong code, 400 empty text or unknown area or kind, 413 a text
  over 5,000 characters (or a body over the cap), 429 too many requests, 503 ``{"paused": true}``
  while paused. Every error is ``{"error": "One sentence."}``.

Only a fixed set of routes exists: the page and its assets (read into memory from
``resources/intake`` at start, so no path from a request ever reaches the disk), and the two API
calls. Every answer carries the security headers; every error is JSON with one sentence.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
from collections.abc import Callable

from workshop_app.domain.errors import UserError
from workshop_app.intake.address import join_url
from workshop_app.intake.ballot import Ballot
from workshop_app.intake.desk import Desk, Reply, error, new_code
from workshop_app.intake.limits import Limits, RateLimiter
from workshop_app.paths import resource

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Server": "workshop-app",
}

ASSETS = {
    "/app.js": ("intake/app.js", "text/javascript"),
    "/style.css": ("intake/style.css", "text/css"),
    "/icon.svg": ("app/workshoptavlan.svg", "image/svg+xml"),
}

_STATUS_SENTENCES = {
    400: "The request could not be read.",
    404: "There is nothing at this address.",
    405: "This address does not take that kind of request.",
    413: "The request is too large.",
    429: "Too many requests; wait a moment and try again.",
}


def page_language(accept_language: str | None) -> str:
    """ "sv" or "en": the first of the two in the browser's preferred languages ("en" if neither)."""
    if not accept_language:
        return "sv"
    choices = []
    for index, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        match = re.search(r"q=([^;\s]*)", params)
        if match:
            try:
                weight = float(match.group(1))
            except ValueError:
                weight = 0.0
        choices.append((-weight, index, tag.strip().lower()[:2]))
    for _w, _i, primary in sorted(choices):
        if primary in ("sv", "en"):
            return primary
    return "en"


class Page:
    """The participant page and its assets, read once."""

    def __init__(self):
        self.index = resource("intake", "index.html").read_text(encoding="utf-8")
        self.assets = {path: (resource(*name.split("/")).read_bytes(), kind) for path, (name, kind) in ASSETS.items()}

    def html(self, language: str) -> str:
        return self.index.replace('lang="sv"', f'lang="{language}"', 1)


class IntakeServer:
    """Serves one workshop's note entry until :meth:`stop`.

    Args:
        open_project: makes the server's own project handle; called in the server's thread.
        workshop_id: the workshop notes go to.
        host: the address to bind to (only there).
        port: the port; 0 picks a free one.
        code: the join code (a new one when None).
        limits: rate limits and the body size cap.
        clock: monotonic seconds for the rate limits (tests fix it).
        on_change: told of every change the server's handle commits (a stored note), in the
            server's thread, after the commit; the GUI passes them on to its board.
    """

    def __init__(
        self,
        open_project: Callable[[], object],
        workshop_id: str,
        *,
        host: str,
        port: int,
        code: str | None = None,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable | None = None,
    ):
        self._open_project = open_project
        self._on_change = on_change
        self.workshop_id = workshop_id
        self.host = host
        self.port = port
        self.code = code or new_code()
        self.limits = limits or Limits()
        self._clock = clock
        self.desk: Desk | None = None
        self.project = None
        self.url = ""
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._stopped = threading.Event()
        self._failure: BaseException | None = None
        self._paused = False

    # --- control (any thread) ----------------------------------------------------------------
    def start(self, timeout: float = 30.0) -> str:
        """Start serving; returns the join URL once the port is bound.

        Raises:
            UserError: the address cannot be used (taken, not this computer's) or the project
                cannot be opened.
        """
        self._thread = threading.Thread(target=self._run, name="intake-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise UserError("The server for phones did not start in time.")
        if self._failure is not None:
            self._thread.join()
            raise self._failure
        return self.url

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self, paused: bool = True) -> None:
        """While paused, phones are told so and their notes wait on the phone."""
        self._paused = paused
        if self.desk is not None:
            self.desk.paused = paused

    @property
    def joined(self) -> int:
        return self.desk.joined if self.desk is not None else 0

    @property
    def received(self) -> int:
        return self.desk.received if self.desk is not None else 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stopped.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the server has stopped (or ``timeout``); True when it has."""
        return self._stopped.wait(timeout)

    def stop(self) -> None:
        """Stop serving and close the server's project handle; returns when it is done."""
        loop, thread = self._loop, self._thread
        if thread is None:
            return
        if loop is not None and not self._stopped.is_set():
            try:
                loop.call_soon_threadsafe(loop.stop)
            except RuntimeError:  # the loop has closed already
                pass
        thread.join()
        self._thread = None

    # --- the server's thread -----------------------------------------------------------------
    def _run(self) -> None:
        runner = None
        loop = asyncio.new_event_loop()
        try:
            asyncio.set_event_loop(loop)
            self.project = self._open_project()
            if self._on_change is not None:
                self.project.changes.subscribe(self._on_change)
            self.desk = Desk(self.project, self.workshop_id, self.code)
            self.desk.paused = self._paused
            self.project.workshops.get(self.workshop_id)  # gone: say so now, not to the first phone
            runner, bound = loop.run_until_complete(self._bind())
            self.url = join_url(self.host, bound)
            self._loop = loop
        except BaseException as exc:  # told to the thread that called start()
            self._failure = exc if isinstance(exc, UserError) else _bind_error(exc, self.host, self.port)
            self._finish(loop, runner)
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._finish(loop, runner)

    def _finish(self, loop, runner) -> None:
        try:
            if runner is not None:
                loop.run_until_complete(runner.cleanup())
            loop.close()
        finally:
            if self.project is not None:
                self.project.close()
            self._stopped.set()

    async def _bind(self):
        from aiohttp import web

        app = self._make_app(web)
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port, backlog=128)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        port = runner.addresses[0][1]
        log.info("intake for workshop %s listening on %s:%s", self.workshop_id, self.host, port)
        return runner, port

    def _make_app(self, web):
        page = Page()
        limiter = RateLimiter(self.limits, self._clock)
        desk = self.desk
        notes = _Batch(desk)
        ballot = Ballot(self.project, self.workshop_id)

        def reply(answer: Reply):
            response = web.json_response(
                answer.body, status=answer.status, dumps=lambda v: json.dumps(v, ensure_ascii=False)
            )
            if answer.status == 503:
                response.headers["Retry-After"] = "5"
            return response

        @web.middleware
        async def guard(request, handler):
            client = request.remote or "unknown"
            if not limiter.allow(client):
                response = reply(error(429, _STATUS_SENTENCES[429]))
                response.headers["Retry-After"] = "5"
            else:
                try:
                    response = await handler(request)
                except web.HTTPException as exc:
                    response = reply(error(exc.status, _STATUS_SENTENCES.get(exc.status, exc.reason + ".")))
                except Exception:  # a bug: logged here; the phone gets one sentence
                    log.exception("intake request %s %s failed", request.method, request.path)
                    response = reply(error(500, "Something went wrong on the laptop; the note will be sent again."))
            response.headers.update(SECURITY_HEADERS)
            return response

        def checked(request, code) -> Reply | None:
            if desk.code_matches(code):
                return None
            limiter.wrong_code(request.remote or "unknown")
            return error(403, "The code is wrong; check the code on the screen.")

        async def index(request):
            language = page_language(request.headers.get("Accept-Language"))
            return web.Response(text=page.html(language), content_type="text/html", charset="utf-8")

        async def asset(request):
            body, kind = page.assets[request.path]
            return web.Response(body=body, content_type=kind, charset="utf-8" if kind.startswith("text/") else None)

        async def workshop(request):
            refused = checked(request, request.query.get("code"))
            return reply(refused or desk.workshop(request.remote or "unknown", request.query.get("client")))

        async def read_json(request) -> dict | Reply:
            """The request's JSON object with its code checked, or the Reply refusing it."""
            body = await request.read()
            try:
                payload = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                return error(400, "The request must be JSON in UTF-8.")
            if not isinstance(payload, dict):
                return error(400, "The request must be a JSON object.")
            return checked(request, payload.get("code")) or payload

        async def post_note(request):
            payload = await read_json(request)
            return reply(payload if isinstance(payload, Reply) else await notes.submit(payload))

        async def get_vote(request):
            refused = checked(request, request.query.get("code"))
            return reply(refused or ballot.state(request.query.get("token")))

        async def post_vote(request):
            payload = await read_json(request)
            return reply(payload if isinstance(payload, Reply) else ballot.vote(payload))

        app = web.Application(middlewares=[guard], client_max_size=self.limits.max_body_bytes)
        app.router.add_get("/", index)
        for path in page.assets:
            app.router.add_get(path, asset)
        app.router.add_get("/api/workshop", workshop)
        app.router.add_post("/api/notes", post_note)
        app.router.add_get("/api/vote", get_vote)
        app.router.add_post("/api/votes", post_vote)
        return app


class _Batch:
    """Posts read in the same turn of the event loop are stored together (one transaction).

    While one batch is written (SQLite syncs the file to disk), the next posts wait in the
    sockets; the loop then reads them all and they share the next write: group commit.
    """

    def __init__(self, desk: Desk):
        self.desk = desk
        self.pending: list[tuple[object, asyncio.Future]] = []

    async def submit(self, payload: object) -> Reply:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self.pending.append((payload, future))
        if len(self.pending) == 1:
            loop.call_soon(self._store)
        return await future

    def _store(self) -> None:
        batch, self.pending = self.pending, []
        try:
            replies = self.desk.post_many([payload for payload, _future in batch])
        except Exception as exc:  # a bug: every post of the batch gets the 500 answer
            for _payload, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_payload, future), answer in zip(batch, replies):
            if not future.done():
                future.set_result(answer)


def listen_address(host: str | None) -> str:
    """The address to bind to: ``host`` when given, else this computer's address on its network."""
    if host:
        return host
    from workshop_app.intake.address import lan_address

    found = lan_address()
    if found is None:
        raise UserError(
            "This computer is not on a network; join the Wi-Fi or hotspot the phones use,"
            " or give --host 127.0.0.1 to try it on this computer alone."
        )
    return found


def _bind_error(exc: BaseException, host: str, port: int) -> UserError:
    if isinstance(exc, OSError):
        import errno

        if exc.errno == errno.EADDRINUSE or getattr(exc, "winerror", None) == 10048:
            return UserError(f"Port {port} is already in use on {host}; choose another port (0 picks a free one).")
        if exc.errno == errno.EADDRNOTAVAIL or getattr(exc, "winerror", None) == 10049:
            return UserError(f"{host} is not an address of this computer.")
        return UserError(f"Could not listen on {host} port {port} ({exc.strerror or exc}).")
    log.error("the intake server did not start", exc_info=exc)
    return UserError(f"The server for phones did not start ({type(exc).__name__}: {exc}).")
