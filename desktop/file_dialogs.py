"""File dialogs that open where the user keeps files: the last folder used, else their Documents folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.appearance.preferences import load_preferences, save_preferences


def start_folder() -> str:
    """The folder a file dialog opens in: the last one used (remembered across starts), else Documents."""
    last = load_preferences().get("last_folder", "")
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember(path: str) -> None:
    """Remember the folder of a chosen file for the next dialog."""
    if path:
        save_preferences(last_folder=str(Path(path).resolve().parent))


def save_file_name(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    """Ask where to save a file suggested as `name`; "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, os.path.join(start_folder(), name), filters)
    remember(path)
    return path


def open_file_name(parent: QWidget | None, title: str, filters: str) -> str:
    """Ask for a file to open; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
    remember(path)
    return path
