"""Per-answer feedback brought from Moodle is shown to the student who gave that answer, and only to them."""

from __future__ import annotations

from pathlib import Path

from db.grading import grade
from db.interchange import import_file
from db.interchange.questions import answer_feedback
from db.learning import question_for_display
from desktop.quiz.feedback_panel import FeedbackPanel

GIFT = Path(__file__).resolve().parents[2] / "fixtures" / "gift"


def test_each_answer_gets_its_own_feedback(min_db):
    import_file(min_db, GIFT / "format_markers.gift")
    import_file(min_db, GIFT / "numerical_feedback.gift")
    import_file(min_db, GIFT / "shortanswer_partial.gift")
    city = question_for_display(min_db, "q-summit-city")
    assert answer_feedback(city, 0) == ["Right: Putin flew there."]
    assert answer_feedback(city, 1) == ["No, that was *2023*."]
    assert answer_feedback(city, 2) == []
    plain = question_for_display(min_db, "q-plain-text")  # true/false: [if wrong, if right]
    assert answer_feedback(plain, True) == ["Yes."] and answer_feedback(plain, False) == ["Look again <carefully>."]
    leader = question_for_display(min_db, "q-leader")
    assert answer_feedback(leader, "putin") == ["Right, by his surname."]
    assert answer_feedback(leader, "Xi") == []
    year = question_for_display(min_db, "q-weighted-with-feedback")
    assert answer_feedback(year, 1961) == ["Right, July 1961."] and answer_feedback(year, 1962) == []


def test_the_feedback_panel_shows_it_as_text(qtbot, min_db):
    import_file(min_db, GIFT / "format_markers.gift")
    q = question_for_display(min_db, "q-summit-city")
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    panel.show_grade(q, grade(q, 1), answer=1)
    assert "No, that was *2023*." in panel.body.text() and "Putin flew there" not in panel.body.text()
    plain = question_for_display(min_db, "q-plain-text")
    panel.show_grade(plain, grade(plain, False), answer=False)
    assert "Look again &lt;carefully&gt;." in panel.body.text(), "escaped: shown as text, never rendered"
