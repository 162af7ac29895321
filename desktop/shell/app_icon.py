"""The app's icon, built from the hicolor PNGs shipped in resources/icons (no SVG plugin needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons" / "hicolor"
APP_ID = "org.trilemma.Trilemma"


def app_icon() -> QIcon:
    """Trilemma's icon in every size that ships; empty if the files are missing."""
    icon = QIcon()
    for folder in sorted(ICONS.glob("*x*")):
        png = folder / "apps" / f"{APP_ID}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon
