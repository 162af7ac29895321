"""Run by the realwindow tests inside a real X display (Xvfb + openbox, QT_QPA_PLATFORM=xcb): open the app's
window as `python -m desktop` would, let the window manager frame it, and write what a person at that screen
would see as JSON: the window's frame and the screen's available area, the least window size, the timeline's
view and date cursor on the screen, every title drawn on the timeline with the lanes in view, and the fonts of the
details pane and the quiz before and after Ctrl+= (pressed with xdotool where it is installed, else with QTest).

    python tests/desktop/realwindow/window_probe.py --db FILE --lang ru --text-size 200 --out OUT.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time


def wait(app, seconds: float, until=lambda: False) -> bool:
    """Process events for up to `seconds`, stopping early once `until()` holds; returns whether it held."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    app.processEvents()
    return bool(until())


def rect(r) -> list[int]:
    """A QRect as [x, y, width, height]."""
    return [r.x(), r.y(), r.width(), r.height()]


def timeline_titles(timeline) -> dict:
    """The titles the timeline drew last, and the lanes in view, in the plot viewport's pixels."""
    from PySide6.QtCore import QPointF

    timeline.plot.viewport().repaint()
    vb = timeline.view_box
    first, last = timeline.visible_lanes()
    lanes = []
    for lane in range(int(first), int(round(last))):
        top = vb.mapViewToDevice(QPointF(0, lane)).y()
        bottom = vb.mapViewToDevice(QPointF(0, lane + 1)).y()
        lanes.append([lane, min(top, bottom), max(top, bottom)])
    hits = getattr(timeline.lanes_item, "_hits", None) or {}
    labels = hits.get("labels")
    titles = [[float(v) for v in row[:4]] for row in (labels.tolist() if labels is not None else [])]
    viewport = timeline.plot.viewport().rect()
    return {"lanes": lanes, "titles": titles, "viewport": rect(viewport),
            "scrolls": not timeline.lane_scroll.isHidden(), "scroll_bar": rect(timeline.lane_scroll.geometry())}


def date_control(window) -> dict:
    """What a hand and an eye get of the map's date control: the slider's length, the field against its date."""
    control = window.relations_widget.date_control
    field = control.field
    return {"slider": control.slider.width(), "char": control.fontMetrics().averageCharWidth(),
            "field": field.width(), "field_text": field.fontMetrics().horizontalAdvance(field.text())}


def cursor_label(timeline) -> dict:
    """The date beside the red line and the first lane in view, in the plot viewport's pixels."""
    from PySide6.QtCore import QPointF

    vb = timeline.view_box
    first, _last = timeline.visible_lanes()
    label = timeline.plot.mapFromScene(timeline.cursor.label.sceneBoundingRect()).boundingRect()
    lanes_top = timeline.plot.mapFromScene(vb.mapViewToScene(QPointF(0, first))).y()
    return {"label": rect(label), "lanes_top": lanes_top,
            "font": timeline.cursor.label.textItem.font().pointSizeF(), "widget_font": timeline.font().pointSizeF()}


def fonts(window) -> dict:
    """Point sizes of the text a student reads in the details pane and the quiz."""
    from PySide6.QtWidgets import QLabel, QWidget

    browser = window.details_widget.browser
    quiz = window.places["quiz"]
    labels = [w for w in quiz.findChildren(QLabel) if w.text()]
    title = quiz.findChild(QWidget, "profileTitle")
    return {"details": browser.font().pointSizeF(), "details_document": browser.document().defaultFont().pointSizeF(),
            "quiz_text": max(label.font().pointSizeF() for label in labels if label is not title),
            "quiz_title": title.font().pointSizeF() if title is not None else 0.0}


def press_larger(app, window) -> str:
    """Ctrl+= as a person presses it: a real X key event with xdotool, else QTest's key click."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    wait(app, 2, window.isActiveWindow)
    if shutil.which("xdotool"):
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+equal"], check=True, timeout=10)
        how = "xdotool"
    else:
        QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        how = "qtest"
    return how


def main(argv: list[str] | None = None) -> int:
    """Open the window, measure, write the JSON report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--text-size", type=int, default=100)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from desktop.shell.app import create_window
    from desktop.shell.startup import apply_appearance

    apply_appearance(args.lang, args.theme, args.text_size)
    window = create_window(args.db)
    window.show()
    framed = wait(app, 10, lambda: window.windowHandle() is not None and window.windowHandle().isExposed()
                  and window.frameGeometry() != window.geometry())
    wait(app, 1.0)
    timeline = window.timeline_widget
    lo, hi = timeline.view()
    cursor = timeline.cursor.value()
    vb = timeline.view_box
    first, last = timeline.visible_lanes()
    at = vb.mapViewToDevice(QPointF(cursor, (first + last) / 2)).toPoint()
    viewport = timeline.plot.viewport()
    report = {
        "platform": app.platformName(), "framed": framed,
        "available": rect(window.screen().availableGeometry()), "frame": rect(window.frameGeometry()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "view": [lo, hi], "cursor": cursor, "cursor_global": [viewport.mapToGlobal(at).x(), viewport.mapToGlobal(at).y()],
        "cursor_in_viewport": viewport.rect().contains(at), "timeline_visible": not timeline.visibleRegion().isEmpty(),
        "titles": {"first_view": timeline_titles(timeline)},
        "date_control": date_control(window), "cursor_label": cursor_label(timeline),
    }
    timeline.set_view(2017.5, 2019.5)     # titles show when zoomed in
    wait(app, 0.3)
    report["titles"]["zoomed"] = timeline_titles(timeline)
    if not timeline.lane_scroll.isHidden():
        timeline.lane_scroll.setValue(timeline.lane_scroll.maximum() // 2 + 1)
        wait(app, 0.3)
        report["titles"]["scrolled"] = timeline_titles(timeline)
    _ = window.quiz_widget   # the quiz exists before the key (it is built when first shown): it must follow live
    report["fonts_before"] = fonts(window)
    report["key"] = press_larger(app, window)
    wait(app, 3, lambda: fonts(window)["details"] > report["fonts_before"]["details"])
    window.show_view("quiz")
    wait(app, 0.5)
    report["fonts_after"] = fonts(window)
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(report, out)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
