"""The web server: textual-serve's Server with our page, our own listening socket and a quick, clean stop.

What we change in textual-serve, and why:
- the page template (templates/app_index.html): theirs loads a font from Google Fonts, and a
  classroom may have no internet or may not want students' browsers calling outside;
- the socket is bound before anything is printed, so a busy port is one clear error, and port 0
  picks a free port whose real number is what we print;
- on shutdown every browser connection is closed first and each app process is told to quit and
  waited for (its answers are already saved); textual-serve alone leaves aiohttp waiting up to a
  minute per open connection, then exits without waiting for the app processes.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
from pathlib import Path

from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, log, to_int

TEMPLATES = Path(__file__).with_name("templates")
SHUTDOWN_SECONDS = 5.0
"""How long a session may take to end once the server is asked to stop."""
WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})
ADDRESS_IN_USE = frozenset(code for code in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", None)) if code)


class PortUnavailable(Exception):
    """The address cannot be listened on (in use, not ours, not allowed); the message says which."""


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port, or PortUnavailable with a sentence for the teacher."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as error:
        raise PortUnavailable(f"cannot listen on {host!r}: {error.strerror}") from None
    listener = socket.socket(family, kind, protocol)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as aiohttp does: a restart may reuse the port
        listener.bind(address)
        listener.listen(128)
    except OSError as error:
        listener.close()
        where = f"{host}:{port}"
        if error.errno in ADDRESS_IN_USE:
            raise PortUnavailable(f"port {port} is already in use on {host}; choose another with --port") from None
        raise PortUnavailable(f"cannot listen on {where}: {error.strerror or error}") from None
    listener.setblocking(False)
    return listener


def browser_urls(host: str, listener: socket.socket) -> list[str]:
    """The addresses to open: this host's, or for every-interface hosts, this machine's name as well."""
    port = listener.getsockname()[1]
    if host in WILDCARD_HOSTS:
        return [f"http://127.0.0.1:{port}/", f"http://{socket.gethostname()}:{port}/"]
    shown = f"[{host}]" if ":" in host else host
    return [f"http://{shown}:{port}/"]


class BrowserSession(AppService):
    """One browser tab's app process; stopping it also waits for the process to end (or kills a hung one).

    textual-serve's AppService only waits for the process's output to end, so a server that stops
    right after could leave the app finishing its last save with nobody reading its pipe.
    """

    async def stop(self) -> None:
        await super().stop()
        process = self._process
        if process is None or process.returncode is not None:
            return
        try:
            await asyncio.wait_for(process.wait(), SHUTDOWN_SECONDS)
        except TimeoutError:
            process.kill()
            await process.wait()


class QuizServer(Server):
    """textual-serve's Server, running `command` for each browser session, serving our page."""

    def __init__(self, command: str, *, title: str = "quizapp") -> None:
        super().__init__(command, title=title, templates_path=TEMPLATES)
        self._connections: set[web.WebSocketResponse] = set()

    async def on_startup(self, app: web.Application) -> None:
        """Say nothing: the command prints the address once the socket is listening."""

    async def on_shutdown(self, app: web.Application) -> None:
        """Close every tab's connection: each handler then stops its app process before aiohttp's timeout."""
        for connection in list(self._connections):
            await connection.close(code=WSCloseCode.GOING_AWAY, message=b"quizapp serve stopped")

    def initialize_logging(self) -> None:
        """Warnings and errors only (an app that fails to start): no line per request for the teacher to read."""
        logging.basicConfig(level=logging.WARNING, format="%(message)s")

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's handler (1.1.3), with a BrowserSession and the connection remembered for shutdown."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        session: BrowserSession | None = None
        self._connections.add(websocket)
        try:
            await websocket.prepare(request)
            session = BrowserSession(
                self.command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await session.start(width, height)
            await self._process_messages(websocket, session)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:
            log.exception(error)
        finally:
            self._connections.discard(websocket)
            if session is not None:
                await session.stop()
        return websocket

    def serve_on(self, listener: socket.socket) -> None:
        """Serve until Ctrl+C or SIGTERM; both end every session and return normally."""
        self.initialize_logging()
        web.run_app(
            self._make_app(),
            sock=listener,
            handle_signals=True,
            shutdown_timeout=SHUTDOWN_SECONDS,
            print=None,
        )
