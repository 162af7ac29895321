"""Changes: what a write touched and its value; the data layer never says who asked (AppState.run does)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import db
from db.changes import Changes


def test_changes_carry_a_value_and_merge_what_they_touched():
    first = Changes(value=7).add("students", 7)
    second = Changes().add("sessions", 3).add("sessions", 4)
    assert first.value == 7 and first.origin is None
    assert first.merge(second)["sessions"] == {3, 4} and first.count() == 3
    assert not Changes(value=0), "a value alone is not a change"
    with pytest.raises(ValueError, match="unknown kind"):
        Changes().add("sessionz", 1)


def test_no_data_layer_function_takes_an_origin():
    offenders = []
    for info in pkgutil.walk_packages(db.__path__, "db."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and "origin" in inspect.signature(fn).parameters:
                offenders.append(f"{module.__name__}.{name}")
    assert not offenders, offenders
