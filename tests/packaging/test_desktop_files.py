"""Linux desktop integration: the .desktop and AppStream files validate, icons exist in every hicolor size."""

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "org.trilemma.Trilemma.desktop"
METAINFO = LINUX / "org.trilemma.Trilemma.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_names_the_icon_and_the_app_id_the_app_sets():
    text = DESKTOP.read_text(encoding="utf-8")
    assert "Icon=org.trilemma.Trilemma" in text
    assert "Exec=trilemma" in text
    assert 'setDesktopFileName("org.trilemma.Trilemma")' in (ROOT / "desktop" / "shell" / "app.py").read_text(encoding="utf-8")


def test_metainfo_release_matches_the_version_and_screenshots_exist():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    tree = ET.parse(METAINFO).getroot()
    assert tree.find("releases/release").get("version") == version
    assert tree.find("releases/release/description") is not None, "release notes missing"
    images = [i.text for i in tree.iter("image")]
    assert images
    for url in images:
        name = re.sub(r".*/", "", url)
        assert (ROOT / "docs" / "screenshots" / name).exists(), f"{name} is listed but not in docs/screenshots"


def test_icons_in_every_hicolor_size_and_scalable():
    from PySide6.QtGui import QImage

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = HICOLOR / f"{size}x{size}" / "apps" / "org.trilemma.Trilemma.png"
        image = QImage(str(png))
        assert not image.isNull(), png
        assert (image.width(), image.height()) == (size, size), png
    svg = HICOLOR / "scalable" / "apps" / "org.trilemma.Trilemma.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_the_app_sets_its_window_icon(qtbot, min_db_path):
    from PySide6.QtWidgets import QApplication

    from desktop.shell.app import create_window

    win = create_window(min_db_path)
    qtbot.addWidget(win)
    sizes = QApplication.windowIcon().availableSizes()
    assert any(s.width() >= 256 for s in sizes) and any(s.width() == 16 for s in sizes)


def test_build_script_installs_exactly_the_runtime_dependencies():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    deps = build.runtime_dependencies()
    assert any(d.startswith("PySide6-Essentials") for d in deps)
    assert not any(d.startswith(("PyQt", "PySide2", "pytest")) for d in deps)
