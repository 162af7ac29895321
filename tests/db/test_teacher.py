"""The teacher PIN: set once, stored as a salted slow hash, wrong tries slowed down across restarts."""

import json

import pytest

from db import teacher
from db.connection import open_database
from db.errors import ValidationError


def _stored(db) -> str:
    return db.execute("SELECT value FROM settings WHERE key = ?", [teacher.PIN_KEY]).fetchone()[0]


def test_first_use_sets_the_pin_and_the_right_pin_opens(min_db):
    assert not teacher.has_pin(min_db)
    changes = teacher.set_pin(min_db, pin="2468")
    assert "settings" in changes
    assert teacher.has_pin(min_db)
    assert teacher.verify_pin(min_db, pin="2468").value.ok


def test_a_pin_cannot_be_set_twice_or_too_short(min_db):
    with pytest.raises(ValidationError, match="at least 4"):
        teacher.set_pin(min_db, pin="12")
    assert not teacher.has_pin(min_db)
    teacher.set_pin(min_db, pin="2468")
    with pytest.raises(ValidationError, match="already set"):
        teacher.set_pin(min_db, pin="9999")
    assert teacher.verify_pin(min_db, pin="2468").value.ok


def test_stored_value_is_a_salted_scrypt_hash_not_the_pin(min_db, tmp_path):
    teacher.set_pin(min_db, pin="2468")
    stored = _stored(min_db)
    assert "2468" not in stored
    record = json.loads(stored)
    assert record["alg"] == "scrypt" and record["n"] >= 2**14
    # The same PIN in another database gets another salt, so another stored value.
    other = open_database(tmp_path / "other.db")
    teacher.set_pin(other, pin="2468")
    again = json.loads(_stored(other))
    assert again["salt"] != record["salt"] and again["hash"] != record["hash"]
    other.close()
    # Nothing in the whole settings table holds the PIN.
    assert all("2468" not in v for (v,) in min_db.execute("SELECT value FROM settings"))


def test_wrong_pins_are_refused_with_a_growing_delay(min_db):
    teacher.set_pin(min_db, pin="2468")
    now = 1_000_000.0
    waits = []
    for _ in range(4):
        result = teacher.verify_pin(min_db, pin="1111", now=now).value
        assert not result.ok and result.checked
        waits.append(result.retry_after)
        now += result.retry_after  # wait exactly as long as asked
    assert waits == sorted(waits) and waits[-1] > waits[0], waits
    assert teacher.failures(min_db) == 4


def test_a_try_during_the_delay_is_refused_even_with_the_right_pin(min_db):
    teacher.set_pin(min_db, pin="2468")
    now = 1_000_000.0
    first = teacher.verify_pin(min_db, pin="0000", now=now).value
    second = teacher.verify_pin(min_db, pin="0000", now=now + first.retry_after).value
    early = teacher.verify_pin(min_db, pin="2468", now=now + first.retry_after + 0.5).value
    assert not early.ok and not early.checked
    assert early.retry_after == pytest.approx(second.retry_after - 0.5)
    assert teacher.failures(min_db) == 2, "a refused-unchecked try must not count"
    late = teacher.verify_pin(min_db, pin="2468", now=now + first.retry_after + second.retry_after).value
    assert late.ok
    assert teacher.failures(min_db) == 0 and teacher.wait_seconds(min_db, now=now) == 0


def test_the_delay_survives_reopening_the_database(min_db_path):
    db = open_database(min_db_path)
    teacher.set_pin(db, pin="2468")
    now = 1_000_000.0
    for _ in range(3):
        now += teacher.verify_pin(db, pin="1111", now=now).value.retry_after
    teacher.verify_pin(db, pin="1111", now=now)
    db.close()
    reopened = open_database(min_db_path)
    assert teacher.failures(reopened) == 4
    assert teacher.wait_seconds(reopened, now=now) == teacher.delay_after(4)
    assert not teacher.verify_pin(reopened, pin="2468", now=now + 1).value.ok
    reopened.close()


def test_a_clock_set_back_cannot_lock_forever(min_db):
    teacher.set_pin(min_db, pin="2468")
    teacher.verify_pin(min_db, pin="1111", now=5_000_000_000.0)
    assert teacher.wait_seconds(min_db, now=1_000.0) <= teacher.MAX_DELAY


def test_changing_the_pin_needs_the_old_one(min_db):
    teacher.set_pin(min_db, pin="2468")
    before = _stored(min_db)
    with pytest.raises(teacher.PinRefusedError, match="wrong"):
        teacher.change_pin(min_db, old="1357", new="9876", now=1_000_000.0)
    assert _stored(min_db) == before
    with pytest.raises(teacher.PinRefusedError, match="try again in"):
        teacher.change_pin(min_db, old="2468", new="9876", now=1_000_000.2)
    teacher.change_pin(min_db, old="2468", new="9876", now=1_000_010.0)
    assert teacher.verify_pin(min_db, pin="9876", now=1_000_020.0).value.ok
    assert not teacher.verify_pin(min_db, pin="2468", now=1_000_030.0).value.ok


def test_reset_forgets_the_pin(min_db):
    teacher.set_pin(min_db, pin="2468")
    teacher.reset_pin(min_db)
    assert not teacher.has_pin(min_db)
    teacher.set_pin(min_db, pin="1357")
    assert teacher.verify_pin(min_db, pin="1357").value.ok


def test_delay_grows_and_is_capped():
    delays = [teacher.delay_after(n) for n in range(0, 15)]
    assert delays[0] == 0 and delays[1] > 0
    assert delays == sorted(delays)
    assert max(delays) == teacher.MAX_DELAY


def test_command_line_reset_pin(min_db_path):
    from db.cli import main

    db = open_database(min_db_path)
    teacher.set_pin(db, pin="2468")
    db.close()
    assert main(["reset-pin", str(min_db_path)]) == 0
    db = open_database(min_db_path)
    assert not teacher.has_pin(db)
    db.close()


def test_a_damaged_pin_record_gives_a_message_naming_the_fix(min_db):
    from db.errors import TrilemmaError

    teacher.set_pin(min_db, pin="2468")
    min_db.execute("UPDATE settings SET value = 'not json' WHERE key = ?", [teacher.PIN_KEY])
    with pytest.raises(TrilemmaError, match="reset-pin"):
        teacher.verify_pin(min_db, pin="2468")
