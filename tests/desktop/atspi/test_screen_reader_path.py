"""Through AT-SPI, as Orca sees it (issue 20): every control has a name and a role, one Tab cycle through
Explore is short, and a quiz question answered by keyboard is readable as text and announced."""

import pytest

pytestmark = pytest.mark.realwindow

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
               "spin button", "slider", "page tab", "list", "table", "tree table", "link", "entry"}
MAX_TAB_STOPS = 25


def _unnamed(objects):
    return [o for o in objects if o["showing"] and o["role"] in INTERACTIVE
            and not (o["name"].strip() or any(n.strip() for n in o["labelled_by"]))]


def test_every_control_in_explore_has_a_name_and_a_role(atspi_report):
    controls = [o for o in atspi_report["explore_tree"] if o["showing"] and o["role"] in INTERACTIVE]
    assert len(controls) >= 15, "the Explore tab should expose its controls on the bus"
    assert not _unnamed(atspi_report["explore_tree"]), _unnamed(atspi_report["explore_tree"])
    focusable = [o for o in atspi_report["explore_tree"] if o["showing"] and o["focusable"]]
    assert all(o["role"] not in ("unknown", "invalid") for o in focusable)


def test_one_tab_cycle_through_explore_is_short_and_never_silent(atspi_report):
    stops = atspi_report["tab_cycle"]
    assert 5 <= len(stops) <= MAX_TAB_STOPS, [f"{s['role']}: {s['name']}" for s in stops]
    assert all(s["name"].strip() for s in stops), "a Tab stop a screen reader reads as nothing"
    assert sum(1 for s in stops if s["name"].startswith("Timeline")) == 1, "the timeline is one Tab stop"
    painted = [s for s in stops if s["name"].startswith("Timeline") or s["name"] == "Relationship map"]
    assert [s["role"] for s in painted] == ["chart", "chart"], "the painted views have a role a screen reader names"
    roles = [s["role"] for s in stops]
    map_at = next(i for i, s in enumerate(stops) if s["name"] == "Relationship map")
    assert "page tab list" in roles[:map_at], "the Map / Table / Compare tabs come before the map"


def test_ctrl_3_puts_the_focus_on_the_map(atspi_report):
    assert atspi_report["map_focus"] and atspi_report["map_focus"]["name"] == "Relationship map"


def test_the_combo_boxes_are_named_by_what_they_choose(atspi_report):
    combos = [o for o in atspi_report["explore_tree"] if o["showing"] and o["role"] == "combo box"]
    assert combos and any(name.startswith("Theme filter") for o in combos for name in o["labelled_by"] + [o["name"]])


def test_a_question_is_announced_with_its_place_prompt_and_options(atspi_report):
    quiz = atspi_report["quiz"]
    said = " ".join(h["text"] for h in quiz["announced_question"])
    assert "Question " in said and " of " in said and "Option 1: " in said
    assert quiz["question_focus"]["role"] in ("radio button", "toggle button", "push button", "check box")
    assert quiz["question_focus"]["name"].startswith("Option 1: ")
    texts = " ".join(o["name"] + " " + o["text"] for o in quiz["question_tree"])
    assert "Option 1: " in texts
    prompts = [o["name"].split(": ", 1)[1] for o in quiz["question_tree"]
               if o["role"] == "label" and o["name"].startswith("Question ") and ": " in o["name"]]
    assert prompts and prompts[0] in said, "the prompt is a label the screen reader can read again"


def test_check_without_an_answer_is_announced(atspi_report):
    problems = [h["text"] for h in atspi_report["quiz"]["announced_problem"]]
    assert any(text.endswith("first.") for text in problems), problems


def test_the_grade_and_explanation_are_announced_and_readable(atspi_report):
    quiz = atspi_report["quiz"]
    said = " ".join(h["text"] for h in quiz["announced_feedback"])
    assert said.startswith(("Correct!", "Not quite", "Partly right")), said
    body = [o for o in quiz["feedback_tree"] if o["description"].startswith("Feedback:")]
    readable = body[0]["text"] or body[0]["name"] if body else ""
    assert readable.strip(), "the feedback must be readable as text"
    assert readable.split("\n")[0][:40] in said
    assert "<" not in readable
    chosen = [o for o in quiz["feedback_tree"] if o["role"] in ("radio button", "toggle button")
              and "your choice" in o["name"]]
    right = [o for o in quiz["feedback_tree"] if o["role"] in ("radio button", "toggle button")
             and "right answer" in o["name"]]
    assert chosen and right and all(o["enabled"] for o in chosen + right)
    assert quiz["feedback_focus"]["name"] in ("Next question", "Finish")


def test_no_name_or_description_carries_markup(atspi_report):
    import re

    tag = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]")
    trees = atspi_report["explore_tree"] + atspi_report["quiz"]["question_tree"] + atspi_report["quiz"]["feedback_tree"]
    marked = [(o["role"], o["name"][:60], o["description"][:80]) for o in trees
              if tag.search(o["name"]) or tag.search(o["description"])]
    assert not marked, marked
    assert not [h for h in atspi_report["heard"] if tag.search(h["text"])]
