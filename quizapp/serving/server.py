"""The web server: textual-serve's Server with our page, sign-in and limits, on a socket opened beforehand.

What we change in textual-serve, and why:
- the page template (templates/app_index.html): theirs loads a font from Google Fonts, and a
  classroom may have no internet or may not want students' browsers calling outside;
- sign-in (unless --open): the page and the app's websocket need the signed sign-in cookie
  (guard.py), and each student's app runs with their own profile, so no page lists names and a
  student only ever sees their own progress; the teacher's sign-in opens the class view;
- the websocket: only this server's own pages may open it (Origin), at most `max_sessions` at
  once ("server full" otherwise), a session with no keystroke for `idle_minutes` ends, a GET
  without the upgrade is a plain 400, a malformed message or a resize to any size is one log
  line or a clamped size, never a traceback or a crashed tab;
- on shutdown every browser connection is closed first, and each app process is told to quit and
  waited for (its answers are already saved) or killed if it hangs. textual-serve alone leaves
  aiohttp waiting for open connections (23 s measured with one tab), then exits without waiting
  for the app processes.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from quizapp.roster import Roster, SignedIn
from quizapp.serving import pages
from quizapp.serving.class_view import class_view_page
from quizapp.serving.guard import ADDRESS_FAILURES, COOKIE_NAME, SignInCookies, Throttle, origin_allowed
from quizapp.serving.messages import terminal_size, understood
from quizapp.serving.session_command import session_command
from quizapp.storage import Store, StoreError

TEMPLATES = Path(__file__).with_name("templates")
SESSION_STOP_SECONDS = 5.0
"""How long an app process may take to quit once its tab closes or the server stops; then it is killed."""
log = logging.getLogger("quizapp.serve")


@dataclass(frozen=True)
class ServeSettings:
    """What `quizapp serve` was asked for (see commands/serve.py)."""

    data: Path | str | None
    """Passed to each session's command; None when sessions read QUIZAPP_DATA (a server URL stays off `ps`)."""
    banks: tuple[str, ...] = ()
    open: bool = False
    """No sign-in (loopback only): each tab gives a name, or studies as `profile`."""
    profile: str | None = None
    allowed_origins: tuple[str, ...] = ()
    max_sessions: int = 8
    idle_minutes: float = 30.0


class BrowserSession(AppService):
    """One browser tab's app process; stopping it waits for the process to end, and kills one that hangs.

    textual-serve's AppService only waits for the process's output to end, and for ever: a server
    stopping right after could leave an app finishing its last save with nobody reading its pipe,
    and an app that never quits would hold the server up.
    """

    stop_seconds: float = SESSION_STOP_SECONDS

    async def stop(self) -> None:
        quitting = asyncio.ensure_future(self._quit_and_wait())
        done, _ = await asyncio.wait({quitting}, timeout=self.stop_seconds)
        if not done:  # not cancelled: textual-serve's reader swallows cancellation; killing ends its output
            process = self._process
            if process is not None and process.returncode is None:
                process.kill()
        await quitting

    async def _quit_and_wait(self) -> None:
        await super().stop()
        if self._process is not None:
            await self._process.wait()


class QuizServer(Server):
    """textual-serve's Server, running one quizapp per browser session, serving our pages."""

    def __init__(self, settings: ServeSettings, store: Store | None = None) -> None:
        """`store` checks sign-ins (required unless `settings.open`)."""
        super().__init__(
            session_command(settings.data, settings.profile, settings.banks), title="quizapp", templates_path=TEMPLATES
        )
        self.settings = settings
        self.store = store
        self.roster = Roster(store) if store is not None else None
        self.cookies: SignInCookies | None = None
        self.name_throttle = Throttle()
        self.address_throttle = Throttle(limit=ADDRESS_FAILURES)
        self._connections: set[web.WebSocketResponse] = set()

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.add_routes(
            [
                web.get("/signin", self.handle_sign_in_form),
                web.post("/signin", self.handle_sign_in),
                web.post("/signout", self.handle_sign_out),
                web.get("/class", self.handle_class_view),
            ]
        )
        return app

    async def on_startup(self, app: web.Application) -> None:
        """Read the cookie secret (the first server over a database makes it). Print nothing: the
        command prints the address once the socket is listening."""
        if self.store is not None:
            from secrets import token_hex

            from quizapp.serving.guard import SECRET_KEY

            secret = await asyncio.to_thread(self.store.setting_once, SECRET_KEY, token_hex(32))
            self.cookies = SignInCookies(secret)

    async def on_shutdown(self, app: web.Application) -> None:
        """Close every tab's connection: each handler then stops its app process before aiohttp's timeout."""
        for connection in list(self._connections):
            await connection.close(code=WSCloseCode.GOING_AWAY, message=b"quizapp serve stopped")

    def initialize_logging(self) -> None:
        """Warnings and errors only, one line each: no line per request for the teacher to read."""
        logging.basicConfig(level=logging.WARNING, format="%(message)s")

    # -- who is asking ------------------------------------------------------------------

    async def signed_in(self, request: web.Request) -> SignedIn | None:
        """Who this request's cookie signs in (None: nobody, or the code changed since)."""
        if self.cookies is None or self.roster is None:
            return None
        roster, value = self.roster, request.cookies.get(COOKIE_NAME)
        if not value:
            return None
        try:
            return await asyncio.to_thread(self.cookies.read, value, roster.code_hash)
        except StoreError as error:
            log.warning("quizapp serve: could not check a sign-in: %s", error)
            return None

    def _full(self) -> bool:
        return len(self._connections) >= self.settings.max_sessions

    # -- pages ----------------------------------------------------------------------------

    async def handle_index(self, request: web.Request) -> Any:
        """The app's page, for a signed-in student (or anyone with --open); otherwise the sign-in form."""
        if not self.settings.open:
            who = await self.signed_in(request)
            if who is None:
                return _redirect("signin")
            if who.teacher:
                return _redirect("class")
        if self._full():
            return _html(pages.message_page("Server full", _FULL, refresh_s=30), status=503)
        return await super().handle_index(request)

    async def handle_sign_in_form(self, request: web.Request) -> web.Response:
        if self.settings.open:
            return _redirect("./")
        return _html(pages.sign_in_page())

    async def handle_sign_in(self, request: web.Request) -> web.Response:
        """Check a name and code; a good pair gets the cookie, a bad one counts against the address."""
        if self.roster is None or self.cookies is None:
            return _redirect("./")
        form = await request.post()
        name, code = str(form.get("name", ""))[:100].strip(), str(form.get("code", ""))[:100]
        address = request.remote or "unknown"
        key = f"{address} {name.casefold()}"
        wait = max(self.name_throttle.wait_seconds(key), self.address_throttle.wait_seconds(address))
        if wait > 0:
            message = f"Too many attempts from this computer: wait {int(wait) + 1} seconds, then try again."
            return _html(pages.sign_in_page(message), status=429)
        try:
            who = await asyncio.to_thread(self.roster.check, name, code)
            code_hash = None if who is None else await asyncio.to_thread(self.roster.code_hash, who.name)
        except StoreError as error:
            log.warning("quizapp serve: could not check a sign-in: %s", error)
            return _html(pages.sign_in_page("The class's progress cannot be reached; tell your teacher."), status=503)
        if who is None or code_hash is None:
            self.name_throttle.failed(key)
            self.address_throttle.failed(address)
            problem = "That name and code do not match. Check them with your teacher."
            return _html(pages.sign_in_page(problem, name), status=401)
        self.name_throttle.succeeded(key)
        response = _redirect("class" if who.teacher else "./")
        response.set_cookie(
            COOKIE_NAME,
            self.cookies.make(who, code_hash),
            max_age=self.cookies.max_age_s,
            path="/",
            httponly=True,
            samesite="Strict",
            secure=request.secure,
        )
        return response

    async def handle_sign_out(self, request: web.Request) -> web.Response:
        response = _redirect("signin")
        response.del_cookie(COOKIE_NAME, path="/")
        return response

    async def handle_class_view(self, request: web.Request) -> web.Response:
        """The teacher's live class view (students are sent to their app)."""
        who = await self.signed_in(request)
        if who is None or not who.teacher or self.store is None:
            return _redirect("./" if who is not None else "signin")
        try:
            body = await asyncio.to_thread(class_view_page, self.store)
        except StoreError as error:
            return _html(pages.message_page("Class view", str(error), refresh_s=30), status=503)
        return _html(body)

    # -- the app's websocket ----------------------------------------------------------------

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        """textual-serve's handler (1.1.3), behind the checks above, with a BrowserSession per tab."""
        if not origin_allowed(request.headers.get("Origin"), request.host, self.settings.allowed_origins):
            log.warning(
                "quizapp serve: refused a connection from another site's page (%s)", request.headers.get("Origin")
            )
            return web.Response(status=403, text="Only this server's own page may connect.\n")
        command = self.command
        if not self.settings.open:
            who = await self.signed_in(request)
            if who is None or who.teacher:
                return web.Response(status=401, text="Sign in first.\n")
            command = session_command(self.settings.data, who.name, self.settings.banks)
        websocket = web.WebSocketResponse(heartbeat=15)
        if not websocket.can_prepare(request).ok:
            return web.Response(status=400, text="This address is the app's connection: open the page instead.\n")
        if self._full():
            return web.Response(status=503, text=_FULL + "\n")
        width, height = terminal_size(request.query.get("width"), request.query.get("height"))
        session: BrowserSession | None = None
        self._connections.add(websocket)
        try:
            await websocket.prepare(request)
            session = BrowserSession(
                command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,  # type: ignore[arg-type]  # as textual-serve passes it
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await session.start(width, height)
            await self._process_messages(websocket, session, peer=request.remote or "a browser")
        except asyncio.CancelledError:
            await websocket.close()
        except (TimeoutError, ConnectionError) as error:
            log.info("quizapp serve: a browser went away (%s)", type(error).__name__)
        except Exception as error:  # one line for the teacher; the student's answers are already saved
            log.warning("quizapp serve: a session ended on an error: %s: %s", type(error).__name__, error)
        finally:
            self._connections.discard(websocket)
            if session is not None:
                await session.stop()
        return websocket

    async def _process_messages(
        self, websocket: web.WebSocketResponse, app_service: AppService, peer: str = "a browser"
    ) -> None:
        """textual-serve's message loop, checked: bad messages are skipped (one log line per
        connection), sizes clamped, and the session ends after `idle_minutes` without a keystroke."""
        loop = asyncio.get_running_loop()
        idle_s = self.settings.idle_minutes * 60
        last_input = loop.time()
        reported = False
        while not websocket.closed:
            remaining = last_input + idle_s - loop.time()
            if remaining <= 0:
                await websocket.close(code=WSCloseCode.GOING_AWAY, message=b"idle: reload the page to go on")
                return
            try:
                message = await websocket.receive(timeout=remaining)
            except TimeoutError:
                continue
            if message.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                return
            envelope = understood(message.data) if message.type == WSMsgType.TEXT else None
            if envelope is None:
                if not reported:
                    log.warning("quizapp serve: ignored a malformed message from %s", peer)
                    reported = True
                continue
            kind, data = envelope
            if kind == "stdin":
                last_input = loop.time()
                await app_service.send_bytes(data.encode("utf-8"))
            elif kind == "resize":
                await app_service.set_terminal_size(*data)
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()

    def serve_on(self, listener: socket.socket) -> None:
        """Serve until Ctrl+C or SIGTERM; both end every session and return normally."""
        self.initialize_logging()
        web.run_app(
            self._make_app(),
            sock=listener,
            handle_signals=True,
            shutdown_timeout=SESSION_STOP_SECONDS + 1,
            print=None,
        )


_FULL = "Every place on this server is taken. This page tries again every 30 seconds."


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", headers={"Cache-Control": "no-store"})


def _redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location, "Cache-Control": "no-store"})
