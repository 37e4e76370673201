"""`quizapp serve` with sign-in, as a class and an attacker would meet it: a real server, a real store, and
aiohttp standing in for the browsers (it speaks the same websocket textual.js does)."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from collections.abc import Callable
from pathlib import Path

import aiohttp
import pytest
from tests_serve_support import ONE_QUESTION_BANK, Served

from quizapp.roster import Roster
from quizapp.serving.guard import COOKIE_NAME
from quizapp.storage import Store


def enrol(data: Path | str, *names: str) -> dict[str, str]:
    """Accounts for `names` and a teacher's code, as `quizapp class add` and `class teacher` make them."""
    with Store.open(data) as store:
        roster = Roster(store)
        codes = dict(roster.add(names, "7b"))
        codes["teacher"] = roster.new_teacher_code()
    return codes


def client() -> aiohttp.ClientSession:
    # unsafe: keep cookies from an IP address (127.0.0.1) as a browser does
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def sign_in(session: aiohttp.ClientSession, served: Served, name: str, code: str) -> aiohttp.ClientResponse:
    async with session.post(served.url + "signin", data={"name": name, "code": code}, allow_redirects=False) as reply:
        await reply.read()
        return reply


async def first_screen(tab: aiohttp.ClientWebSocketResponse, text: bytes) -> bytes:
    screen = b""
    async for message in tab:
        screen += message.data if message.type == aiohttp.WSMsgType.BINARY else b""
        if text in screen:
            return screen
    raise AssertionError(f"the app never showed {text!r}")


def app_command_lines(server_pid: int) -> list[str]:
    """The command lines of the server's app processes (one per open tab)."""
    lines = []
    for task in Path(f"/proc/{server_pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            lines.append(Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode())
    return lines


@pytest.fixture
def class_server(start_server: Callable[..., Served], tmp_path: Path) -> tuple[Served, dict[str, str]]:
    data = tmp_path / "class.db"
    codes = enrol(data, "ann", "bob")
    served = start_server(
        "--bank", str(ONE_QUESTION_BANK), "--max-sessions", "2", profile=None, sign_in=True, data=data
    )
    return served, codes


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the app processes through /proc (Linux)")
async def test_a_student_signs_in_once_and_studies_as_themselves_only(
    class_server: tuple[Served, dict[str, str]],
) -> None:
    served, codes = class_server
    async with client() as browser:
        async with browser.get(served.url, allow_redirects=False) as page:
            assert (page.status, page.headers["Location"]) == (303, "signin")
        async with browser.get(served.url + "signin") as form:
            text = await form.text()
            assert "Your code" in text and "ann" not in text and "bob" not in text  # no page lists names
        assert (await sign_in(browser, served, "ann", codes["bob"])).status == 401  # bob's code is not ann's
        assert not browser.cookie_jar.filter_cookies(served.url)
        reply = await sign_in(browser, served, "bob", codes["bob"])
        assert reply.status == 303
        cookie = reply.cookies[COOKIE_NAME]
        assert cookie["httponly"] and cookie["samesite"] == "Strict"
        async with browser.get(served.url) as page:  # a refresh does not ask again
            assert page.status == 200 and "textual.js" in await page.text()
        async with browser.ws_connect(served.url + "ws?width=100&height=30", origin=served.origin) as tab:
            await first_screen(tab, b"Browser check bank")
            (command,) = app_command_lines(served.process.pid)
            assert "--profile=bob" in command and "--ask-profile" not in command

        # A cookie edited to say "ann" is not ann's: the signature no longer matches.
        forged = cookie.value.replace(cookie.value.split(".")[0], cookie.value.split(".")[0][::-1])
        browser.cookie_jar.update_cookies({COOKIE_NAME: forged}, response_url=aiohttp.client.URL(served.url))
        async with browser.get(served.url, allow_redirects=False) as page:
            assert page.status == 303
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await browser.ws_connect(served.url + "ws", origin=served.origin)
        assert refused.value.status == 401

    # A new code for bob signs out the browsers that used the old one.
    async with client() as browser:
        await sign_in(browser, served, "bob", codes["bob"])
        with Store.open(served.data) as store:
            Roster(store).reset("bob")
        async with browser.get(served.url, allow_redirects=False) as page:
            assert page.status == 303


async def test_another_site_s_page_cannot_open_the_app(class_server: tuple[Served, dict[str, str]]) -> None:
    served, codes = class_server
    async with client() as browser:
        await sign_in(browser, served, "ann", codes["ann"])
        for origin in ("http://evil.example", None):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await browser.ws_connect(served.url + "ws", origin=origin)
            assert refused.value.status == 403


async def test_the_session_cap_holds_and_says_the_server_is_full(class_server: tuple[Served, dict[str, str]]) -> None:
    served, codes = class_server  # --max-sessions 2
    async with client() as browser:
        await sign_in(browser, served, "ann", codes["ann"])
        url = served.url + "ws?width=100&height=30"
        async with (
            browser.ws_connect(url, origin=served.origin) as one,
            browser.ws_connect(url, origin=served.origin) as two,
        ):
            await first_screen(one, b"Browser check bank")
            await first_screen(two, b"Browser check bank")
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await browser.ws_connect(url, origin=served.origin)
            assert refused.value.status == 503
            async with browser.get(served.url) as page:
                assert page.status == 503 and "Server full" in await page.text()


async def test_guessing_codes_is_throttled_and_codes_never_reach_the_logs_or_the_database(
    class_server: tuple[Served, dict[str, str]],
) -> None:
    served, codes = class_server
    async with client() as teacher:
        reply = await sign_in(teacher, served, "teacher", codes["teacher"])
        assert (reply.status, reply.headers["Location"]) == (303, "class")
        async with teacher.get(served.url + "class") as view:
            text = await view.text()
            assert "Class view" in text and "ann" in text and "bob" in text
    async with client() as guesser:
        statuses = [(await sign_in(guesser, served, "ann", f"wrong-{n}")).status for n in range(6)]
        assert statuses == [401] * 5 + [429]
        assert (await sign_in(guesser, served, "ann", codes["ann"])).status == 429  # even the right code waits
        assert (await sign_in(guesser, served, "bob", codes["bob"])).status == 303  # a classmate behind one address
    code, out, err = served.stop(signal.SIGINT)
    assert code == 0
    raw = sqlite3.connect(served.data)
    dump = "\n".join(raw.iterdump())
    raw.close()
    for secret in codes.values():
        for form in (secret, secret.replace("-", "")):
            assert form not in out and form not in err and form not in dump


async def test_bad_messages_a_plain_get_and_a_zero_size_cost_one_line_and_no_tab(
    start_server: Callable[..., Served],
) -> None:
    served = start_server("--bank", str(ONE_QUESTION_BANK), "--idle-minutes", "0.05")
    async with aiohttp.ClientSession() as browser:
        async with browser.get(served.url + "ws", headers={"Origin": served.origin}) as plain:
            assert plain.status == 400 and "open the page" in await plain.text()
        async with browser.ws_connect(served.url + "ws?width=0&height=0", origin=served.origin) as tab:
            await first_screen(tab, b"\x1b[")  # the app draws (on the smallest screen it is given)
            for bad in ("not json", "[]", '["stdin", 5]', '["resize", {"width": "wide"}]', '{"a": 1}'):
                await tab.send_str(bad)
            await tab.send_json(["resize", {"width": 0, "height": 0}])
            await tab.send_json(["ping", "still there?"])
            async for message in tab:
                if message.type == aiohttp.WSMsgType.TEXT and "still there?" in message.data:
                    break
            else:
                raise AssertionError("the tab died")
            started = asyncio.get_running_loop().time()
            async for _ in tab:  # no keystrokes: the server ends the session after the idle time (3 s)
                pass
            assert tab.close_code == aiohttp.WSCloseCode.GOING_AWAY
            assert asyncio.get_running_loop().time() - started < 30
    code, _, err = served.stop()
    assert code == 0
    assert "Traceback" not in err
    assert err.count("malformed message") == 1
