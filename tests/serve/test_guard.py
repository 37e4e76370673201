"""The checks in front of the app, on their own: throttling over time, origins, loopback, and the
browser's messages (a bad one is refused, any size is made usable)."""

from __future__ import annotations

import pytest

from quizapp.serving.guard import Throttle, is_loopback, origin_allowed
from quizapp.serving.messages import MAX_SIZE, MIN_SIZE, terminal_size, understood


def test_a_throttled_address_may_try_again_once_its_window_has_passed() -> None:
    now = [0.0]
    throttle = Throttle(limit=3, window_s=60, clock=lambda: now[0])
    for _ in range(3):
        assert throttle.wait_seconds("10.0.0.7") == 0
        throttle.failed("10.0.0.7")
        now[0] += 1
    assert throttle.wait_seconds("10.0.0.7") == pytest.approx(57)
    assert throttle.wait_seconds("10.0.0.8") == 0  # another computer is not held up
    now[0] = 61
    assert throttle.wait_seconds("10.0.0.7") == 0
    throttle.failed("10.0.0.7")
    throttle.succeeded("10.0.0.7")
    assert throttle.wait_seconds("10.0.0.7") == 0


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        ("http://127.0.0.1:8000", True),
        ("https://127.0.0.1:8000/", True),
        ("http://127.0.0.1:8001", False),
        ("http://evil.example", False),
        ("null", False),
        (None, False),
        ("https://school.example", True),
    ],
)
def test_only_the_server_s_own_pages_and_allowed_origins_may_connect(origin: str | None, allowed: bool) -> None:
    assert origin_allowed(origin, "127.0.0.1:8000", ["https://school.example/"]) is allowed


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.20", False), ("", False)],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    "text",
    ["", "not json", "[]", "{}", "[5]", '["stdin"]', '["stdin", 5]', '["resize", 80]', '["nope", 1]', '["ping", {}]'],
)
def test_malformed_messages_are_refused(text: str) -> None:
    assert understood(text) is None


def test_well_formed_messages_and_any_size_become_usable() -> None:
    assert understood('["stdin", "q"]') == ("stdin", "q")
    assert understood('["ping", "x"]') == ("ping", "x")
    assert understood('["focus"]') == ("focus", None)
    assert understood('["resize", {"width": 0, "height": -3}]') == ("resize", MIN_SIZE)
    assert understood('["resize", {"width": 1e9, "height": "40"}]') == ("resize", (MAX_SIZE[0], 40))
    assert terminal_size(None, "abc") == (80, 24)
    assert terminal_size(True, 30) == (80, 24)
