"""The class roster and its sign-in codes: what `quizapp class` changes and `quizapp serve` checks.

A student signs in to `quizapp serve` with their name and a one-time code the teacher printed
for them; the teacher signs in as TEACHER_NAME with the teacher's code. Codes are random
(secrets), shown once, and stored only as salted scrypt hashes (hashlib, memory-hard: a stolen
database does not give the codes back quickly). Checking a name that has no account costs the
same scrypt as checking one that has, so the time taken does not tell who is in the class.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.storage import InvalidValue, Store
from quizapp.storage.accounts import TEACHER_HASH_KEY
from quizapp.storage.records import valid_profile_name

TEACHER_NAME = "teacher"
"""The name the teacher signs in with; no student may have it."""
CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
"""No i, l, o, 0 or 1: a code read aloud or copied from paper is not mistyped."""
CODE_GROUPS, GROUP_LENGTH = 3, 4
"""12 characters of 31: about 59 bits, far beyond guessing at the throttled sign-in rate."""
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LENGTH = 2**14, 8, 1, 32
"""scrypt's interactive-login cost (16 MiB, some tens of milliseconds per check)."""
_DECOY = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="


@dataclass(frozen=True)
class SignedIn:
    """Who a name and code belong to."""

    name: str
    teacher: bool = False


def new_code() -> str:
    """A fresh random sign-in code, e.g. 'kq7m-x2pd-93ha'."""
    return "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(CODE_GROUPS))


def _canonical(code: str) -> bytes:
    """A code as typed, without case, spaces or dashes."""
    return "".join(code.lower().split()).replace("-", "").encode("utf-8")


def _scrypt(code: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(_canonical(code), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r * p, dklen=length)


def hash_code(code: str) -> str:
    """`scrypt$N$r$p$salt$hash` (base64), a new random salt each time."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(code, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LENGTH)
    encoded = base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encoded[0]}${encoded[1]}"


def code_matches(code: str, stored: str) -> bool:
    """Whether `code` is the one `stored` was made from (False for a malformed hash)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest, validate=True)
        actual = _scrypt(code, base64.b64decode(salt, validate=True), int(n), int(r), int(p), len(expected))
    except ValueError:
        return False
    return scheme == "scrypt" and hmac.compare_digest(actual, expected)


class Roster:
    """The class's accounts in one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, names: Sequence[str], class_name: str = "") -> list[tuple[str, str]]:
        """Accounts for new students: (name, code) each, the code shown once. Names that already
        have an account, or are the teacher's, are refused before anything is added."""
        cleaned = [valid_profile_name(name) for name in names]
        for name in cleaned:
            if name.casefold() == TEACHER_NAME:
                raise InvalidValue(f"{TEACHER_NAME!r} is the teacher's sign-in name; choose another for a student.")
            if self.store.account(name) is not None:
                raise InvalidValue(f"{name!r} already has an account: use 'quizapp class reset {name}' for a new code.")
        if len(set(cleaned)) != len(cleaned):
            raise InvalidValue("A name is given twice.")
        added = []
        for name in cleaned:
            profile = self.store.profile(name)
            code = new_code()
            self.store.add_account(profile.id, class_name.strip(), hash_code(code))
            added.append((profile.name, code))
        return added

    def reset(self, name: str) -> str:
        """A new code for a student (the old one, and every browser signed in with it, stop working)."""
        code = new_code()
        self.store.set_code_hash(name, hash_code(code))
        return code

    def new_teacher_code(self) -> str:
        """A new teacher's code, replacing any earlier one."""
        code = new_code()
        self.store.set_setting(TEACHER_HASH_KEY, hash_code(code))
        return code

    def code_hash(self, name: str) -> str | None:
        """The stored hash behind `name`'s sign-in (the teacher's for TEACHER_NAME)."""
        if name.strip().casefold() == TEACHER_NAME:
            return self.store.get_setting(TEACHER_HASH_KEY)
        account = self.store.account(name)
        return None if account is None else account.code_hash

    def check(self, name: str, code: str) -> SignedIn | None:
        """Who signs in with this name and code; None when they do not match an account."""
        stored = self.code_hash(name)
        matches = code_matches(code, stored or _DECOY)
        if stored is None or not matches:
            return None
        teacher = name.strip().casefold() == TEACHER_NAME
        return SignedIn(TEACHER_NAME if teacher else name.strip(), teacher=teacher)

    def remove(self, name: str) -> None:
        """The student can no longer sign in; their answers are kept."""
        self.store.remove_account(name)
