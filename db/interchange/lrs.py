"""The xAPI outbox: statements for new answers wait in `xapi_outbox` until a record store takes them.

Nothing here opens a network connection unless a teacher configured a record store (settings
`xapi.endpoint`, `xapi.key`, `xapi.secret`). Statements are kept until the store confirms them;
a failed send is retried later with a growing wait (10 s, 20 s, 40 s … at most 15 minutes), and
`outbox_status` says plainly what happened.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import time
import urllib.error
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.changes import Changes
from db.errors import ValidationError
from db.interchange.results import ACTIVITY_BASE_KEY, HOME_PAGE_KEY, statements_by_attempt
from db.plural import counted
from db.settings import set_setting, setting

if TYPE_CHECKING:
    from db.connection import Database

ENDPOINT_KEY, KEY_KEY, SECRET_KEY = "xapi.endpoint", "xapi.key", "xapi.secret"
FAILURES_KEY, NEXT_TRY_KEY, LAST_ERROR_KEY, LAST_SENT_KEY = (
    "xapi.failures", "xapi.next_try", "xapi.last_error", "xapi.last_sent")
BATCH = 50
TIMEOUT_S = 5.0
FIRST_WAIT_S, MAX_WAIT_S = 10.0, 900.0
XAPI_VERSION = "1.0.3"


@dataclass
class SendResult:
    """What one send did: statements delivered, still waiting, and the problem if any."""

    sent: int = 0
    pending: int = 0
    error: str = ""
    skipped: str = ""  # why nothing was tried (not configured, waiting before a retry, nothing to send)


def _now_text() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def lrs_settings(db: Database) -> dict:
    """The record store's settings: endpoint, key, secret, home_page, activity_base (text, '' when unset)."""
    return {"endpoint": setting(db, ENDPOINT_KEY, ""), "key": setting(db, KEY_KEY, ""), "secret": setting(db, SECRET_KEY, ""),
            "home_page": setting(db, HOME_PAGE_KEY, ""), "activity_base": setting(db, ACTIVITY_BASE_KEY, "")}


def _check_url(value: str, field: str, problems: list) -> None:
    if not value:
        return
    parts = urllib.parse.urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append((field, f"'{value}' is not a web address (http:// or https://)"))


def save_lrs_settings(db: Database, *, endpoint: str, key: str = "", secret: str = "", home_page: str = "",
                      activity_base: str = "") -> Changes:
    """Store the record store's address and credentials (an empty endpoint turns sending off)."""
    endpoint, home_page, activity_base = endpoint.strip(), home_page.strip(), activity_base.strip()
    problems: list[tuple[str, str]] = []
    _check_url(endpoint, "endpoint", problems)
    _check_url(home_page, "school home page", problems)
    _check_url(activity_base, "activity address", problems)
    if endpoint and not key:
        problems.append(("key", "give the key (user name) the record store gave you"))
    if problems:
        raise ValidationError(problems)
    changes = Changes()
    with db.atomic():
        for k, v in ((ENDPOINT_KEY, endpoint), (KEY_KEY, key.strip()), (SECRET_KEY, secret),
                     (HOME_PAGE_KEY, home_page), (ACTIVITY_BASE_KEY, activity_base)):
            set_setting(db, k, v)
            changes.add("settings", k)
        set_setting(db, FAILURES_KEY, "0")
        set_setting(db, NEXT_TRY_KEY, "0")
        set_setting(db, LAST_ERROR_KEY, "")
    return changes


def is_configured(db: Database) -> bool:
    """True when a teacher gave a record store's address."""
    return bool(setting(db, ENDPOINT_KEY, ""))


def queue_new_attempts(db: Database) -> Changes:
    """Queue a statement for every attempt not queued yet (only when a store is configured); value: how many."""
    changes = Changes(value=0)
    if not is_configured(db):
        return changes
    new = [r[0] for r in db.execute(
        "SELECT id FROM attempts WHERE id NOT IN (SELECT attempt_id FROM xapi_outbox WHERE attempt_id IS NOT NULL) "
        "ORDER BY id").fetchall()]
    if not new:
        return changes
    stamp = _now_text()
    with db.atomic():
        for i in range(0, len(new), 500):
            chunk = new[i:i + 500]
            by_attempt = statements_by_attempt(db, chunk)
            for aid in chunk:
                cur = db.execute("INSERT INTO xapi_outbox (attempt_id, statement, created_at) VALUES (?, ?, ?)",
                                 [aid, json.dumps(by_attempt[aid], ensure_ascii=False), stamp])
                changes.add("outbox", cur.lastrowid)
    changes.value = len(new)
    return changes


def _post(url: str, key: str, secret: str, body: list[dict]) -> int:
    """POST statements; return the HTTP status (raises urllib errors for network problems)."""
    import urllib.request  # imported when sending: the app's start-up does not pay for http.client and email

    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST", headers={
        "Content-Type": "application/json", "X-Experience-API-Version": XAPI_VERSION,
        "Authorization": "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode("ascii")})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310 - http(s) checked on save
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _explain(status: int) -> str:
    return {401: "the record store refused the key and secret (401)",
            403: "the record store does not let this key send statements (403)",
            404: "no record store answers at this address (404); check the endpoint",
            }.get(status, f"the record store answered with an error ({status})")


def send_pending(db: Database, *, force: bool = False, now: float | None = None) -> Changes:
    """Send queued statements to the configured store; keep them if it cannot be reached. No store, no network.

    The value is a `SendResult`; the changes name the statements marked sent and the settings written."""
    now = time.time() if now is None else now
    cfg = lrs_settings(db)
    if not cfg["endpoint"]:
        return Changes(value=SendResult(skipped="no record store is set up"))
    changes = queue_new_attempts(db)
    pending = db.execute("SELECT id, statement FROM xapi_outbox WHERE sent_at IS NULL ORDER BY id").fetchall()
    if not pending:
        changes.value = SendResult(skipped="nothing to send")
        return changes
    if not force and now < float(setting(db, NEXT_TRY_KEY, "0") or 0):
        changes.value = SendResult(pending=len(pending), skipped="waiting before the next try")
        return changes
    url = cfg["endpoint"].rstrip("/") + "/statements"
    result = SendResult()
    try:
        for i in range(0, len(pending), BATCH):
            batch = pending[i:i + BATCH]
            status = _post(url, cfg["key"], cfg["secret"], [json.loads(s) for _, s in batch])
            if status == 409:  # some are there already (sent before a crash): send one by one
                delivered = []
                for oid, s in batch:
                    one = _post(url, cfg["key"], cfg["secret"], [json.loads(s)])
                    if one in (200, 204, 409):
                        delivered.append(oid)
                    else:
                        raise _Refused(_explain(one))
            elif status in (200, 204):
                delivered = [oid for oid, _ in batch]
            else:
                raise _Refused(_explain(status))
            with db.atomic():
                for oid in delivered:
                    db.execute("UPDATE xapi_outbox SET sent_at = ? WHERE id = ?", [_now_text(), oid])
                    changes.add("outbox", oid)
                set_setting(db, LAST_SENT_KEY, _now_text())
                changes.add("settings", LAST_SENT_KEY)
            result.sent += len(delivered)
    except (urllib.error.URLError, OSError, _Refused) as exc:
        reason = str(exc) if isinstance(exc, _Refused) else \
            f"the record store cannot be reached ({getattr(exc, 'reason', exc)})"
        failures = int(setting(db, FAILURES_KEY, "0") or 0) + 1
        wait = min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - 1))
        with db.atomic():
            set_setting(db, FAILURES_KEY, str(failures))
            set_setting(db, NEXT_TRY_KEY, str(now + wait))
            set_setting(db, LAST_ERROR_KEY, f"{_now_text()}: {reason}; next try in {int(wait)} s")
        result.error = reason
    else:
        with db.atomic():
            set_setting(db, FAILURES_KEY, "0")
            set_setting(db, NEXT_TRY_KEY, "0")
            set_setting(db, LAST_ERROR_KEY, "")
    for key in (FAILURES_KEY, NEXT_TRY_KEY, LAST_ERROR_KEY):
        changes.add("settings", key)
    result.pending = db.execute("SELECT count(*) FROM xapi_outbox WHERE sent_at IS NULL").fetchone()[0]
    changes.value = result
    return changes


class _Refused(Exception):  # noqa: N818 - carries the plain reason
    """The record store answered, but not with success."""


def outbox_status(db: Database) -> dict:
    """configured, endpoint, pending, sent, last_sent, last_error, failures, next_try (Unix time) and a sentence."""
    pending = db.execute("SELECT count(*) FROM xapi_outbox WHERE sent_at IS NULL").fetchone()[0]
    sent = db.execute("SELECT count(*) FROM xapi_outbox WHERE sent_at IS NOT NULL").fetchone()[0]
    info = {"configured": is_configured(db), "endpoint": setting(db, ENDPOINT_KEY, ""), "pending": pending, "sent": sent,
            "last_sent": setting(db, LAST_SENT_KEY, ""), "last_error": setting(db, LAST_ERROR_KEY, ""),
            "failures": int(setting(db, FAILURES_KEY, "0") or 0),
            "next_try": float(setting(db, NEXT_TRY_KEY, "0") or 0)}
    if not info["configured"]:
        info["text"] = "No record store is set up: nothing is sent anywhere."
    elif info["last_error"]:
        info["text"] = f"{counted(pending, 'statement')} waiting. Last problem: {info['last_error'].rstrip('.')}."
    elif pending:
        info["text"] = f"{counted(pending, 'statement')} waiting to be sent; {sent} delivered."
    elif not sent:
        info["text"] = "Nothing to send yet: statements are recorded as students answer."
    else:
        info["text"] = (f"All {counted(sent, 'statement')} delivered" if sent > 1 else "The statement was delivered") \
            + (f" (last at {info['last_sent']})." if info["last_sent"] else ".")
    return info
