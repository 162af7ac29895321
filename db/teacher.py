"""The teacher PIN: set on first use, kept only as a salted scrypt hash, wrong tries slowed down.

Storage (table `settings`, values are text):
- `teacher.pin`: JSON `{"alg": "scrypt", "n", "r", "p", "dklen", "salt", "hash"}` (salt and hash in hex).
  scrypt with n=2**14, r=8, p=1 (16 MiB, about 50 ms here) and a fresh 16-byte random salt per PIN,
  so the same PIN set twice is stored differently and a guess costs real work. The PIN itself is
  never stored. The parameters are stored with the hash so they can be raised later.
- `teacher.failures`: wrong tries since the last right one.
- `teacher.next_try`: Unix time before which every try is refused unchecked.
Both survive a restart of the app, so quitting does not reset the delay.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.changes import Changes
from db.connection import write_transaction, writes
from db.errors import TrilemmaError, ValidationError
from db.settings import set_setting, setting

if TYPE_CHECKING:
    from db.connection import Database

PIN_KEY = "teacher.pin"
FAILURES_KEY = "teacher.failures"
NEXT_TRY_KEY = "teacher.next_try"
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
SALT_BYTES = 16
MIN_LENGTH = 4
MAX_LENGTH = 64
MAX_DELAY = 300.0  # seconds; also caps the wait if the clock was set back


class PinRefusedError(TrilemmaError):
    """A wrong PIN, or a try before the delay ran out; `retry_after` is the wait in seconds.

    `changes` is what the refused try still wrote (the count of wrong tries), so it is signalled too."""

    def __init__(self, message: str, retry_after: float, changes: Changes | None = None):
        self.retry_after = retry_after
        self.changes = changes or Changes()
        super().__init__(message)


@dataclass(frozen=True)
class PinCheck:
    """The outcome of one try: `ok`, and how many seconds to wait before the next one."""

    ok: bool
    retry_after: float = 0.0
    checked: bool = True  # False when refused unchecked because the delay had not run out


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` wrong tries in a row: 1, 2, 4, 8 … up to MAX_DELAY."""
    if failures <= 0:
        return 0.0
    return float(min(2 ** (failures - 1), MAX_DELAY))


def _hash(pin: str, salt: bytes, params: dict) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=params["n"], r=params["r"], p=params["p"],
                          dklen=params["dklen"], maxmem=128 * params["r"] * params["n"] * 2)


def _record(pin: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return json.dumps({"alg": "scrypt", **SCRYPT, "salt": salt.hex(), "hash": _hash(pin, salt, SCRYPT).hex()})


def check_pin_rules(pin: str) -> None:
    """Raise ValidationError if a new PIN is too short or too long."""
    if not isinstance(pin, str) or len(pin.strip()) < MIN_LENGTH:
        raise ValidationError(f"the PIN needs at least {MIN_LENGTH} characters", "pin")
    if len(pin) > MAX_LENGTH:
        raise ValidationError(f"the PIN may have at most {MAX_LENGTH} characters", "pin")


def has_pin(db: Database) -> bool:
    """True once a teacher PIN has been set."""
    return setting(db, PIN_KEY) is not None


def wait_seconds(db: Database, *, now: float | None = None) -> float:
    """Seconds until the next try is allowed (0 if now)."""
    next_try = float(setting(db, NEXT_TRY_KEY) or 0)
    now = time.time() if now is None else now
    return max(0.0, min(next_try - now, MAX_DELAY))


def failures(db: Database) -> int:
    """Wrong tries in a row so far."""
    return int(setting(db, FAILURES_KEY) or 0)


@writes("the PIN")
def set_pin(db: Database, *, pin: str) -> Changes:
    """Set the PIN on first use; refuses if one is already set (use change_pin)."""
    check_pin_rules(pin)
    with db.atomic():
        if has_pin(db):
            raise ValidationError("a PIN is already set; change it with the old PIN", "pin")
        set_setting(db, PIN_KEY, _record(pin))
        set_setting(db, FAILURES_KEY, "0")
        set_setting(db, NEXT_TRY_KEY, "0")
    return Changes().add("settings", PIN_KEY)


@writes("the PIN check")
def verify_pin(db: Database, *, pin: str, now: float | None = None) -> Changes:
    """Check a PIN in constant time; a wrong one grows the wait before the next try (persisted).

    The value is a `PinCheck`; the changes name the count of wrong tries when it was written."""
    now = time.time() if now is None else now
    stored = setting(db, PIN_KEY)
    if stored is None:
        return Changes(value=PinCheck(ok=False, checked=False))
    wait = wait_seconds(db, now=now)
    if wait > 0:
        return Changes(value=PinCheck(ok=False, retry_after=wait, checked=False))
    try:
        record = json.loads(stored)
        expected = bytes.fromhex(record["hash"])
        salt = bytes.fromhex(record["salt"])
        if record.get("alg") != "scrypt":
            raise ValueError(record.get("alg"))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TrilemmaError("the stored teacher PIN is damaged; a teacher can clear it with "
                            "`python -m db reset-pin FILE` and choose a new one") from exc
    given = _hash(pin if isinstance(pin, str) else "", salt, record)
    changes = Changes().add("settings", FAILURES_KEY).add("settings", NEXT_TRY_KEY)
    with db.atomic():
        if hmac.compare_digest(given, expected):
            set_setting(db, FAILURES_KEY, "0")
            set_setting(db, NEXT_TRY_KEY, "0")
            changes.value = PinCheck(ok=True)
            return changes
        count = failures(db) + 1
        delay = delay_after(count)
        set_setting(db, FAILURES_KEY, str(count))
        set_setting(db, NEXT_TRY_KEY, repr(now + delay))
    changes.value = PinCheck(ok=False, retry_after=delay)
    return changes


def change_pin(db: Database, *, old: str, new: str, now: float | None = None) -> Changes:
    """Replace the PIN; needs the old one (wrong tries count towards the delay)."""
    check_pin_rules(new)
    tried = verify_pin(db, pin=old, now=now)
    result = tried.value
    if not result.ok:
        if not result.checked and result.retry_after > 0:
            raise PinRefusedError(f"too many wrong tries; try again in {result.retry_after:.0f} s", result.retry_after,
                                  tried)
        raise PinRefusedError("the old PIN is wrong", result.retry_after, tried)
    with write_transaction(db, "the new PIN"):
        set_setting(db, PIN_KEY, _record(new))
    return tried.add("settings", PIN_KEY)


@writes("the PIN reset")
def reset_pin(db: Database) -> Changes:
    """Forget the PIN so the next teacher sets a new one (command line only: needs access to the file)."""
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key IN (?, ?, ?)", [PIN_KEY, FAILURES_KEY, NEXT_TRY_KEY])
    return Changes().add("settings", PIN_KEY)
