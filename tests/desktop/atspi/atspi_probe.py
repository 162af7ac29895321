"""Drive the running app by keyboard (xdotool) and read it back through AT-SPI, as a screen reader would.

Runs under the system python3 with python3-pyatspi (the project's venv has no GObject bindings); it imports
nothing of the project and writes one JSON report: the accessible tree of the Explore tab, one Tab cycle
through it, and a quiz question answered with the keyboard with what was announced on the way."""

from __future__ import annotations

import argparse
import json
import subprocess
import time

import pyatspi
from gi.repository import GLib

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
               "spin button", "slider", "page tab", "list", "table", "tree table", "menu item", "link",
               "scroll bar", "entry"}

heard: list[dict] = []


def _listen(event) -> None:
    try:
        source = event.source
        item = {"type": event.type, "role": source.getRoleName(), "name": source.name or "",
                "text": str(event.any_data) if event.any_data is not None else ""}
        if event.type.startswith("object:state-changed:focused") and event.detail1 != 1:
            return
        heard.append(item)
    except Exception:  # noqa: BLE001 - an object may die before we read it
        pass


def pump(seconds: float) -> None:
    """Let AT-SPI events arrive for `seconds`."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def key(*keys: str, wait: float = 0.6) -> None:
    """Press keys in the focused window, then let the app answer."""
    for k in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", k], check=True)
        pump(0.15)
    pump(wait)


def text_of(acc) -> str:
    try:
        t = acc.queryText()
        return t.getText(0, t.characterCount)
    except Exception:  # noqa: BLE001 - not every object has text
        return ""


def describe(acc) -> dict:
    state = acc.getState()
    labelled = []
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                labelled += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    except Exception:  # noqa: BLE001
        pass
    return {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or "",
            "labelled_by": labelled, "text": text_of(acc)[:4000],
            "focusable": state.contains(pyatspi.STATE_FOCUSABLE), "focused": state.contains(pyatspi.STATE_FOCUSED),
            "showing": state.contains(pyatspi.STATE_SHOWING), "enabled": state.contains(pyatspi.STATE_ENABLED),
            "checked": state.contains(pyatspi.STATE_CHECKED)}


def walk(acc, out: list, depth: int = 0) -> list:
    """Every showing object under `acc` (items of long tables and lists are skipped after the first few)."""
    try:
        info = describe(acc)
    except Exception:  # noqa: BLE001
        return out
    if not info["showing"] and depth > 2:
        return out
    info["depth"] = depth
    out.append(info)
    count = acc.childCount
    if info["role"] in ("table", "list", "tree table", "combo box", "menu bar", "menu"):
        count = min(count, 8)
    for i in range(count):
        try:
            walk(acc.getChildAtIndex(i), out, depth + 1)
        except Exception:  # noqa: BLE001
            pass
    return out


def find_app(name: str, timeout: float):
    """The application once its main window is on the bus and showing."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                frames = [app.getChildAtIndex(k) for k in range(app.childCount)] if app is not None else []
                if app.name == name and any(f.name.startswith(name) and f.getState().contains(pyatspi.STATE_SHOWING)
                                            for f in frames):
                    return app
            except Exception:  # noqa: BLE001 - an application may leave the bus while we look
                continue
        time.sleep(1)
    raise SystemExit(f"{name} did not appear on the accessibility bus within {timeout:.0f} s")


def focused() -> dict | None:
    """The object that last received the focus (from the focus events)."""
    for item in reversed(heard):
        if item["type"].startswith("object:state-changed:focused"):
            return item
    return None


def tab_cycle(limit: int = 80) -> list[dict]:
    """Press Tab until the focus comes back to where it started; the objects visited, in order."""
    start = focused()
    seen = []
    for _ in range(limit):
        key("Tab", wait=0.3)
        now = focused()
        if now is None:
            continue
        seen.append({"role": now["role"], "name": now["name"]})
        if start is not None and len(seen) > 1 and (now["role"], now["name"]) == (start["role"], start["name"]):
            break
        if len(seen) > 2 and seen[-1] == seen[0]:
            seen.pop()
            break
    return seen


def quiz(app) -> dict:
    """Ctrl+2, pick the student, open the first module, try Check without an answer, answer, Check."""
    report: dict = {}
    key("ctrl+2", wait=2.5)   # the quiz; the focus goes to the list of students
    report["picker_focus"] = focused()
    key("Return", wait=1.5)   # the student
    key("Return", wait=2.5)   # the first module
    report["question_focus"] = focused()
    mark = len(heard)
    report["question_tree"] = [o for o in walk(app, []) if o["showing"]]
    report["announced_question"] = [h for h in heard[:mark] if h["type"].startswith("object:announcement")]
    mark = len(heard)
    key("Return", wait=1.0)   # Check with no answer yet
    report["announced_problem"] = [h for h in heard[mark:] if h["type"].startswith("object:announcement")]
    report["focus_before_answer"] = focused()
    key("1", wait=0.5)   # the conftest parks every module at a choice question
    mark = len(heard)
    key("Return", wait=2.0)
    report["announced_feedback"] = [h for h in heard[mark:] if h["type"].startswith("object:announcement")]
    report["feedback_focus"] = focused()
    report["feedback_tree"] = [o for o in walk(app, []) if o["showing"]]
    return report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=float, default=150)
    args = parser.parse_args()
    pyatspi.Registry.registerEventListener(_listen, "object:announcement", "object:state-changed:focused")
    app = find_app("Trilemma", args.timeout)
    pump(3.0)   # the first view settles (the timeline draws, the focus lands)
    subprocess.run(["xdotool", "search", "--sync", "--name", "Trilemma", "windowactivate", "--sync"], check=False)
    pump(1.0)
    report = {"explore_tree": walk(app, []), "first_focus": focused()}
    report["tab_cycle"] = tab_cycle()
    mark = len(heard)
    key("ctrl+3", wait=1.5)   # the relationship map takes the focus
    report["map_focus"] = focused() if len(heard) > mark else None
    report["quiz"] = quiz(app)
    report["heard"] = heard
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(report, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
