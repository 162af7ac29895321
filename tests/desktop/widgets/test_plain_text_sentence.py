"""Errors shown to a person are sentences: no field keys ("name: …"), no "[Errno 13]"."""

import errno
import os

from db.errors import ValidationError
from desktop.widgets.plain_text import sentence


def test_a_validation_error_loses_its_field_keys():
    exc = ValidationError([("name", "must not be empty"), ("pin", "the PIN needs at least 4 characters")])
    assert str(exc).startswith("name: ")
    assert sentence(exc) == "Must not be empty. The PIN needs at least 4 characters."


def test_a_file_error_reads_as_its_reason_and_file():
    exc = PermissionError(errno.EACCES, os.strerror(errno.EACCES), "/tmp/class.csv")
    assert str(exc).startswith("[Errno")
    assert sentence(exc) == f"{os.strerror(errno.EACCES)} (/tmp/class.csv)."
    assert sentence(OSError("disk gone")) == "Disk gone."
