"""What `quizapp serve` checks before a browser may drive an app: who signed in, from which page, how often.

- Sign-in cookie: after a good name and code, the browser keeps a cookie signed with the class's
  secret (itsdangerous), HttpOnly (page scripts cannot read it) and SameSite=Strict (other sites'
  pages do not send it). It names the student and carries a fingerprint of their code's hash,
  so `quizapp class reset` or `remove` signs out every browser that used the old code. The
  secret lives in the store, so every server over one database accepts the same cookies.
- Origin: a browser says which page opened a websocket; only this server's own pages (and
  `--allow-origin`) may, so another site open in a student's browser cannot drive the app.
- Throttle: failed sign-ins are counted per address and name; past THROTTLE_FAILURES in
  THROTTLE_WINDOW_S that name waits at that address, so one student's code cannot be guessed at
  speed; and past ADDRESS_FAILURES per address, every name waits there, so names cannot be swept.
  A class behind one school address signing in at once is not slowed: only failures count.
- Loopback: `--open` (no sign-in) is for this computer only.
"""

from __future__ import annotations

import hashlib
import ipaddress
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from itsdangerous import BadSignature, URLSafeTimedSerializer

from quizapp.roster import SignedIn

COOKIE_NAME = "quizapp_signin"
COOKIE_HOURS = 12
"""A school day: signed in in the morning, asked again the next day."""
SECRET_KEY = "serve.cookie_secret"
THROTTLE_FAILURES = 5
ADDRESS_FAILURES = 30
THROTTLE_WINDOW_S = 60.0
SESSION_MEMORY_MIB = 64
"""Room kept for one browser session's app process (about 51 MiB measured each, plus headroom)."""


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this computer only (127.0.0.1, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def origin_allowed(origin: str | None, host: str, allowed: Iterable[str] = ()) -> bool:
    """Whether a websocket opened by the page at `origin` may connect to this server at `host`
    (the Host header): only its own pages, over http or https, and the `allowed` origins."""
    if not origin:
        return False
    origin = origin.rstrip("/").lower()
    own = {f"http://{host.lower()}", f"https://{host.lower()}"}
    return origin in own or origin in {extra.rstrip("/").lower() for extra in allowed}


def default_max_sessions() -> int:
    """As many sessions as half the memory available now holds, at SESSION_MEMORY_MIB each (at least 1)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            fields = dict(line.split(":", 1) for line in meminfo)
        available_kib = int(fields["MemAvailable"].split()[0])
    except (OSError, KeyError, ValueError):
        return 8
    return max(1, available_kib // 1024 // 2 // SESSION_MEMORY_MIB)


def code_fingerprint(code_hash: str) -> str:
    """A short digest of a code's stored hash: changes when the code is reset."""
    return hashlib.sha256(code_hash.encode("utf-8")).hexdigest()[:16]


class SignInCookies:
    """Makes and reads the signed sign-in cookie's value."""

    def __init__(self, secret: str, hours: float = COOKIE_HOURS) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="quizapp-serve-signin")
        self.max_age_s = int(hours * 3600)

    def make(self, signed_in: SignedIn, code_hash: str) -> str:
        return self._serializer.dumps([signed_in.name, signed_in.teacher, code_fingerprint(code_hash)])

    def read(self, value: str | None, current_hash: Callable[[str], str | None]) -> SignedIn | None:
        """Who the cookie signs in, when it is ours, not expired, and their code is still the same."""
        if not value:
            return None
        try:
            name, teacher, fingerprint = self._serializer.loads(value, max_age=self.max_age_s)
        except (BadSignature, ValueError, TypeError):
            return None
        if not isinstance(name, str) or not isinstance(teacher, bool):
            return None
        stored = current_hash(name)
        if stored is None or code_fingerprint(stored) != fingerprint:
            return None
        return SignedIn(name, teacher=teacher)


@dataclass
class Throttle:
    """Failed sign-ins per address, forgotten after `window_s`; past `limit` the address must wait."""

    limit: int = THROTTLE_FAILURES
    window_s: float = THROTTLE_WINDOW_S
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque[float]] = field(default_factory=dict)

    def wait_seconds(self, address: str) -> float:
        """How long `address` must wait before trying again (0: it may try now)."""
        now = self.clock()
        failures = self._failures.get(address)
        if failures is None:
            return 0.0
        while failures and failures[0] <= now - self.window_s:
            failures.popleft()
        if not failures:
            del self._failures[address]
            return 0.0
        return failures[0] + self.window_s - now if len(failures) >= self.limit else 0.0

    def failed(self, address: str) -> None:
        if len(self._failures) > 10_000:  # many addresses: forget the ones whose window has passed
            for known in list(self._failures):
                self.wait_seconds(known)
        self._failures.setdefault(address, deque(maxlen=self.limit)).append(self.clock())

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)
