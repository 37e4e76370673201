"""The web server: textual-serve's Server with our page, on a socket opened beforehand, with a quick, clean stop.

What we change in textual-serve, and why:
- the page template (templates/app_index.html): theirs loads a font from Google Fonts, and a
  classroom may have no internet or may not want students' browsers calling outside;
- on shutdown every browser connection is closed first, and each app process is told to quit and
  waited for (its answers are already saved) or killed if it hangs. textual-serve alone leaves
  aiohttp waiting for open connections (23 s measured with one tab), then exits without waiting
  for the app processes.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path

from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, log, to_int

TEMPLATES = Path(__file__).with_name("templates")
SESSION_STOP_SECONDS = 5.0
"""How long an app process may take to quit once its tab closes or the server stops; then it is killed."""


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
            shutdown_timeout=SESSION_STOP_SECONDS + 1,
            print=None,
        )
