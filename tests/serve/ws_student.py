"""A student at `quizapp serve` without a browser: signs in over HTTP, then types into the app over the
websocket exactly as textual.js does (["stdin", keys] messages) and reads its terminal output.

Used by the two-server test and by tests/benchmarks/class_load.py. Text is looked for in the raw
output stream: Textual writes a run of same-styled text in one piece, so "✓ Right" or a
question's prompt arrives whole.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import aiohttp

END, ENTER = "\x1b[F", "\r"
WAIT_S = 30.0


class StudentTab:
    """One signed-in browser tab of one student."""

    def __init__(self, http: aiohttp.ClientSession, base_url: str, wait_s: float = WAIT_S) -> None:
        self.http = http
        self.wait_s = wait_s
        """How long `wait_for` waits by default (a loaded machine starts 30 apps slowly)."""
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.origin = self.base_url.rstrip("/")
        self.tab: aiohttp.ClientWebSocketResponse | None = None
        self._output = bytearray()

    async def sign_in(self, name: str, code: str) -> int:
        """POST the sign-in form; the HTTP status (303 when signed in)."""
        form = {"name": name, "code": code}
        async with self.http.post(self.base_url + "signin", data=form, allow_redirects=False) as reply:
            await reply.read()
            return reply.status

    async def open(self, width: int = 100, height: int = 30) -> None:
        url = f"{self.base_url}ws?width={width}&height={height}"
        self.tab = await self.http.ws_connect(url, origin=self.origin)

    async def close(self) -> None:
        if self.tab is not None:
            await self.tab.close()

    def mark(self) -> None:
        """Forget the output so far: the next `wait_for` looks only at what comes after."""
        self._output.clear()

    async def wait_for(self, text: str, timeout: float | None = None) -> float:
        """Read output until `text` appears (since the last mark); the monotonic time it did."""
        wanted = text.encode("utf-8")
        return await self.wait_until(lambda output: wanted in output, repr(text), timeout)

    async def wait_until(
        self, shown: Callable[[bytes], bool], what: str = "the awaited screen", timeout: float | None = None
    ) -> float:
        """Read output until `shown(output since the last mark)`; the monotonic time it was."""
        assert self.tab is not None
        deadline = time.monotonic() + (self.wait_s if timeout is None else timeout)
        while not shown(bytes(self._output)):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"the app never showed {what}")
            message = await self.tab.receive(timeout=remaining)
            if message.type == aiohttp.WSMsgType.BINARY:
                self._output += message.data
            elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                raise ConnectionError(f"the app closed before showing {what}")
        return time.monotonic()

    async def type(self, keys: str) -> float:
        """Send keys; the monotonic time they left."""
        assert self.tab is not None
        self.mark()
        sent = time.monotonic()
        await self.tab.send_json(["stdin", keys])
        return sent

    async def quiet(self, seconds: float = 0.3, longest: float = 10.0) -> None:
        """Wait until the app has drawn nothing for `seconds` (a redraw finished), at most `longest`
        seconds (an animation never stops drawing)."""
        assert self.tab is not None
        deadline = time.monotonic() + longest
        while time.monotonic() < deadline:
            try:
                message = await self.tab.receive(timeout=seconds)
            except TimeoutError:
                return
            if message.type == aiohttp.WSMsgType.BINARY:
                self._output += message.data
            elif message.type != aiohttp.WSMsgType.TEXT:
                return

    async def start_last_bank(self, title: str, mode_key: str = ENTER, attempts: int = 20) -> None:
        """On the home screen, highlight the last bank listed (the --bank one) and start it.

        End is pressed until the bank's details show its title (a key sent before the list takes
        keys is lost; on a loaded machine the list may take seconds to be ready).
        """
        await self.wait_for(title)
        await self.quiet()
        for _ in range(attempts):
            await self.type(END)
            try:
                await self.wait_until(lambda output: output.count(title.encode("utf-8")) >= 2, title, timeout=3)
                break
            except TimeoutError:
                continue
        await self.quiet()
        await self.type(mode_key)
