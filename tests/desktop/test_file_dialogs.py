"""File dialogs open in Documents the first time, then in the last folder used, across starts (issue 17)."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from desktop import file_dialogs


def test_dialogs_start_in_documents_then_in_the_last_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("TRILEMMA_CONFIG_DIR", str(tmp_path / "config"))
    asked = []
    chosen = tmp_path / "class 9b" / "results.csv"
    chosen.parent.mkdir()

    def fake_save(_parent, _title, start, _filters):
        asked.append(start)
        return str(chosen), ""

    def fake_open(_parent, _title, start, _filters):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert file_dialogs.save_file_name(None, "Export", "trilemma-modules.csv", "CSV (*.csv)") == str(chosen)
    first = Path(asked[0])
    assert first.name == "trilemma-modules.csv"
    assert str(first.parent) == (documents if Path(documents).is_dir() else str(Path.home()))
    assert file_dialogs.open_file_name(None, "Import", "All files (*)") == ""   # cancelled: nothing remembered
    assert asked[1] == str(chosen.parent)
    assert file_dialogs.start_folder() == str(chosen.parent)     # read back from the preferences file
