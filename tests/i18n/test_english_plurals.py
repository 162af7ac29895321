"""English plural forms: "%n question(s)" reads "1 question" and "3 questions" in the English interface, and
the translation check fails while a plural message lacks its English forms."""

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.appearance import i18n

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


def test_english_counts_use_singular_and_plural(qapp, restore_appearance):
    """After another language, switching back to English installs the English plural forms."""
    i18n.install_language("ru")
    assert QCoreApplication.translate("ModuleChooser", "%n question(s)", "", 3) == "3 вопроса"
    assert i18n.install_language("en")
    assert QCoreApplication.translate("ModuleChooser", "%n question(s)", "", 1) == "1 question"
    assert QCoreApplication.translate("ModuleChooser", "%n question(s)", "", 3) == "3 questions"
    assert QCoreApplication.translate("FeedbackText", "%n month(s)", "", 1) == "1 month"


def test_a_module_card_counts_its_questions_in_english(qtbot, min_db, restore_appearance):
    """The quiz's module cards, through the widget's own tr(): no "question(s)" on screen."""
    from desktop.quiz.module_chooser import ModuleChooser
    from desktop.state import AppState

    i18n.install_language("en")
    chooser = ModuleChooser(AppState(min_db))
    qtbot.addWidget(chooser)
    card = {"total": 1, "resume_at": None, "answered": 0}
    assert chooser.state_text(card) == "1 question"
    assert chooser.state_text(dict(card, total=12)) == "12 questions"


def test_every_plural_message_has_english_forms():
    """The shipped trilemma_en.ts covers every plural message of the other languages, none still "(s)"."""
    problems = translations.english_problems()
    assert not problems, "\n".join(problems[:40])


def _copy(tmp_path: Path) -> Path:
    for lang in (*translations.LANGUAGES, translations.ENGLISH):
        shutil.copy(translations.ts_path(lang), tmp_path)
    return translations.ts_path(translations.ENGLISH, tmp_path)


def test_the_check_reports_a_plural_message_without_english_forms(tmp_path):
    """A plural message missing from trilemma_en.ts, or whose English still says "(s)", fails the check."""
    english = _copy(tmp_path)
    tree = ET.parse(english)
    context = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "ModuleChooser")
    message = next(m for m in context.iter("message") if m.findtext("source") == "%n question(s)")
    context.remove(message)
    other = next(m for m in tree.getroot().iter("message") if m.findtext("source") == "%n month(s)")
    for form in other.iter("numerusform"):
        form.text = "%n month(s)"
    tree.write(english, encoding="utf-8")
    problems = translations.english_problems(tmp_path)
    assert any("'%n question(s)'" in p and "missing" in p for p in problems), problems
    assert any("'%n month(s)'" in p and "singular" in p for p in problems), problems


def test_the_check_reports_a_count_lupdate_did_not_see(tmp_path):
    """A "%n" message that is not a plural one (translate() with a count, which lupdate reads without it)."""
    _copy(tmp_path)
    ru = translations.ts_path("ru", tmp_path)
    tree = ET.parse(ru)
    context = tree.getroot().find("context")
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = "%n cat(s)"
    ET.SubElement(message, "translation").text = "%n кошек"
    tree.write(ru, encoding="utf-8")
    assert any("'%n cat(s)'" in p and "no count" in p for p in translations.english_problems(tmp_path))
