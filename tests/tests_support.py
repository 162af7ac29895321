"""Paths shared by tests (importable because tests/ is on the path via conftest)."""

from pathlib import Path

MIN_CONTENT = Path(__file__).parent / "fixtures" / "content_min"
